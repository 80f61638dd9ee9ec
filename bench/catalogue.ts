// Benchmark of the catalogue search: time per search at the sample size and with 5,000 generated offerings.
import { Catalogue, loadCatalogue, type AdviceQuery, type Offering } from '../src/catalogue';
import { TOPICS } from '../src/understanding/types';

/** A small seeded random generator, so every run measures the same data. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(sample: readonly Offering[], areas: string[], count: number): Offering[] {
  const rnd = mulberry32(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: count }, (_, i) => {
    const base = pick(sample);
    const ageMin = Math.floor(rnd() * 19);
    const topics = [...new Set([pick(TOPICS), pick(TOPICS), ...base.topics.slice(0, 1)])];
    return {
      ...base, id: `${base.id}-g${i}`, ageMin, ageMax: Math.min(23, ageMin + 1 + Math.floor(rnd() * 10)), topics,
      areas: rnd() < 0.4 ? ['all'] : [pick(areas)],
      title: { nl: `${base.title.nl} ${pick(sample).title.nl.split(' ')[0]}`, en: base.title.en },
    };
  });
}

const QUERIES: AdviceQuery[] = [
  { topics: ['pesten'], age: 9, postcode: '9741 AB', text: 'mijn zoon wordt gepest op school', asker: 'parent', language: 'nl' },
  { topics: ['emoties', 'school'], age: 15, text: 'ik heb faalagst voor toetsen', asker: 'young', language: 'nl' },
  { topics: ['middelen'], age: 12, text: 'my son plays too many video games', asker: 'parent', language: 'en' },
  { topics: ['scheiding'], age: 7, postcode: '9722 AB', asker: 'parent', language: 'nl' },
  { topics: ['geld', 'overgang18'], age: 19, text: 'ik heb schulden en snap de brieven niet', asker: 'young', language: 'nl' },
  { topics: [], age: 3, text: 'mijn peuter heeft steeds driftbuien', asker: 'parent', language: 'nl' },
  { topics: ['gezin'], age: 11, postcode: '9733 HK', text: 'mijn moeder is ziek en ik zorg voor haar', asker: 'young', language: 'nl' },
  { topics: ['overgang18'], age: 13, asker: 'young', language: 'nl' },
];

function measure(catalogue: Catalogue, rounds: number): { meanUs: number; p95Us: number; maxUs: number } {
  for (let i = 0; i < 200; i++) for (const q of QUERIES) catalogue.search(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      catalogue.search(q);
      times.push((performance.now() - t0) * 1000);
    }
  }
  times.sort((a, b) => a - b);
  const meanUs = times.reduce((a, b) => a + b, 0) / times.length;
  return { meanUs, p95Us: times[Math.floor(times.length * 0.95)], maxUs: times[times.length - 1] };
}

const fmt = (n: number): string => (n >= 1000 ? `${(n / 1000).toFixed(2)} ms` : `${n.toFixed(0)} µs`);

export async function benchCatalogue(): Promise<string> {
  const sample = loadCatalogue();
  const data = { offerings: [...sample.offerings()], services: [...sample.services()], teams: sample.teams() };
  const areas = [...new Set(data.teams.filter((t) => !t.fallback).map((t) => t.area))];
  const t0 = performance.now();
  const big = new Catalogue({ ...data, offerings: [...data.offerings, ...generate(data.offerings, areas, 5000)] });
  const buildMs = performance.now() - t0;
  const small = measure(sample, 200);
  const large = measure(big, 40);
  return [
    `catalogue search, ${QUERIES.length} mixed queries (topic × age × area, Dutch and English words, typos):`,
    `  sample (${data.offerings.length} offerings, ${data.services.length} services): mean ${fmt(small.meanUs)}, p95 ${fmt(small.p95Us)}, max ${fmt(small.maxUs)}`,
    `  ${data.offerings.length + 5000} offerings: mean ${fmt(large.meanUs)}, p95 ${fmt(large.p95Us)}, max ${fmt(large.maxUs)} (index built in ${buildMs.toFixed(0)} ms)`,
  ].join('\n');
}

if (require.main === module) {
  benchCatalogue().then((s) => console.log(s), (e) => { console.error(e); process.exitCode = 1; });
}
