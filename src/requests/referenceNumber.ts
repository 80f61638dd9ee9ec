// Reference numbers people can read out on the phone: "SW-" and 8 characters without look-alikes (no I, L, O, U).
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newReference(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += ALPHABET[random(ALPHABET.length)];
  return `SW-${code.slice(0, 4)}-${code.slice(4)}`;
}

export const REFERENCE_PATTERN = /^SW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
