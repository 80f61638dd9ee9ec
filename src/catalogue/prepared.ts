// Items prepared once at load time for fast filtering: topic bit masks, audience and area flags.
import { TOPICS, type Topic } from '../understanding/types';
import { CITY_WIDE } from './crossCheck';
import type { Offering } from './types';

export interface Prepared<T extends Offering> {
  item: T;
  /** One bit per topic, in TOPICS order. */
  topics: number;
  /** Written for children or young people (so a young person may be offered it). */
  forYoung: boolean;
  citywide: boolean;
}

const BIT = new Map<Topic, number>(TOPICS.map((t, i) => [t, 1 << i]));

export function topicMask(topics: readonly Topic[]): number {
  let mask = 0;
  for (const t of topics) mask |= BIT.get(t) ?? 0;
  return mask;
}

export function prepare<T extends Offering>(items: readonly T[]): Prepared<T>[] {
  return items.map((item) => ({
    item,
    topics: topicMask(item.topics),
    forYoung: item.audience.includes('young_people') || item.audience.includes('children'),
    citywide: item.areas.includes(CITY_WIDE),
  }));
}
