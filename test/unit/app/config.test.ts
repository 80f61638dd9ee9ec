// Configuration: defaults for local use, every bad variable named at once, empty values treated as unset.
import { loadConfig } from '../../../src/config';

describe('configuration', () => {
  it('has defaults that run locally without anything set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, defaultLanguage: 'nl', stateRetentionDays: 30, maxBodyBytes: 65536 });
    expect(config.databaseUrl).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', STAFF_API_TOKEN: 'short' })).toThrow(
      /PORT:[\s\S]*DATABASE_URL: must start with postgres[\s\S]*STAFF_API_TOKEN: must be at least 24 characters/,
    );
  });

  it('treats FOO= as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: ' ' }).port).toBe(3978);
  });

  it('needs the app password with an app id', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'abc' })).toThrow(/MicrosoftAppPassword: is required when MicrosoftAppId is set/);
  });
});
