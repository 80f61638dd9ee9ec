// The shipped learned layer was trained on the data as it is now: a changed corpus, example, setting or normalisation fails here until `npm run nlu:train` is run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../../../src/understanding';
import { trainingFingerprint } from '../../../src/understanding/learned/trainer';
import { trainingInput } from '../../../src/understanding/learned/trainingInput';

describe('the learned layer in data/understanding/model', () => {
  it('was trained on the current corpus, examples, settings and normalisation', () => {
    const model = JSON.parse(readFileSync(path.join(defaultDataDir(), 'model', 'learned.json'), 'utf8')) as { trainedOn: { sha256: string } };
    expect(model.trainedOn.sha256).toBe(trainingFingerprint(trainingInput(defaultDataDir())));
  });
});
