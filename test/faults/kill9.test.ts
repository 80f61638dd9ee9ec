// kill -9 while requests are filed (a few runs in `npm test`; `npm run test:faults` runs at least 50): stored once, delivered.
import { killDuringFiling } from './kill9';

const RUNS = Number(process.env.KILL_RUNS ?? 1);

describe('kill -9 while requests are filed', () => {
  it(`keeps every reference a user was shown, exactly once, delivered, with no half-written request (${RUNS} runs)`, async () => {
    const report = await killDuringFiling(RUNS);
    process.stdout.write(`kill -9: ${JSON.stringify(report)}\n`);
    expect(report.problems).toEqual([]);
    expect(report.conversations).toBe(RUNS * 4);
    // Over many runs the kill really lands inside filing turns (no reference shown before it).
    if (RUNS >= 10) expect(report.interrupted).toBeGreaterThan(0);
  }, 120_000 + RUNS * 30_000);
});
