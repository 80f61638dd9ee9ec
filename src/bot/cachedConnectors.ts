// Bot Framework authentication that reuses its outgoing clients: botbuilder makes a new ConnectorClient (with its own
// HTTP pipeline, serializer and credentials) and a new UserTokenClient for every incoming activity, which was about 3.5 %
// of a turn's CPU. Both are stateless once made (tokens live in botframework-connector's process-wide cache, keyed by app
// id and scope), so one per app id, service URL and audience serves every turn. Those clients send replies through the
// lean path in src/bot/connector.
import { type Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { type ConnectorClientLike, withLeanReplies } from './connector/leanConversations';

// botframework-connector's types, as botbuilder's own class names them (the package is not a direct dependency).
type Auth = ConfigurationBotFrameworkAuthentication;
type AuthenticateRequestResult = Awaited<ReturnType<Auth['authenticateRequest']>>;
type ConnectorFactory = ReturnType<Auth['createConnectorFactory']>;
type ClaimsIdentity = Parameters<Auth['createConnectorFactory']>[0];
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;

/** Enough for every channel region and app id a deployment talks to; a flood of made-up service URLs only churns it. */
const MAX_CLIENTS = 64;

class BoundedCache<T> {
  private readonly items = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.items.get(key);
    if (hit) return hit;
    if (this.items.size >= MAX_CLIENTS) this.items.delete(this.items.keys().next().value as string);
    const made = make();
    this.items.set(key, made);
    // A failure (say, an unknown app id) is not remembered: the next turn tries again.
    made.catch(() => {
      if (this.items.get(key) === made) this.items.delete(key);
    });
    return made;
  }
}

/**
 * The connector factory botbuilder made for one request, with its clients shared. Only the factory of
 * `ParameterizedBotFrameworkAuthentication` (its `ConnectorFactoryImpl`, which names the app id it makes clients for) is
 * cached; any other factory is used as it is.
 */
class SharedConnectorFactory implements ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: BoundedCache<ConnectorClient>,
  ) {}

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    // Replies, sends and updates take the lean path (src/bot/connector); every other call stays with ConnectorClient.
    return this.clients.get(JSON.stringify([this.appId, serviceUrl, audience ?? null]), async () => {
      const client = await this.inner.create(serviceUrl, audience);
      withLeanReplies(client as unknown as ConnectorClientLike);
      return client;
    });
  }
}

function appIdOf(factory: ConnectorFactory): string | undefined {
  if (factory.constructor.name !== 'ConnectorFactoryImpl') return undefined;
  const appId = (factory as unknown as { appId?: unknown }).appId;
  return appId === undefined || appId === null ? '' : typeof appId === 'string' ? appId : undefined;
}

export class CachedConnectorsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<ConnectorClient>();
  private readonly userTokens = new BoundedCache<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.shared(await super.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.shared(await super.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.sharedFactory(super.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    // The user token client depends only on the app id botbuilder reads from the claims (the audience, else the appid
    // claim) and this instance's fixed settings.
    const key = JSON.stringify([claimsIdentity.getClaimValue('aud'), claimsIdentity.getClaimValue('appid')]);
    return this.userTokens.get(key, () => super.createUserTokenClient(claimsIdentity));
  }

  private shared(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.sharedFactory(result.connectorFactory) } : result;
  }

  private sharedFactory(factory: ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(factory);
    return appId === undefined ? factory : new SharedConnectorFactory(factory, appId, this.connectors);
  }
}
