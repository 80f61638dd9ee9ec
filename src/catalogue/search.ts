// The advice search: filter by audience, topic, age and area with fallbacks, then rank with text relevance.
import { prepare, topicMask, type Prepared } from './prepared';
import { ageDistance, baseParts, byScoreThenId, total, type ScoreParts } from './rank';
import type { TextIndex } from './textIndex';
import type { AdviceQuery, Offering, SearchFallback } from './types';

export interface Scored<T> {
  id: string;
  item: T;
  score: number;
  parts: ScoreParts;
}

export interface OfferingSearch {
  /** The best candidates, best first (at most `keep`). */
  ranked: Scored<Offering>[];
  fallbacks: SearchFallback[];
  /** How many offerings passed each filter, for the explanation. */
  counts: Record<string, number>;
}

const TEXT_WEIGHT = 4;
const round = (n: number): number => Math.round(n * 1e6) / 1e6;
export { prepare };

/** A raw score that counts as a clear match (about one exact keyword); weaker best matches are not blown up to full weight. */
const CLEAR_MATCH = 5;

/** Turns raw text scores into 0..weight, relative to the best match among the candidates (or a clear match, when higher). */
export function textParts(raw: Map<string, number>, weight: number): Map<string, number> {
  let max = CLEAR_MATCH;
  for (const s of raw.values()) max = Math.max(max, s);
  const out = new Map<string, number>();
  for (const [id, s] of raw) out.set(id, (s / max) * weight);
  return out;
}

/** Scores the candidates and keeps the best `keep`, in order (score, then id). */
export function scoreTop<T extends Offering>(
  items: readonly T[], q: AdviceQuery, area: string | undefined, text: Map<string, number>, keep: number,
  adjust?: (item: T, parts: ScoreParts) => void,
): Scored<T>[] {
  const top: Scored<T>[] = [];
  for (const item of items) {
    const parts = baseParts(item, q, area, text.get(item.id) ?? 0);
    adjust?.(item, parts);
    const s: Scored<T> = { id: item.id, item, parts, score: round(total(parts)) };
    if (top.length >= keep && byScoreThenId(s, top[top.length - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byScoreThenId(top[mid], s) <= 0) lo = mid + 1; else hi = mid;
    }
    top.splice(lo, 0, s);
    if (top.length > keep) top.pop();
  }
  return top;
}

/** Widening steps, tried in order until one gives results: exact age near you, exact age anywhere, ±2 years. */
const STEPS: { slack: number; anyArea: boolean; flags: SearchFallback[] }[] = [
  { slack: 0, anyArea: false, flags: [] },
  { slack: 0, anyArea: true, flags: ['area_any'] },
  { slack: 2, anyArea: false, flags: ['age_widened'] },
  { slack: 2, anyArea: true, flags: ['age_widened', 'area_any'] },
];

const nearby = (p: Prepared<Offering>, area: string | undefined): boolean =>
  area === undefined || p.citywide || p.item.areas.includes(area);

export function searchOfferings(
  items: readonly Prepared<Offering>[], q: AdviceQuery, area: string | undefined, index: TextIndex, keep: number,
): OfferingSearch {
  const fallbacks: SearchFallback[] = [];
  const exclude = q.exclude && q.exclude.length > 0 ? new Set(q.exclude) : undefined;
  const mask = topicMask(q.topics);
  const young = q.asker === 'young';
  const allowed: Prepared<Offering>[] = [];
  let pool: Prepared<Offering>[] = [];
  for (const p of items) {
    if ((young && !p.forYoung) || exclude?.has(p.item.id)) continue;
    allowed.push(p);
    if (mask === 0 || (p.topics & mask) !== 0) pool.push(p);
  }
  const counts: Record<string, number> = { total: items.length, audience: allowed.length, topic: pool.length };
  if (pool.length === 0 && mask !== 0) {
    fallbacks.push('topic_any');
    pool = allowed;
  }
  let candidates: Offering[] = [];
  for (const step of STEPS) {
    candidates = [];
    for (const p of pool) {
      if (ageDistance(p.item, q.age) <= step.slack && (step.anyArea || nearby(p, area))) candidates.push(p.item);
    }
    if (candidates.length > 0) {
      fallbacks.push(...step.flags);
      break;
    }
  }
  counts.candidates = candidates.length;
  if (area !== undefined && candidates.length > 0 && !candidates.some((o) => o.areas.includes(area))) fallbacks.push('area_citywide');
  const text = q.text ? textParts(index.scores(q.text, q.language, candidates), TEXT_WEIGHT) : new Map<string, number>();
  return { ranked: scoreTop(candidates, q, area, text, keep), fallbacks, counts };
}
