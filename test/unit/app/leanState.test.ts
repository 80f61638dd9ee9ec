// The cheaper change check of conversation and user state writes exactly when botbuilder's own would.
import { ConversationState, MemoryStorage, type Storage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import { changeKey, LeanConversationState } from '../../../src/bot/leanState';

function context(): TurnContext {
  return new TurnContext(new TestAdapter(), { type: 'message', channelId: 'test', conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'bot' } } as never);
}

/** Counts the writes of a MemoryStorage. */
function counting(): Storage & { writes: number } {
  const inner = new MemoryStorage();
  const storage = {
    writes: 0,
    read: (keys: string[]) => inner.read(keys),
    write: (changes: StoreItems) => ((storage.writes += 1), inner.write(changes)),
    delete: (keys: string[]) => inner.delete(keys),
  };
  return storage;
}

describe('LeanConversationState', () => {
  it.each([
    ['nothing changed', (_s: Record<string, unknown>) => undefined],
    ['a value changed', (s: Record<string, unknown>) => void ((s.profile as Record<string, unknown>).n = 2)],
    ['a key added', (s: Record<string, unknown>) => void (s.extra = [1])],
    ['only the eTag changed', (s: Record<string, unknown>) => void (s.eTag = 'other')],
    ['an undefined value added', (s: Record<string, unknown>) => void (s.nothing = undefined)],
  ])('writes when botbuilder would: %s', async (_name, change) => {
    const results = [];
    for (const State of [ConversationState, LeanConversationState]) {
      const storage = counting();
      await storage.write({ 'test/conversations/c1/': { profile: { n: 1 }, eTag: '*' } });
      storage.writes = 0;
      const state = new State(storage);
      const ctx = context();
      const loaded = (await state.load(ctx)) as Record<string, unknown>;
      change(loaded);
      await state.saveChanges(ctx);
      // A second save in the same turn writes only if something changed since the first.
      await state.saveChanges(ctx);
      results.push(storage.writes);
    }
    expect(results[1]).toBe(results[0]);
  });

  it('falls back to botbuilder\'s hash for a cycle, and keeps it working', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(changeKey(cyclic)).toMatch(/^[0-9a-f]{64}$/);
    expect(changeKey({ a: 1, eTag: 'x' })).toBe(changeKey({ a: 1, eTag: 'y' }));
    expect(changeKey({ a: 1 })).not.toBe(changeKey({ a: 2 }));
  });
});
