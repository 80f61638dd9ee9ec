// Checks across files: areas named by offerings exist as team areas, team postcode ranges do not overlap.
import type { CatalogueData, FileIssues } from './loader';
import { overlaps, parseRange, type PostcodeRange } from './postcode';

export const CITY_WIDE = 'all';

export function crossCheck(
  data: CatalogueData,
  files: { offerings: FileIssues; services: FileIssues; teams: FileIssues },
): void {
  const areas = new Set(data.teams.map((t) => t.area));
  const checkAreas = (items: { id: string; areas: string[] }[], out: FileIssues): void => {
    for (const item of items) {
      item.areas.forEach((area, i) => {
        if (area === CITY_WIDE) {
          if (item.areas.length > 1) out.issues.push(`id "${item.id}", field "areas.${i}": "all" must stand alone`);
        } else if (data.teams.length > 0 && !areas.has(area)) {
          out.issues.push(`id "${item.id}", field "areas.${i}": unknown area "${area}" (known: ${[...areas].sort().join(', ')}, all)`);
        }
      });
    }
  };
  checkAreas(data.offerings, files.offerings);
  checkAreas(data.services, files.services);

  const fallbacks = data.teams.filter((t) => t.fallback);
  if (fallbacks.length > 1) {
    files.teams.issues.push(`id "${fallbacks[1].id}", field "fallback": only one team can be the city-wide fallback`);
  }
  const seen: { id: string; range: PostcodeRange; text: string }[] = [];
  for (const team of data.teams.filter((t) => !t.fallback)) {
    (team.postcodes ?? []).forEach((text, i) => {
      const range = parseRange(text);
      if (range.from > range.to) {
        files.teams.issues.push(`id "${team.id}", field "postcodes.${i}": range "${text}" runs backwards`);
        return;
      }
      const clash = seen.find((s) => overlaps(s.range, range));
      if (clash) {
        files.teams.issues.push(`id "${team.id}", field "postcodes.${i}": range "${text}" overlaps "${clash.text}" of team "${clash.id}"`);
      }
      seen.push({ id: team.id, range, text });
    });
  }
}
