// Contact details from free text: Dutch postcode ("9741 AB"), phone numbers and e-mail addresses.

const POSTCODE = /\b([1-9]\d{3})(\s?)([a-z]{2})\b/gi;
/** Letter pairs the postcode system never uses. */
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);
/** With a space, lowercase common words after a number are not postcode letters ("2000 en"). */
const COMMON_WORDS = new Set(['en', 'de', 'in', 'op', 'om', 'is', 'te', 'ik', 'je', 'ze', 'we', 'of', 'al', 'na', 'nu', 'er', 'uw', 'me', 'to', 'at', 'an', 'on', 'or', 'my', 'am', 'ja']);

/** The first Dutch postcode in the text, normalised as "9741 AB". */
export function parsePostcode(text: string): string | undefined {
  for (const match of text.matchAll(POSTCODE)) {
    const [, digits, space, letters] = match;
    const upper = letters.toUpperCase();
    if (UNUSED_LETTERS.has(upper)) continue;
    if (space && letters === letters.toLowerCase() && COMMON_WORDS.has(letters)) continue;
    return `${digits} ${upper}`;
  }
  return undefined;
}

const PHONE_CANDIDATE = /(?:\+|\b00|\b0)[\d\s\-.()/]{8,20}\d/g;

/** Normalises one candidate: Dutch numbers as "0612345678", other countries as "+32...". */
function normalisePhone(candidate: string): string | undefined {
  let digits = candidate.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = '+' + digits.slice(2);
  if (digits.startsWith('+31')) digits = '0' + digits.slice(3);
  if (digits.startsWith('+')) {
    const rest = digits.slice(1);
    return /^[1-9]\d{7,13}$/.test(rest) ? digits : undefined;
  }
  if (/^06\d{8}$/.test(digits)) return digits;
  if (/^0[1-57-9]\d{8}$/.test(digits)) return digits;
  return undefined;
}

/** The first valid phone number in the text: Dutch mobile or landline, or international with +/00. */
export function parsePhone(text: string): string | undefined {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const phone = normalisePhone(match[0].trim());
    if (phone) return phone;
  }
  return undefined;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i;

/** The first e-mail address in the text, lowercased. */
export function parseEmail(text: string): string | undefined {
  const match = text.match(EMAIL);
  return match ? match[0].toLowerCase() : undefined;
}
