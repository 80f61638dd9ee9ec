// Personal fields are encrypted at rest (AES-256-GCM): the database holds no plain phone number, and key rotation re-encrypts in place.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FieldCipher, newKey, parseKey } from '../../../src/requests/fieldCipher';
import { reencryptAll } from '../../../src/requests/keyRotation';
import { cipherFromSettings, KEY_FILE } from '../../../src/requests/keySource';
import { loadConfig } from '../../../src/config';
import type { Database } from '../../../src/storage/types';
import { databaseProviders } from '../../helpers/database';
import { draft, insertStaff, requestServices } from './fixtures';

const now = new Date('2026-11-25T10:00:00Z');

describe('field cipher', () => {
  it('round-trips, never repeats a ciphertext, and refuses a tampered value', () => {
    const cipher = FieldCipher.ephemeral();
    const a = cipher.encrypt('0612345678');
    expect(a).not.toContain('0612345678');
    expect(cipher.encrypt('0612345678')).not.toBe(a);
    expect(cipher.decrypt(a)).toBe('0612345678');
    const parts = a.split(':');
    parts[4] = Buffer.from('0000000000').toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
    expect(() => FieldCipher.ephemeral().decrypt(a)).toThrow(/known key/);
  });

  it('creates a key file with owner-only permissions for the embedded default, and reuses it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sw-key-'));
    const first = cipherFromSettings({ dataDir: dir, previousKeys: [] });
    expect(statSync(path.join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    const again = cipherFromSettings({ dataDir: dir, previousKeys: [] });
    expect(again.decrypt(first.encrypt('x'))).toBe('x');
    expect(parseKey(readFileSync(path.join(dir, KEY_FILE), 'utf8').trim())).toHaveLength(32);
  });

  it('refuses to start in production without DATA_ENCRYPTION_KEY', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATA_ENCRYPTION_KEY/);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'short' })).toThrow(/DATA_ENCRYPTION_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', DATA_ENCRYPTION_KEY: newKey().toString('base64') }).production).toBe(true);
  });
});

describe.each(databaseProviders())('encryption at rest on $name', (provider) => {
  let db: Database;
  beforeEach(async () => {
    db = await provider.open();
  });
  afterEach(() => db.close());

  /** Everything the database holds about requests and notes, as text. */
  const dump = async () => JSON.stringify([
    await db.query('SELECT * FROM requests'),
    await db.query('SELECT * FROM request_notes'),
    await db.query('SELECT * FROM audit_log'),
  ]);

  it('holds no plain phone number, e-mail, name, own words or note', async () => {
    const { requests, workflow } = requestServices(db, () => now);
    const filed = await requests.file(draft, 'form-1');
    const staffId = await insertStaff(db, 'Anna');
    await workflow.claim(filed.reference, { actorId: staffId, actor: 'Anna', via: 'page' });
    await workflow.addNote(filed.reference, 'Moeder gebeld op 0612345678', { actorId: staffId, actor: 'Anna', via: 'page' });
    const text = await dump();
    for (const secret of ['0612345678', '12345678', 'sam@example.org', 'Sam"', 'niet naar school', '9741 AB', 'Moeder gebeld']) {
      expect(text).not.toContain(secret);
    }
    expect((await requests.byReference(filed.reference))?.draft).toEqual(draft);
    expect((await workflow.notes(filed.id))[0].text).toBe('Moeder gebeld op 0612345678');
  });

  it('re-encrypts in place with a new key, after which the old key is no longer needed', async () => {
    const oldKey = newKey();
    const newer = newKey();
    const before = requestServices(db, () => now, new FieldCipher([oldKey]));
    const filed = await before.requests.file(draft, 'form-1');
    const staffId = await insertStaff(db, 'Anna');
    await before.workflow.addNote(filed.reference, 'gebeld', { actorId: staffId, actor: 'Anna', via: 'page' });
    const rotating = new FieldCipher([newer, oldKey]);
    expect(await reencryptAll(db, rotating)).toEqual({ requests: 1, notes: 1 });
    expect(await reencryptAll(db, rotating)).toEqual({ requests: 0, notes: 0 });
    const after = requestServices(db, () => now, new FieldCipher([newer]));
    expect((await after.requests.byReference(filed.reference))?.draft.phone).toBe(draft.phone);
    expect((await after.workflow.notes(filed.id))[0].text).toBe('gebeld');
  });

  it('encrypts a row written in plain before encryption existed', async () => {
    const { requests, cipher } = requestServices(db, () => now);
    await db.query(
      `INSERT INTO requests (reference, idempotency_key, team_id, urgent, data, created_at, updated_at)
       VALUES ('SW-AAAA-AAAA', 'old', 'wij-zernike', false, $1::jsonb, now(), now())`,
      [JSON.stringify(draft)],
    );
    expect((await requests.byReference('SW-AAAA-AAAA'))?.draft.phone).toBe(draft.phone);
    expect(await reencryptAll(db, cipher)).toEqual({ requests: 1, notes: 0 });
    expect(await dump()).not.toContain('0612345678');
    expect((await requests.byReference('SW-AAAA-AAAA'))?.draft).toEqual(draft);
  });
});
