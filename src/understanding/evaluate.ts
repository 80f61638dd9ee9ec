// Scores an Understander against labelled examples: safety per layer (rules, learned, together), topic top-k, intent, misses.
import type { LabelledExample } from './labelled';
import { INTENTS, type SafetyLevel, type Understander, type Understanding } from './types';

export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Miss {
  text: string;
  field: 'intent' | 'safety' | 'topic';
  expected: string;
  got: string;
}

/** The safety figures of the contract, for one layer or for the layers together. */
export interface SafetyFigures {
  /** concern + acute messages that got check, concern or acute. */
  flaggedRecall: number;
  /** acute messages that got acute or check (whose message carries 112). */
  acuteOrCheckRecall: number;
  /** acute messages that got acute. */
  acuteRecall: number;
  /** safe messages that got concern or acute. */
  falseAlarmRate: number;
  /** safe messages that got check. */
  falseCheckRate: number;
}

export interface EvaluationReport extends SafetyFigures {
  count: number;
  intentAccuracy: number;
  intentScores: ClassScore[];
  /** The same figures for the rules alone and the learned layer alone (when the understander can tell). */
  layers?: { rules: SafetyFigures; learned: SafetyFigures };
  /** Safe help questions with labelled topics whose first predicted topic is one of them. */
  topicTop1: number;
  /** …whose first labelled (main) topic is in the first three predicted. */
  topicTop3: number;
  topicCount: number;
  confusion: Array<{ field: 'intent' | 'safety'; expected: string; got: string; count: number }>;
  misses: Miss[];
  predictions: Understanding[];
}

/** An understander that can also say what each safety layer decided on its own. */
export interface LayeredUnderstander extends Understander {
  safetyLayers(text: string): { rules: SafetyLevel; learned: SafetyLevel };
}

const ratio = (part: number, whole: number) => (whole ? part / whole : 1);

export function safetyFigures(pairs: ReadonlyArray<[LabelledExample['safety'], SafetyLevel]>): SafetyFigures {
  const flagged = pairs.filter(([expected]) => expected !== 'none');
  const acute = pairs.filter(([expected]) => expected === 'acute');
  const safe = pairs.filter(([expected]) => expected === 'none');
  return {
    flaggedRecall: ratio(flagged.filter(([, got]) => got !== 'none').length, flagged.length),
    acuteOrCheckRecall: ratio(acute.filter(([, got]) => got === 'acute' || got === 'check').length, acute.length),
    acuteRecall: ratio(acute.filter(([, got]) => got === 'acute').length, acute.length),
    falseAlarmRate: safe.length ? safe.filter(([, got]) => got === 'acute' || got === 'concern').length / safe.length : 0,
    falseCheckRate: safe.length ? safe.filter(([, got]) => got === 'check').length / safe.length : 0,
  };
}

function classScores(labels: readonly string[], pairs: Array<[string, string]>): ClassScore[] {
  return labels.map((label) => {
    const truePositive = pairs.filter(([expected, got]) => expected === label && got === label).length;
    const predicted = pairs.filter(([, got]) => got === label).length;
    const support = pairs.filter(([expected]) => expected === label).length;
    const precision = predicted ? truePositive / predicted : support ? 0 : 1;
    const recall = support ? truePositive / support : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
}

function safetyMissed(expected: LabelledExample['safety'], got: SafetyLevel): boolean {
  if (expected === 'none') return got === 'acute' || got === 'concern';
  if (expected === 'acute') return got !== 'acute';
  return got === 'none';
}

const isLayered = (u: Understander): u is LayeredUnderstander => typeof (u as Partial<LayeredUnderstander>).safetyLayers === 'function';

export function evaluate(understander: Understander, examples: readonly LabelledExample[], now = new Date('2025-03-04T10:00:00+01:00')): EvaluationReport {
  const predictions = examples.map((example) => understander.understand(example.text, { now }));
  const misses: Miss[] = [];
  const intentPairs: Array<[string, string]> = [];
  const safetyPairs: Array<[LabelledExample['safety'], SafetyLevel]> = [];
  let top1 = 0, top3 = 0, topicCount = 0;
  examples.forEach((example, i) => {
    const got = predictions[i];
    intentPairs.push([example.intent, got.intent]);
    safetyPairs.push([example.safety, got.safety]);
    if (example.intent !== got.intent) misses.push({ text: example.text, field: 'intent', expected: example.intent, got: got.intent });
    if (safetyMissed(example.safety, got.safety)) misses.push({ text: example.text, field: 'safety', expected: example.safety, got: got.safety });
    if (example.topics.length === 0 || example.safety !== 'none') return;
    topicCount++;
    const first = got.topics[0];
    const firstThree = got.topics.slice(0, 3);
    if (first !== undefined && example.topics.includes(first)) top1++;
    if (firstThree.includes(example.topics[0])) top3++;
    if (first === undefined || !example.topics.includes(first) || !firstThree.includes(example.topics[0])) {
      misses.push({ text: example.text, field: 'topic', expected: example.topics.join(','), got: got.topics.join(',') || '-' });
    }
  });
  const confusionMap = new Map<string, number>();
  for (const [field, pairs] of [['intent', intentPairs], ['safety', safetyPairs]] as const) {
    for (const [expected, got] of pairs) {
      if (expected !== got) confusionMap.set(`${field}|${expected}|${got}`, (confusionMap.get(`${field}|${expected}|${got}`) ?? 0) + 1);
    }
  }
  const confusion = [...confusionMap.entries()]
    .map(([key, count]) => {
      const [field, expected, got] = key.split('|') as ['intent' | 'safety', string, string];
      return { field, expected, got, count };
    })
    .sort((a, b) => b.count - a.count);
  let layers: EvaluationReport['layers'];
  if (isLayered(understander)) {
    const levels = examples.map((example) => understander.safetyLayers(example.text));
    layers = {
      rules: safetyFigures(examples.map((e, i) => [e.safety, levels[i].rules])),
      learned: safetyFigures(examples.map((e, i) => [e.safety, levels[i].learned])),
    };
  }
  return {
    count: examples.length,
    ...safetyFigures(safetyPairs),
    layers,
    intentAccuracy: ratio(intentPairs.filter(([e, g]) => e === g).length, intentPairs.length),
    intentScores: classScores(INTENTS, intentPairs),
    topicTop1: ratio(top1, topicCount),
    topicTop3: ratio(top3, topicCount),
    topicCount,
    confusion,
    misses,
    predictions,
  };
}
