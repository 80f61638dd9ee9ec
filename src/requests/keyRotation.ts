// Re-encrypts personal fields in place with the current key: after a key rotation, and for rows written before encryption.
import type { Database } from '../storage/types';
import type { FieldCipher } from './fieldCipher';
import { splitDraft } from './personalFields';
import type { RequestDraft } from './types';

export interface RotationResult {
  requests: number;
  notes: number;
}

const BATCH = 200;

export async function reencryptAll(db: Database, cipher: FieldCipher): Promise<RotationResult> {
  const result: RotationResult = { requests: 0, notes: 0 };
  const staleKey = `enc1:${cipher.currentKeyId}:%`;
  for (;;) {
    const rows = await db.query<{ id: number; data: Record<string, unknown> | string; personal: string | null }>(
      'SELECT id, data, personal FROM requests WHERE personal IS NULL OR personal NOT LIKE $1 ORDER BY id LIMIT $2',
      [staleKey, BATCH],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      const data = typeof row.data === 'string' ? (JSON.parse(row.data) as Record<string, unknown>) : row.data;
      const old = row.personal ? cipher.decryptJson<Record<string, unknown>>(row.personal) : {};
      const { personal, plain } = splitDraft({ ...data, ...old } as unknown as RequestDraft);
      await db.query('UPDATE requests SET data = $2::jsonb, personal = $3 WHERE id = $1', [row.id, JSON.stringify(plain), cipher.encryptJson(personal)]);
      result.requests += 1;
    }
  }
  for (;;) {
    const rows = await db.query<{ id: number; body: string }>(
      'SELECT id, body FROM request_notes WHERE body NOT LIKE $1 ORDER BY id LIMIT $2', [staleKey, BATCH],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      await db.query('UPDATE request_notes SET body = $2 WHERE id = $1', [row.id, cipher.encrypt(cipher.decrypt(row.body))]);
      result.notes += 1;
    }
  }
  return result;
}
