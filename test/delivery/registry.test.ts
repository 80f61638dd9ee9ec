// The registry turns on only known backends, once each, and stops start-up naming the variable that is wrong.
import { createApp } from '../../src/compose';
import { ConfigError, loadConfig } from '../../src/config';
import { backendFactories } from '../../src/delivery/backendFactories';
import { buildRegistry } from '../../src/delivery/registry';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { contextFor } from './fixtures';

const factoriesFor = (env: Record<string, string>) => {
  const context = contextFor(env);
  return { config: context.config, factories: backendFactories(context) };
};

describe('registration backend registry', () => {
  it('builds the backends REGISTRATION_BACKENDS lists', () => {
    const { config, factories } = factoriesFor({ REGISTRATION_BACKENDS: 'demo, failing' });
    expect([...buildRegistry(config.backends, factories).keys()]).toEqual(['demo', 'failing']);
  });

  it('refuses an unknown and a repeated backend, naming REGISTRATION_BACKENDS', () => {
    const { config, factories } = factoriesFor({ REGISTRATION_BACKENDS: 'demo,fax,demo' });
    expect(() => buildRegistry(config.backends, factories)).toThrow(ConfigError);
    expect(() => buildRegistry(config.backends, factories)).toThrow(/REGISTRATION_BACKENDS: unknown backend "fax".*\n.*REGISTRATION_BACKENDS: "demo" is listed twice/s);
  });

  it('refuses a malformed list', () => {
    expect(() => loadConfig({ REGISTRATION_BACKENDS: 'Demo;x' })).toThrow(/REGISTRATION_BACKENDS: comma-separated/);
  });
});

describe('start-up with a bad delivery configuration', () => {
  let db: Database;
  beforeAll(async () => {
    db = await databaseProviders()[0].open();
  });
  afterAll(() => db.close());

  it.each([
    [{ REGISTRATION_BACKENDS: 'email' }, /SMTP_URL: is required for the email backend/],
    [{ COORDINATOR_EMAIL: 'coordinator@gemeente.example.org' }, /SMTP_URL: is required when COORDINATOR_EMAIL is set/],
    [{ REGISTRATION_BACKENDS: 'teams' }, /TEAMS_CHANNELS: is required for the teams backend/],
  ])('refuses %j naming the variable', async (env, message) => {
    await expect(createApp(loadConfig({ PORT: '0', DATA_DIR: '/nonexistent', ...env }), { database: db, retention: false, watchCatalogue: false })).rejects.toThrow(message);
  });
});
