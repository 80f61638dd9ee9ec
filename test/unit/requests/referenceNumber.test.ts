// Reference numbers: a check character catches every single mistyped character; typed variants are read; old numbers stay valid.
import { checkReference, newReference, normaliseReference, REFERENCE_PATTERN } from '../../../src/requests/referenceNumber';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('reference numbers with a check character', () => {
  it('are drawn in the SW-XXXX-XXXX shape and pass their own check', () => {
    for (let i = 0; i < 200; i += 1) {
      const ref = newReference();
      expect(ref).toMatch(REFERENCE_PATTERN);
      expect(checkReference(ref)).toBe('ok');
    }
  });

  it('catches every single wrong character', () => {
    for (let i = 0; i < 20; i += 1) {
      const ref = newReference();
      for (const position of [3, 4, 5, 6, 8, 9, 10, 11]) {
        for (const c of ALPHABET) {
          if (c === ref[position]) continue;
          const typo = ref.slice(0, position) + c + ref.slice(position + 1);
          expect([typo, checkReference(typo)]).toEqual([typo, 'check']);
        }
      }
    }
  });

  it('reads lower case, spaces, missing dashes and look-alike letters', () => {
    const ref = newReference(() => 1);
    expect(normaliseReference(ref.toLowerCase().replace(/-/g, ' '))).toBe(ref);
    expect(normaliseReference('sw-0o1i-l2u3')).toBe('SW-0011-12V3');
    expect(checkReference(normaliseReference('12345'))).toBe('format');
  });

  it('keeps a number drawn before the check character existed in the right shape (it is found by lookup)', () => {
    expect(checkReference('SW-AAAA-AAAA')).not.toBe('format');
  });
});
