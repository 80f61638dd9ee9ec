// The delivery outbox: one row per filed request and registration backend, written in the filing transaction.
import type { Migration } from '../types';

export const migration: Migration = {
  version: 6,
  name: 'delivery_outbox',
  sql: `
    CREATE TABLE delivery_outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      request_id bigint NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      backend text NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      urgent boolean NOT NULL DEFAULT false,
      attempts integer NOT NULL DEFAULT 0,
      -- when the row is due; while a worker holds it, the end of its lease (a crashed worker's row comes due again)
      next_attempt_at timestamptz NOT NULL,
      -- set while a worker holds the row: only that worker may record the outcome
      claim_token text,
      -- start of the retry window (filing, or the last manual retry)
      window_start timestamptz NOT NULL,
      -- the backend's error, without personal data
      last_error text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      delivered_at timestamptz,
      UNIQUE (request_id, backend)
    );
    CREATE INDEX delivery_outbox_due ON delivery_outbox (urgent DESC, next_attempt_at) WHERE status = 'pending';
    CREATE INDEX delivery_outbox_status ON delivery_outbox (status, updated_at DESC);
  `,
};
