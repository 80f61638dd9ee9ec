// Turns a chat message into standard Dutch tokens: chat spellings ("mn", "altyd", "hebbe"), stretched letters, typos.
import { editDistance, FuzzyIndex } from './fuzzy';
import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { foldText, squeezeRepeats, tokenize } from './text';

export class Normaliser {
  private readonly tokenMap: Map<string, string[]>;
  private readonly fuzzy: FuzzyIndex;
  private readonly cache = new Map<string, string[]>();

  private readonly knownStems: Set<string>;
  private readonly roots: string[];

  /**
   * `tokens` maps chat spellings to standard words; `vocabulary` holds the lexicon and example words (typo repair aims
   * at these, the heaviest wins); `knownWords` are ordinary words that are never repaired; `roots` are lexicon prefixes
   * ("zelfmoord" of "zelfmoord*") whose misspelt heads are repaired inside longer words.
   */
  constructor(
    tokens: Record<string, string>,
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly knownWords: ReadonlySet<string> = new Set(),
    roots: Iterable<string> = [],
  ) {
    this.tokenMap = new Map(Object.entries(tokens).map(([from, to]) => [from, to.split(/\s+/)]));
    this.fuzzy = new FuzzyIndex(vocabulary, 4);
    this.roots = [...roots].filter((root) => root.length >= 6);
    this.knownStems = new Set([...vocabulary.keys()].filter((word) => word.length >= 5).map(stemDutch));
  }

  /** A real word: listed, or an inflection of a lexicon word ("verwaarloost" of "verwaarlozen"). */
  private isKnown(word: string): boolean {
    return this.vocabulary.has(word) || this.knownWords.has(word) || (word.length >= 5 && this.knownStems.has(stemDutch(word)));
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
    if (this.isKnown(raw) || /^\d/.test(raw)) return [raw];
    const squeezed = squeezeRepeats(raw);
    const candidates = [squeezed, raw.replace(/y/g, 'ij'), squeezed.replace(/y/g, 'ij')];
    if (squeezed !== raw) candidates.push(squeezed.replace(/([a-z])\1/g, '$1'));
    for (const candidate of candidates) {
      const candidateMapped = this.tokenMap.get(candidate);
      if (candidateMapped) return candidateMapped;
      if (this.vocabulary.has(candidate) || this.knownWords.has(candidate)) return [candidate];
    }
    // Plurals and diminutives after a vowel keep their apostrophe in Dutch: "foto's", "baby'tje" are one word.
    if (/^[a-z]+'(s|tje|tjes|je|jes)$/.test(raw)) return this.repair(raw.replace("'", ''));
    if (raw.includes("'")) return this.tokens(raw.replace(/'/g, ' '));
    const corrected = this.fuzzy.correct(squeezed) ?? this.fuzzy.correct(squeezed.replace(/y/g, 'ij'));
    if (corrected) return this.tokenMap.get(corrected) ?? [corrected];
    return [this.repairHead(squeezed)];
  }

  /** Repairs a typo in the first part of a compound ("zelfmoortgedachten" → "zelfmoordgedachten"). */
  private repairHead(word: string): string {
    for (const root of this.roots) {
      if (word.length <= root.length || word.startsWith(root)) continue;
      for (const cut of [root.length - 1, root.length, root.length + 1]) {
        if (editDistance(word.slice(0, cut), root, 1) <= 1) return root + word.slice(cut);
      }
    }
    return word;
  }
}
