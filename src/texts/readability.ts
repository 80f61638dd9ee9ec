// Measures plain Dutch (B1): sentences, words, syllables, Flesch-Douma and the words users should never see. Pure functions.

/** Words the teams use but users do not (DESIGN.md, Conventions). Matched inside compounds too. */
export const POLICY_WORDS: readonly string[] = [
  'voorliggend veld', 'voorliggende veld', 'indicatie', 'beschikking', 'maatwerkvoorziening',
  'toegang', 'triage', 'casusregie', 'interventie',
];

/** Abbreviations whose dots do not end a sentence (lower case, with their dots). */
const ABBREVIATIONS: readonly string[] = [
  'bijv.', 'bv.', 'b.v.', 'o.a.', 'd.w.z.', 'enz.', 'etc.', 'e.d.', 'i.p.v.', 'm.b.v.', 'o.b.v.', 'z.s.m.', 'ca.',
  'nr.', 'tel.', 'incl.', 'excl.', 'evt.', 'max.', 'min.', 'mevr.', 'dhr.', 'p.p.', 'a.u.b.', 'n.a.v.', 'v.a.', 't.o.v.', 'jl.', 'blz.',
];

// A protected span becomes three private-use characters: no letter, digit, dot or space, so nothing else matches it.
const masked = (i: number): string => `\uE000${String.fromCharCode(0xE100 + i)}\uE000`;
const MASK_TOKEN = /\uE000([\uE100-\uF8FF])\uE000/g;
const spanIndex = (ch: string): number => ch.charCodeAt(0) - 0xE100;

type SpanKind = 'url' | 'email' | 'placeholder' | 'number' | 'abbreviation';
interface Protected { text: string; kind: SpanKind }

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PROTECT: ReadonlyArray<[SpanKind, RegExp]> = [
  ['placeholder', /\{\{[^{}]*\}\}/g],
  ['email', /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu],
  ['url', /(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?)'"]/g],
  ['url', /\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:nl|org|com|net|eu|be|nu|info|io)\b(?:\/[^\s<>]*[^\s<>.,;:!?)'"])?/gu],
  // Numbers stay one word: 0800-0113, 14 050, 050-000 20 01, 9.30, 2,50.
  ['number', /(?<![\p{L}\d])\d+(?:(?:[ -]|[.,:](?=\d))\d+)*(?![\p{L}\d])/gu],
  ['abbreviation', new RegExp(`(?<![\\p{L}])(?:${ABBREVIATIONS.map(escape).join('|')})`, 'giu')],
];

/** Replaces URLs, e-mail addresses, placeholders, numbers and abbreviations by tokens without dots or spaces. */
function protect(text: string): { text: string; spans: Protected[] } {
  const spans: Protected[] = [];
  let out = text;
  for (const [kind, pattern] of PROTECT) {
    out = out.replace(pattern, (match) => { spans.push({ text: match, kind }); return masked(spans.length - 1); });
  }
  return { text: out, spans };
}

const restore = (text: string, spans: Protected[]): string =>
  text.replace(MASK_TOKEN, (_, ch: string) => spans[spanIndex(ch)].text);

/** A markdown bullet or numbered list marker at the start of a line. */
const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;

/** Splits Dutch text into sentences: at . ! ? … followed by a space, and at every line break; bullets are their own sentence. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(BULLET, '').trim();
    if (line === '') continue;
    const { text: safe, spans } = protect(line);
    for (const part of safe.split(/(?<=[.!?…]["'’”)\]]*)\s+/)) {
      const sentence = restore(part, spans).trim();
      if (/[\p{L}\d]/u.test(sentence)) out.push(sentence);
    }
  }
  return out;
}

interface Token { text: string; kind: SpanKind | 'word' }

/** The words of a sentence; a URL, e-mail address, placeholder or number counts as one word. */
function tokens(sentence: string): Token[] {
  const { text, spans } = protect(sentence);
  return text.split(/\s+/).flatMap((raw): Token[] => {
    const only = /^[^\p{L}\d\uE000]*\uE000([\uE100-\uF8FF])\uE000[^\p{L}\d\uE000]*$/u.exec(raw);
    if (only) {
      const span = spans[spanIndex(only[1])];
      return [{ text: span.text, kind: span.kind === 'abbreviation' ? 'word' : span.kind }];
    }
    const word = restore(raw, spans);
    return /[\p{L}\d]/u.test(word) ? [{ text: word, kind: 'word' }] : [];
  });
}

export function countWords(sentence: string): number {
  return tokens(sentence).length;
}

/** Vowel letters and the groups that sound as one vowel (longest first). 'ĳ' stands for "ij". */
const VOWELS = new Set([...'aeiouyĳ']);
const NUCLEI = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'ei', 'oe', 'ui', 'au', 'ou', 'eu', 'ai', 'ay', 'ey', 'oy'];
const DIAERESIS: Record<string, string> = { ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u' };
/** Loanwords the rules get wrong; also found inside compounds (WIJ-team, sportcoach, onlinepesten). */
const LOANWORDS: ReadonlyArray<[string, number]> = [['website', 2], ['online', 2], ['coach', 1], ['team', 1]];
/** Abbreviations spoken letter by letter (GGD, JGZ, mbo) when they hold a vowel; ones without a vowel are found by rule. */
const SPELLED = new Set(['mbo', 'hbo', 'vmbo', 'vwo', 'ojg', 'wo', 'ivf', 'adhd', 'add', 'cjg']);

/** Number of vowel sounds in one vowel run, reading the longest known group first. */
function nucleiIn(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; n += 1) {
    const group = NUCLEI.find((g) => run.startsWith(g, i));
    i += group ? group.length : 1;
  }
  return n;
}

function syllablesOfPart(part: string): number {
  const loan = LOANWORDS.find(([w]) => part.includes(w));
  if (loan) {
    const at = part.indexOf(loan[0]);
    return syllablesOfPart(part.slice(0, at)) + loan[1] + syllablesOfPart(part.slice(at + loan[0].length));
  }
  let count = 0;
  let run = '';
  for (const ch of part.replace(/ij/g, 'ĳ')) {
    const plain = DIAERESIS[ch];
    if (plain) { count += nucleiIn(run); run = plain; continue; }
    if (VOWELS.has(ch)) run += ch;
    else { count += nucleiIn(run); run = ''; }
  }
  return count + nucleiIn(run);
}

/** Dutch syllables of one word, by vowel groups (ij, ei, oe, ui, au, ou, eu, ie, aa, ee, oo, uu ...); at least 1. */
export function countSyllables(word: string): number {
  const letters = word.replace(/[^\p{L}'’-]/gu, '');
  if (letters === '') return 1;
  const lower = letters.toLowerCase();
  if (SPELLED.has(lower) || (letters.length <= 5 && letters === letters.toUpperCase() && !/[aeiouy]/i.test(letters))) {
    return letters.length;
  }
  const plain = lower.normalize('NFD').replace(/[\u0300-\u0302]/g, '').normalize('NFC');
  const total = plain.split(/['’-]/).reduce((n, part) => n + syllablesOfPart(part), 0);
  return Math.max(1, total);
}

function tokenSyllables(token: Token): number {
  switch (token.kind) {
    case 'number': return token.text.split(/[^\d]+/).filter(Boolean).length;
    case 'url': case 'email': case 'placeholder': return 2;
    default: return countSyllables(token.text);
  }
}

export interface TextStats { sentences: number; words: number; syllables: number }

export function textStats(sentences: readonly string[]): TextStats {
  let words = 0;
  let syllables = 0;
  for (const s of sentences) {
    for (const token of tokens(s)) { words += 1; syllables += tokenSyllables(token); }
  }
  return { sentences: sentences.length, words, syllables };
}

/** Flesch-Douma = 206.835 − 0.93 × (words/sentences) − 77 × (syllables/words). Higher is easier; 65+ is B1. */
export function fleschDouma(stats: TextStats): number {
  if (stats.sentences === 0 || stats.words === 0) return 100;
  return 206.835 - 0.93 * (stats.words / stats.sentences) - 77 * (stats.syllables / stats.words);
}

/** Formal "u", "uw" or "uzelf" used as a word (not inside URLs or e-mail addresses). */
export function formalYou(text: string): string[] {
  const { text: safe } = protect(text);
  return [...safe.matchAll(/(?<![\p{L}\d'’-])(u|uw|uzelf)(?![\p{L}\d'’-])/giu)].map((m) => m[1]);
}

export function policyWords(text: string): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return POLICY_WORDS.filter((w) => lower.includes(w));
}

export const B1_LIMITS = { averageWords: 11, maxWords: 15, minFleschDouma: 65 } as const;

export interface SentenceReport { sentence: string; words: number }

export interface B1Report {
  sentences: SentenceReport[];
  averageWords: number;
  maxWords: number;
  fleschDouma: number;
  /** Human-readable problems: long sentences, formal "u", policy words. */
  problems: string[];
}

/** Measures one text against B1 (DESIGN.md, Conventions). The average and score are reported, not judged: judge them over a whole file. */
export function checkB1(text: string): B1Report {
  const sentences = splitSentences(text).map((sentence) => ({ sentence, words: countWords(sentence) }));
  const stats = textStats(sentences.map((s) => s.sentence));
  const problems = [
    ...sentences.filter((s) => s.words > B1_LIMITS.maxWords).map((s) => `${s.words} words (max ${B1_LIMITS.maxWords}): "${s.sentence}"`),
    ...formalYou(text).map((w) => `formal "${w}": use "je"`),
    ...policyWords(text).map((w) => `policy word "${w}"`),
  ];
  return {
    sentences,
    averageWords: sentences.length ? stats.words / sentences.length : 0,
    maxWords: Math.max(0, ...sentences.map((s) => s.words)),
    fleschDouma: fleschDouma(stats),
    problems,
  };
}
