// Entity parsers the request form uses: ages in words, roles, postcodes, phone numbers, e-mail addresses, reference numbers.
import { parseAge, parseEmail, parsePhone, parsePostcode, parseReference, parseRole } from '../../../src/understanding';

describe('parseAge', () => {
  it.each([
    ['twaalf', { age: 12 }],
    ['15', { age: 15 }],
    ['mijn zoon is 9', { age: 9, ageOf: 'child' }],
    ['mijn dochter van twaalf', { age: 12, ageOf: 'child' }],
    ['mn zoon van 14 wil nie naar school', { age: 14, ageOf: 'child' }],
    ['we hebben een zoon van zeventien', { age: 17, ageOf: 'child' }],
    ['mijn 8-jarige dochter', { age: 8, ageOf: 'child' }],
    ['my son is nine', { age: 9, ageOf: 'child' }],
    ['ik ben vijftien', { age: 15, ageOf: 'self' }],
    ['kben 13', { age: 13, ageOf: 'self' }],
    ['ik ben een meisje van 16', { age: 16, ageOf: 'self' }],
    ['I am fifteen', { age: 15, ageOf: 'self' }],
    ['ik word volgende maand 18', { age: 17, ageOf: 'self' }],
    ['ik ben bijna 16', { age: 15, ageOf: 'self' }],
    ['zeventien jaar', { age: 17 }],
    ['2,5 jaar', { age: 2 }],
    ['mijn dochter is tweeënhalf', { age: 2, ageOf: 'child' }],
  ])('reads "%s"', (text, expected) => {
    expect(parseAge(text)).toEqual(expected);
  });

  it('does not take minutes or phone numbers for an age', () => {
    expect(parseAge('ik ben 15 minuten te laat')).toBeUndefined();
    expect(parseAge('bel me op 0612345678')).toBeUndefined();
  });
});

describe('parseRole', () => {
  it.each([
    ['ik ben ouder', 'parent'],
    ['ik ben de moeder', 'parent'],
    ['mijn zoon', 'parent'],
    ['ouder', 'parent'],
    ['I am a parent', 'parent'],
    ['ik ben 15', 'young'],
    ['jongere', 'young'],
    ['mijn ouders gaan scheiden', 'young'],
    ['ik zit in de brugklas', 'young'],
  ])('reads "%s" as %s', (text, role) => {
    expect(parseRole(text)).toBe(role);
  });

  it('says nothing when the text gives no hint', () => {
    expect(parseRole('hoi')).toBeUndefined();
  });
});

describe('parsePostcode', () => {
  it.each([['9741ab', '9741 AB'], ['9741 AB', '9741 AB'], ['mijn postcode is 9712 cp', '9712 CP']])('normalises "%s"', (text, postcode) => {
    expect(parsePostcode(text)).toBe(postcode);
  });

  it('rejects letter pairs that are never used and common words after a number', () => {
    expect(parsePostcode('1234 SS')).toBeUndefined();
    expect(parsePostcode('2000 en nog wat')).toBeUndefined();
  });
});

describe('parsePhone', () => {
  it.each([
    ['06-12345678', '0612345678'],
    ['+31 6 12345678', '0612345678'],
    ['0031612345678', '0612345678'],
    ['+31 (0)6 1234 5678', '0612345678'],
    ['050-1234567', '0501234567'],
    ['050 123 45 67', '0501234567'],
    ['bel me op 06 123 456 78 aub', '0612345678'],
    ['+32 470 12 34 56', '+32470123456'],
  ])('normalises "%s"', (text, phone) => {
    expect(parsePhone(text)).toBe(phone);
  });

  it('rejects numbers that are too short or too long', () => {
    expect(parsePhone('0612345')).toBeUndefined();
    expect(parsePhone('061234567890')).toBeUndefined();
  });
});

describe('parseEmail', () => {
  it('finds and lowercases an address', () => {
    expect(parseEmail('mail: Jan.Jansen@Example.nl graag')).toBe('jan.jansen@example.nl');
    expect(parseEmail('geen mail')).toBeUndefined();
  });
});

describe('parseReference', () => {
  it.each([
    ['hoe staat het met SW-7K2M-Q9XD?', 'SW-7K2M-Q9XD'],
    ['sw 7k2m q9xd', 'SW-7K2M-Q9XD'],
    ['mijn nummer is SW7K2MQ9XD', 'SW-7K2M-Q9XD'],
    ['SW-ABCD-EFGH', 'SW-ABCD-EFGH'],
    ['sw-7k2m-q9xo', 'SW-7K2M-Q9X0'],
  ])('%s → %s', (text, expected) => {
    expect(parseReference(text)).toBe(expected);
  });

  it.each(['mn switch gaat naar mn broer', 'we gaan swing dansen', 'the sweet swimming pool', 'een switch game kopen'])(
    'reads no reference in the words of "%s"',
    (text) => {
      expect(parseReference(text)).toBeUndefined();
    },
  );
});
