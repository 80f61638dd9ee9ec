// ConversationState and UserState with a cheaper change check. botbuilder's BotState decides whether to write by
// hashing the state (its own JSON.stringify with a replacer function, then SHA-256) when it is loaded, before it is
// saved and again after: five times a turn for our two states, about 3 % of a turn's CPU. Here the check compares the
// plain JSON text instead, which finds exactly the changes that could reach storage (SqlStorage keeps JSON); state JSON
// cannot hold (a cycle, a value with its own `_replacer`) falls back to botbuilder's hash.
import { type BotState, calculateChangeHash, ConversationState, type Storage, type TurnContext, UserState } from 'botbuilder';
import { giveText, takeText } from '../storage/itemText';

interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

function hasReplacer(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (typeof (value as { _replacer?: unknown })._replacer === 'function') return true;
  for (const item of Object.values(value)) if (hasReplacer(item, depth + 1)) return true;
  return false;
}

/** The change key of a state: its JSON text without the eTag, or botbuilder's hash for what plain JSON cannot show. */
export function changeKey(state: Record<string, unknown>, stringified?: string): string {
  const { eTag: _eTag, ...rest } = state;
  try {
    const text = stringified ?? JSON.stringify(rest);
    // botbuilder's stringify lets an object serialise itself through `_replacer`; such state takes botbuilder's way.
    if (!text.includes('_replacer') || !hasReplacer(rest)) return `json:${text}`;
  } catch {
    // a cycle: botbuilder's stringify names it instead of failing
  }
  return calculateChangeHash(state);
}

/** The private symbol under which BotState keeps a turn's copy in turnState. */
function stateKeyOf(state: BotState): symbol {
  return (state as unknown as { stateKey: symbol }).stateKey;
}

/** load and saveChanges as in botbuilder-core's BotState (4.23), with `changeKey` for `calculateChangeHash`. */
function leanLoad(this: BotState, context: TurnContext, force = false): Promise<Record<string, unknown>> {
  const stateKey = stateKeyOf(this);
  const cached = context.turnState.get(stateKey) as Cached | undefined;
  if (!force && cached?.state) return Promise.resolve(cached.state);
  const self = this as unknown as { storage: Storage; storageKey: (context: TurnContext) => Promise<string> | string };
  return Promise.resolve(self.storageKey(context)).then((key) =>
    self.storage.read([key]).then((items) => {
      const state = (items[key] as Record<string, unknown> | undefined) ?? {};
      // The storage may name the text it parsed the item from: the same text stringifying it would give.
      context.turnState.set(stateKey, { state, hash: changeKey(state, takeText(state)) } satisfies Cached);
      return state;
    }),
  );
}

function leanSaveChanges(this: BotState & { getStorageKey(context: TurnContext): string | undefined }, context: TurnContext, force = false): Promise<void> {
  const stateKey = stateKeyOf(this);
  let cached = context.turnState.get(stateKey) as Cached | undefined;
  const current = cached ? changeKey(cached.state) : undefined;
  if (!force && !(cached && cached.hash !== current)) return Promise.resolve();
  const self = this as unknown as { storage: Storage; storageKey: (context: TurnContext) => Promise<string> | string };
  const write = (key: string): Promise<void> => {
    cached ??= { state: {}, hash: '' };
    const entry = cached;
    entry.state.eTag = '*';
    const written = current ?? changeKey(entry.state);
    // The storage need not stringify the state again (SqlStorage takes the text at once, before the state can change).
    if (written.startsWith('json:')) giveText(entry.state, written.slice(5));
    return self.storage.write({ [key]: entry.state }).then(() => {
      entry.hash = written;
      context.turnState.set(stateKey, entry);
    }).finally(() => takeText(entry.state));
  };
  // The key at once, so nothing runs between the change check and the write; without one, botbuilder's own error.
  const key = this.getStorageKey(context);
  return key ? write(key) : Promise.resolve(self.storageKey(context)).then(write);
}

export class LeanConversationState extends ConversationState {
  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    return leanLoad.call(this, context, force);
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return leanSaveChanges.call(this, context, force);
  }
}

export class LeanUserState extends UserState {
  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    return leanLoad.call(this, context, force);
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return leanSaveChanges.call(this, context, force);
  }
}
