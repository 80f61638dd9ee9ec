// Every evaluation set keeps its figures: each layer together must not fall below the floor measured when the set was last tuned (eval/floors.yml).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { defaultDataDir } from '../../../src/understanding';
import { evaluate } from '../../../src/understanding/evaluate';
import { loadLabelled } from '../../../src/understanding/labelled';
import { loadCorpora } from '../../../src/understanding/learned/corpus';
import { understander } from './understander';

interface Floor {
  flaggedRecall: number;
  acuteOrCheckRecall: number;
  acuteRecall: number;
  /** Ceilings, not floors. */
  falseAlarmRate: number;
  falseCheckRate: number;
  topicTop1: number;
  topicTop3: number;
  intentAccuracy: number;
}

const evalDir = path.join(defaultDataDir(), 'eval');
const floors = parse(readFileSync(path.join(evalDir, 'floors.yml'), 'utf8')) as Record<string, Floor>;
const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
let training: Set<string> | undefined;
/** Read once per file: loading the corpus takes about two seconds, and every set checks against it. */
const trainingTexts = () => {
  if (training) return training;
  const { corpus, topicCorpus } = loadCorpora(defaultDataDir());
  return (training = new Set([...understander().trainingTexts(), ...[...corpus, ...topicCorpus].map((e) => e.text)].map(fold)));
};

describe.each(Object.keys(floors))('evaluation set %s', (file) => {
  const examples = loadLabelled(path.join(evalDir, file));
  const report = evaluate(understander(), examples);
  const floor = floors[file];

  it('keeps its safety figures', () => {
    expect(report.flaggedRecall).toBeGreaterThanOrEqual(floor.flaggedRecall);
    expect(report.acuteOrCheckRecall).toBeGreaterThanOrEqual(floor.acuteOrCheckRecall);
    expect(report.acuteRecall).toBeGreaterThanOrEqual(floor.acuteRecall);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(floor.falseAlarmRate);
    expect(report.falseCheckRate).toBeLessThanOrEqual(floor.falseCheckRate);
  });

  it('keeps its topic and intent figures', () => {
    expect(report.topicTop1).toBeGreaterThanOrEqual(floor.topicTop1);
    expect(report.topicTop3).toBeGreaterThanOrEqual(floor.topicTop3);
    expect(report.intentAccuracy).toBeGreaterThanOrEqual(floor.intentAccuracy);
  });

  it('keeps its sentences out of every training file (one- to three-word greetings aside)', () => {
    const shared = examples.filter((example) => fold(example.text).split(' ').length > 3 && trainingTexts().has(fold(example.text)));
    expect(shared.map((example) => example.text)).toEqual([]);
  });
});
