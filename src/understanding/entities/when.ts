// Dutch and English dates and times resolved against an injected clock: "morgen na drie uur", "dinsdagochtend", "volgende week".
import type { TimeRange } from '../types';
import { foldText } from '../text';
import { numberWordValue } from './numbers';
import { toIso, toLocal } from './localTime';
import { type ClockPart, findDay, findPartOfDay, type Span } from './whenParts';

/** Replaces number words by digits and remembers where each character came from in the folded text. */
function withDigits(folded: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  let last = 0;
  for (const match of folded.matchAll(/[a-z]+/g)) {
    const value = match[0] === 'een' || match[0] === 'one' ? undefined : numberWordValue(match[0]);
    if (value === undefined || value > 24) continue;
    for (let i = last; i < match.index; i++) { text += folded[i]; origin.push(i); }
    for (const ch of String(value)) { text += ch; origin.push(match.index); }
    last = match.index + match[0].length;
  }
  for (let i = last; i < folded.length; i++) { text += folded[i]; origin.push(i); }
  origin.push(folded.length);
  return { text, origin };
}

/** Hour on a 24-hour clock; small numbers mean the afternoon unless the morning is meant. */
function toHour(hour: number, meridiem: string | undefined, part: ClockPart | undefined): number {
  if (meridiem === 'pm' && hour < 12) return hour + 12;
  if (meridiem === 'am') return hour % 12;
  if (part && part.from >= 12 * 60 && hour < 12) return hour + 12;
  if (part && part.from < 12 * 60) return hour;
  return hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

const H = '(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:uur|u|h|o\'?clock)?\\s*(am|pm)?';

/** Clock expressions in minutes: tussen 9 en 12, na 3 uur, voor 12, om half 3, 10:30. */
function findClock(t: string, part: ClockPart | undefined): ClockPart | undefined {
  const at = (h: string, m: string | undefined, mer: string | undefined) => toHour(Number(h), mer, part) * 60 + Number(m ?? 0);
  const rules: Array<[RegExp, (m: RegExpExecArray) => [number, number]]> = [
    [new RegExp(`\\b(?:tussen|between|van|from)\\s+${H}\\s*(?:en|and|tot|to|till|until|-)\\s*${H}`), (m) => {
      const from = at(m[1], m[2], m[3] ?? m[6]);
      let to = at(m[4], m[5], m[6]);
      if (to <= from) to += 12 * 60;
      return [from, to];
    }],
    [/\b(\d{1,2})\s*-\s*(\d{1,2})\s*(?:uur|u\b|h\b)\s*(am|pm)?/, (m) => [at(m[1], undefined, m[3]), at(m[2], undefined, m[3])]],
    [/\b(?:om |at )?half (\d{1,2})\b/, (m) => { const s = at(String(Number(m[1]) - 1), '30', undefined); return [s, s + 60]; }],
    [/\bkwart over (\d{1,2})\b/, (m) => { const s = at(m[1], '15', undefined); return [s, s + 60]; }],
    [/\bkwart voor (\d{1,2})\b/, (m) => { const s = at(String(Number(m[1]) - 1), '45', undefined); return [s, s + 60]; }],
    [new RegExp(`\\b(?:na|vanaf|after|from|niet voor|not before)\\s+${H}`), (m) => { const s = at(m[1], m[2], m[3]); return [s, Math.max(s + 60, s < 18 * 60 ? 18 * 60 : 24 * 60)]; }],
    [new RegExp(`\\b(?:voor|before|tot|until|uiterlijk)\\s+${H}`), (m) => { const e = at(m[1], m[2], m[3]); return [Math.min(part?.from ?? 8 * 60, e - 60), e]; }],
    [new RegExp(`\\b(?:om|at|rond|around|rondom|ongeveer)\\s+${H}`), (m) => { const s = at(m[1], m[2], m[3]); return [s, s + 60]; }],
    [/\b(\d{1,2})[:.](\d{2})\b|\b(\d{1,2})\s*(?:uur|(am|pm))\b/, (m) => {
      const s = m[1] ? at(m[1], m[2], undefined) : at(m[3], undefined, m[4]);
      return [s, s + 60];
    }],
  ];
  for (const [pattern, build] of rules) {
    const match = pattern.exec(t);
    if (!match) continue;
    const [from, to] = build(match);
    if (from >= 0 && to <= 24 * 60 && from < to) return { start: match.index, end: match.index + match[0].length, from, to };
  }
  return undefined;
}

/** Resolves the first time expression to a local range (start inclusive, end exclusive); undefined when there is none. */
export function parseWhen(text: string, now: Date): TimeRange | undefined {
  const folded = foldText(text);
  const { text: t, origin } = withDigits(folded);
  const day = findDay(t);
  const part = findPartOfDay(t);
  const clock = findClock(t, part);
  if (!day && !part && !clock) return undefined;
  const local = toLocal(now);
  const window = clock ?? part;
  const laterToday = window !== undefined && window.to > local.minutes;
  let first = local.day;
  let days = 1;
  if (day) ({ first, days } = day.resolve(local.day, local.weekday, laterToday));
  else if (!laterToday) ({ first } = { first: toLocal(new Date(now.getTime() + 86_400_000)).day });
  const spans = [day, part, clock].filter((span): span is NonNullable<typeof span> => span !== undefined) as Span[];
  const startAt = origin[Math.min(...spans.map((s) => s.start))];
  const endAt = origin[Math.max(...spans.map((s) => s.end))];
  const words = text.length === folded.length ? text.slice(startAt, endAt) : folded.slice(startAt, endAt);
  if (window) return { text: words.trim(), start: toIso(first, window.from), end: toIso(first, window.to) };
  return { text: words.trim(), start: toIso(first, 0), end: toIso(first, days * 1440) };
}
