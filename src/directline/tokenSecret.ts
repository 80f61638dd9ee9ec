// The secret that signs Direct Line tokens: from configuration, or generated once and kept in the database so restarts and other instances share it.
import { randomBytes } from 'node:crypto';
import type { Database } from '../storage/types';

const NAME = 'directline_token_secret';

export async function directLineTokenSecret(db: Database, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db.query('INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    NAME,
    randomBytes(48).toString('base64url'),
  ]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM app_secrets WHERE name = $1', [NAME]);
  return row.value;
}
