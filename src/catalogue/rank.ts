// Scoring rules shared by offerings and services: topic order, age fit, area, audience and specificity.
import type { Topic } from '../understanding/types';
import { CITY_WIDE } from './crossCheck';
import type { AdviceQuery, Asker, Offering } from './types';

/** The parts of a score, one fixed shape for speed; `kind` and `asker` are used for services only. */
export interface ScoreParts {
  topic: number;
  area: number;
  age: number;
  audience: number;
  specific: number;
  text: number;
  kind: number;
  asker: number;
}

const TOPIC_WEIGHTS = [3, 2, 1.5, 1.2];

/** Best weight of a matching topic (the user's first topic counts most), plus a little per extra match. */
export function topicScore(item: Offering, topics: readonly Topic[]): number {
  let best = 0;
  let matches = 0;
  topics.forEach((t, i) => {
    if (item.topics.includes(t)) {
      matches++;
      best = Math.max(best, TOPIC_WEIGHTS[i] ?? 1);
    }
  });
  return matches === 0 ? 0 : best + 0.25 * (matches - 1);
}

/** Years outside the item's age range (0 when the age fits or is unknown). */
export function ageDistance(item: Offering, age: number | undefined): number {
  if (age === undefined) return 0;
  if (age < item.ageMin) return item.ageMin - age;
  if (age > item.ageMax) return age - item.ageMax;
  return 0;
}

export type AreaFit = 'local' | 'citywide' | 'elsewhere';

export function areaFit(item: Offering, area: string | undefined): AreaFit {
  if (item.areas.includes(CITY_WIDE)) return 'citywide';
  return area !== undefined && item.areas.includes(area) ? 'local' : 'elsewhere';
}

/** Whether the asker may be offered this at all: young people only get items written for children or young people. */
export function audienceAllowed(item: Offering, asker: Asker): boolean {
  if (asker !== 'young') return true;
  return item.audience.includes('young_people') || item.audience.includes('children');
}

/** A small bonus when the item is written for the asker: parents for parents, own age group for young people. */
export function audienceBonus(item: Offering, asker: Asker, age: number | undefined): number {
  if (asker === 'parent') return item.audience.includes('parents') || item.audience.includes('families') ? 0.5 : 0;
  if (asker === 'young') {
    const own = age !== undefined && age < 12 ? 'children' : 'young_people';
    return item.audience.includes(own) ? 0.5 : 0;
  }
  return 0;
}

/** Narrow age ranges fit a question better than "5 to 23". */
export function specificity(item: Offering): number {
  const span = Math.min(item.ageMax - item.ageMin, 18);
  return 0.3 * (1 - span / 18);
}

export function baseParts(item: Offering, q: AdviceQuery, area: string | undefined, text: number): ScoreParts {
  const fit = areaFit(item, area);
  return {
    topic: topicScore(item, q.topics),
    area: fit === 'local' ? 1 : fit === 'citywide' ? 0 : area === undefined ? -0.5 : -2,
    age: -ageDistance(item, q.age),
    audience: audienceBonus(item, q.asker, q.age),
    specific: specificity(item),
    text,
    kind: 0,
    asker: 0,
  };
}

export const total = (p: ScoreParts): number => p.topic + p.area + p.age + p.audience + p.specific + p.text + p.kind + p.asker;

/** Highest score first; equal scores by id, so the same question always gets the same answer. */
export function byScoreThenId<T extends { id: string; score: number }>(a: T, b: T): number {
  const d = b.score - a.score;
  if (Math.abs(d) > 1e-9) return d;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
