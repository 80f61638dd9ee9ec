// Topic texts are complete in Dutch and English (plain-language checks of every Dutch text live in test/unit/texts/b1.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../../../src/catalogue';
import { projectRoot } from '../../../src/projectRoot';
import { TOPICS } from '../../../src/understanding/types';

const catalogue = loadCatalogue();
const locale = (lang: string): Record<string, Record<string, unknown>> =>
  JSON.parse(readFileSync(path.join(projectRoot(), 'locales', lang, 'topics.json'), 'utf8'));

describe('texts', () => {
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
