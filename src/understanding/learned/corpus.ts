// Reads the labelled training corpus (data/understanding/corpus/*.yml): every file is validated like an evaluation set.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadLabelled, type LabelledExample } from '../labelled';

export function loadCorpus(folder: string): LabelledExample[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .flatMap((name) => loadLabelled(path.join(folder, name)));
}
