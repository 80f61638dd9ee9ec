// The lexicon pattern language: alternatives, prefixes, suffixes, optional words, gaps and any-order conjunctions.
import { compilePattern, findMatches } from '../../../src/understanding/patterns';

const hit = (pattern: string, text: string) => findMatches(compilePattern(pattern), text.split(' ')).length > 0;

describe('patterns', () => {
  it('matches alternative phrases in a slot and a gap between slots', () => {
    expect(hit('slaat|schopt .. mijn moeder|me', 'hij slaat elke dag mijn moeder')).toBe(true);
    expect(hit('slaat|schopt .. mijn moeder|me', 'hij slaat de bal')).toBe(false);
  });

  it('matches prefixes, suffixes and optional words', () => {
    expect(hit('zelfmoord*', 'zelfmoordgedachten')).toBe(true);
    expect(hit('*uitkering', 'bijstandsuitkering')).toBe(true);
    expect(hit('na het? eten', 'na eten')).toBe(true);
  });

  it('needs adjacent slots after a dot', () => {
    expect(hit('zit . aan me', 'hij zit aan me')).toBe(true);
    expect(hit('zit . aan me', 'hij zit vaak te denken aan me')).toBe(false);
  });

  it('matches conjunctions in any order within eighteen words', () => {
    expect(hit('dood & wil|wilt', 'hij zegt dat hij dood wil')).toBe(true);
    expect(hit('dood & wil|wilt', 'ik wil dood')).toBe(true);
    expect(hit('dood & wil|wilt', 'wil a b c d e f g h i j k l m n o p dood')).toBe(true);
    expect(hit('dood & wil|wilt', 'wil a b c d e f g h i j k l m n o p q dood')).toBe(false);
  });

  it('gives a three-part conjunction four more words than a two-part one', () => {
    expect(hit('ex & auto & binnenkomt', 'ex a b c d e f g h i j k l m n o p q r s auto binnenkomt')).toBe(true);
    expect(hit('ex & auto & binnenkomt', 'ex a b c d e f g h i j k l m n o p q r s t u v w auto binnenkomt')).toBe(false);
  });

  it('rejects a pattern that ends with a gap', () => {
    expect(() => compilePattern('dood ..')).toThrow(/gap/);
  });
});
