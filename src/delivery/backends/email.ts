// The `email` backend: a mail to the team's mailbox (contact.email in the catalogue); no personal data unless EMAIL_INCLUDE_DETAILS=true.
import type { TFunction } from 'i18next';
import type { Mailer } from '../mail/mailer';
import { newRequestMail } from '../mail/requestMail';
import { DeliveryError, type DeliveryJob, type RegistrationBackend } from '../types';

export interface EmailSettings {
  includeDetails: boolean;
  publicUrl: string;
}

export class EmailBackend implements RegistrationBackend {
  readonly id = 'email';

  constructor(
    private readonly mailer: Mailer,
    private readonly t: TFunction,
    private readonly settings: EmailSettings,
  ) {}

  async register(job: DeliveryJob): Promise<void> {
    const to = job.team?.contact.email;
    if (!to) throw new DeliveryError('team_without_mailbox', `team ${job.request.teamId} has no contact.email in the catalogue`);
    const mail = newRequestMail(this.t, job, this.settings.publicUrl, this.settings.includeDetails);
    await this.mailer.send({ to, ...mail, messageId: this.mailer.messageId(`request-${job.request.id}.team`) });
  }
}
