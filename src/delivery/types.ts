// The contract of delivery: a registration backend gets one request and either resolves (delivered) or throws.
import type { WijTeam } from '../catalogue/types';
import type { StoredRequest } from '../requests/requestRepository';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** A request as a backend sees it: the stored request, its database id and its WIJ team from the catalogue. */
export interface DeliveryRequest extends StoredRequest {
  /** The database id; backends use it as the idempotency key, so a receiver can drop a duplicate. */
  id: number;
}

export interface DeliveryJob {
  outboxId: number;
  backend: string;
  /** 1 for the first attempt. */
  attempt: number;
  request: DeliveryRequest;
  team?: WijTeam;
}

export interface RegisterOptions {
  /** The moment of this attempt (the injected clock). */
  now: Date;
  /** Aborted when the app stops and the attempt must give up (the row is put back). */
  signal: AbortSignal;
}

export interface RegistrationBackend {
  readonly id: string;
  /** Hands the request to the backend; resolves when it was accepted, throws otherwise. Never retries itself. */
  register(job: DeliveryJob, options: RegisterOptions): Promise<void>;
}

/**
 * Builds a backend from the configuration. Throws a ConfigError naming the variable when its settings are missing
 * or wrong, so a bad configuration stops start-up.
 */
export type BackendFactory = () => RegistrationBackend;

/** An error a backend throws with a message that is safe to store and log (no personal data). */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
