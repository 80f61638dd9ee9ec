// A compact Dutch stemmer following the Snowball (Porter) Dutch algorithm, for search on the user's own words.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

/** Marks y/i that act as consonants as Y/I, so they are not counted as vowels. */
function markConsonants(word: string): string {
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === 'y' && (i === 0 || isVowel(chars[i - 1]))) chars[i] = 'Y';
    else if (c === 'i' && i > 0 && i < chars.length - 1 && isVowel(chars[i - 1]) && isVowel(chars[i + 1])) chars[i] = 'I';
  }
  return chars.join('');
}

/** Start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionStart(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

const undouble = (w: string): string => (/(kk|dd|tt)$/.test(w) ? w.slice(0, -1) : w);
const validS = (c: string | undefined): boolean => c !== undefined && !isVowel(c) && c !== 'j';
const validEn = (w: string): boolean => w.length > 0 && !isVowel(w[w.length - 1]) && !w.endsWith('gem');

export function stemDutch(input: string): string {
  let w = input.toLowerCase();
  if (w.length < 3) return w;
  w = markConsonants(w);
  const r1raw = regionStart(w, 0);
  const r1 = Math.max(3, r1raw);
  const r2 = regionStart(w, r1raw);
  const inR1 = (suffixLen: number): boolean => w.length - suffixLen >= r1;
  const inR2 = (suffixLen: number): boolean => w.length - suffixLen >= r2;

  // Step 1: plural and inflection endings.
  if (w.endsWith('heden')) {
    if (inR1(5)) w = w.slice(0, -5) + 'heid';
  } else if (w.endsWith('ene') || w.endsWith('en')) {
    const n = w.endsWith('ene') ? 3 : 2;
    if (inR1(n) && validEn(w.slice(0, -n))) w = undouble(w.slice(0, -n));
  } else if (w.endsWith('se') || w.endsWith('s')) {
    const n = w.endsWith('se') ? 2 : 1;
    if (inR1(n) && validS(w[w.length - n - 1])) w = w.slice(0, -n);
  }
  // Step 2: a final e.
  let eRemoved = false;
  if (w.endsWith('e') && inR1(1) && !isVowel(w[w.length - 2])) {
    w = undouble(w.slice(0, -1));
    eRemoved = true;
  }
  // Step 3a: -heid.
  if (w.endsWith('heid') && inR2(4) && w[w.length - 5] !== 'c') {
    w = w.slice(0, -4);
    if (w.endsWith('en') && inR1(2) && validEn(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  }
  // Step 3b: derivational endings.
  if (w.endsWith('end') || w.endsWith('ing')) {
    if (inR2(3)) {
      w = w.slice(0, -3);
      if (w.endsWith('ig') && inR2(2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
      else w = undouble(w);
    }
  } else if (w.endsWith('ig')) {
    if (inR2(2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
  } else if (w.endsWith('lijk')) {
    if (inR2(4)) {
      w = w.slice(0, -4);
      if (w.endsWith('e') && inR1(1) && !isVowel(w[w.length - 2])) w = undouble(w.slice(0, -1));
    }
  } else if (w.endsWith('baar')) {
    if (inR2(4)) w = w.slice(0, -4);
  } else if (w.endsWith('bar')) {
    if (inR2(3) && eRemoved) w = w.slice(0, -3);
  }
  // Step 4: undouble a vowel before a final consonant (maan -> man).
  const m = /([^aeiouyè])(aa|ee|oo|uu)([^aeiouyèI])$/.exec(w);
  if (m) w = w.slice(0, -2) + w[w.length - 1];
  return w.replace(/I/g, 'i').replace(/Y/g, 'y');
}
