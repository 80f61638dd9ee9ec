// The pieces of a Dutch or English time expression: which day(s), which part of the day, which clock times.
import { addDays, type LocalDay, weekdayOf } from './localTime';

export interface Span {
  start: number;
  end: number;
}
export interface DayPart extends Span {
  /** First day and the number of days covered. */
  resolve(today: LocalDay, todayWeekday: number, timeStartsLaterToday: boolean): { first: LocalDay; days: number };
}
export interface ClockPart extends Span {
  from: number;
  to: number;
}

const WEEKDAYS = ['zondag|sunday|zon', 'maandag|monday', 'dinsdag|tuesday', 'woensdag|wednesday', 'donderdag|thursday', 'vrijdag|friday', 'zaterdag|saturday'];
const MONTHS = ['jan', 'feb', 'maa|mrt|mar', 'apr', 'mei|may', 'jun', 'jul', 'aug', 'sep', 'okt|oct', 'nov', 'dec'];
const NEXT_WEEK = '(?:volgende week|volgende|next week|next)';

function nextMonday(today: LocalDay, weekday: number): LocalDay {
  return addDays(today, ((8 - weekday) % 7) || 7);
}

function fixed(offset: number, days = 1) {
  return (today: LocalDay) => ({ first: addDays(today, offset), days });
}

/** Finds the day expression: vandaag, morgen, overmorgen, a weekday, volgende week, dit weekend, over 3 dagen, 12 maart, 12-3. */
export function findDay(t: string): DayPart | undefined {
  const rules: Array<[RegExp, (m: RegExpExecArray) => DayPart['resolve']]> = [
    [/\b(?:vandaag|today|vanochtend|vanmorgen|vanmiddag|vanavond|tonight|this (?:morning|afternoon|evening))\b/, () => fixed(0)],
    [/\b(?:overmorgen|day after tomorrow)\b/, () => fixed(2)],
    [/(?<!\bs |\bde |\bin de |')\bmorgen(?!s\b)|\btomorrow\b/, () => fixed(1)],
    [new RegExp(`\\b(?:${NEXT_WEEK} )?(${WEEKDAYS.join('|')})(?:ochtend|morgen|middag|avond|nacht)?(?: ${NEXT_WEEK.replace('|volgende|', '|')})?\\b`), (m) => {
      const target = WEEKDAYS.findIndex((names) => names.split('|').some((name) => m[1] === name));
      const nextWeek = /volgende week|next week/.test(m[0]) || /^(?:volgende|next) /.test(m[0]);
      return (today, weekday, laterToday) => {
        if (nextWeek && /week/.test(m[0])) return { first: addDays(nextMonday(today, weekday), (target + 6) % 7), days: 1 };
        let offset = (target - weekday + 7) % 7;
        if (offset === 0 && !laterToday) offset = 7;
        return { first: addDays(today, offset), days: 1 };
      };
    }],
    [/\b(?:volgende week|next week|komende week)\b/, () => (today, weekday) => ({ first: nextMonday(today, weekday), days: 7 })],
    [/\b(?:deze week|this week)\b/, () => (today, weekday) => ({ first: today, days: (((8 - weekday) % 7) || 7) })],
    [/\b(?:(volgend|next) weekend|(?:dit |het |this )?weekend)\b/, (m) => (today, weekday) => {
      const saturday = addDays(today, (6 - weekday + 7) % 7 + (m[1] ? 7 : 0));
      return weekday === 0 && !m[1] ? { first: today, days: 1 } : { first: saturday, days: 2 };
    }],
    [/\b(?:over|in) (\d{1,2}) (?:dagen|days)\b/, (m) => fixed(Number(m[1]))],
    [new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')})[a-z]*\\b`), (m) => (today) => {
      const month = MONTHS.findIndex((names) => names.split('|').includes(m[2])) + 1;
      return dated(today, Number(m[1]), month);
    }],
    [/\b(\d{1,2})[-/](\d{1,2})(?:[-/]\d{2,4})?\b(?!\s*(?:uur|u\b|h\b))/, (m) => (today) => dated(today, Number(m[1]), Number(m[2]))],
  ];
  for (const [pattern, build] of rules) {
    const match = pattern.exec(t);
    if (match) return { start: match.index, end: match.index + match[0].length, resolve: build(match) };
  }
  return undefined;
}

function dated(today: LocalDay, day: number, month: number): { first: LocalDay; days: number } {
  let first = { year: today.year, month, day };
  const inPast = month < today.month || (month === today.month && day < today.day);
  if (inPast) first = { ...first, year: today.year + 1 };
  return { first, days: 1 };
}

/** Part of day in minutes: ochtend 8–12, middag 12–17, avond 17–21. */
export function findPartOfDay(t: string): ClockPart | undefined {
  const parts: Array<[RegExp, number, number]> = [
    [/(?:ochtend|ochtends|\bs morgens|voormiddag|morning|vanmorgen|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|de|morgen)morgen)\b|\bin de morgen\b/, 8 * 60, 12 * 60],
    [/(?:middag|middags|afternoon)\b/, 12 * 60, 17 * 60],
    [/(?:avond|avonds|evening|tonight)\b/, 17 * 60, 21 * 60],
  ];
  for (const [pattern, from, to] of parts) {
    const match = pattern.exec(t);
    if (match) return { start: match.index, end: match.index + match[0].length, from, to };
  }
  return undefined;
}

export { weekdayOf };
