// What coordinators do with deliveries: see the failed and pending ones, and "Opnieuw proberen" one of them.
import type { OutboxEntry, OutboxRepository } from './outboxRepository';

export type RetryResult = 'retrying' | 'not_found' | 'already_delivered' | 'in_flight';

export class DeliveryAdmin {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: () => Date,
    private readonly onRetry: () => void = () => undefined,
  ) {}

  list(status: 'failed' | 'pending', limit?: number): Promise<OutboxEntry[]> {
    return this.outbox.list(status, limit);
  }

  /** Makes the delivery due now with a fresh set of attempts; a delivered one, or one being delivered right now, is left alone. */
  async retry(id: number): Promise<RetryResult> {
    if (await this.outbox.retry(id, this.clock())) {
      this.onRetry();
      return 'retrying';
    }
    const entry = await this.outbox.byId(id);
    if (!entry) return 'not_found';
    return entry.status === 'delivered' ? 'already_delivered' : 'in_flight';
  }
}
