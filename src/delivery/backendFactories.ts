// Every registration backend that REGISTRATION_BACKENDS can turn on, and the coordinator's mails, built from the configuration.
import type { TFunction } from 'i18next';
import type { WijTeam } from '../catalogue/types';
import { ConfigError, type DeliveryConfig } from '../config';
import type { Logger } from '../logger';
import { DemoBackend } from './backends/demo';
import { EmailBackend } from './backends/email';
import { EscalationBackend } from './backends/escalation';
import { FailingBackend } from './backends/failing';
import { WebhookBackend } from './backends/webhook';
import type { InternalBackend } from './createDelivery';
import { Mailer } from './mail/mailer';
import { addOfficeMinutes } from './officeHours';
import type { BackendFactory } from './types';

export interface BackendContext {
  config: DeliveryConfig;
  publicUrl: string;
  logger: Logger;
  /** Dutch texts: the mails and cards are read by staff. */
  t: TFunction;
  teams: () => WijTeam[];
}

/** One SMTP transport for the team mails, the escalation and the digest; missing settings name the variable and who needs it. */
export function mailerFor(context: BackendContext, who: string): () => Mailer {
  let mailer: Mailer | undefined;
  return () => {
    const { smtpUrl, from } = context.config.email;
    const missing = [!smtpUrl && 'SMTP_URL', !from && 'SMTP_FROM'].filter(Boolean);
    if (missing.length > 0) throw new ConfigError('smtp_missing', missing.map((name) => `${name}: is required ${who}`).join('; '));
    mailer ??= new Mailer(smtpUrl!, from!);
    return mailer;
  };
}

export function backendFactories(context: BackendContext): Record<string, BackendFactory> {
  const { config, publicUrl } = context;
  return {
    demo: () => new DemoBackend(context.logger),
    failing: () => new FailingBackend(),
    email: () => new EmailBackend(mailerFor(context, 'for the email backend')(), context.t, { includeDetails: config.email.includeDetails, publicUrl }),
    webhook: () => new WebhookBackend({ ...config.webhook, publicUrl }),
  };
}

/** With COORDINATOR_EMAIL: the escalation of urgent requests nobody picked up, due after that many office minutes. */
export function coordinatorBackends(context: BackendContext): InternalBackend[] {
  const { coordinatorEmail, urgentEscalationMinutes: minutes } = context.config;
  if (!coordinatorEmail) return [];
  const backend = new EscalationBackend(mailerFor(context, 'when COORDINATOR_EMAIL is set')(), context.t, { coordinatorEmail, minutes, publicUrl: context.publicUrl });
  return [{
    backend,
    dueAt: (request, now) => {
      if (!request.urgent) return undefined;
      const team = context.teams().find((t) => t.id === request.teamId);
      return addOfficeMinutes(team?.officeHours, now, minutes);
    },
  }];
}
