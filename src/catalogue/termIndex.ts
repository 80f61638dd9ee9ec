// A small inverted index for one language: field-weighted terms per item, exact, prefix and one-typo matches, BM25-like scores.
import { fuzzyOne } from './distance';

export type TermProcessor = (token: string) => string[] | null;

export interface IndexedField {
  text: string;
  boost: number;
}

const EXACT = 1;
const PREFIX = 0.6;
const FUZZY = 0.4;
const COMPOUND = 0.5;
const SATURATION = 1.2;
const CACHE_LIMIT = 2000;

export class TermIndex {
  private readonly postings = new Map<string, { doc: number; weight: number }[]>();
  private readonly vocabulary: string[];
  private readonly byLength = new Map<number, string[]>();
  private readonly expansions = new Map<string, [string, number][]>();
  private readonly compounds = new Map<string, [string, number][]>();

  constructor(
    docs: readonly IndexedField[][],
    private readonly tokenize: (text: string) => string[],
    private readonly process: TermProcessor,
  ) {
    docs.forEach((fields, doc) => {
      const weights = new Map<string, number>();
      for (const f of fields) {
        for (const token of tokenize(f.text)) {
          for (const term of process(token) ?? []) weights.set(term, (weights.get(term) ?? 0) + f.boost);
        }
      }
      for (const [term, weight] of weights) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc, weight });
        this.postings.set(term, list);
      }
    });
    this.vocabulary = [...this.postings.keys()].sort();
    for (const term of this.vocabulary) {
      const list = this.byLength.get(term.length) ?? [];
      list.push(term);
      this.byLength.set(term.length, list);
    }
    const n = docs.length;
    this.idf = new Map([...this.postings].map(([t, p]) => [t, Math.log(1 + (n - p.length + 0.5) / (p.length + 0.5))]));
  }

  private readonly idf: Map<string, number>;

  /** Index terms a query term may stand for, with how much a match counts (exact 1, prefix 0.6, one typo 0.4). */
  private expand(term: string, typos: boolean): [string, number][] {
    const key = `${typos ? 1 : 0}${term}`;
    const cached = this.expansions.get(key);
    if (cached) return cached;
    const out: [string, number][] = [];
    if (this.postings.has(term)) out.push([term, EXACT]);
    if (term.length >= 4) {
      let i = lowerBound(this.vocabulary, term);
      for (; i < this.vocabulary.length && this.vocabulary[i].startsWith(term); i++) {
        if (this.vocabulary[i] !== term) out.push([this.vocabulary[i], PREFIX]);
      }
    }
    if (typos && out.length === 0 && term.length >= 5) {
      for (const len of [term.length - 1, term.length, term.length + 1]) {
        for (const v of this.byLength.get(len) ?? []) if (fuzzyOne(term, v)) out.push([v, FUZZY]);
      }
    }
    if (this.expansions.size >= CACHE_LIMIT) this.expansions.clear();
    this.expansions.set(key, out);
    return out;
  }

  /** Dutch compounds: "examenstress" → "examen" + "stress" when both parts are known words (a linking s is allowed). */
  private splitCompound(token: string): [string, number][] {
    const known = (part: string): string | undefined => (this.process(part) ?? []).find((t) => this.postings.has(t));
    for (let i = token.length - 3; i >= 3; i--) {
      const head = known(token.slice(0, i));
      if (head === undefined) continue;
      const tail = known(token.slice(i)) ?? (token[i] === 's' ? known(token.slice(i + 1)) : undefined);
      if (tail !== undefined) return [[head, COMPOUND], [tail, COMPOUND]];
    }
    return [];
  }

  /** What one word of the query may match: its own terms, and for long words also the parts of a compound. */
  private matches(token: string, typos: boolean): [string, number][][] {
    const direct = (this.process(token) ?? []).map((t) => this.expand(t, typos));
    if (token.length < 8) return direct;
    let parts = this.compounds.get(token);
    if (parts === undefined) {
      parts = this.splitCompound(token);
      if (this.compounds.size >= CACHE_LIMIT) this.compounds.clear();
      this.compounds.set(token, parts);
    }
    return parts.length === 0 ? direct : [...direct, ...parts.map((p) => [p])];
  }

  /** Scores by document number; only documents in `allowed` (when given) are scored. */
  score(query: string, typos: boolean, allowed?: Uint8Array): Map<number, number> {
    const scores = new Map<number, number>();
    const groups = [...new Set(this.tokenize(query))].flatMap((token) => this.matches(token, typos));
    for (const group of groups) {
      const best = new Map<number, number>();
      for (const [match, factor] of group) {
        const idf = this.idf.get(match) ?? 0;
        for (const { doc, weight } of this.postings.get(match) ?? []) {
          if (allowed && allowed[doc] !== 1) continue;
          const s = factor * idf * (weight * (SATURATION + 1)) / (weight + SATURATION);
          if (s > (best.get(doc) ?? 0)) best.set(doc, s);
        }
      }
      for (const [doc, s] of best) scores.set(doc, (scores.get(doc) ?? 0) + s);
    }
    return scores;
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}
