// The advice search: topic × age × area with fallbacks, the asker's own register, typos, English words, same answer each time.
import { loadCatalogue, type AdviceQuery } from '../../../src/catalogue';

const catalogue = loadCatalogue();
const ids = (q: AdviceQuery): string[] => catalogue.search(q).offerings.map((o) => o.id);
const base: AdviceQuery = { topics: [], asker: 'parent', language: 'nl' };

describe('advice search', () => {
  it('finds the parents evening for a bullied child of 9', () => {
    const r = catalogue.search({ ...base, topics: ['pesten'], age: 9, text: 'mijn zoon wordt gepest op school' });
    expect(r.offerings[0].id).toBe('pesten-ouders-groep');
    expect(r.offerings.length).toBeLessThanOrEqual(3);
  });

  it('respects the lower age edge: 5 fits an offering from 5, not one from 6', () => {
    const found = ids({ ...base, topics: ['emoties'], age: 5, limit: 20 });
    expect(found).toContain('samen-spelen');
    expect(found).not.toContain('kleine-piekeraars');
  });

  it('respects the upper age edge: 23 fits an offering up to 23, not one up to 18', () => {
    const found = ids({ ...base, asker: 'young', topics: ['emoties'], age: 23, limit: 20 });
    expect(found).toContain('online-somber');
    expect(found).not.toContain('faalangsttraining');
  });

  it('gives young people offerings for themselves, never parents-only ones', () => {
    const r = catalogue.search({ ...base, asker: 'young', topics: ['opvoeding'], age: 15, limit: 20 });
    expect(r.offerings.length).toBeGreaterThan(0);
    for (const o of r.offerings) expect(o.audience.some((a) => a !== 'parents')).toBe(true);
    expect(r.offerings.map((o) => o.id)).toContain('thuis-botst');
  });

  it('gives parents offerings for the age of their child and for themselves', () => {
    const found = ids({ ...base, topics: ['scheiding'], age: 10, limit: 20 });
    expect(found).toEqual(expect.arrayContaining(['kies-voor-kids', 'ouderschap-na-scheiding']));
  });

  it('prefers an offering in the own neighbourhood', () => {
    const r = catalogue.search({ ...base, topics: ['school'], age: 10, postcode: '9733 BC' });
    expect(r.team?.id).toBe('wij-noordoost');
    expect(r.offerings[0].id).toBe('huiswerkklas-beijum');
    expect(r.fallbacks).toEqual([]);
  });

  it('leaves out local offerings of other neighbourhoods', () => {
    const found = ids({ ...base, topics: ['school'], age: 10, postcode: '9722 AB', limit: 20 });
    expect(found).not.toContain('huiswerkklas-beijum');
  });

  it('falls back to city-wide offerings when nothing is local, and says so', () => {
    const r = catalogue.search({ ...base, topics: ['geld'], age: 10, postcode: '9741 AB' });
    expect(r.offerings.length).toBeGreaterThan(0);
    expect(r.offerings.every((o) => o.areas.includes('all'))).toBe(true);
    expect(r.fallbacks).toContain('area_citywide');
  });

  it('widens to offerings in other areas when nothing fits near you or city-wide', () => {
    const r = catalogue.search({ ...base, topics: ['relaties'], age: 17, asker: 'young', postcode: '9722 AB', exclude: ['relaties-en-seksualiteit', 'autisme-jongeren', 'eenzaamheid-jongeren'] });
    expect(r.offerings.map((o) => o.id)).toContain('meidengroep-vinkhuizen');
    expect(r.fallbacks).toContain('area_any');
  });

  it('widens to neighbouring ages (±2) when nothing fits the exact age', () => {
    const r = catalogue.search({ ...base, asker: 'young', topics: ['overgang18'], age: 13 });
    expect(r.fallbacks).toContain('age_widened');
    expect(r.offerings.length).toBeGreaterThan(0);
    for (const o of r.offerings) expect(o.ageMin - 13).toBeLessThanOrEqual(2);
  });

  it('understands typos in the user’s words', () => {
    const r = catalogue.search({ ...base, asker: 'young', topics: ['emoties'], age: 15, text: 'ik heb faalagst voor mijn toetsen' });
    expect(r.offerings[0].id).toBe('faalangsttraining');
  });

  it('splits Dutch compounds the texts do not contain ("examenstress" → examen + stress)', () => {
    const r = catalogue.search({ ...base, asker: 'young', topics: [], age: 13, text: 'ik heb last van examenstress' });
    expect(r.offerings[0].id).toBe('faalangsttraining');
  });

  it('does not let one weak word match outrank the topic', () => {
    const r = catalogue.explain({ ...base, topics: ['geld'], age: 8, text: 'we kunnen de voetbalclub niet betalen' });
    expect(r.offerings[0].id).toBe('jeugdfonds-sport-cultuur');
    expect(r.result.services[0].id).toBe('leergeld');
  });

  it('matches English words through the English texts', () => {
    const r = catalogue.search({ ...base, language: 'en', topics: ['middelen'], age: 12, text: 'my son plays too many video games' });
    expect(r.offerings[0].id).toBe('ouderavond-gamen');
    const young = catalogue.search({ ...base, asker: 'young', language: 'en', topics: [], age: 17, text: 'I want to stop smoking weed' });
    expect(young.offerings[0].id).toBe('jongeren-en-middelen');
  });

  it('ranks by the user’s words when no topic is known', () => {
    const r = catalogue.search({ ...base, age: 3, text: 'mijn peuter heeft steeds driftbuien' });
    expect(r.offerings[0].id).toBe('peuter-driftbuien');
  });

  it('gives the same answer to the same question, ties broken by id', () => {
    const q: AdviceQuery = { ...base, topics: ['gedrag', 'school'], age: 12, postcode: '9741 AB', limit: 10 };
    const first = ids(q);
    for (let i = 0; i < 5; i++) expect(ids(q)).toEqual(first);
    const scores = catalogue.explain(q).offerings;
    for (let i = 1; i < scores.length; i++) {
      const [a, b] = [scores[i - 1], scores[i]];
      expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
    }
  });

  it('shows more by excluding what was already shown', () => {
    const q: AdviceQuery = { ...base, topics: ['emoties'], age: 10 };
    const first = ids(q);
    const more = ids({ ...q, exclude: first });
    expect(more.length).toBeGreaterThan(0);
    expect(more.some((id) => first.includes(id))).toBe(false);
  });

  it('offers 2 to 4 services close by, one of each kind, fitting the age', () => {
    const r = catalogue.search({ ...base, topics: ['school'], age: 14, postcode: '9741 AB' });
    const kinds = r.services.map((s) => s.kind);
    expect(r.services.length).toBeGreaterThanOrEqual(2);
    expect(r.services.length).toBeLessThanOrEqual(4);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(r.services.map((s) => s.id)).toContain('school-mentor');
    for (const s of r.services) expect(14 >= s.ageMin && 14 <= s.ageMax).toBe(true);
  });

  it('offers debt help for money worries and youth work to young people', () => {
    const r = catalogue.search({ ...base, asker: 'young', topics: ['geld'], age: 19, text: 'ik heb schulden' });
    expect(r.services.map((s) => s.kind)).toContain('schuldhulp');
    const y = catalogue.search({ ...base, asker: 'young', topics: ['relaties'], age: 15, serviceLimit: 4 });
    expect(y.services.map((s) => s.kind)).toContain('jongerenwerk');
  });

  it('gives the team of the postcode, or the city-wide team without one', () => {
    expect(catalogue.search({ ...base, topics: ['gezin'], postcode: '9741 AB' }).team?.id).toBe('wij-noordwest');
    expect(catalogue.search({ ...base, topics: ['gezin'] }).team?.id).toBe('wij-stad');
    const away = catalogue.search({ ...base, topics: ['gezin'], postcode: '1012 AB' });
    expect(away.team?.id).toBe('wij-stad');
    expect(away.fallbacks).toContain('postcode_unknown');
  });
});
