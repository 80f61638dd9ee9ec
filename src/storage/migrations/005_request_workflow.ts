// Follow-up of requests: staff statuses, claim, encrypted personal fields, notes, and the audit log (who, what, when, from where).
import type { Migration } from '../types';

export const migration: Migration = {
  version: 5,
  name: 'request_workflow',
  sql: `
    ALTER TABLE requests DROP CONSTRAINT requests_status_check;
    UPDATE requests SET status = 'in_contact' WHERE status = 'in_progress';
    ALTER TABLE requests ADD CONSTRAINT requests_status_check
      CHECK (status IN ('new', 'claimed', 'in_contact', 'closed', 'referred', 'withdrawn'));
    ALTER TABLE requests ADD COLUMN personal text;
    ALTER TABLE requests ADD COLUMN claimed_by bigint REFERENCES staff_users (id) ON DELETE SET NULL;
    ALTER TABLE requests ADD COLUMN claimed_at timestamptz;
    ALTER TABLE requests ADD COLUMN referral_reason text;
    ALTER TABLE requests ADD COLUMN closed_at timestamptz;
    CREATE INDEX requests_closed ON requests (closed_at) WHERE closed_at IS NOT NULL;
    CREATE TABLE request_notes (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      request_id bigint NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      author_id bigint REFERENCES staff_users (id) ON DELETE SET NULL,
      author_name text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX request_notes_request ON request_notes (request_id, created_at);
    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id bigint,
      actor text NOT NULL,
      via text NOT NULL,
      address text,
      action text NOT NULL,
      reference text,
      team_id text,
      detail jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX audit_log_at ON audit_log (at);
    CREATE INDEX audit_log_reference ON audit_log (reference, at);
  `,
};
