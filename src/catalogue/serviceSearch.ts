// Picks the 2–4 most fitting services close by (school, GP/OJG, JGZ, youth work, debt help ...): one per kind.
import { ageDistance, areaFit, audienceAllowed, type ScoreParts } from './rank';
import { scoreTop, textParts, type Scored } from './search';
import type { TextIndex } from './textIndex';
import type { AdviceQuery, Service, ServiceKind } from './types';

/** How useful a kind usually is, before topic and text are counted. */
function kindPrior(kind: ServiceKind, q: AdviceQuery): number {
  switch (kind) {
    case 'school': return 1.2;
    case 'huisarts_ojg': return 1;
    case 'jgz': return 1;
    case 'jongerenwerk': return q.asker === 'young' ? 1.2 : 0.3;
    case 'maatschappelijk_werk': return 0.4;
    case 'buurtcentrum': return 0.3;
    case 'bibliotheek': return 0.2;
    case 'sportfonds': return 0.6;
    case 'schuldhulp': return 0.6;
    default: return 0;
  }
}

export const DEFAULT_SERVICE_LIMIT = 3;
export const MAX_SERVICE_LIMIT = 4;

export function searchServices(
  services: readonly Service[], q: AdviceQuery, area: string | undefined, index: TextIndex,
): Scored<Service>[] {
  const candidates = services.filter((s) => ageDistance(s, q.age) === 0
    && audienceAllowed(s, q.asker)
    && (area === undefined || areaFit(s, area) !== 'elsewhere'));
  const text = q.text ? textParts(index.scores(q.text, q.language, candidates), 1) : new Map<string, number>();
  // Parents get services they can go to themselves; a children's helpline is not the first stop for a parent.
  const forAsker = (s: Service): number => (q.asker === 'parent' && !s.audience.includes('parents') && !s.audience.includes('families') ? -1.5 : 0);
  const adjust = (s: Service, parts: ScoreParts): void => {
    parts.kind = kindPrior(s.kind, q);
    parts.specific = 0;
    parts.asker = forAsker(s);
  };
  const ranked = scoreTop(candidates, q, area, text, candidates.length, adjust);
  const limit = Math.min(Math.max(q.serviceLimit ?? DEFAULT_SERVICE_LIMIT, 1), MAX_SERVICE_LIMIT);
  const seenKinds = new Set<ServiceKind>();
  const picked: Scored<Service>[] = [];
  for (const s of ranked) {
    if (picked.length >= limit) break;
    if (seenKinds.has(s.item.kind)) continue;
    // A service that fits neither the topic nor the words is only offered when it is a general first stop.
    if (q.topics.length > 0 && s.parts.topic === 0 && s.parts.text === 0 && s.parts.kind < 1) continue;
    seenKinds.add(s.item.kind);
    picked.push(s);
  }
  return picked;
}
