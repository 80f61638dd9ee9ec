// Reads a labelled evaluation file (YAML list or JSONL lines of {text, intent, topics, safety}) and validates it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ContentError } from '../errors';
import { INTENTS, LABELLED_SAFETY_LEVELS, SAFETY_SIGNALS, TOPICS } from './types';

export const labelledExampleSchema = z.strictObject({
  text: z.string().min(1),
  intent: z.enum(INTENTS),
  topics: z.array(z.enum(TOPICS)).default([]),
  safety: z.enum(LABELLED_SAFETY_LEVELS).default('none'),
  /** Which kinds of danger (training corpus); optional in evaluation sets. */
  signals: z.array(z.enum(SAFETY_SIGNALS)).optional(),
  /** Free note on why it is labelled so; not used for scoring. */
  note: z.string().optional(),
});
export type LabelledExample = z.infer<typeof labelledExampleSchema>;

export function parseLabelled(content: string, file: string): LabelledExample[] {
  let raw: unknown;
  try {
    raw = file.endsWith('.jsonl')
      ? content.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown)
      : parse(content, { uniqueKeys: true });
  } catch (error) {
    throw new ContentError(file, [(error as Error).message]);
  }
  const list = z.array(labelledExampleSchema).safeParse(raw);
  if (!list.success) {
    throw new ContentError(file, list.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return list.data;
}

export function loadLabelled(file: string): LabelledExample[] {
  return parseLabelled(readFileSync(file, 'utf8'), file);
}
