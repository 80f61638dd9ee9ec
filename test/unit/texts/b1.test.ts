// Every Dutch text a user reads is B1, measured per file: short sentences, Flesch-Douma 65+, "je", no policy words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../../src/projectRoot';
import {
  B1_LIMITS, checkB1, countSyllables, countWords, fleschDouma, formalYou, policyWords, splitSentences, textStats,
} from '../../../src/texts/readability';

interface Entry { key: string; text: string }
interface DutchFile { file: string; entries: Entry[] }

const root = projectRoot();
const localesDir = path.join(root, 'locales', 'nl');
const catalogueDir = path.join(root, 'data', 'catalogue');

/** Every string leaf of an i18next namespace; array items get their index (topic.tips[2]). */
function localeEntries(tree: unknown, prefix = ''): Entry[] {
  if (typeof tree === 'string') return [{ key: prefix, text: tree }];
  if (Array.isArray(tree)) return tree.flatMap((v, i) => localeEntries(v, `${prefix}[${i}]`));
  if (tree && typeof tree === 'object') {
    return Object.entries(tree).flatMap(([k, v]) => localeEntries(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

/** Every `nl` text of a catalogue file (title, summary, description, signUp, schedule, cost.note, areaName, openingHours ...); keywords are search words, not shown. */
function catalogueEntries(tree: unknown, prefix: string): Entry[] {
  if (Array.isArray(tree)) {
    return tree.flatMap((v, i) => {
      const id = v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : String(i);
      return catalogueEntries(v, `${prefix}[${id}]`);
    });
  }
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]): Entry[] => {
    if (k === 'keywords') return [];
    if (k === 'nl' && typeof v === 'string') return [{ key: `${prefix}.nl`, text: v }];
    return catalogueEntries(v, prefix ? `${prefix}.${k}` : k);
  });
}

const dutchFiles = (): DutchFile[] => [
  ...readdirSync(localesDir).filter((f) => f.endsWith('.json')).sort().map((f) => ({
    file: `locales/nl/${f}`,
    entries: localeEntries(JSON.parse(readFileSync(path.join(localesDir, f), 'utf8'))),
  })),
  ...readdirSync(catalogueDir).filter((f) => f.endsWith('.yml')).sort().map((f) => ({
    file: `data/catalogue/${f}`,
    entries: catalogueEntries(parse(readFileSync(path.join(catalogueDir, f), 'utf8')), ''),
  })),
];

/**
 * Labels (buttons, titles, field names, area names) have no sentence-final punctuation. They are checked for length,
 * "u" and policy words, but left out of the average and the Flesch-Douma score: a two-word button is not a sentence,
 * and counting it as one would flatter the average.
 */
const isProse = (text: string): boolean => /[.!?:…]["'’”)]*$/.test(text.trim());

/** Sentences allowed over 15 words, with the reason. Keep this short; prefer rewriting. */
const LONG_SENTENCE_EXCEPTIONS: ReadonlyArray<{ file: string; key: string; why: string }> = [];

const files = dutchFiles();

describe('readability functions', () => {
  it.each([
    ['kind', 1], ['kinderen', 3], ['opvoeding', 3], ['huiswerk', 2], ['eigen', 2], ['meisje', 2], ['jeugd', 1],
    ['leeuw', 1], ['nieuw', 1], ['moeilijk', 2], ['zelfmoordpreventie', 5], ['Kindertelefoon', 5], ['zorgverzekering', 5],
    ['ideeën', 3], ['België', 3], ['coördinator', 5], ['situatie', 4], ['sociale', 4], ['speciaal', 3], ['bureau', 2],
    ['één', 1], ['WIJ-team', 2], ['website', 2], ['online', 2], ['GGD', 3], ['mbo', 3], ["naaktfoto's", 3], ['training', 2],
  ])('counts the syllables of "%s" as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('does not end a sentence at an abbreviation, a phone number, a URL or an e-mail address', () => {
    expect(splitSentences('Bel bijv. de GGD. Of o.a. de huisarts, d.w.z. je eigen dokter!')).toEqual([
      'Bel bijv. de GGD.', 'Of o.a. de huisarts, d.w.z. je eigen dokter!',
    ]);
    expect(splitSentences('Bel gratis 0800-0113. Chatten kan op 113.nl. Mail naar hulp@wij.example.org. Of kijk op https://wij.example.org/oost.'))
      .toEqual(['Bel gratis 0800-0113.', 'Chatten kan op 113.nl.', 'Mail naar hulp@wij.example.org.', 'Of kijk op https://wij.example.org/oost.']);
  });

  it('splits at line breaks and markdown bullets, and at ? and !', () => {
    expect(splitSentences('Wat kun je doen?\n- Praat erover\n- Vraag hulp.\n\n1. Bel ons! Of chat.')).toEqual([
      'Wat kun je doen?', 'Praat erover', 'Vraag hulp.', 'Bel ons!', 'Of chat.',
    ]);
  });

  it('counts a number, URL, e-mail address or placeholder as one word', () => {
    expect(countWords('Bel de gemeente: 14 050.')).toBe(4);
    expect(countWords('Bel 050-000 20 01 of mail naar a@wij.example.org.')).toBe(6);
    expect(countWords('{{team}}: je kunt ook zelf langsgaan of bellen.')).toBe(8);
    expect(countWords('Bijvoorbeeld: 9 of negen.')).toBe(4);
  });

  it('computes Flesch-Douma from words, sentences and syllables', () => {
    expect(fleschDouma({ sentences: 2, words: 20, syllables: 30 })).toBeCloseTo(206.835 - 0.93 * 10 - 77 * 1.5, 6);
    expect(textStats(['Ik help je.', 'Bel ons.'])).toEqual({ sentences: 2, words: 5, syllables: 5 });
  });

  it('finds formal "u"/"uw" as a word only, and policy words inside compounds', () => {
    expect(formalYou('Kunt u uw kind aanmelden? Dat kan bij ons.')).toEqual(['u', 'uw']);
    expect(formalYou('Je kunt uur na uur bellen. Kijk op u.example.org of bel de UWV-lijn.')).toEqual([]);
    expect(policyWords('Je krijgt een Indicatie en een jeugdinterventie.')).toEqual(['indicatie', 'interventie']);
    expect(policyWords('Hulp dichtbij, zonder verwijzing.')).toEqual([]);
  });

  it('reports sentence lengths, score and problems', () => {
    const report = checkB1('Kunt u morgen bellen met de toegang? Dit is een hele lange zin met veel te veel woorden, echt veel te veel voor een chat.');
    expect(report.sentences.map((s) => s.words)).toEqual([7, 18]);
    expect(report.averageWords).toBe(12.5);
    expect(report.maxWords).toBe(18);
    expect(report.problems).toEqual([
      expect.stringContaining('18 words'), 'formal "u": use "je"', 'policy word "toegang"',
    ]);
  });
});

describe('B1 in every Dutch text users read', () => {
  it('finds the locale and catalogue files and their texts', () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining([
      'locales/nl/common.json', 'locales/nl/topics.json', 'data/catalogue/offerings.yml', 'data/catalogue/services.yml', 'data/catalogue/teams.yml',
    ]));
    for (const f of files) expect([f.file, f.entries.length > 0]).toEqual([f.file, true]);
  });

  describe.each(files.map((f) => [f.file, f] as const))('%s', (file, { entries }) => {
    const reports = entries.map((e) => ({ ...e, prose: isProse(e.text), report: checkB1(e.text) }));
    const prose = reports.filter((r) => r.prose).flatMap((r) => r.report.sentences.map((s) => ({ key: r.key, ...s })));

    it(`has no sentence over ${B1_LIMITS.maxWords} words`, () => {
      const allowed = (key: string): boolean => LONG_SENTENCE_EXCEPTIONS.some((x) => x.file === file && x.key === key);
      const long = reports.flatMap((r) => r.report.sentences
        .filter((s) => s.words > B1_LIMITS.maxWords && !allowed(r.key))
        .map((s) => `${file} ${r.key}: ${s.words} words: "${s.sentence}"`));
      expect(long).toEqual([]);
    });

    it(`averages at most ${B1_LIMITS.averageWords} words a sentence`, () => {
      const average = prose.reduce((n, s) => n + s.words, 0) / Math.max(1, prose.length);
      const longest = [...prose].sort((a, b) => b.words - a.words).slice(0, 3).map((s) => `${s.key}: "${s.sentence}" (${s.words})`);
      expect({ file, average: Math.round(average * 10) / 10, ok: average <= B1_LIMITS.averageWords, longest })
        .toEqual({ file, average: expect.any(Number), ok: true, longest });
    });

    it(`scores Flesch-Douma ${B1_LIMITS.minFleschDouma} or higher`, () => {
      const score = fleschDouma(textStats(prose.map((s) => s.sentence)));
      const hardest = prose
        .map((s) => ({ ...s, score: fleschDouma(textStats([s.sentence])) }))
        .sort((a, b) => a.score - b.score).slice(0, 5).map((s) => `${s.key}: "${s.sentence}" (${Math.round(s.score)})`);
      expect({ file, score: Math.round(score), ok: score >= B1_LIMITS.minFleschDouma, hardest })
        .toEqual({ file, score: expect.any(Number), ok: true, hardest });
    });

    it('says "je", never "u" or "uw"', () => {
      expect(reports.flatMap((r) => formalYou(r.text).map((w) => `${file} ${r.key}: "${w}" in "${r.text}"`))).toEqual([]);
    });

    it('uses none of the policy words', () => {
      expect(reports.flatMap((r) => policyWords(r.text).map((w) => `${file} ${r.key}: "${w}" in "${r.text}"`))).toEqual([]);
    });
  });
});
