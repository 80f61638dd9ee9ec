// HSDS-shaped CSV: the parser handles quoting; export then import gives back the same catalogue.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportCsv, HSDS_COLUMNS, importCsv, loadCatalogue, defaultCatalogueDir } from '../../../src/catalogue';
import { parseCsv, writeCsv } from '../../../src/catalogue/csv';
import { main } from '../../../src/catalogue/cli';
import { copySample, removeDir } from './fixtures';

describe('CSV', () => {
  it('reads quotes, commas and line breaks inside fields', () => {
    const rows = [['a', 'b,c', 'say "hi"'], ['line\nbreak', '', ' padded ']];
    expect(parseCsv(writeCsv(rows))).toEqual(rows);
    expect(parseCsv('\ufeffx,y\r\n1,2\r\n')).toEqual([['x', 'y'], ['1', '2']]);
  });

  it('exports one row per item with the HSDS columns', () => {
    const c = loadCatalogue();
    const rows = parseCsv(exportCsv({ offerings: c.offerings(), services: c.services() }));
    expect(rows[0]).toEqual([...HSDS_COLUMNS]);
    expect(rows.length - 1).toBe(c.offerings().length + c.services().length);
  });

  it('round-trips: export, import into an empty folder, load gives the same data', () => {
    const original = loadCatalogue();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'catalogue-csv-'));
    try {
      copyFileSync(path.join(defaultCatalogueDir(), 'teams.yml'), path.join(dir, 'teams.yml'));
      const result = importCsv(exportCsv({ offerings: original.offerings(), services: original.services() }), dir);
      expect(result.problems).toEqual([]);
      expect(result.added.length).toBe(original.offerings().length + original.services().length);
      const back = loadCatalogue(dir);
      expect(back.offerings()).toEqual(original.offerings());
      expect(back.services()).toEqual(original.services());
    } finally {
      removeDir(dir);
    }
  });

  it('merges by id: updates existing items and adds new ones', () => {
    const dir = copySample();
    try {
      const c = loadCatalogue(dir);
      const changed = { ...c.offerings()[0], title: { nl: 'Nieuwe titel', en: 'New title' } };
      const added = { ...c.offerings()[1], id: 'nieuw-aanbod' };
      const r = importCsv(exportCsv({ offerings: [changed, added], services: [] }), dir);
      expect(r).toEqual({ added: ['nieuw-aanbod'], updated: [changed.id], problems: [] });
      const after = loadCatalogue(dir);
      expect(after.offerings().length).toBe(c.offerings().length + 1);
      expect(after.get(changed.id)?.title.nl).toBe('Nieuwe titel');
    } finally {
      removeDir(dir);
    }
  });

  it('refuses a bad row without writing anything, naming row, id and field', () => {
    const dir = copySample();
    try {
      const before = readFileSync(path.join(dir, 'offerings.yml'), 'utf8');
      const c = loadCatalogue(dir);
      const csv = exportCsv({ offerings: c.offerings().slice(0, 2), services: [] }).replace(/,5,12,/, ',5,x,');
      const r = importCsv(csv, dir);
      expect(r.problems.join('\n')).toMatch(/row 2 \(id "opvoedcursus-5-12"\), field "ageMax"/);
      expect(readFileSync(path.join(dir, 'offerings.yml'), 'utf8')).toBe(before);
    } finally {
      removeDir(dir);
    }
  });

  it('the command line validates, exports and imports', () => {
    const dir = copySample();
    const lines: string[] = [];
    const out = (s: string): void => { lines.push(s); };
    try {
      expect(main(['validate', '--dir', dir], out, out)).toBe(0);
      const file = path.join(dir, 'export.csv');
      expect(main(['export', file, '--dir', dir], out, out)).toBe(0);
      expect(main(['import', file, '--dir', dir], out, out)).toBe(0);
      expect(lines.at(-1)).toMatch(/^added 0, updated \d+$/);
      writeFileSync(path.join(dir, 'teams.yml'), 'teams: []\nextra: 1\n');
      expect(main(['validate', '--dir', dir], out, out)).toBe(1);
      expect(lines.at(-1)).toMatch(/teams\.yml/);
    } finally {
      removeDir(dir);
    }
  });

  it('the search command explains what would be offered and why', () => {
    const lines: string[] = [];
    expect(main(['search', 'gepest', '--age', '9', '--postcode', '9741 AB', '--topic', 'pesten'], (s) => lines.push(s))).toBe(0);
    expect(lines.join('\n')).toMatch(/team: WIJ Selwerd en Paddepoel[\s\S]*\* +[\d.]+ +pesten-ouders-groep/);
  });
});
