// Fills dist/yaml-cache with every YAML file under data/ (`npm run build`; see yamlCache.ts).
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { YAML_CACHE_DIR, yamlCacheFile } from './yamlCache';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(entry.name) ? [file] : [];
  });
}

/** Replaces the cache with the files of `dataDir` that parse cleanly to plain JSON data; returns how many it kept. */
export function buildYamlCache(dataDir: string, dir = YAML_CACHE_DIR): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let kept = 0;
  for (const file of yamlFiles(dataDir)) {
    const text = readFileSync(file, 'utf8');
    let value: unknown;
    try {
      value = parse(text, { uniqueKeys: true });
    } catch {
      continue; // start-up parses it and reports the error
    }
    const json = JSON.stringify(value);
    // Values JSON cannot hold (.inf, .nan, ...) are left to the YAML parser.
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) continue;
    writeFileSync(yamlCacheFile(text, dir), json);
    kept += 1;
  }
  return kept;
}
