// `npm run nlu:train`: trains the learned layer from data/understanding (corpus + examples) and writes model/learned.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../data';
import { trainLearnedLayer } from './trainer';
import { trainingInput } from './trainingInput';

function main(): void {
  const dataDir = defaultDataDir();
  const input = trainingInput(dataDir);
  const started = Date.now();
  const { file, validation } = trainLearnedLayer(input);
  const out = path.join(dataDir, 'model', 'learned.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  process.stdout.write(
    `${JSON.stringify({ corpus: input.corpus.length, documents: file.trainedOn.documents, validation: validation.documents, features: file.model.features.length, thresholds: file.thresholds, seconds: (Date.now() - started) / 1000 })}\n`,
  );
}

main();
