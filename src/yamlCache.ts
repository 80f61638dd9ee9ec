// YAML content files parsed by the build and kept as JSON (dist/yaml-cache), found by a hash of the file's text.
//
// Parsing the YAML read at start-up took ~0.25 s of every start (the yaml package, cold); JSON.parse of the same data
// takes a few milliseconds. Only files that parsed without an error are kept, and the parsed data is still validated by
// its zod schema, so a bad file is reported as before. A file edited since the build is not found and simply parsed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './projectRoot';

export const YAML_CACHE_DIR = path.join(projectRoot(), 'dist', 'yaml-cache');

export function yamlCacheFile(text: string, dir = YAML_CACHE_DIR): string {
  return path.join(dir, `${createHash('sha256').update(text).digest('hex')}.json`);
}

/** The data the build parsed from exactly this text, or undefined when the build did not see it. */
export function cachedYaml(text: string, dir = YAML_CACHE_DIR): { value: unknown } | undefined {
  let json: string;
  try {
    json = readFileSync(yamlCacheFile(text, dir), 'utf8');
  } catch {
    return undefined;
  }
  return { value: JSON.parse(json) as unknown };
}
