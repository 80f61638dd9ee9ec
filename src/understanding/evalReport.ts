// Formats an evaluation report as plain text for the terminal (like `rasa test nlu`), with each safety layer's own figures.
import type { ClassScore, EvaluationReport, SafetyFigures } from './evaluate';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function table(title: string, scores: ClassScore[]): string[] {
  const lines = [title, `  ${'label'.padEnd(16)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'f1'.padStart(10)}${'support'.padStart(9)}`];
  for (const s of scores) {
    lines.push(`  ${s.label.padEnd(16)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(10)}${pct(s.f1).padStart(10)}${String(s.support).padStart(9)}`);
  }
  return lines;
}

function safetyRow(name: string, f: SafetyFigures): string {
  const cells = [f.flaggedRecall, f.acuteOrCheckRecall, f.acuteRecall, f.falseAlarmRate, f.falseCheckRate].map((v) => pct(v).padStart(14));
  return `  ${name.padEnd(10)}${cells.join('')}`;
}

export function formatReport(report: EvaluationReport): string {
  const header = `  ${'layer'.padEnd(10)}${['flagged', 'acute|check', 'acute', 'false alarm', 'false check'].map((h) => h.padStart(14)).join('')}`;
  const lines: string[] = [
    `messages: ${report.count}`,
    'safety (targets: flagged ≥ 98%, acute|check ≥ 98%, acute ≥ 90%, false alarm ≤ 3%, false check ≤ 5%)',
    header,
    ...(report.layers ? [safetyRow('rules', report.layers.rules), safetyRow('learned', report.layers.learned)] : []),
    safetyRow('together', report),
    `intent accuracy: ${pct(report.intentAccuracy)}`,
    `topic top-1: ${pct(report.topicTop1)}   top-3: ${pct(report.topicTop3)}   (over ${report.topicCount} safe messages with topics)`,
    '',
    ...table('intent', report.intentScores),
    '',
    'confusion (expected → got: count)',
    ...report.confusion.map((c) => `  ${c.field}: ${c.expected} → ${c.got}: ${c.count}`),
    '',
    `misses (${report.misses.length})`,
    ...report.misses.map((m) => `  [${m.field}] expected ${m.expected}, got ${m.got}: ${m.text}`),
  ];
  return lines.join('\n');
}
