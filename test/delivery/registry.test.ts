// The registry turns on only known backends, once each, and stops start-up naming the variable that is wrong.
import { ConfigError, loadConfig } from '../../src/config';
import { backendFactories } from '../../src/delivery/backendFactories';
import { buildRegistry } from '../../src/delivery/registry';
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
