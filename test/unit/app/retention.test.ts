// Retention: conversation state, Direct Line transcripts and closed requests are deleted when their time is up, and not before.
import { ConversationStore } from '../../../src/directline/conversationStore';
import { logger } from '../../../src/logger';
import { RequestRepository } from '../../../src/requests/requestRepository';
import { AuditLog } from '../../../src/requests/auditLog';
import { RequestRetention } from '../../../src/requests/requestRetention';
import { deleteExpired } from '../../../src/retention';
import { SqlStorage } from '../../../src/storage/sqlStorage';
import type { Database } from '../../../src/storage/types';
import { databaseProviders } from '../../helpers/database';

const DAY = 24 * 60 * 60 * 1000;

describe('retention', () => {
  let db: Database;
  beforeAll(async () => {
    db = await databaseProviders()[0].open();
  });
  afterAll(() => db.close());

  it('deletes only what is older than its retention period', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const clock = () => now;
    const state = new SqlStorage(db, { now: clock });
    const conversations = new ConversationStore(db, clock);
    const repository = new RequestRepository(db, clock);
    const requests = new RequestRetention(db, new AuditLog(db, clock));
    const draft = { about: 'x y z', topics: [], asker: 'parent', teamId: 't', firstName: 'A', email: 'a@example.org', urgent: false, language: 'nl', channel: 'test' } as const;

    await state.write({ 'old/conversation': { step: 1 } });
    await conversations.create('old-conv', 'u');
    const filed = await repository.file({ ...draft, topics: [] }, 'old-request');
    await db.query(`UPDATE requests SET status = 'closed', closed_at = $2 WHERE reference = $1`, [filed.reference, now.toISOString()]);
    now = new Date(now.getTime() + 40 * DAY);
    await state.write({ 'new/conversation': { step: 2 } });
    await conversations.create('new-conv', 'u');

    const deleted = await deleteExpired({ state, conversations, requests, stateDays: 30, requestDays: 180, clock, logger });
    expect(deleted).toEqual({ state: 1, conversations: 1, requests: 0 });
    expect(Object.keys(await state.read(['old/conversation', 'new/conversation']))).toEqual(['new/conversation']);
    expect(await conversations.exists('old-conv')).toBe(false);
    expect(await conversations.exists('new-conv')).toBe(true);

    now = new Date(now.getTime() + 150 * DAY);
    expect((await deleteExpired({ state, conversations, requests, stateDays: 30, requestDays: 180, clock, logger })).requests).toBe(1);
  });
});
