// Broken data files fail loading with an error that names the file, the item id and the field.
import { ContentError } from '../../../src/errors';
import { loadCatalogue, readCatalogueData } from '../../../src/catalogue';
import { copySample, edit, removeDir } from './fixtures';

function loadError(dir: string): ContentError {
  try {
    loadCatalogue(dir);
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error('expected a ContentError');
}

describe('catalogue data files', () => {
  let dir: string;
  beforeEach(() => { dir = copySample(); });
  afterEach(() => removeDir(dir));

  it('loads the sample without problems', () => {
    expect(readCatalogueData(dir).problems).toEqual([]);
  });

  it('refuses an unknown key and names file, id and field', () => {
    edit(dir, 'offerings.yml', '  - id: brugklastraining\n', '  - id: brugklastraining\n    colour: blue\n');
    const e = loadError(dir);
    expect(e.file).toMatch(/offerings\.yml$/);
    expect(e.message).toContain('id "brugklastraining"');
    expect(e.message).toContain('colour');
  });

  it('refuses a duplicate id', () => {
    edit(dir, 'offerings.yml', '  - id: faalangsttraining\n', '  - id: brugklastraining\n');
    const e = loadError(dir);
    expect(e.message).toContain('id "brugklastraining"');
    expect(e.message).toContain('field "id": duplicate id');
  });

  it('refuses an age range that runs backwards', () => {
    edit(dir, 'offerings.yml', '    ageMin: 11\n    ageMax: 13\n', '    ageMin: 14\n    ageMax: 13\n');
    const e = loadError(dir);
    expect(e.message).toMatch(/id "brugklastraining"\), field "ageMax": ageMin is higher than ageMax/);
  });

  it('refuses an unknown topic', () => {
    edit(dir, 'offerings.yml', 'topics: [school, emoties]', 'topics: [school, huiswerk]');
    const e = loadError(dir);
    expect(e.message).toMatch(/id "brugklastraining"\), field "topics\.1"/);
  });

  it('refuses a service of an unknown kind', () => {
    edit(dir, 'services.yml', 'kind: jgz', 'kind: kapper');
    const e = loadError(dir);
    expect(e.file).toMatch(/services\.yml$/);
    expect(e.message).toMatch(/id "jgz-ggd"\), field "kind"/);
  });

  it('refuses an area that no team serves', () => {
    edit(dir, 'offerings.yml', 'areas: [noordoost]', 'areas: [atlantis]');
    expect(loadError(dir).message).toMatch(/id "huiswerkklas-beijum", field "areas\.0": unknown area "atlantis"/);
  });

  it('refuses overlapping postcode ranges of two teams', () => {
    edit(dir, 'teams.yml', 'postcodes: ["9711-9712"]', 'postcodes: ["9711-9713"]');
    expect(loadError(dir).message).toMatch(/postcodes\.0": range "9713-9716" overlaps "9711-9713"/);
  });

  it('reports YAML syntax errors with a line number', () => {
    edit(dir, 'teams.yml', 'teams:\n', 'teams:\n  - id: [\n');
    expect(loadError(dir).message).toMatch(/teams\.yml[\s\S]*line \d+/);
  });

  it('lists problems of several files in one error', () => {
    edit(dir, 'teams.yml', 'name: WIJ Centrum', 'nam: WIJ Centrum');
    edit(dir, 'services.yml', 'kind: jgz', 'kind: kapper');
    const e = loadError(dir);
    expect(e.message).toContain('teams.yml: item 1 (id "wij-centrum")');
    expect(e.message).toContain('services.yml: item');
  });
});
