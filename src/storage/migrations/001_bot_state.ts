// Migration 001: the table behind SqlStorage (botbuilder conversation and user state).
import type { Migration } from '../types';

export const migration: Migration = {
  version: 1,
  name: 'bot_state',
  sql: `
    CREATE TABLE bot_state (
      key text PRIMARY KEY,
      etag text NOT NULL,
      data jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX bot_state_updated_at ON bot_state (updated_at);
  `,
};
