// The escalation (always on when COORDINATOR_EMAIL is set): an urgent request nobody picked up in time is mailed to the coordinator.
import type { TFunction } from 'i18next';
import type { Mailer } from '../mail/mailer';
import { escalationMail } from '../mail/requestMail';
import type { DeliveryJob, RegistrationBackend } from '../types';

export const ESCALATION_BACKEND = 'escalation';

export class EscalationBackend implements RegistrationBackend {
  readonly id = ESCALATION_BACKEND;

  constructor(
    private readonly mailer: Mailer,
    private readonly t: TFunction,
    private readonly settings: { coordinatorEmail: string; minutes: number; publicUrl: string },
  ) {}

  /** Its outbox row comes due after the escalation time in office hours; by then a picked-up request needs no mail. */
  async register(job: DeliveryJob): Promise<void> {
    if (job.request.status !== 'new') return;
    const mail = escalationMail(this.t, job, this.settings.publicUrl, this.settings.minutes);
    await this.mailer.send({ to: this.settings.coordinatorEmail, ...mail, messageId: this.mailer.messageId(`request-${job.request.id}.escalation`) });
  }
}
