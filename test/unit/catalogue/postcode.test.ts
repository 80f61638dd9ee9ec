// Postcode → WIJ team: by the number ranges of each team, with the city-wide team for other Groningen postcodes.
import { loadCatalogue, postcodeNumber } from '../../../src/catalogue';

const catalogue = loadCatalogue();

describe('postcode to WIJ team', () => {
  it.each([
    ['9741 AB', 'wij-noordwest'], ['9741ab', 'wij-noordwest'], ['9711 CD', 'wij-centrum'], ['9712', 'wij-centrum'],
    ['9733 HK', 'wij-noordoost'], ['9722 AA', 'wij-zuid'], ['9744 XY', 'wij-west'], ['9751 AA', 'wij-haren'],
    ['9791 AA', 'wij-ten-boer'], ['9731 ZZ', 'wij-oosterpark'],
  ])('%s → %s', (postcode, team) => {
    expect(catalogue.teamForPostcode(postcode)?.id).toBe(team);
  });

  it('gives the city-wide team for a Groningen postcode no area team covers', () => {
    expect(catalogue.teamForPostcode('9700 AA')?.id).toBe('wij-stad');
  });

  it('gives no team outside the region or for nonsense', () => {
    expect(catalogue.teamForPostcode('1012 AB')).toBeUndefined();
    expect(catalogue.teamForPostcode('hallo')).toBeUndefined();
    expect(postcodeNumber('0123 AB')).toBeUndefined();
  });

  it('covers every city postcode from 9711 to 9756 and 9790 to 9799 with an area team', () => {
    const numbers = [...Array.from({ length: 46 }, (_, i) => 9711 + i), ...Array.from({ length: 10 }, (_, i) => 9790 + i)]
      .filter((n) => n !== 9720 && n !== 9730);
    for (const n of numbers) {
      const team = catalogue.teamForPostcode(`${n} AA`);
      expect([n, team !== undefined && team.fallback !== true]).toEqual([n, true]);
    }
  });
});
