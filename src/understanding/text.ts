// Language-neutral text basics: lowercase, accents off, quotes unified, tokens.

/** Lowercases, strips diacritics (é → e, ë → e) and unifies apostrophes; keeps the string length stable enough for tokenising. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u0060\u00b4]/g, "'");
}

const TOKEN = /[a-z0-9]+(?:['-][a-z0-9]+)*|'[a-z]+/g;

/**
 * Splits folded text into word tokens; "m'n" and "i'm" stay one token, a leading apostrophe ("'s") is dropped and
 * hyphenated words are joined ("co-ouderschap" → "coouderschap", "non-binair" → "nonbinair").
 */
export function tokenize(folded: string): string[] {
  const tokens = folded.match(TOKEN) ?? [];
  return tokens.map((token) => (token.startsWith("'") ? token.slice(1) : token).replace(/-/g, ''));
}

/** Squeezes runs of three or more equal letters to two ("heeeeel" → "heel"). */
export function squeezeRepeats(token: string): string {
  return token.replace(/([a-z])\1{2,}/g, '$1$1');
}
