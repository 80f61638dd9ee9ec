// Turns a chat message into standard Dutch tokens: chat spellings ("mn", "altyd", "hebbe"), stretched letters, typos.
import { FuzzyIndex } from './fuzzy';
import { foldText, squeezeRepeats, tokenize } from './text';

export class Normaliser {
  private readonly tokenMap: Map<string, string[]>;
  private readonly fuzzy: FuzzyIndex;
  private readonly cache = new Map<string, string[]>();

  /** `tokens` maps chat spellings to standard words; `vocabulary` holds known words with their weight. */
  constructor(tokens: Record<string, string>, private readonly vocabulary: ReadonlyMap<string, number>) {
    this.tokenMap = new Map(Object.entries(tokens).map(([from, to]) => [from, to.split(/\s+/)]));
    this.fuzzy = new FuzzyIndex(vocabulary, 4);
  }

  /** Folded tokens without any spelling repair (for language detection and entity parsing). */
  rawTokens(text: string): string[] {
    return tokenize(foldText(text));
  }

  tokens(text: string): string[] {
    const out: string[] = [];
    for (const raw of this.rawTokens(text)) out.push(...this.normaliseToken(raw));
    return out;
  }

  private normaliseToken(raw: string): string[] {
    const cached = this.cache.get(raw);
    if (cached) return cached;
    const result = this.repair(raw);
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(raw, result);
    return result;
  }

  private repair(raw: string): string[] {
    const mapped = this.tokenMap.get(raw);
    if (mapped) return mapped;
    if (this.vocabulary.has(raw) || /^\d/.test(raw)) return [raw];
    const squeezed = squeezeRepeats(raw);
    const candidates = [squeezed, raw.replace(/y/g, 'ij'), squeezed.replace(/y/g, 'ij')];
    if (squeezed !== raw) candidates.push(squeezed.replace(/([a-z])\1/g, '$1'));
    for (const candidate of candidates) {
      const candidateMapped = this.tokenMap.get(candidate);
      if (candidateMapped) return candidateMapped;
      if (this.vocabulary.has(candidate)) return [candidate];
    }
    if (raw.includes("'")) return this.tokens(raw.replace(/'/g, ' '));
    const corrected = this.fuzzy.correct(squeezed) ?? this.fuzzy.correct(squeezed.replace(/y/g, 'ij'));
    return [corrected ?? squeezed];
  }
}
