// The daily digest of failed deliveries to COORDINATOR_EMAIL: once a day per database (any instance may send it), after the set hour.
import type { TFunction } from 'i18next';
import type { WijTeam } from '../catalogue/types';
import type { Logger } from '../logger';
import type { Database } from '../storage/types';
import type { Mailer } from './mail/mailer';
import { digestMail } from './mail/requestMail';
import type { OutboxRepository } from './outboxRepository';

const dayAndHour = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });

export interface DigestDeps {
  db: Database;
  outbox: OutboxRepository;
  mailer: Mailer;
  t: TFunction;
  teams: () => WijTeam[];
  coordinatorEmail: string;
  /** Local hour (Europe/Amsterdam) from which today's digest is due. */
  hour: number;
  logger: Logger;
}

export type DigestResult = 'not_yet' | 'already_sent' | 'nothing_failed' | 'sent';

export class FailureDigest {
  constructor(private readonly deps: DigestDeps) {}

  /** Sends today's digest when it is due and not sent yet; a failed send is undone so a later run tries again. */
  async runIfDue(now: Date): Promise<DigestResult> {
    const parts = Object.fromEntries(dayAndHour.formatToParts(now).map((p) => [p.type, p.value]));
    if (Number(parts.hour) < this.deps.hour) return 'not_yet';
    const day = `${parts.year}-${parts.month}-${parts.day}`;
    const claimed = await this.deps.db.query('INSERT INTO delivery_digests (day, sent_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING day', [day, now.toISOString()]);
    if (claimed.length === 0) return 'already_sent';
    const failed = await this.deps.outbox.list('failed');
    if (failed.length === 0) return 'nothing_failed';
    const teams = this.deps.teams();
    const mail = digestMail(this.deps.t, failed, (id) => teams.find((team) => team.id === id)?.name ?? id);
    try {
      await this.deps.mailer.send({ to: this.deps.coordinatorEmail, ...mail, messageId: this.deps.mailer.messageId(`digest-${day}`) });
    } catch (error) {
      await this.deps.db.query('DELETE FROM delivery_digests WHERE day = $1', [day]);
      throw error;
    }
    this.deps.logger.info({ day, failed: failed.length }, 'daily digest of failed deliveries sent');
    return 'sent';
  }
}
