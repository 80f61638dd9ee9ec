// Formats an evaluation report as plain text for the terminal (like `rasa test nlu`).
import type { ClassScore, EvaluationReport } from './evaluate';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function table(title: string, scores: ClassScore[]): string[] {
  const lines = [title, `  ${'label'.padEnd(16)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'f1'.padStart(10)}${'support'.padStart(9)}`];
  for (const s of scores) {
    lines.push(`  ${s.label.padEnd(16)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(10)}${pct(s.f1).padStart(10)}${String(s.support).padStart(9)}`);
  }
  return lines;
}

export function formatReport(report: EvaluationReport): string {
  const lines: string[] = [
    `messages: ${report.count}`,
    `safety recall (concern+acute flagged): ${pct(report.safetyRecall)}`,
    `acute recall: ${pct(report.acuteRecall)}`,
    `false alarms on safe messages: ${pct(report.falseAlarmRate)}`,
    `intent accuracy: ${pct(report.intentAccuracy)}`,
    `topic top-1: ${pct(report.topicTop1)}   top-3: ${pct(report.topicTop3)}   labelled topics in top-3: ${pct(report.topicRecallAt3)}   (over ${report.topicCount} messages with topics)`,
    '',
    ...table('intent', report.intentScores),
    '',
    ...table('safety', report.safetyScores),
    '',
    'confusion (expected → got: count)',
    ...report.confusion.map((c) => `  ${c.field}: ${c.expected} → ${c.got}: ${c.count}`),
    '',
    `misses (${report.misses.length})`,
    ...report.misses.map((m) => `  [${m.field}] expected ${m.expected}, got ${m.got}: ${m.text}`),
  ];
  return lines.join('\n');
}
