// The three Bot Connector calls a turn makes (reply, send, update) without ConnectorClient's per-request work: its
// serializer walking mapper metadata, about fifteen pipeline policies and their header objects cost ~0.25 ms of CPU per
// reply, more than the HTTP request itself. Same URL, headers, body, token, retries, result and errors; every other call
// of the client (members, conversations, attachments, delete) still goes through ConnectorClient.
import os from 'node:os';
import { createHttpHeaders, createPipelineRequest, type PipelineResponse, userAgentPolicy } from '@azure/core-rest-pipeline';
import { activityBody } from './activityBody';
import { sendConnectorRequest } from './replyRequest';
import { resourceResponse } from './replyResponse';

/** The parts of botframework-connector's ConnectorClient used here. */
export interface ConnectorClientLike {
  baseUri?: string;
  credentials: { signRequest(webResource: unknown): Promise<unknown> };
  options?: { userAgent?: unknown };
  conversations: Conversations;
}

type Activity = Record<string, unknown>;
interface Conversations {
  replyToActivity(conversationId: string, activityId: string, activity: Activity, options?: unknown): Promise<unknown>;
  sendToConversation(conversationId: string, activity: Activity, options?: unknown): Promise<unknown>;
  updateActivity(conversationId: string, activityId: string, activity: Activity, options?: unknown): Promise<unknown>;
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'ALL_PROXY', 'https_proxy', 'http_proxy', 'all_proxy'];

/** The pipeline's User-Agent for this client's prefix, as its userAgentPolicy writes it. */
async function userAgentFor(prefix: string): Promise<string> {
  let value = '';
  const request = createPipelineRequest({ url: 'http://localhost/' });
  await userAgentPolicy({ userAgentPrefix: prefix }).sendRequest(request, async (r) => {
    value = r.headers.get('User-Agent') ?? '';
    return { status: 200, headers: createHttpHeaders(), request: r } as PipelineResponse;
  });
  return value || `${prefix} Node/${process.versions.node} (${os.type()} ${os.release()}; ${os.arch()})`;
}

/** core-client's appendPath: the operation's path after the service URL's own path, its query kept. */
function operationUrl(baseUri: string, path: string): URL {
  const url = new URL(baseUri);
  let pathname = url.pathname;
  if (!pathname.endsWith('/')) pathname = `${pathname}/`;
  url.pathname = pathname + path;
  return url;
}

class LeanConversations {
  private readonly userAgent: Promise<string>;

  constructor(
    private readonly client: ConnectorClientLike,
    private readonly real: Conversations,
  ) {
    this.userAgent = userAgentFor(typeof client.options?.userAgent === 'string' ? client.options.userAgent : '');
  }

  replyToActivity(conversationId: string, activityId: string, activity: Activity, options?: unknown): Promise<unknown> {
    const path = typeof conversationId === 'string' && typeof activityId === 'string'
      ? `v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(activityId)}` : undefined;
    return this.send('POST', path, activity, options, { 'x-ms-conversation-id': conversationId }, () => this.real.replyToActivity(conversationId, activityId, activity, options));
  }

  sendToConversation(conversationId: string, activity: Activity, options?: unknown): Promise<unknown> {
    const path = typeof conversationId === 'string' ? `v3/conversations/${encodeURIComponent(conversationId)}/activities` : undefined;
    return this.send('POST', path, activity, options, {}, () => this.real.sendToConversation(conversationId, activity, options));
  }

  updateActivity(conversationId: string, activityId: string, activity: Activity, options?: unknown): Promise<unknown> {
    const path = typeof conversationId === 'string' && typeof activityId === 'string'
      ? `v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(activityId)}` : undefined;
    return this.send('PUT', path, activity, options, {}, () => this.real.updateActivity(conversationId, activityId, activity, options));
  }

  private async send(
    method: 'POST' | 'PUT', path: string | undefined, activity: Activity, options: unknown, extraHeaders: Record<string, string>, viaClient: () => Promise<unknown>,
  ): Promise<unknown> {
    const baseUri = this.client.baseUri;
    const body = activityBody(activity);
    // Call options (custom headers, abort signals, callbacks), a templated service URL or a body only the real serializer
    // can judge: the real client handles those.
    if (options !== undefined || path === undefined || body === undefined || !baseUri || baseUri.includes('{')) return viaClient();
    const signed = await this.sign();
    const headers: Record<string, string> = {
      'Content-Type': 'application/json; charset=utf-8',
      ...extraHeaders,
      'User-Agent': await this.userAgent,
      ...signed,
      accept: '*/*',
    };
    const response = await sendConnectorRequest({ method, url: operationUrl(baseUri, path), headers, body });
    // A redirect is followed by the pipeline's redirect policy; that rare case is left to it.
    if (response.status >= 300 && response.status < 400) return viaClient();
    return resourceResponse(response);
  }

  /** The headers the client's credentials add (the bearer token in production, nothing without an app id). */
  private async sign(): Promise<Record<string, string>> {
    const headers: Record<string, string> = {};
    const webResource = {
      headers: {
        set: (name: string, value: string) => void (headers[name] = String(value)),
        get: (name: string) => headers[name],
        contains: (name: string) => name in headers,
      },
    };
    await this.client.credentials.signRequest(webResource);
    return headers;
  }
}

/** Routes the client's reply, send and update calls through the lean path; returns the same client. */
export function withLeanReplies<T extends ConnectorClientLike>(client: T, env: NodeJS.ProcessEnv = process.env): T {
  // The pipeline's proxy policy sends through HTTP(S)_PROXY; with a proxy configured the client stays as it is.
  if (PROXY_VARIABLES.some((name) => env[name])) return client;
  const real = client.conversations;
  const lean = new LeanConversations(client, {
    replyToActivity: real.replyToActivity.bind(real),
    sendToConversation: real.sendToConversation.bind(real),
    updateActivity: real.updateActivity.bind(real),
  });
  const conversations = Object.create(real) as Conversations;
  conversations.replyToActivity = lean.replyToActivity.bind(lean);
  conversations.sendToConversation = lean.sendToConversation.bind(lean);
  conversations.updateActivity = lean.updateActivity.bind(lean);
  client.conversations = conversations;
  return client;
}
