// Reads the labelled training corpus (data/understanding/corpus/*.yml): every file is validated like an evaluation set.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadLabelled, type LabelledExample } from '../labelled';

/**
 * Safe help questions that train the topic and intent heads only (corpus/topics-only/*.yml). Thousands of easy safe
 * messages in the safety heads' validation split would lower the quantiles the thresholds are set at, so these stay out.
 */
export const TOPICS_ONLY_FOLDER = 'topics-only';

export function loadCorpus(folder: string): LabelledExample[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .flatMap((name) => loadLabelled(path.join(folder, name)));
}

/** The labelled corpus of a data folder and its topics-only part. */
export function loadCorpora(dataDir: string): { corpus: LabelledExample[]; topicCorpus: LabelledExample[] } {
  const folder = path.join(dataDir, 'corpus');
  return { corpus: loadCorpus(folder), topicCorpus: loadCorpus(path.join(folder, TOPICS_ONLY_FOLDER)) };
}
