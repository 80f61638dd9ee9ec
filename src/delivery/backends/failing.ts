// The `failing` backend: always throws (or for the first N attempts), to try the retry and the coordinators' list by hand.
import { DeliveryError, type DeliveryJob, type RegistrationBackend } from '../types';

export class FailingBackend implements RegistrationBackend {
  readonly id: string = 'failing';
  /** Attempts seen, per request id. */
  readonly attempts = new Map<number, number>();

  /** @param failures how many attempts per request fail before it succeeds (Infinity: always). */
  constructor(private readonly failures: number = Number.POSITIVE_INFINITY) {}

  async register(job: DeliveryJob): Promise<void> {
    const seen = (this.attempts.get(job.request.id) ?? 0) + 1;
    this.attempts.set(job.request.id, seen);
    if (seen <= this.failures) throw new DeliveryError('failing_backend', `the failing backend refused attempt ${seen}`);
  }
}
