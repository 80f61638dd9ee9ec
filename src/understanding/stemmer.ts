// Dutch Snowball stemmer (Porter's algorithm for Dutch), written compactly for feature extraction.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

/** Marks y after a vowel or at the start, and i between vowels, as consonants (Y, I). */
function markConsonants(word: string): string {
  const chars = word.split('');
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === 'y' && (i === 0 || isVowel(chars[i - 1]))) chars[i] = 'Y';
    else if (chars[i] === 'i' && i > 0 && i < chars.length - 1 && isVowel(chars[i - 1]) && isVowel(chars[i + 1])) chars[i] = 'I';
  }
  return chars.join('');
}

/** Start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

function undouble(word: string): string {
  return /(kk|dd|tt)$/.test(word) ? word.slice(0, -1) : word;
}

/** "en" may go when it follows a non-vowel that does not end "gem". */
function validEnEnding(stem: string): boolean {
  const last = stem[stem.length - 1];
  return last !== undefined && !isVowel(last) && !stem.endsWith('gem');
}

function deleteEn(word: string, suffixLength: number, r1: number): string {
  const stem = word.slice(0, -suffixLength);
  if (word.length - suffixLength >= r1 && validEnEnding(stem)) return undouble(stem);
  return word;
}

export function stemDutch(input: string): string {
  if (input.length < 3) return input;
  let word = markConsonants(input);
  const r1 = Math.max(3, regionAfter(word, 0));
  const r2 = regionAfter(word, r1);
  const inR1 = (suffix: number) => word.length - suffix >= r1;
  const inR2 = (suffix: number) => word.length - suffix >= r2;

  // Step 1
  if (word.endsWith('heden')) {
    if (inR1(5)) word = word.slice(0, -5) + 'heid';
  } else if (word.endsWith('ene')) {
    word = deleteEn(word, 3, r1);
  } else if (word.endsWith('en')) {
    word = deleteEn(word, 2, r1);
  } else if (word.endsWith('se')) {
    const before = word[word.length - 3];
    if (inR1(2) && before !== undefined && !isVowel(before) && before !== 'j') word = word.slice(0, -2);
  } else if (word.endsWith('s')) {
    const before = word[word.length - 2];
    if (inR1(1) && before !== undefined && !isVowel(before) && before !== 'j') word = word.slice(0, -1);
  }

  // Step 2
  let eRemoved = false;
  if (word.endsWith('e') && inR1(1) && !isVowel(word[word.length - 2])) {
    word = undouble(word.slice(0, -1));
    eRemoved = true;
  }

  // Step 3a
  if (word.endsWith('heid') && inR2(4) && word[word.length - 5] !== 'c') {
    word = word.slice(0, -4);
    if (word.endsWith('en')) word = deleteEn(word, 2, r1);
  }

  // Step 3b
  if (word.endsWith('end') || word.endsWith('ing')) {
    if (inR2(3)) {
      word = word.slice(0, -3);
      if (word.endsWith('ig') && inR2(2) && word[word.length - 3] !== 'e') word = word.slice(0, -2);
      else word = undouble(word);
    }
  } else if (word.endsWith('ig')) {
    if (inR2(2) && word[word.length - 3] !== 'e') word = word.slice(0, -2);
  } else if (word.endsWith('lijk')) {
    if (inR2(4)) {
      word = word.slice(0, -4);
      if (word.endsWith('e') && inR1(1) && !isVowel(word[word.length - 2])) word = undouble(word.slice(0, -1));
    }
  } else if (word.endsWith('baar')) {
    if (inR2(4)) word = word.slice(0, -4);
  } else if (word.endsWith('bar')) {
    if (inR2(3) && eRemoved) word = word.slice(0, -3);
  }

  // Step 4: undouble a vowel in a closing syllable (maan -> man)
  const n = word.length;
  if (n >= 4) {
    const c = word[n - 4], v1 = word[n - 3], v2 = word[n - 2], d = word[n - 1];
    if (!isVowel(c) && v1 === v2 && 'aeou'.includes(v1) && !isVowel(d) && d !== 'I') {
      word = word.slice(0, -2) + d;
    }
  }
  return word.replace(/Y/g, 'y').replace(/I/g, 'i');
}
