// The `demo` backend: accepts every request and keeps what it received in memory (for tests and trying delivery by hand).
import type { Logger } from '../../logger';
import type { DeliveryJob, RegistrationBackend } from '../types';

export class DemoBackend implements RegistrationBackend {
  readonly id: string = 'demo';
  /** Request ids in the order they arrived (a duplicate shows up twice). */
  readonly received: number[] = [];

  constructor(private readonly logger?: Logger) {}

  async register(job: DeliveryJob): Promise<void> {
    this.received.push(job.request.id);
    this.logger?.info({ requestId: job.request.id, backend: this.id }, 'demo backend received a request');
  }
}
