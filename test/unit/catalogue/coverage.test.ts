// The Groningen sample covers every topic for every age from 5 to 23, for parents and for young people.
import { loadCatalogue, type Asker } from '../../../src/catalogue';
import { TOPICS } from '../../../src/understanding/types';

const catalogue = loadCatalogue();
const ages = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('sample coverage', () => {
  it('has at least 40 offerings, 20 services and a team for every area', () => {
    expect(catalogue.offerings().length).toBeGreaterThanOrEqual(40);
    expect(catalogue.services().length).toBeGreaterThanOrEqual(20);
    const areas = new Set(catalogue.teams().map((t) => t.area));
    for (const o of [...catalogue.offerings(), ...catalogue.services()]) {
      for (const a of o.areas) if (a !== 'all') expect(areas).toContain(a);
    }
  });

  it('has offerings for parents of children from 0 to 4', () => {
    for (const age of ages(0, 4)) {
      expect(catalogue.search({ topics: [], age, asker: 'parent', language: 'nl' }).offerings.length).toBeGreaterThan(0);
    }
  });

  const missing = (asker: Asker, from: number, to: number): string[] => TOPICS.flatMap((topic) => ages(from, to).flatMap((age) => {
    const r = catalogue.search({ topics: [topic], age, asker, language: 'nl' });
    const exact = r.offerings.some((o) => o.topics.includes(topic) && o.ageMin <= age && age <= o.ageMax);
    return exact ? [] : [`${topic}@${age}`];
  }));

  it('finds an offering on the topic for the exact age, for every topic × age 5–23 (a parent asking)', () => {
    expect(missing('parent', 5, 23)).toEqual([]);
  });

  it('finds an offering for young people themselves on every topic, at most two years off, for ages 12–23', () => {
    const gaps = TOPICS.flatMap((topic) => ages(12, 23).flatMap((age) => {
      const r = catalogue.search({ topics: [topic], age, asker: 'young', language: 'nl' });
      return r.offerings.some((o) => o.topics.includes(topic)) && !(r.fallbacks ?? []).includes('topic_any') ? [] : [`${topic}@${age}`];
    }));
    expect(gaps).toEqual([]);
  });

  it('always names at least two services close by, for parents and for young people', () => {
    for (const asker of ['parent', 'young'] as const) for (const topic of TOPICS) for (const age of ages(5, 23)) {
      expect([asker, topic, age, catalogue.search({ topics: [topic], age, asker, language: 'nl' }).services.length >= 2])
        .toEqual([asker, topic, age, true]);
    }
  });
});
