// Lexicon patterns over normalised words, written as staff would: "slaat|schopt .. me|mijn moeder", "zelfmoord*".
//   ", "   separates whole alternative patterns        "|"  separates alternative phrases in one slot
//   word*  prefix         word?  optional word         ..  gap of 0–4 words     ...  gap of 0–8 words
//   *word  suffix, for Dutch compounds ("*uitkering" matches "bijstandsuitkering")
//   .      next slot follows directly ("zit|zat . aan mij|aan me")
//   &      all parts within 18 words (about a sentence; 4 more per part after two), in any order ("dood & wil|wilt|willen")

export interface Word {
  exact?: string;
  prefix?: string;
  suffix?: string;
  optional: boolean;
}
export type Phrase = Word[];
export interface Slot {
  phrases: Phrase[];
  /** Words that may be skipped before this slot. */
  gapBefore: number;
}
export type Sequence = Slot[];

/** An ordered sequence of slots, with the exact words and prefixes that can start it (both undefined: any word can). */
export interface IndexedSequence {
  slots: Sequence;
  firstWords?: Set<string>;
  firstPrefixes?: string[];
}

/** All parts must match within WINDOW words of each other, in any order ("dood & wil|wilt"). */
export type Conjunction = IndexedSequence[];

export interface TokenPattern {
  source: string;
  alternatives: Conjunction[];
}

/** Largest span, in words, that the parts of a two-part "&" pattern may cover together (about a sentence)… */
const WINDOW = 18;
/** …and how much more each further part may add: three things told together take a longer sentence. */
const WINDOW_PER_EXTRA_PART = 4;

export interface PatternMatch {
  start: number;
  end: number;
}

/** Words are never changed once compiled, so one object serves every pattern that has the word (~45,000 fewer objects). */
const compiledWords = new Map<string, Word>();

function compileWord(raw: string, source: string): Word {
  const known = compiledWords.get(raw);
  if (known) return known;
  const word = compileNewWord(raw, source);
  compiledWords.set(raw, word);
  return word;
}

function compileNewWord(raw: string, source: string): Word {
  const optional = raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  if (!/^\*?[a-z0-9'+-]+\*?$/.test(body) || (body.startsWith('*') && body.endsWith('*'))) {
    throw new Error(`bad word "${raw}" in pattern "${source}"`);
  }
  if (body.startsWith('*')) return { suffix: body.slice(1), optional };
  return body.endsWith('*') ? { prefix: body.slice(0, -1), optional } : { exact: body, optional };
}

function compileSequence(text: string, source: string): Sequence {
  const slots: Sequence = [];
  let gap = 0;
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const phrases = current.join(' ').split('|').map((phrase) => phrase.trim().split(/\s+/).filter(Boolean).map((w) => compileWord(w, source)));
    if (phrases.some((phrase) => phrase.length === 0)) throw new Error(`empty alternative in pattern "${source}"`);
    slots.push({ phrases, gapBefore: gap });
    current = [];
    gap = 0;
  };
  for (const part of text.split(/\s+/).filter(Boolean)) {
    if (part === '.' || part === '..' || part === '...') {
      if (current.length === 0) throw new Error(`pattern "${source}" may not start with or repeat a gap`);
      flush();
      gap = part.length === 1 ? 0 : part.length === 2 ? 4 : 8;
    } else {
      current.push(part);
    }
  }
  if (current.length === 0) throw new Error(`pattern "${source}" may not be empty or end with a gap`);
  flush();
  return slots;
}

function indexSequence(slots: Sequence): IndexedSequence {
  const firstWords = new Set<string>();
  const firstPrefixes: string[] = [];
  for (const phrase of slots[0].phrases) {
    const first = phrase[0];
    if (first.optional || first.suffix !== undefined) return { slots };
    if (first.exact !== undefined) firstWords.add(first.exact);
    else firstPrefixes.push(first.prefix as string);
  }
  return { slots, firstWords, firstPrefixes };
}

function canStartAt(sequence: IndexedSequence, token: string): boolean {
  if (!sequence.firstWords) return true;
  if (sequence.firstWords.has(token)) return true;
  const prefixes = sequence.firstPrefixes as string[];
  for (let p = 0; p < prefixes.length; p++) if (token.startsWith(prefixes[p])) return true;
  return false;
}

export function compilePattern(source: string): TokenPattern {
  const normalised = source.trim().toLowerCase();
  const alternatives = normalised.split(/\s*,\s*/).map((alternative) =>
    alternative.split(/\s+&\s+/).map((part) => indexSequence(compileSequence(part, source))),
  );
  return { source, alternatives };
}

function wordMatches(word: Word, token: string): boolean {
  if (word.exact !== undefined) return token === word.exact;
  if (word.prefix !== undefined) return token.startsWith(word.prefix);
  return token.length > (word.suffix as string).length + 2 && token.endsWith(word.suffix as string);
}

/** End of the phrase matched from token i, or -1. */
function matchPhrase(phrase: Phrase, w: number, tokens: readonly string[], i: number): number {
  if (w === phrase.length) return i;
  const word = phrase[w];
  const token = tokens[i];
  if (token !== undefined && wordMatches(word, token)) {
    const end = matchPhrase(phrase, w + 1, tokens, i + 1);
    if (end >= 0) return end;
  }
  return word.optional ? matchPhrase(phrase, w + 1, tokens, i) : -1;
}

function matchSlots(sequence: Sequence, s: number, tokens: readonly string[], i: number, first: boolean): number {
  if (s === sequence.length) return i;
  const slot = sequence[s];
  const maxSkip = first ? 0 : slot.gapBefore;
  for (let skip = 0; skip <= maxSkip && i + skip <= tokens.length; skip++) {
    for (const phrase of slot.phrases) {
      const end = matchPhrase(phrase, 0, tokens, i + skip);
      if (end > i + skip || (end === i + skip && end >= 0 && s > 0)) {
        const rest = matchSlots(sequence, s + 1, tokens, end, false);
        if (rest >= 0) return rest;
      }
    }
  }
  return -1;
}

/** Non-overlapping matches, left to right; with `firstOnly`, at most the first. */
function sequenceMatches(sequence: IndexedSequence, tokens: readonly string[], firstOnly = false): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!canStartAt(sequence, tokens[i])) continue;
    const end = matchSlots(sequence.slots, 0, tokens, i, true);
    if (end > i) {
      found.push({ start: i, end });
      if (firstOnly) break;
      i = end - 1;
    }
  }
  return found;
}

/** The first combination of one match per part that fits in the window, as one span. */
function conjunctionMatches(parts: Conjunction, tokens: readonly string[], firstOnly = false): PatternMatch[] {
  if (parts.length === 1) return sequenceMatches(parts[0], tokens, firstOnly);
  const perPart = parts.map((part) => sequenceMatches(part, tokens));
  if (perPart.some((list) => list.length === 0)) return [];
  const window = WINDOW + WINDOW_PER_EXTRA_PART * (parts.length - 2);
  const search = (index: number, start: number, end: number): PatternMatch | undefined => {
    if (index === perPart.length) return { start, end };
    for (const match of perPart[index]) {
      const nextStart = Math.min(start, match.start);
      const nextEnd = Math.max(end, match.end);
      if (nextEnd - nextStart > window) continue;
      const found = search(index + 1, nextStart, nextEnd);
      if (found) return found;
    }
    return undefined;
  };
  const found = search(0, Infinity, -Infinity);
  return found ? [found] : [];
}

/**
 * Matches of the pattern's first alternative that matches (for "&" patterns one span covering all parts), left to right.
 * `alternatives` (ascending indices, from a PatternIndex) limits the search to those that can match at all.
 */
export function findMatches(pattern: TokenPattern, tokens: readonly string[], alternatives?: readonly number[]): PatternMatch[] {
  return search(pattern, tokens, alternatives, false);
}

export function matches(pattern: TokenPattern, tokens: readonly string[], alternatives?: readonly number[]): boolean {
  return search(pattern, tokens, alternatives, true).length > 0;
}

function search(pattern: TokenPattern, tokens: readonly string[], alternatives: readonly number[] | undefined, firstOnly: boolean): PatternMatch[] {
  const count = alternatives ? alternatives.length : pattern.alternatives.length;
  for (let a = 0; a < count; a++) {
    const found = conjunctionMatches(pattern.alternatives[alternatives ? alternatives[a] : a], tokens, firstOnly);
    if (found.length > 0) return found;
  }
  return [];
}

/** Every exact word and prefix root a pattern mentions (the vocabulary typo correction aims at). */
export function patternWords(pattern: TokenPattern): string[] {
  const words: string[] = [];
  for (const sequence of pattern.alternatives.flat()) {
    for (const slot of sequence.slots) for (const phrase of slot.phrases) for (const word of phrase) words.push(word.exact ?? word.prefix ?? word.suffix ?? '');
  }
  return words.filter(Boolean);
}
