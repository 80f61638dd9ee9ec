// Dutch and English number words up to 99 ("twaalf", "eenentwintig", "twenty-one"), for ages and times.
import { FuzzyIndex } from '../fuzzy';

const NL_UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
  'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const NL_TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function buildTable(): Map<string, number> {
  const table = new Map<string, number>();
  NL_UNITS.forEach((word, value) => table.set(word, value));
  EN_UNITS.forEach((word, value) => table.set(word, value));
  table.set('ene', 1).set('eentje', 1).set('vieftien', 15).set('veertig', 40).set('ahtien', 18);
  for (let tens = 2; tens <= 9; tens++) {
    table.set(NL_TENS[tens], tens * 10);
    table.set(EN_TENS[tens], tens * 10);
    for (let unit = 1; unit <= 9; unit++) {
      const nlUnit = NL_UNITS[unit];
      // "tweeëntwintig" loses its diaeresis when folded: "tweeentwintig"; also written "tweeentwintig"/"tweentwintig"
      table.set(`${nlUnit}en${NL_TENS[tens]}`, tens * 10 + unit);
      table.set(`${EN_TENS[tens]}${EN_UNITS[unit]}`, tens * 10 + unit);
    }
  }
  table.set('honderd', 100).set('hundred', 100);
  return table;
}

const TABLE = buildTable();
const FUZZY = new FuzzyIndex(new Map([...TABLE.keys()].filter((word) => word.length >= 6).map((word) => [word, 1])), 6);

/** The value of one folded number word ("twaalf" → 12), tolerating one typo in longer words. */
export function numberWordValue(word: string): number | undefined {
  const direct = TABLE.get(word.replace(/-/g, ''));
  if (direct !== undefined || word.length < 7) return direct;
  const corrected = FUZZY.correct(word);
  return corrected === undefined ? undefined : TABLE.get(corrected);
}

/** Parses digits ("15", "2,5" → 2.5) or a number word; undefined when it is neither. */
export function parseNumberToken(token: string): number | undefined {
  if (/^\d+([.,]\d+)?$/.test(token)) return Number(token.replace(',', '.'));
  return numberWordValue(token);
}

/**
 * Replaces number words in folded text with digits ("mijn dochter van twaalf" → "mijn dochter van 12"),
 * "anderhalf" with 1,5 and "twenty-one" with 21. Leaves "een" alone unless `includeOne` (it is also the article).
 */
export function numberWordsToDigits(folded: string, includeOne = false): string {
  return folded
    .replace(/\banderhalf\b/g, '1,5')
    .replace(/\b([a-z]+)enhalf\b/g, (whole, word: string) => {
      const value = numberWordValue(word);
      return value !== undefined ? `${value},5` : whole;
    })
    .replace(/\b([a-z]+)-([a-z]+)\b/g, (whole, a: string, b: string) => {
      const value = TABLE.get(a + b);
      return value !== undefined ? String(value) : whole;
    })
    .replace(/\b[a-z]{3,}\b/g, (word) => {
      if (!includeOne && (word === 'een' || word === 'one' || word === 'ene')) return word;
      const value = numberWordValue(word);
      return value !== undefined ? String(value) : word;
    });
}
