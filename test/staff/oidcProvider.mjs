// A real OpenID Provider (the oidc-provider package) for the sign-in test, on loopback. It signs in the account chosen
// through POST /test/account without a login form, so the test drives the whole authorization code flow over HTTP.
// Usage: node oidcProvider.mjs PORT CLIENT_ID CLIENT_SECRET REDIRECT_URI   (prints "ready" when listening)
import Provider from 'oidc-provider';

const [port, clientId, clientSecret, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const accounts = {
  'oid-anna': { email: 'anna.sso@wij.example', name: 'Anna SSO', groups: ['g-wij-zuid'] },
  'oid-cor': { email: 'cor.sso@wij.example', name: 'Cor SSO', groups: ['g-wij-zuid', 'g-coordinatoren'] },
  'oid-x': { email: 'x@elders.example', name: 'Niet van WIJ', groups: ['g-anders'] },
};
let current = 'oid-anna';

const provider = new Provider(issuer, {
  clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'] }],
  claims: { openid: ['sub'], email: ['email'], profile: ['name'], groups: ['groups'] },
  scopes: ['openid', 'groups'],
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  cookies: { keys: ['test-cookie-key-0123456789'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (_ctx, id) => accounts[id] && { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) },
});

provider.use(async (ctx, next) => {
  if (ctx.method === 'POST' && ctx.path === '/test/account') {
    current = ctx.query.id;
    ctx.body = { current };
    return;
  }
  if (ctx.method === 'GET' && ctx.path.startsWith('/interaction/')) {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const grant = new provider.Grant({ accountId: current, clientId });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    ctx.respond = false;
    await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: current }, consent: { grantId } }, { mergeWithLastSubmission: false });
    return;
  }
  await next();
});

provider.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
