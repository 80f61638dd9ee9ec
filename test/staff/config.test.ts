// The staff settings in the one config schema: a bad or half-given value stops start-up naming the variable.
import { loadConfig } from '../../src/config';

describe('staff configuration', () => {
  it('needs all three OIDC variables or none, and names the missing ones', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example/tenant/v2.0' })).toThrow(/OIDC_CLIENT_ID[\s\S]*OIDC_CLIENT_SECRET/);
    const oidc = loadConfig({ OIDC_ISSUER: 'https://login.example/t/v2.0', OIDC_CLIENT_ID: 'id', OIDC_CLIENT_SECRET: 's', PUBLIC_URL: 'https://hulp.example', OIDC_GROUPS: '{"g1":{"role":"coordinator","teams":["wij-zuid"]}}' }).oidc;
    expect(oidc).toMatchObject({ redirectUrl: 'https://hulp.example/staff/oidc/callback', scopes: 'openid profile email', groups: { g1: { role: 'coordinator', teams: ['wij-zuid'] } } });
  });

  it('refuses OIDC_GROUPS that is not JSON or has an unknown role', () => {
    expect(() => loadConfig({ OIDC_GROUPS: 'g1=coordinator' })).toThrow(/OIDC_GROUPS/);
    expect(() => loadConfig({ OIDC_GROUPS: '{"g1":{"role":"baas"}}' })).toThrow(/OIDC_GROUPS: .*g1\.role/);
  });

  it('reads the session lifetime, the proxy setting and previous data keys', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const config = loadConfig({ STAFF_SESSION_HOURS: '4', TRUST_PROXY: 'true', DATA_ENCRYPTION_KEY: key, DATA_ENCRYPTION_PREVIOUS_KEYS: `${'ab'.repeat(32)}, ${key}` });
    expect(config.staff).toEqual({ sessionHours: 4, trustProxy: true });
    expect(config.encryption.previousKeys).toHaveLength(2);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ DATA_ENCRYPTION_PREVIOUS_KEYS: 'nope' })).toThrow(/DATA_ENCRYPTION_PREVIOUS_KEYS/);
  });
});
