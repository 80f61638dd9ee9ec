// What the learned layer is trained on, read from a data folder: the labelled corpus, the intent and topic examples, and the normaliser's tokens.
import { loadUnderstandingData } from '../data';
import { createUnderstander } from '../understander';
import { loadCorpora } from './corpus';
import type { TrainingInput } from './trainer';

export function trainingInput(dataDir: string): TrainingInput {
  const data = loadUnderstandingData(dataDir);
  const rulesOnly = createUnderstander({ dataDir, learned: false });
  return {
    ...loadCorpora(dataDir),
    intentExamples: Object.entries(data.intents).flatMap(([intent, entry]) => entry.examples.map((text) => ({ text, intent }))),
    topicExamples: Object.entries(data.topics).flatMap(([topic, entry]) => entry.examples.map((text) => ({ text, topic }))),
    tokens: (text) => rulesOnly.tokens(text),
  };
}
