// Finds, per message, the few lexicon patterns that can match at all, and which of their alternatives: an index on the
// words each alternative must start with.
import { findMatches, matches, type PatternMatch, type TokenPattern } from './patterns';

const PREFIX_KEY = 3;

export interface Candidate<T> {
  item: T;
  /** Indices of the pattern's alternatives that may match, ascending (a superset of those that do). */
  alternatives: number[];
}

export class PatternIndex<T extends { pattern: TokenPattern }> {
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, Array<[string, number]>>();
  private readonly always: number[] = [];
  /** Entry id → [item index, alternative index]; ids ascend with the item, then the alternative. */
  private readonly entries: Array<[number, number]> = [];
  /** Per entry id, the call that last collected it (saves a Set per call). */
  private readonly seen: Uint32Array;
  private call = 0;

  constructor(private readonly items: readonly T[]) {
    items.forEach((item, index) => {
      item.pattern.alternatives.forEach((alternative, alternativeIndex) => {
        const entry = this.entries.length;
        this.entries.push([index, alternativeIndex]);
        // Every part of an "&" pattern must match, so indexing the first part is enough.
        for (const phrase of alternative[0].slots[0].phrases) {
          const first = phrase[0];
          if (first.optional || first.suffix !== undefined || (first.prefix !== undefined && first.prefix.length < PREFIX_KEY)) {
            this.always.push(entry);
          } else if (first.exact !== undefined) {
            push(this.byWord, first.exact, entry);
          } else if (first.prefix !== undefined) {
            push(this.byPrefix, first.prefix.slice(0, PREFIX_KEY), [first.prefix, entry] as [string, number]);
          }
        }
      });
    });
    this.seen = new Uint32Array(this.entries.length);
  }

  /** The items whose pattern may match these tokens, in their original order, each with the alternatives that may. */
  candidates(tokens: readonly string[]): Array<Candidate<T>> {
    this.call = this.call === 0xffffffff ? 1 : this.call + 1;
    if (this.call === 1) this.seen.fill(0);
    const call = this.call;
    const hit: number[] = [];
    const mark = (entry: number) => {
      if (this.seen[entry] === call) return;
      this.seen[entry] = call;
      hit.push(entry);
    };
    for (const entry of this.always) mark(entry);
    for (const token of tokens) {
      const exact = this.byWord.get(token);
      if (exact) for (const entry of exact) mark(entry);
      const prefixed = this.byPrefix.get(token.slice(0, PREFIX_KEY));
      if (prefixed) for (const [prefix, entry] of prefixed) if (token.startsWith(prefix)) mark(entry);
    }
    hit.sort((a, b) => a - b);
    const out: Array<Candidate<T>> = [];
    for (const entry of hit) {
      const [item, alternative] = this.entries[entry];
      const last = out[out.length - 1];
      if (last && last.item === this.items[item]) last.alternatives.push(alternative);
      else out.push({ item: this.items[item], alternatives: [alternative] });
    }
    return out;
  }

  /** Each candidate item that matches, with its matches (as `findMatches`), in the original order. */
  matching(tokens: readonly string[], matchTokens: readonly string[] = tokens): Array<{ item: T; found: PatternMatch[] }> {
    const out: Array<{ item: T; found: PatternMatch[] }> = [];
    for (const { item, alternatives } of this.candidates(tokens)) {
      const found = findMatches(item.pattern, matchTokens, alternatives);
      if (found.length > 0) out.push({ item, found });
    }
    return out;
  }

  /** The candidate items that match at all, in the original order. */
  matched(tokens: readonly string[]): T[] {
    return this.candidates(tokens)
      .filter(({ item, alternatives }) => matches(item.pattern, tokens, alternatives))
      .map(({ item }) => item);
  }

  any(tokens: readonly string[]): boolean {
    return this.candidates(tokens).some(({ item, alternatives }) => matches(item.pattern, tokens, alternatives));
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
