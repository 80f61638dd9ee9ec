// Typo tolerance: finds known words within one edit (insert, delete, substitute, swap) via a deletion index.
import { StringTable } from './stringTable';

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class FuzzyIndex {
  /** Deletion keys (a word itself, and it with one letter left out) … */
  private readonly keys: StringTable;
  /** … and per key the words it comes from: postings[offsets[k] .. offsets[k + 1]) index into `vocabulary`, in order. */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly vocabulary: string[];

  /** `words` maps each known word to a weight (its frequency); the heaviest candidate wins a tie. */
  constructor(private readonly words: ReadonlyMap<string, number>, private readonly minLength = 4) {
    this.vocabulary = [...words.keys()].filter((word) => word.length >= minLength);
    const byKey = new Map<string, number[]>();
    this.vocabulary.forEach((word, index) => {
      for (const key of [word, ...deletions(word)]) {
        const list = byKey.get(key);
        if (list) list.push(index);
        else byKey.set(key, [index]);
      }
    });
    this.keys = new StringTable([...byKey.keys()]);
    this.offsets = new Int32Array(byKey.size + 1);
    let total = 0;
    for (const list of byKey.values()) total += list.length;
    this.postings = new Int32Array(total);
    let at = 0;
    let k = 0;
    for (const list of byKey.values()) {
      this.offsets[k++] = at;
      this.postings.set(list, at);
      at += list.length;
    }
    this.offsets[k] = at;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The best known word within one edit of `word`, or undefined. */
  correct(word: string): string | undefined {
    if (word.length < this.minLength || /\d/.test(word)) return undefined;
    let best: string | undefined;
    let bestWeight = -1;
    for (const key of [word, ...deletions(word)]) {
      const k = this.keys.get(key);
      if (k === undefined) continue;
      for (let p = this.offsets[k]; p < this.offsets[k + 1]; p++) {
        const candidate = this.vocabulary[this.postings[p]];
        const weight = this.words.get(candidate) ?? 0;
        if (weight > bestWeight && editDistance(word, candidate, 1) <= 1) {
          best = candidate;
          bestWeight = weight;
        }
      }
    }
    return best;
  }
}
