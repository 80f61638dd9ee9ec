// The build's YAML cache: the same data as parsing, found only for the exact text, and never for a file that does not parse.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { cachedYaml } from '../../../src/yamlCache';
import { buildYamlCache } from '../../../src/yamlCacheBuild';

describe('YAML cache', () => {
  let tmp: string;
  let data: string;
  let cache: string;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'steunwijzer-yaml-cache-'));
    data = path.join(tmp, 'data');
    cache = path.join(tmp, 'cache');
    await mkdir(path.join(data, 'sub'), { recursive: true });
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('keeps the parsed data of every clean file, found by its exact text', async () => {
    const good = 'items:\n  - id: a\n    when: 2024-01-01\n    n: 3\n';
    await writeFile(path.join(data, 'sub', 'good.yml'), good);
    await writeFile(path.join(data, 'twice.yml'), 'a: 1\na: 2\n');
    await writeFile(path.join(data, 'infinite.yml'), 'x: .inf\n');
    await writeFile(path.join(data, 'notes.txt'), 'a: 1\n');
    expect(buildYamlCache(data, cache)).toBe(1);
    expect(await readdir(cache)).toHaveLength(1);
    expect(cachedYaml(good, cache)).toEqual({ value: parse(good) });
    expect(cachedYaml(`${good}\n`, cache)).toBeUndefined();
    expect(cachedYaml('a: 1\na: 2\n', cache)).toBeUndefined();
    expect(cachedYaml('x: .inf\n', cache)).toBeUndefined();
  });

  it('starts again from empty on every build', async () => {
    await rm(path.join(data, 'sub', 'good.yml'));
    expect(buildYamlCache(data, cache)).toBe(0);
    expect(await readdir(cache)).toEqual([]);
  });
});
