// Dutch and English dates and times resolve against an injected clock, in Amsterdam local time.
import { parseWhen } from '../../../src/understanding';

// Tuesday 4 March 2025, 10:00 in Amsterdam (winter time, +01:00)
const now = new Date('2025-03-04T10:00:00+01:00');

describe('parseWhen', () => {
  it.each([
    ['morgen na drie uur', '2025-03-05T15:00:00+01:00', '2025-03-05T18:00:00+01:00'],
    ['dinsdagochtend', '2025-03-04T08:00:00+01:00', '2025-03-04T12:00:00+01:00'],
    ['volgende week', '2025-03-10T00:00:00+01:00', '2025-03-17T00:00:00+01:00'],
    ['vandaag', '2025-03-04T00:00:00+01:00', '2025-03-05T00:00:00+01:00'],
    ['maandag tussen 9 en 12', '2025-03-10T09:00:00+01:00', '2025-03-10T12:00:00+01:00'],
    ['tomorrow afternoon', '2025-03-05T12:00:00+01:00', '2025-03-05T17:00:00+01:00'],
    ['donderdag om half 3', '2025-03-06T14:30:00+01:00', '2025-03-06T15:30:00+01:00'],
    ['vrijdag 9-12 uur', '2025-03-07T09:00:00+01:00', '2025-03-07T12:00:00+01:00'],
    ['morgen voor twaalf uur', '2025-03-05T08:00:00+01:00', '2025-03-05T12:00:00+01:00'],
    ['volgende week dinsdag', '2025-03-11T00:00:00+01:00', '2025-03-12T00:00:00+01:00'],
    ['12 maart', '2025-03-12T00:00:00+01:00', '2025-03-13T00:00:00+01:00'],
  ])('resolves "%s"', (text, start, end) => {
    expect(parseWhen(text, now)).toEqual({ text, start, end });
  });

  it('keeps the words the user used', () => {
    expect(parseWhen('Bel me morgen na drie uur aub', now)?.text).toBe('morgen na drie uur');
  });

  it('uses summer time after the last Sunday of March', () => {
    expect(parseWhen('morgenochtend', new Date('2025-04-01T10:00:00+02:00'))?.start).toBe('2025-04-02T08:00:00+02:00');
  });

  it('finds nothing in a message without a time', () => {
    expect(parseWhen('ik heb geen tijd', now)).toBeUndefined();
  });
});
