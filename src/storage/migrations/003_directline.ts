// The local Direct Line channel: conversations, their activities in order (the watermark), and generated secrets.
import type { Migration } from '../types';

export const migration: Migration = {
  version: 3,
  name: 'directline',
  sql: `
    CREATE TABLE directline_conversations (
      id text PRIMARY KEY,
      user_id text NOT NULL,
      last_seq integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      last_activity_at timestamptz NOT NULL
    );
    CREATE INDEX directline_conversations_last_activity ON directline_conversations (last_activity_at);
    CREATE TABLE directline_activities (
      conversation_id text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
      seq integer NOT NULL,
      activity jsonb NOT NULL,
      PRIMARY KEY (conversation_id, seq)
    );
    CREATE TABLE app_secrets (
      name text PRIMARY KEY,
      value text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
