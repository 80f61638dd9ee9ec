// Reference numbers people can read out on the phone: "SW-" and 8 characters without look-alikes (no I, L, O, U);
// the last one is a check character (Luhn mod 32), so a mistyped number is caught. References drawn before the check
// character existed are still valid: they are found by lookup, the check only explains a miss.
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;

export const REFERENCE_PATTERN = /^SW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Luhn mod N over the characters, rightmost doubled first when the check character is still to come. */
function luhnSum(chars: string, doubleFirst: boolean): number {
  let factor = doubleFirst ? 2 : 1;
  let sum = 0;
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    const addend = factor * ALPHABET.indexOf(chars[i]);
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / N) + (addend % N);
  }
  return sum;
}

export function checkCharacter(sevenChars: string): string {
  return ALPHABET[(N - (luhnSum(sevenChars, true) % N)) % N];
}

export function newReference(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 7; i += 1) code += ALPHABET[random(N)];
  code += checkCharacter(code);
  return `SW-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Reads what someone typed: any case, spaces or no dashes, and O/I/L/U read as 0/1/1/V. */
export function normaliseReference(typed: string): string {
  const raw = typed.toUpperCase().replace(/[\s.-]/g, '').replace(/^SW/, '').replace(/O/g, '0').replace(/[IL]/g, '1').replace(/U/g, 'V');
  return raw.length === 8 ? `SW-${raw.slice(0, 4)}-${raw.slice(4)}` : typed.trim().toUpperCase();
}

export type ReferenceCheck = 'ok' | 'format' | 'check';

/** 'format' when it cannot be a reference; 'check' when the check character does not fit (a typo, or an old reference). */
export function checkReference(reference: string): ReferenceCheck {
  if (!REFERENCE_PATTERN.test(reference)) return 'format';
  return luhnSum(reference.slice(3, 7) + reference.slice(8), false) % N === 0 ? 'ok' : 'check';
}
