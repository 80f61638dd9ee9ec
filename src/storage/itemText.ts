// The JSON text of a state item, handed between SqlStorage and the change check of BotState (src/bot/leanState.ts) so a
// turn does not stringify the same object again: SqlStorage names the text a read item was parsed from (when that text
// is JSON.stringify's own, which stringifying the item again would give), leanState the text of an item it is about to
// write. Each text is taken once, right after it was given and before the item can change.
const texts = new WeakMap<object, string>();

/** `text` is JSON.stringify of the item without its eTag. */
export function giveText(item: object, text: string): void {
  texts.set(item, text);
}

/** The text given for this item, once; undefined when none was given. */
export function takeText(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const text = texts.get(item);
  if (text !== undefined) texts.delete(item);
  return text;
}
