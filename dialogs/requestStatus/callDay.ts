// The day by which the team promised to call: the filing date plus the team's working days (Monday to Friday, Amsterdam time).
import type { WijTeam } from '../../src/catalogue/types';
import type { RequestStatusView } from '../../src/requests/types';
import type { Language } from '../../src/understanding/types';

/** Used when the team's record says nothing (the form promises "binnen 3 werkdagen"). */
export const DEFAULT_RESPONSE_WORKDAYS = 3;
const ZONE = 'Europe/Amsterdam';

const dayKey = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);
const weekday = (date: Date) => new Date(`${dayKey(date)}T12:00:00Z`).getUTCDay();

export function promisedCallDay(view: RequestStatusView, team: (WijTeam & { responseWorkdays?: number }) | undefined, language: Language, now: Date) {
  let day = new Date(view.createdAt);
  let left = team?.responseWorkdays ?? DEFAULT_RESPONSE_WORKDAYS;
  while (left > 0) {
    day = new Date(day.getTime() + 24 * 60 * 60 * 1000);
    if (weekday(day) !== 0 && weekday(day) !== 6) left--;
  }
  const name = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', timeZone: ZONE }).format(day);
  return { name, today: dayKey(day) === dayKey(now), late: dayKey(now) > dayKey(day) };
}
