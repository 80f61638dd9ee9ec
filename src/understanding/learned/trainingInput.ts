// What the learned layer is trained on, read from a data folder: the labelled corpus, the intent and topic examples, and the normaliser's tokens.
import path from 'node:path';
import { loadUnderstandingData } from '../data';
import { createUnderstander } from '../understander';
import { loadCorpus, TOPICS_ONLY_FOLDER } from './corpus';
import type { TrainingInput } from './trainer';

export function trainingInput(dataDir: string): TrainingInput {
  const data = loadUnderstandingData(dataDir);
  const rulesOnly = createUnderstander({ dataDir, learned: false });
  return {
    corpus: loadCorpus(path.join(dataDir, 'corpus')),
    topicCorpus: loadCorpus(path.join(dataDir, 'corpus', TOPICS_ONLY_FOLDER)),
    intentExamples: Object.entries(data.intents).flatMap(([intent, entry]) => entry.examples.map((text) => ({ text, intent }))),
    topicExamples: Object.entries(data.topics).flatMap(([topic, entry]) => entry.examples.map((text) => ({ text, topic }))),
    tokens: (text) => rulesOnly.tokens(text),
  };
}
