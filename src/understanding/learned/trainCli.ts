// `npm run nlu:train`: trains the learned layer from data/understanding (corpus + examples) and writes model/learned.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir, loadUnderstandingData } from '../data';
import { createUnderstander } from '../understander';
import { loadCorpus } from './corpus';
import { trainLearnedLayer } from './trainer';

function main(): void {
  const dataDir = defaultDataDir();
  const data = loadUnderstandingData(dataDir);
  const rulesOnly = createUnderstander({ dataDir, learned: false });
  const corpus = loadCorpus(path.join(dataDir, 'corpus'));
  const started = Date.now();
  const { file, validation } = trainLearnedLayer({
    corpus,
    intentExamples: Object.entries(data.intents).flatMap(([intent, entry]) => entry.examples.map((text) => ({ text, intent }))),
    topicExamples: Object.entries(data.topics).flatMap(([topic, entry]) => entry.examples.map((text) => ({ text, topic }))),
    tokens: (text) => rulesOnly.tokens(text),
  });
  const out = path.join(dataDir, 'model', 'learned.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  process.stdout.write(
    `${JSON.stringify({ corpus: corpus.length, documents: file.trainedOn.documents, validation: validation.documents, features: file.model.features.length, thresholds: file.thresholds, seconds: (Date.now() - started) / 1000 })}\n`,
  );
}

main();
