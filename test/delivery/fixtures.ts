// Shared pieces of the delivery tests: a request draft, a clock the test moves, a quiet logger, delivery with test backends.
import type { WijTeam } from '../../src/catalogue/types';
import { loadConfig } from '../../src/config';
import { createDelivery, type Delivery, type DeliveryDeps } from '../../src/delivery/createDelivery';
import type { BackendContext } from '../../src/delivery/backendFactories';
import { createLogger } from '../../src/logger';
import { RequestRepository } from '../../src/requests/requestRepository';
import type { RequestDraft } from '../../src/requests/types';
import type { Database } from '../../src/storage/types';
import { testContent } from '../helpers/chat';
import { testCipher } from '../helpers/dataKey';
import { draft as baseDraft } from '../unit/requests/fixtures';

/** The shared test draft, with two topics and no e-mail address (the mails and cards show topics). */
export const draft: RequestDraft = { ...baseDraft, topics: ['school', 'pesten'], email: undefined };

export const team: WijTeam = {
  id: 'wij-zernike',
  name: 'WIJ Zernike',
  area: 'noord',
  contact: { email: 'zernike@wij.example.org', phone: '050-000 10 09' },
  openingHours: { nl: 'Maandag tot en met vrijdag van 9 tot 17 uur.', en: 'Monday to Friday, 9 am to 5 pm.' },
  officeHours: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
  responseWorkdays: 2,
  sample: true,
};

export const quietLogger = createLogger('silent');

/** What the built-in backends get from the app, for a literal environment. */
export function contextFor(env: Record<string, string>, publicUrl = 'https://steunwijzer.example.org'): BackendContext {
  const config = loadConfig({ DATA_DIR: '/nonexistent', ...env }).delivery;
  return { config, publicUrl, logger: quietLogger, t: testContent().texts.t('nl'), teams: () => [team] };
}

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public current: Date) {}
  readonly now = (): Date => this.current;
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Requests and delivery over one database, with the given backends on (policy jitter fixed at half). */
export function deliveryOver(db: Database, clock: TestClock, overrides: Partial<DeliveryDeps> & { env?: Record<string, string> } = {}): { requests: RequestRepository; delivery: Delivery } {
  // One fixed test key, so a restarted delivery (a new repository) reads what the first one filed.
  const requests = new RequestRepository(db, clock.now, undefined, testCipher());
  const config = loadConfig({ DATA_DIR: '/nonexistent', ...overrides.env }).delivery;
  const delivery = createDelivery({
    db, config, requests, teams: () => [team], clock: clock.now, logger: quietLogger,
    factories: {}, worker: { graceMs: 200 },
    policy: { quickAttempts: 5, baseDelayMs: 30_000, slowDelayMs: HOUR, windowMs: 48 * HOUR, random: () => 0.5 },
    ...overrides,
  });
  return { requests, delivery };
}

/** Empties what the delivery tests write, so one database (opening one costs a second or more) serves a whole test file. */
export async function emptyDelivery(db: Database): Promise<void> {
  await db.exec('DELETE FROM requests; DELETE FROM teams_channels; DELETE FROM delivery_digests;');
}
