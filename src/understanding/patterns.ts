// Lexicon patterns over normalised words, written as staff would: "slaat|schopt .. me|mijn moeder", "zelfmoord*".
//   ", "   separates whole alternative patterns        "|"  separates alternative phrases in one slot
//   word*  prefix         word?  optional word         ..  gap of 0–4 words     ...  gap of 0–8 words
//   *word  suffix, for Dutch compounds ("*uitkering" matches "bijstandsuitkering")
//   .      next slot follows directly ("zit|zat . aan mij|aan me")

interface Word {
  exact?: string;
  prefix?: string;
  suffix?: string;
  optional: boolean;
}
type Phrase = Word[];
interface Slot {
  phrases: Phrase[];
  /** Words that may be skipped before this slot. */
  gapBefore: number;
}
type Sequence = Slot[];

export interface TokenPattern {
  source: string;
  sequences: Sequence[];
  /** Exact words that can start a match; undefined when a first word is a prefix or optional. */
  firstWords?: Set<string>;
}

export interface PatternMatch {
  start: number;
  end: number;
}

function compileWord(raw: string, source: string): Word {
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

export function compilePattern(source: string): TokenPattern {
  const normalised = source.trim().toLowerCase();
  const sequences = normalised.split(/\s*,\s*/).map((part) => compileSequence(part, source));
  const firstWords = new Set<string>();
  let indexable = true;
  for (const sequence of sequences) {
    for (const phrase of sequence[0].phrases) {
      const first = phrase[0];
      if (first.exact === undefined || first.optional) indexable = false;
      else firstWords.add(first.exact);
    }
  }
  return { source, sequences, firstWords: indexable ? firstWords : undefined };
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

/** All non-overlapping matches of the pattern, left to right. */
export function findMatches(pattern: TokenPattern, tokens: readonly string[]): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (pattern.firstWords && !pattern.firstWords.has(tokens[i])) continue;
    for (const sequence of pattern.sequences) {
      const end = matchSlots(sequence, 0, tokens, i, true);
      if (end > i) {
        matches.push({ start: i, end });
        i = end - 1;
        break;
      }
    }
  }
  return matches;
}

export function matches(pattern: TokenPattern, tokens: readonly string[]): boolean {
  return findMatches(pattern, tokens).length > 0;
}

/** Every exact word and prefix root a pattern mentions (the vocabulary typo correction aims at). */
export function patternWords(pattern: TokenPattern): string[] {
  const words: string[] = [];
  for (const sequence of pattern.sequences) {
    for (const slot of sequence) for (const phrase of slot.phrases) for (const word of phrase) words.push(word.exact ?? word.prefix ?? word.suffix ?? '');
  }
  return words.filter(Boolean);
}
