// Percentiles and formatting of the benchmark's latency samples.

export interface Summary {
  turns: number;
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export function summarise(latenciesMs: number[], completed: number, elapsedMs: number, errors: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    turns: sorted.length,
    turnsPerSecond: (completed / elapsedMs) * 1000,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    errors,
  };
}

/** Joins the samples of interleaved rounds of one bot into one summary. */
export function merge(rounds: Array<{ latencies: number[]; completed: number; elapsedMs: number; errors: number }>): Summary {
  const latencies = rounds.flatMap((r) => r.latencies);
  const elapsed = rounds.reduce((sum, r) => sum + r.elapsedMs, 0);
  return summarise(latencies, rounds.reduce((sum, r) => sum + r.completed, 0), elapsed, rounds.reduce((sum, r) => sum + r.errors, 0));
}

export const ms = (value: number): string => (Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1));
export const ratio = (ours: number, floor: number): string => (floor > 0 ? (ours / floor).toFixed(2) : '—');
