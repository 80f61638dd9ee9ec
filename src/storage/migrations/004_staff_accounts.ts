// Staff accounts (people and service accounts), their sign-in sessions, and a shared table for rate limits.
import type { Migration } from '../types';

export const migration: Migration = {
  version: 4,
  name: 'staff_accounts',
  sql: `
    CREATE TABLE staff_users (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('person', 'service')),
      email text NOT NULL UNIQUE,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('medewerker', 'coordinator', 'beheerder')),
      teams text[] NOT NULL,
      password_hash text,
      token_hash text UNIQUE,
      external_id text UNIQUE,
      disabled_at timestamptz,
      created_at timestamptz NOT NULL
    );
    CREATE TABLE staff_sessions (
      id text PRIMARY KEY,
      user_id bigint NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
      csrf text NOT NULL,
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);
    CREATE TABLE throttle_events (
      bucket text NOT NULL,
      key text NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX throttle_events_lookup ON throttle_events (bucket, key, at);
  `,
};
