// Safe help questions in corpus/topics-only train the topic and intent heads, never the safety heads or their thresholds.
import { learnedFeatures } from '../../../src/understanding/learned/features';
import { LinearModel } from '../../../src/understanding/learned/linearModel';
import { trainingFingerprint, trainLearnedLayer, type TrainingInput } from '../../../src/understanding/learned/trainer';
import type { LabelledExample } from '../../../src/understanding/labelled';

const tokens = (text: string) => text.toLowerCase().split(/\s+/);
const safe = (text: string, topic: LabelledExample['topics'][number]): LabelledExample => ({ text, intent: 'help_request', topics: [topic], safety: 'none' });
const corpus: LabelledExample[] = [
  ...Array.from({ length: 30 }, (_, i) => ({ text: `ik wil dood vannacht ${i}`, intent: 'help_request' as const, topics: ['emoties' as const], safety: 'acute' as const, signals: ['suicide' as const] })),
  ...Array.from({ length: 30 }, (_, i) => safe(`hoe help ik met huiswerk ${i}`, 'school')),
];
const topicCorpus = Array.from({ length: 30 }, (_, i) => safe(`potje zindelijk peuter ${i}`, 'ontwikkeling'));
const input = (extra?: LabelledExample[]): TrainingInput => ({ corpus, intentExamples: [], topicExamples: [], topicCorpus: extra, tokens });
const predict = (file: ReturnType<typeof trainLearnedLayer>['file'], text: string) => new LinearModel(file.model).predict(learnedFeatures(text, tokens(text)));

describe('the topics-only corpus', () => {
  const without = trainLearnedLayer(input());
  const withTopics = trainLearnedLayer(input(topicCorpus));

  it('teaches the topic head its words', () => {
    expect(predict(withTopics.file, 'potje zindelijk peuter').get('topic:ontwikkeling')).toBeGreaterThan(0.5);
    expect(predict(without.file, 'potje zindelijk peuter').get('topic:ontwikkeling')).toBeLessThan(0.5);
  });

  it('stays out of the validation split that sets the safety thresholds', () => {
    expect(withTopics.validation.documents).toBe(without.validation.documents);
  });

  it('makes the model out of date when it changes', () => {
    expect(trainingFingerprint(input(topicCorpus))).not.toBe(trainingFingerprint(input(topicCorpus.slice(1))));
  });
});
