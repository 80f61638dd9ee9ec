// Text processing for catalogue search: folding, tokenising, stop words and per-language term processing.
import { stemmer as stemDutch } from '@orama/stemmers/dutch';

/** Lower case, accents off ("ë" → "e"), so "geïnteresseerd" and "geinteresseerd" meet. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

// Function words that carry no meaning for matching help (Dutch and English).
const STOP_WORDS = new Set([
  'de', 'het', 'een', 'en', 'of', 'ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'we', 'wij', 'mijn', 'mij', 'me', 'zijn', 'haar',
  'is', 'ben', 'bent', 'was', 'heb', 'hebt', 'heeft', 'hebben', 'had', 'wordt', 'word', 'worden', 'werd', 'kan', 'kun', 'kunnen',
  'wil', 'wilt', 'willen', 'moet', 'moeten', 'zou', 'in', 'op', 'aan', 'met', 'voor', 'van', 'naar', 'bij', 'om', 'tot', 'uit', 'over',
  'dat', 'die', 'dit', 'deze', 'er', 'hier', 'daar', 'als', 'dan', 'maar', 'ook', 'nog', 'al', 'wel', 'niet', 'geen', 'heel', 'erg',
  'zo', 'wat', 'wie', 'hoe', 'waar', 'veel', 'last', 'echt', 'soms', 'vaak', 'steeds', 'gewoon', 'ons', 'onze', 'jullie', 'hun', 'hem', 'mn', 'm', 'n', 't', 's', 'doe', 'doet',
  'the', 'a', 'an', 'and', 'or', 'i', 'my', 'me', 'you', 'your', 'he', 'she', 'it', 'we', 'they', 'is', 'am', 'are', 'was', 'be',
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'that', 'this', 'have', 'has', 'had', 'do', 'does', 'not',
  'no', 'so', 'very', 'what', 'who', 'how', 'can', 'will', 'would', 'our', 'his', 'her', 'their', 'them', 'him',
]);

export const isStopWord = (term: string): boolean => STOP_WORDS.has(term);

/** Remembers the terms of words seen before: the same words come back in every item and message. */
function memo(fn: (term: string) => string[] | null): (raw: string) => string[] | null {
  const cache = new Map<string, string[] | null>();
  return (raw) => {
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    const terms = fn(raw);
    if (cache.size > 50_000) cache.clear();
    cache.set(raw, terms);
    return terms;
  };
}

/** Dutch terms: stem, and also index a past participle without "ge" ("gepest" → "pest"). */
export const dutchTerms = memo((raw: string): string[] | null => {
  const term = fold(raw);
  if (term.length < 2 || isStopWord(term)) return null;
  const stem = stemDutch(term);
  if (term.startsWith('ge') && term.length >= 6 && /[td]$/.test(stem) && stem.length >= 6) {
    return [stem, stem.slice(2)];
  }
  return [stem];
});

/** A light English stemmer: enough to let "bullied", "bullying" and "bully" meet. */
export function stemEnglish(term: string): string {
  let w = term.replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (/([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

export const englishTerms = memo((raw: string): string[] | null => {
  const term = fold(raw);
  if (term.length < 2 || isStopWord(term)) return null;
  return [stemEnglish(term)];
});
