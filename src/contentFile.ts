// Reads one content file and validates it with zod; a problem becomes a ContentError naming the file, the field path and why.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ContentError } from './errors';
import { cachedYaml } from './yamlCache';

/** The YAML parser, loaded only for a file the build's cache does not have (yamlCache.ts). */
export const loadYamlParser = (): typeof import('yaml') => require('yaml') as typeof import('yaml');

/** "field.path: why" lines for every zod issue. */
export function issueLines(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): string[] {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

export function loadYaml<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = (cachedYaml(text) ?? { value: loadYamlParser().parse(text, { uniqueKeys: true }) }).value;
  } catch (error) {
    throw new ContentError(file, [(error as Error).message]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(file, issueLines(result.error.issues));
  return result.data;
}
