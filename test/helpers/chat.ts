// Drives the real bot (real content, real understanding, state in PGlite) turn by turn through botbuilder's TestAdapter.
import { randomUUID } from 'node:crypto';
import { type Activity, ActivityTypes, TestAdapter } from 'botbuilder';
import type { TFunction } from 'i18next';
import { createBot } from '../../src/bot/createBot';
import { loadContent, type Content } from '../../src/content';
import { projectRoot } from '../../src/projectRoot';
import { RequestRepository } from '../../src/requests/requestRepository';
import { createStaffServices } from '../../src/staff/staffServices';
import { testCipher } from './dataKey';
import type { RequestFiler } from '../../src/requests/types';
import { SqlStorage } from '../../src/storage/sqlStorage';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from './database';
import { turnErrorHandler } from '../../src/bot/turnErrorHandler';
import { logger } from '../../src/logger';
import type { TurnUnderstander, Understander } from '../../src/understanding/types';

let sharedContent: Content | undefined;
/** Content is read-only, so test files share one load. */
export function testContent(): Content {
  sharedContent ??= loadContent(projectRoot(), {
    onMissingKey: (key) => {
      throw new Error(`text key missing: ${key}`);
    },
  });
  return sharedContent;
}

export interface TestChat {
  /** Sends a message; resolves with the bot's replies to it. */
  say(text: string): Promise<Partial<Activity>[]>;
  /** Sends the conversationUpdate a channel sends when the user joins. */
  join(): Promise<Partial<Activity>[]>;
  nl: TFunction;
  en: TFunction;
  requests: RequestRepository;
  db: Database;
  close(): Promise<void>;
}

export const FIXED_NOW = new Date('2026-11-25T10:00:00+01:00');

/** A new conversation (unique id). Pass a shared `db` to keep test files fast; without one, a fresh PGlite is opened and closed with the chat. */
export interface TestChatOptions {
  db?: Database;
  channelId?: string;
  wrapFiler?: (filer: RequestFiler) => RequestFiler;
  /** Changes what the understanding says (to drive the pipeline into a state, e.g. a "check"). */
  /** Wraps the shared content's understander (the in-thread one: this helper starts no worker). */
  wrapUnderstander?: (understander: Understander) => TurnUnderstander;
  /** Use the app's own turn error handler (apology to the user) instead of collecting errors. */
  appErrorHandler?: boolean;
}

export async function startTestChat(options: TestChatOptions = {}): Promise<TestChat> {
  const content = testContent();
  const db = options.db ?? (await databaseProviders()[0].open());
  const ownsDb = !options.db;
  const requests = new RequestRepository(db, () => FIXED_NOW, undefined, testCipher());
  const storage = new SqlStorage(db);
  const filer = options.wrapFiler ? options.wrapFiler(requests) : requests;
  const botContent = options.wrapUnderstander ? { ...content, understander: options.wrapUnderstander(content.understander as Understander) } : content;
  const { tracking } = createStaffServices(db, requests, testCipher(), () => FIXED_NOW, { sessionHours: 8 });
  const logic = createBot(botContent, storage, { requests: filer, tracker: tracking }, { defaultLanguage: 'nl', privacyDays: 30 }, () => FIXED_NOW);
  const adapter = new TestAdapter(logic, { channelId: options.channelId ?? 'test', conversation: { id: `conv-${randomUUID()}`, isGroup: false, conversationType: 'personal', name: '' } });
  const errors: Error[] = [];
  adapter.onTurnError = options.appErrorHandler
    ? turnErrorHandler(logger, content.texts, () => 'nl', () => content.catalogue().teams().find((t) => t.fallback)?.contact.phone)
    : async (_context, error) => {
        errors.push(error);
      };
  const drain = () => {
    const replies = adapter.activeQueue.splice(0, adapter.activeQueue.length);
    if (errors.length) throw errors.shift();
    return replies.filter((a) => a.type === ActivityTypes.Message);
  };
  return {
    async say(text) {
      await adapter.receiveActivity(text);
      return drain();
    },
    async join() {
      await adapter.receiveActivity({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }] });
      return drain();
    },
    nl: content.texts.t('nl'),
    en: content.texts.t('en'),
    requests,
    db,
    close: async () => {
      if (ownsDb) await db.close();
    },
  };
}

/** The plain text of replies, with card texts and buttons, for readable assertions. */
export function texts(replies: Partial<Activity>[]): string[] {
  return replies.map((r) => r.text ?? '');
}

export function buttons(reply: Partial<Activity> | undefined): string[] {
  return (reply?.suggestedActions?.actions ?? []).map((a) => a.title ?? '');
}

export function last(replies: Partial<Activity>[]): Partial<Activity> | undefined {
  return replies[replies.length - 1];
}

/**
 * For a test file: one PGlite for the file, a new conversation for every test.
 * The returned chat always forwards to the current test's conversation.
 */
export function chatPerTest(): TestChat {
  let db: Database;
  let current: TestChat | undefined;
  beforeAll(async () => {
    db = await databaseProviders()[0].open();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    current = await startTestChat({ db });
  });
  return new Proxy({} as TestChat, {
    get: (_target, property) => {
      if (property === 'db') return db;
      if (!current) throw new Error('chatPerTest: use the chat inside a test');
      return Reflect.get(current, property);
    },
  });
}


/** Everything the bot said in these replies, in order: one turn's texts may reach the user joined into fewer messages. */
export function said(replies: Partial<Activity>[]): string {
  return replies.map((r) => r.text ?? '').filter(Boolean).join('\n\n');
}

/** The same texts as the bot says them one after the other (see `said`). */
export const inOrder = (...parts: string[]): string => parts.join('\n\n');

/** The end of the last reply, as long as `text`: the question the bot asks last, after whatever it said before. */
export function lastSaid(replies: Partial<Activity>[], text: string): string {
  return (last(replies)?.text ?? '').slice(-text.length);
}

/** The start of everything said, as long as `text`: what the bot says first this turn. */
export function firstSaid(replies: Partial<Activity>[], text: string): string {
  return said(replies).slice(0, text.length);
}
