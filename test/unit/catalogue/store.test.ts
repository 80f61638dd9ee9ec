// Hot reload: a changed data file is picked up; an invalid one is refused and the old data keeps serving.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CatalogueStore, watchCatalogue, type Catalogue } from '../../../src/catalogue';
import { ContentError } from '../../../src/errors';
import { copySample, edit, removeDir } from './fixtures';

const waitFor = (check: () => boolean, timeoutMs = 5000): Promise<void> => new Promise((resolve, reject) => {
  const started = Date.now();
  const tick = (): void => {
    if (check()) resolve();
    else if (Date.now() - started > timeoutMs) reject(new Error('timed out waiting'));
    else setTimeout(tick, 20);
  };
  tick();
});

describe('catalogue hot reload', () => {
  let dir: string;
  beforeEach(() => { dir = copySample(); });
  afterEach(() => removeDir(dir));

  it('reload() takes valid new data', () => {
    const store = new CatalogueStore({ dir, watch: false });
    edit(dir, 'offerings.yml', 'nl: Brugklastraining Goed begin', 'nl: Brugklastraining Sterke start');
    expect(store.reload()).toBe(true);
    expect(store.current().get('brugklastraining')?.title.nl).toBe('Brugklastraining Sterke start');
  });

  it('reload() keeps the old data and reports the error when the files are invalid', () => {
    const errors: unknown[] = [];
    const store = new CatalogueStore({ dir, watch: false, onError: (e) => errors.push(e) });
    const before = store.current();
    edit(dir, 'offerings.yml', '    ageMin: 11\n    ageMax: 13\n', '    ageMin: 14\n    ageMax: 13\n');
    expect(store.reload()).toBe(false);
    expect(store.current()).toBe(before);
    expect(errors[0]).toBeInstanceOf(ContentError);
    expect(store.search({ topics: ['school'], age: 12, asker: 'young', language: 'nl' }).offerings.length).toBeGreaterThan(0);
  });

  it('picks up a change on disk without a restart, and refuses a broken one', async () => {
    const errors: unknown[] = [];
    let reloads = 0;
    const watcher = watchCatalogue(dir, () => { reloads++; }, (e) => errors.push(e), 30);
    try {
      edit(dir, 'offerings.yml', 'nl: Training Minder faalangst', 'nl: Training Zonder faalangst');
      await waitFor(() => watcher.current().get('faalangsttraining')?.title.nl === 'Training Zonder faalangst');
      const good: Catalogue = watcher.current();
      const file = path.join(dir, 'services.yml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('kind: jgz', 'kind: kapper'));
      await waitFor(() => errors.length > 0);
      expect(watcher.current()).toBe(good);
      expect(String((errors[0] as Error).message)).toMatch(/services\.yml[\s\S]*jgz-ggd[\s\S]*kind/);
      expect(reloads).toBeGreaterThan(0);
    } finally {
      watcher.close();
    }
  });
});
