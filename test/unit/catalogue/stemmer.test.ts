// The Dutch stemmer and the word matching under the search: inflections meet, one typo is forgiven.
import { stemDutch } from '../../../src/catalogue';
import { fuzzyOne } from '../../../src/catalogue/distance';
import { dutchTerms, englishTerms, stemEnglish } from '../../../src/catalogue/text';

describe('Dutch stemmer', () => {
  it.each([
    ['pesten', 'pest'], ['kinderen', 'kinder'], ['opvoeding', 'opvoed'], ['opvoeden', 'opvoed'], ['scholen', 'schol'],
    ['school', 'schol'], ['ouders', 'ouder'], ['trainingen', 'training'], ['mogelijkheden', 'mogelijk'], ['maan', 'man'],
    ['schulden', 'schuld'], ['verdrietig', 'verdriet'], ['lichamelijk', 'licham'],
  ])('%s → %s', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });

  it('lets a past participle meet its verb ("gepest" and "pesten")', () => {
    expect(dutchTerms('gepest')).toContain(dutchTerms('pesten')?.[0]);
    expect(dutchTerms('gescheiden')).toContain('scheid');
  });

  it('drops stop words and folds accents', () => {
    expect(dutchTerms('mijn')).toBeNull();
    expect(dutchTerms('geïnteresseerd')).toEqual(dutchTerms('geinteresseerd'));
  });
});

describe('English light stemmer', () => {
  it('lets bully, bullied, bullies and bullying meet', () => {
    const stems = ['bully', 'bullied', 'bullies', 'bullying'].map(stemEnglish);
    expect(new Set(stems).size).toBe(1);
    expect(englishTerms('the')).toBeNull();
  });
});

describe('one-typo match', () => {
  it.each([
    ['faalagst', 'faalangst', true], ['schol', 'school', true], ['toestn', 'toetsn', true], ['pest', 'pest', true],
    ['pest', 'post', true], ['pesten', 'pos', false], ['abcd', 'badc', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(fuzzyOne(a, b)).toBe(same);
  });
});
