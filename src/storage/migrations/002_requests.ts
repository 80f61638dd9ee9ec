// Filed requests (aanmeldingen) to WIJ teams; personal details live in data, deleted after the retention period.
import type { Migration } from '../types';

export const migration: Migration = {
  version: 2,
  name: 'requests',
  sql: `
    CREATE TABLE requests (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      idempotency_key text NOT NULL UNIQUE,
      team_id text NOT NULL,
      status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'claimed', 'in_progress', 'closed')),
      urgent boolean NOT NULL DEFAULT false,
      data jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX requests_team_status_created ON requests (team_id, status, created_at DESC);
    CREATE INDEX requests_created ON requests (created_at);
  `,
};
