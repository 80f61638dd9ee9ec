// The advice search: filter by audience, topic, age and area with fallbacks, then rank with text relevance.
import { CITY_WIDE } from './crossCheck';
import { ageDistance, areaFit, audienceAllowed, baseParts, byScoreThenId, total, type ScoreParts } from './rank';
import type { TextIndex } from './textIndex';
import type { AdviceQuery, Offering, SearchFallback } from './types';

export interface Scored<T> {
  id: string;
  item: T;
  score: number;
  parts: ScoreParts;
}

export interface OfferingSearch {
  ranked: Scored<Offering>[];
  fallbacks: SearchFallback[];
  /** How many offerings passed each filter, for the explanation. */
  counts: Record<string, number>;
}

const TEXT_WEIGHT = 4;
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Turns raw text scores into 0..weight, relative to the best match among the candidates. */
export function textParts(candidates: readonly Offering[], raw: Map<string, number>, weight: number): Map<string, number> {
  let max = 0;
  for (const c of candidates) max = Math.max(max, raw.get(c.id) ?? 0);
  const out = new Map<string, number>();
  if (max <= 0) return out;
  for (const c of candidates) {
    const s = raw.get(c.id);
    if (s) out.set(c.id, (s / max) * weight);
  }
  return out;
}

export function scoreAll<T extends Offering>(
  items: readonly T[], q: AdviceQuery, area: string | undefined, text: Map<string, number>,
  extra?: (item: T) => ScoreParts,
): Scored<T>[] {
  return items.map((item) => {
    const parts: ScoreParts = { ...baseParts(item, q, area), text: text.get(item.id) ?? 0, ...extra?.(item) };
    return { id: item.id, item, parts, score: round(total(parts)) };
  }).sort(byScoreThenId);
}

/** Widening steps, tried in order until one gives results: exact age near you, exact age anywhere, ±2 years. */
const STEPS: { slack: number; anyArea: boolean; flags: SearchFallback[] }[] = [
  { slack: 0, anyArea: false, flags: [] },
  { slack: 0, anyArea: true, flags: ['area_any'] },
  { slack: 2, anyArea: false, flags: ['age_widened'] },
  { slack: 2, anyArea: true, flags: ['age_widened', 'area_any'] },
];

export function searchOfferings(
  offerings: readonly Offering[], q: AdviceQuery, area: string | undefined, index: TextIndex,
): OfferingSearch {
  const fallbacks: SearchFallback[] = [];
  const exclude = new Set(q.exclude ?? []);
  const allowed = offerings.filter((o) => !exclude.has(o.id) && audienceAllowed(o, q.asker));
  let pool = q.topics.length > 0 ? allowed.filter((o) => o.topics.some((t) => q.topics.includes(t))) : allowed;
  const counts: Record<string, number> = { total: offerings.length, audience: allowed.length, topic: pool.length };
  if (pool.length === 0 && q.topics.length > 0) {
    fallbacks.push('topic_any');
    pool = allowed;
  }
  let candidates: Offering[] = [];
  for (const step of STEPS) {
    candidates = pool.filter((o) => ageDistance(o, q.age) <= step.slack
      && (step.anyArea || area === undefined || areaFit(o, area) !== 'elsewhere'));
    if (candidates.length > 0) {
      fallbacks.push(...step.flags);
      break;
    }
  }
  counts.candidates = candidates.length;
  if (area !== undefined && candidates.length > 0 && !candidates.some((o) => areaFit(o, area) === 'local')
    && candidates.some((o) => o.areas.includes(CITY_WIDE))) {
    fallbacks.push('area_citywide');
  }
  const text = q.text ? textParts(candidates, index.scores(q.text, q.language), TEXT_WEIGHT) : new Map<string, number>();
  return { ranked: scoreAll(candidates, q, area, text), fallbacks, counts };
}
