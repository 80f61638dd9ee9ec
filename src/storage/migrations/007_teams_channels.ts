// Teams staff channels: the conversation reference stored when the bot is added, the cards posted per request, the daily digests sent.
import type { Migration } from '../types';

export const migration: Migration = {
  version: 7,
  name: 'teams_channels',
  sql: `
    CREATE TABLE teams_channels (
      channel_id text PRIMARY KEY,
      teams_team_id text,
      tenant_id text,
      reference jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE TABLE teams_cards (
      request_id bigint PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
      channel_id text NOT NULL,
      activity_id text NOT NULL,
      created_at timestamptz NOT NULL
    );
    CREATE TABLE delivery_digests (
      day date PRIMARY KEY,
      sent_at timestamptz NOT NULL
    );
  `,
};
