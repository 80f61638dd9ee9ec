// The word matching under the search: inflections meet (Snowball stems, plus past participles), one typo is forgiven.
import { fuzzyOne } from '../../../src/catalogue/distance';
import { dutchTerms, englishTerms, stemEnglish } from '../../../src/catalogue/text';

describe('Dutch search terms', () => {
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
