// The email backend against a real SMTP server on loopback: the team's mailbox gets the reference and a link, no personal data.
import { backendFactories } from '../../src/delivery/backendFactories';
import { buildRegistry } from '../../src/delivery/registry';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { contextFor, deliveryOver, draft, emptyDelivery, TestClock } from './fixtures';
import { startSmtp } from './smtp';

const pglite = databaseProviders()[0];
const PUBLIC = 'https://steunwijzer.example.org';

describe('email backend', () => {
  let db: Database;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const clock = new TestClock(new Date('2026-11-25T10:00:00Z'));
  beforeAll(async () => {
    db = await pglite.open();
  });
  beforeEach(() => emptyDelivery(db));
  afterEach(() => smtp?.close());
  afterAll(() => db.close());

  const over = (env: Record<string, string>) => {
    const full = { REGISTRATION_BACKENDS: 'email', SMTP_URL: smtp.url, SMTP_FROM: 'steunwijzer@gemeente.example.org', ...env };
    return deliveryOver(db, clock, { env: full, factories: backendFactories(contextFor(full, PUBLIC)) });
  };

  it('mails the team with reference, urgency, topics and link, and no phone number, name or story', async () => {
    smtp = await startSmtp();
    const { requests, delivery } = over({});
    const filed = await requests.file({ ...draft, email: 'ouder@example.org' }, 'form-1');
    expect(await delivery.worker.runOnce()).toEqual(['delivered']);
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.to).toEqual(['zernike@wij.example.org']);
    expect(mail.from).toBe('steunwijzer@gemeente.example.org');
    expect(mail.subject).toBe(`Nieuwe aanmelding ${filed.reference} voor WIJ Zernike`);
    expect(mail.text).toContain(`Nummer: ${filed.reference}`);
    expect(mail.text).toContain('Niet dringend');
    expect(mail.text).toContain('Onderwerpen: School, Pesten');
    expect(mail.text).toContain(`${PUBLIC}/staff/requests/${filed.reference}`);
    expect(mail.raw).toMatch(/^Message-ID: <request-\d+\.team@gemeente\.example\.org>/m);
    for (const personal of ['0612345678', '06 12', 'Sam', 'ouder@example.org', 'niet naar school', '9741']) expect(mail.raw).not.toContain(personal);
  });

  it('adds the summary with EMAIL_INCLUDE_DETAILS=true, still without contact details', async () => {
    smtp = await startSmtp();
    const { requests, delivery } = over({ EMAIL_INCLUDE_DETAILS: 'true' });
    await requests.file({ ...draft, urgent: true }, 'form-1');
    await delivery.worker.runOnce();
    const [mail] = smtp.mails;
    expect(mail.subject).toMatch(/^Dringend: /);
    expect(mail.text).toContain('Mijn zoon wil niet naar school');
    expect(mail.text).toContain('Leeftijd: 12');
    expect(mail.raw).not.toContain('0612345678');
  });

  it('records a refused mailbox as an error without the address, and retries', async () => {
    smtp = await startSmtp({ refuse: (address) => address.startsWith('zernike') });
    const { requests, delivery } = over({});
    await requests.file(draft, 'form-1');
    expect(await delivery.worker.runOnce()).toEqual(['retry']);
    const [pending] = await delivery.admin.list('pending');
    expect(pending.lastError).toBeDefined();
    expect(pending.lastError).not.toContain('zernike@');
    expect(smtp.mails).toHaveLength(0);
  });

  it('names SMTP_URL and SMTP_FROM when they are missing', () => {
    const context = contextFor({ REGISTRATION_BACKENDS: 'email' });
    expect(() => buildRegistry(context.config.backends, backendFactories(context))).toThrow(/SMTP_URL: is required for the email backend; SMTP_FROM: is required/);
  });
});
