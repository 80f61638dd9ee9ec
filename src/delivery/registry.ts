// The registry of registration backends: builds the ones REGISTRATION_BACKENDS turns on, refusing unknown or repeated ids.
import { ConfigError } from '../config';
import type { BackendFactory, RegistrationBackend } from './types';

/**
 * Builds every enabled backend, so each checks its configuration at start-up. Reports all problems at once,
 * each naming the variable to fix; returns the backends by id.
 */
export function buildRegistry(enabled: readonly string[], factories: Readonly<Record<string, BackendFactory>>): Map<string, RegistrationBackend> {
  const problems: string[] = [];
  const backends = new Map<string, RegistrationBackend>();
  const seen = new Set<string>();
  for (const id of enabled) {
    if (seen.has(id)) {
      problems.push(`REGISTRATION_BACKENDS: "${id}" is listed twice`);
      continue;
    }
    seen.add(id);
    const factory = Object.hasOwn(factories, id) ? factories[id] : undefined;
    if (!factory) {
      problems.push(`REGISTRATION_BACKENDS: unknown backend "${id}" (known: ${Object.keys(factories).sort().join(', ')})`);
      continue;
    }
    try {
      const backend = factory();
      if (backend.id !== id) throw new ConfigError('backend_id', `REGISTRATION_BACKENDS: backend "${id}" calls itself "${backend.id}"`);
      backends.set(id, backend);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    throw new ConfigError('delivery_config_invalid', `Invalid delivery configuration:\n  ${problems.join('\n  ')}`);
  }
  return backends;
}
