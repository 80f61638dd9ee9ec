// Scores an Understander against labelled examples: per-class precision/recall/F1, safety recall, topic top-k, misses.
import type { LabelledExample } from './labelled';
import { INTENTS, SAFETY_LEVELS, type Understander, type Understanding } from './types';

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

export interface EvaluationReport {
  count: number;
  intentAccuracy: number;
  intentScores: ClassScore[];
  safetyScores: ClassScore[];
  /** Share of concern+acute messages flagged as concern or acute. */
  safetyRecall: number;
  /** Share of acute messages flagged acute. */
  acuteRecall: number;
  /** Share of safe messages flagged concern or acute. */
  falseAlarmRate: number;
  /** Messages with labelled topics whose first predicted topic is one of them. */
  topicTop1: number;
  /** Messages with labelled topics whose first labelled (main) topic is in the first three predicted. */
  topicTop3: number;
  /** Share of all labelled topics found among the first three predicted. */
  topicRecallAt3: number;
  topicCount: number;
  /** Expected → predicted counts for wrong intents and safety levels. */
  confusion: Array<{ field: 'intent' | 'safety'; expected: string; got: string; count: number }>;
  misses: Miss[];
  predictions: Understanding[];
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

const ratio = (part: number, whole: number) => (whole ? part / whole : 1);

export function evaluate(understander: Understander, examples: readonly LabelledExample[], now = new Date('2025-03-04T10:00:00+01:00')): EvaluationReport {
  const predictions = examples.map((example) => understander.understand(example.text, { now }));
  const misses: Miss[] = [];
  const intentPairs: Array<[string, string]> = [];
  const safetyPairs: Array<[string, string]> = [];
  let top1 = 0, top3 = 0, topicCount = 0, topicLabels = 0, topicFound = 0;
  examples.forEach((example, i) => {
    const got = predictions[i];
    intentPairs.push([example.intent, got.intent]);
    safetyPairs.push([example.safety, got.safety]);
    if (example.intent !== got.intent) misses.push({ text: example.text, field: 'intent', expected: example.intent, got: got.intent });
    if (example.safety !== got.safety) misses.push({ text: example.text, field: 'safety', expected: example.safety, got: got.safety });
    if (example.topics.length === 0) return;
    topicCount++;
    const first = got.topics[0];
    const firstThree = got.topics.slice(0, 3);
    if (first !== undefined && example.topics.includes(first)) top1++;
    if (firstThree.includes(example.topics[0])) top3++;
    topicLabels += example.topics.length;
    topicFound += example.topics.filter((topic) => firstThree.includes(topic)).length;
    if (first === undefined || !example.topics.includes(first) || !firstThree.includes(example.topics[0])) {
      misses.push({ text: example.text, field: 'topic', expected: example.topics.join(','), got: got.topics.join(',') || '-' });
    }
  });
  const flagged = safetyPairs.filter(([expected]) => expected !== 'none');
  const acute = safetyPairs.filter(([expected]) => expected === 'acute');
  const safe = safetyPairs.filter(([expected]) => expected === 'none');
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
  return {
    count: examples.length,
    intentAccuracy: ratio(intentPairs.filter(([e, g]) => e === g).length, intentPairs.length),
    intentScores: classScores(INTENTS, intentPairs),
    safetyScores: classScores(SAFETY_LEVELS, safetyPairs),
    safetyRecall: ratio(flagged.filter(([, got]) => got !== 'none').length, flagged.length),
    acuteRecall: ratio(acute.filter(([, got]) => got === 'acute').length, acute.length),
    falseAlarmRate: safe.length ? safe.filter(([, got]) => got !== 'none').length / safe.length : 0,
    topicTop1: ratio(top1, topicCount),
    topicTop3: ratio(top3, topicCount),
    topicRecallAt3: ratio(topicFound, topicLabels),
    topicCount,
    confusion,
    misses,
    predictions,
  };
}
