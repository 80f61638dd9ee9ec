// Finds, per message, the few lexicon patterns that can match at all: an index on the words a pattern must start with.
import type { TokenPattern } from './patterns';

const PREFIX_KEY = 3;

export class PatternIndex<T extends { pattern: TokenPattern }> {
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, Array<[string, number]>>();
  private readonly always: number[] = [];

  constructor(private readonly items: readonly T[]) {
    items.forEach((item, index) => {
      for (const alternative of item.pattern.alternatives) {
        // Every part of an "&" pattern must match, so indexing the first part is enough.
        for (const phrase of alternative[0].slots[0].phrases) {
          const first = phrase[0];
          if (first.optional || first.suffix !== undefined || (first.prefix !== undefined && first.prefix.length < PREFIX_KEY)) {
            this.always.push(index);
          } else if (first.exact !== undefined) {
            push(this.byWord, first.exact, index);
          } else if (first.prefix !== undefined) {
            push(this.byPrefix, first.prefix.slice(0, PREFIX_KEY), [first.prefix, index] as [string, number]);
          }
        }
      }
    });
  }

  /** The items whose pattern may match these tokens, in their original order (a superset of those that do). */
  candidates(tokens: readonly string[]): T[] {
    const hit = new Set<number>(this.always);
    for (const token of tokens) {
      for (const index of this.byWord.get(token) ?? []) hit.add(index);
      for (const [prefix, index] of this.byPrefix.get(token.slice(0, PREFIX_KEY)) ?? []) {
        if (token.startsWith(prefix)) hit.add(index);
      }
    }
    return [...hit].sort((a, b) => a - b).map((index) => this.items[index]);
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
