// The Dutch texts in the catalogue and the topic locales are plain B1: short sentences, "je", no policy words; English is complete.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultCatalogueDir, loadCatalogue, type Localized } from '../../../src/catalogue';
import { projectRoot } from '../../../src/projectRoot';
import { TOPICS } from '../../../src/understanding/types';

const catalogue = loadCatalogue();
const POLICY_WORDS = ['voorliggend veld', 'indicatie', 'beschikking', 'maatwerkvoorziening', 'toegang', 'triage', 'casusregie', 'interventie'];
const locale = (lang: string): Record<string, Record<string, unknown>> =>
  JSON.parse(readFileSync(path.join(projectRoot(), 'locales', lang, 'topics.json'), 'utf8'));

function dutchTexts(): string[] {
  const out: string[] = [];
  const add = (l?: Localized): void => { if (l) out.push(l.nl); };
  for (const o of [...catalogue.offerings(), ...catalogue.services()]) {
    [o.title, o.summary, o.description, o.signUp, o.schedule, o.cost.note].forEach(add);
  }
  for (const t of catalogue.teams()) add(t.openingHours);
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(locale('nl'));
  return out;
}

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
const words = (sentence: string): number => sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

describe('texts', () => {
  const all = dutchTexts().flatMap(sentences);

  it('keeps every Dutch sentence at 15 words or fewer, about 10 on average', () => {
    expect(all.filter((s) => words(s) > 15)).toEqual([]);
    const average = all.reduce((n, s) => n + words(s), 0) / all.length;
    expect(average).toBeLessThanOrEqual(11);
  });

  it('says "je", never "u", and avoids policy words', () => {
    expect(all.filter((s) => /\b(u|uw)\b/i.test(s))).toEqual([]);
    expect(all.filter((s) => POLICY_WORDS.some((w) => s.toLowerCase().includes(w)))).toEqual([]);
    const raw = ['offerings.yml', 'services.yml'].map((f) => readFileSync(path.join(defaultCatalogueDir(), f), 'utf8')).join('\n');
    for (const w of POLICY_WORDS) expect(raw.toLowerCase()).not.toContain(w);
  });

  it('has a label, normalising sentences and tips for every topic in Dutch and English, and the questions', () => {
    for (const lang of ['nl', 'en']) {
      const t = locale(lang);
      expect(Object.keys(t.questions)).toEqual(expect.arrayContaining(['goesWell', 'worries', 'change', 'scale']));
      for (const topic of TOPICS) {
        expect(typeof t[topic].label).toBe('string');
        for (const key of ['normalise', 'tips', 'normaliseYoung', 'tipsYoung']) {
          expect([lang, topic, key, (t[topic][key] as string[]).length >= 2]).toEqual([lang, topic, key, true]);
        }
      }
    }
    expect(JSON.stringify(Object.keys(locale('nl')))).toBe(JSON.stringify(Object.keys(locale('en'))));
  });

  it('marks invented local contact details as sample data and uses obviously invented values', () => {
    for (const o of [...catalogue.offerings(), ...catalogue.services(), ...catalogue.teams()]) {
      const c = o.contact;
      const invented = (c.phone?.startsWith('050-000') || c.phone?.startsWith('06-0000'))
        || /example\.org/.test(`${c.email ?? ''} ${c.url ?? ''}`);
      if (invented) expect([o.id, o.sample]).toEqual([o.id, true]);
    }
  });
});
