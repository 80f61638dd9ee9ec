// All migrations in order. To add one: create NNN_name.ts exporting `migration` (version NNN), import it here, list it.
import type { Migration } from '../types';
import { migration as m001 } from './001_bot_state';
import { migration as m002 } from './002_requests';
import { migration as m003 } from './003_directline';
import { migration as m004 } from './004_staff_accounts';
import { migration as m005 } from './005_request_workflow';
import { migration as m006 } from './006_delivery_outbox';
import { migration as m007 } from './007_teams_channels';

export const migrations: readonly Migration[] = [
  m001,
  m002,
  m003,
  m004,
  m005,
  m006,
  m007,
];
