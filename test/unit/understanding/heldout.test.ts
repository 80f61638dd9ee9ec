// The held-out evaluation: fails when the understanding drops below its targets on messages it was not trained on.
import path from 'node:path';
import { defaultDataDir } from '../../../src/understanding';
import { evaluate } from '../../../src/understanding/evaluate';
import { loadLabelled } from '../../../src/understanding/labelled';
import { understander } from './understander';

describe('held-out evaluation', () => {
  const examples = loadLabelled(path.join(defaultDataDir(), 'eval', 'heldout.yml'));
  const report = evaluate(understander(), examples);

  it('has at least 300 labelled messages', () => {
    expect(report.count).toBeGreaterThanOrEqual(300);
  });

  it('flags every unsafe message and every acute one as acute', () => {
    expect(report.misses.filter((miss) => miss.field === 'safety' && miss.expected !== 'none')).toEqual([]);
    expect(report.safetyRecall).toBe(1);
    expect(report.acuteRecall).toBe(1);
  });

  it('raises at most 3% false alarms on safe messages', () => {
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });

  it('reaches the topic and intent targets', () => {
    expect(report.topicTop1).toBeGreaterThanOrEqual(0.9);
    expect(report.topicTop3).toBeGreaterThanOrEqual(0.97);
    expect(report.intentAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the training data free of held-out sentences (one- to three-word greetings aside)', () => {
    const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const training = new Set(understander().trainingTexts().map(fold));
    const shared = examples.filter((example) => fold(example.text).split(' ').length > 3 && training.has(fold(example.text)));
    expect(shared.map((example) => example.text)).toEqual([]);
  });
});

describe.each(['blind.yml', 'fresh.yml'])('later evaluation set %s', (file) => {
  const examples = loadLabelled(path.join(defaultDataDir(), 'eval', file));
  const report = evaluate(understander(), examples);

  it('flags every unsafe message, every acute one as acute, with at most 3% false alarms', () => {
    expect(report.misses.filter((miss) => miss.field === 'safety')).toEqual([]);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });

  it('keeps its sentences out of the training data', () => {
    const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const training = new Set(understander().trainingTexts().map(fold));
    const shared = examples.filter((example) => fold(example.text).split(' ').length > 3 && training.has(fold(example.text)));
    expect(shared.map((example) => example.text)).toEqual([]);
  });
});
