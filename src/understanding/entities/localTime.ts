// Europe/Amsterdam wall-clock arithmetic without Intl: EU summer time rules, ISO strings with offset.

/** A calendar day in Amsterdam (month 1–12). */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

function lastSundayUtc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, last.getUTCDate() - last.getUTCDay(), 1);
}

/** The UTC offset in hours at a UTC instant: +2 from the last Sunday of March 01:00 UTC to the last Sunday of October. */
export function amsterdamOffsetAt(utcMillis: number): number {
  const year = new Date(utcMillis).getUTCFullYear();
  return utcMillis >= lastSundayUtc(year, 2) && utcMillis < lastSundayUtc(year, 9) ? 2 : 1;
}

/** The Amsterdam day and minute-of-day of an instant. */
export function toLocal(now: Date): { day: LocalDay; minutes: number; weekday: number } {
  const shifted = new Date(now.getTime() + amsterdamOffsetAt(now.getTime()) * 3_600_000);
  return {
    day: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

export function addDays(day: LocalDay, days: number): LocalDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function weekdayOf(day: LocalDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO 8601 with the Amsterdam offset of that wall-clock time, e.g. "2025-03-04T15:00:00+01:00"; 1440 minutes is the next midnight. */
export function toIso(day: LocalDay, minutes: number): string {
  const actualDay = addDays(day, Math.floor(minutes / 1440));
  const rest = minutes % 1440;
  const guessUtc = Date.UTC(actualDay.year, actualDay.month - 1, actualDay.day, 0, rest) - 3_600_000;
  const offset = amsterdamOffsetAt(guessUtc);
  const date = `${actualDay.year}-${pad(actualDay.month)}-${pad(actualDay.day)}`;
  return `${date}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}:00+${pad(offset)}:00`;
}
