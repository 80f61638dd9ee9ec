// The channel and operations settings: defaults that work locally, and a bad value names its variable.
import { loadConfig } from '../../src/config';

describe('channel and operations settings', () => {
  it('has defaults: no embed origins, memory rate limits, no metrics token', () => {
    const { channels } = loadConfig({});
    expect(channels).toMatchObject({
      embedOrigins: [], quickExitUrl: 'https://gemeente.groningen.nl/', redisKeyPrefix: 'steunwijzer', trustProxy: false,
      rateLimits: { tokensPerMinute: 20, conversationsPerMinute: 20, activitiesPerMinute: 30, addressActivitiesPerMinute: 300 },
      brand: { color: '#154273' }, shutdownTimeoutSeconds: 25,
    });
    expect(channels.redisUrl).toBeUndefined();
    expect(channels.metricsToken).toBeUndefined();
  });

  it('reads a list of embed origins and the brand', () => {
    const { channels } = loadConfig({ EMBED_ORIGINS: 'https://a.example, https://b.example', BRAND_NAME: 'Jeugdchat', TRUST_PROXY: 'true' });
    expect(channels.embedOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(channels.brand.name).toBe('Jeugdchat');
    expect(channels.trustProxy).toBe(true);
  });

  it('names every bad variable', () => {
    const bad = { BRAND_COLOR: 'blue', REDIS_URL: 'http://x', RATE_LIMIT_ACTIVITIES_PER_MINUTE: '0', METRICS_TOKEN: 'short', TRUST_PROXY: 'yes' };
    for (const name of Object.keys(bad)) expect(() => loadConfig(bad)).toThrow(new RegExp(`${name}:`));
  });
});
