// Counts minutes in a team's office hours (Europe/Amsterdam): when does an urgent request become overdue?
import type { OfficeHours } from '../catalogue/types';

const ZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const formatter = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The local weekday (1 = Monday) and minute of the day of a moment. */
export function localTime(date: Date): { weekday: number; minute: number } {
  const parts = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
  return { weekday: WEEKDAYS[parts.weekday], minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinute = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The moment `minutes` office minutes after `start`. Without office hours every minute counts.
 * Walks interval by interval (at most a few weeks ahead), so a weekend or a night is skipped in one step.
 */
export function addOfficeMinutes(hours: readonly OfficeHours[] | undefined, start: Date, minutes: number): Date {
  if (!hours || hours.length === 0) return new Date(start.getTime() + minutes * MINUTE);
  let t = new Date(Math.ceil(start.getTime() / MINUTE) * MINUTE);
  let remaining = minutes;
  for (let step = 0; step < 500; step += 1) {
    const { weekday, minute } = localTime(t);
    const today = hours.filter((h) => h.days.includes(weekday)).map((h) => ({ from: toMinute(h.from), to: toMinute(h.to) }));
    const open = today.find((h) => minute >= h.from && minute < h.to);
    if (open) {
      const take = Math.min(open.to - minute, remaining);
      t = new Date(t.getTime() + take * MINUTE);
      remaining -= take;
      if (remaining === 0) return t;
      continue;
    }
    const nextOpening = today.filter((h) => h.from > minute).map((h) => h.from).sort((a, b) => a - b)[0];
    // to the next opening today, or to local midnight (a daylight-saving day is off by an hour there, which the next step absorbs)
    t = new Date(t.getTime() + ((nextOpening ?? 24 * 60) - minute) * MINUTE);
  }
  return t;
}
