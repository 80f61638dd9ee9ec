// The understanding worker thread gives what the in-thread understander gives, and when it fails, exits or hangs,
// every message (the waiting ones too) is still understood, in the main thread.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { defaultDataDir, type Understander } from '../../../src/understanding';
import { loadLabelled } from '../../../src/understanding/labelled';
import { WorkerUnderstander } from '../../../src/understanding/worker/workerUnderstander';
import { understander } from './understander';

const NOW = new Date('2026-03-04T10:00:00+01:00');
const TEXTS = [
  'ik wil niet meer leven, vanavond doe ik het',
  'mijn zoon van 9 heeft veel driftbuien',
  'kan iemand mij morgen om 10 uur bellen? 06-12345678',
  'hoe staat het met mijn aanmelding SW-2K7QF',
  '',
  ...loadLabelled(path.join(defaultDataDir(), 'eval', 'heldout.yml')).slice(0, 120).map((example) => example.text),
];

/** Simulates the worker thread dying (as an out-of-memory or native crash would). */
const killWorker = (subject: WorkerUnderstander) => (subject as unknown as { worker: Worker }).worker.terminate();

describe('understanding in a worker thread', () => {
  let subject: WorkerUnderstander;
  const reasons: string[] = [];
  let inThreadBuilt = 0;
  const countingInThread = (): Understander => {
    inThreadBuilt += 1;
    return understander();
  };

  beforeAll(async () => {
    subject = await WorkerUnderstander.start({ onFallback: (reason) => reasons.push(reason), inThread: countingInThread });
  }, 60_000);
  afterAll(() => subject.close());

  it('understands every message exactly as the main thread does, dates included, many at once', async () => {
    const fromWorker = await Promise.all(TEXTS.map((text) => subject.understand(text, { now: NOW })));
    expect(subject.inWorker).toBe(true);
    expect(inThreadBuilt).toBe(0);
    fromWorker.forEach((understanding, i) => expect(understanding).toEqual(understander().understand(TEXTS[i], { now: NOW })));
    expect(fromWorker[2].entities.when).toBeDefined();
    expect(fromWorker[0].safety).toBe('acute');
  });

  it('when the worker dies, the waiting messages and every later one are understood in the main thread', async () => {
    const waiting = TEXTS.slice(0, 20).map((text) => subject.understand(text, { now: NOW }));
    await killWorker(subject);
    const answers = await Promise.all(waiting);
    answers.forEach((understanding, i) => expect(understanding).toEqual(understander().understand(TEXTS[i], { now: NOW })));
    expect(subject.inWorker).toBe(false);
    expect(reasons).toEqual([expect.stringMatching(/exited/)]);
    expect(inThreadBuilt).toBe(1);
    const later = await subject.understand('ik sta op de brug en ik spring', { now: NOW });
    expect(later.safety).toBe('acute');
  });
});

describe('understanding worker that does not answer in time', () => {
  it('gives the message to the main thread after the timeout and keeps answering there', async () => {
    const reasons: string[] = [];
    const subject = await WorkerUnderstander.start({ timeoutMs: 5, onFallback: (reason) => reasons.push(reason), inThread: understander });
    try {
      // A text of 60,000 words keeps the worker busy far longer than 5 ms.
      const long = 'mijn dochter van 14 wordt gepest en ik weet niet wat ik moet doen '.repeat(4000);
      const answer = await subject.understand(long, { now: NOW });
      expect(answer.topics).toContain('pesten');
      expect(reasons).toEqual(['no answer within 5 ms']);
      expect(subject.inWorker).toBe(false);
      expect((await subject.understand('ik wil dood, ik heb de pillen al', { now: NOW })).safety).toBe('acute');
    } finally {
      await subject.close();
    }
  }, 60_000);
});

describe('understanding worker with a bad data file', () => {
  it('does not start, and says which file and field are wrong', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nlu-worker-'));
    cpSync(defaultDataDir(), dir, { recursive: true });
    const file = path.join(dir, 'safety.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  suicide:\n', '  suicid:\n'));
    await expect(WorkerUnderstander.start({ dataDir: dir })).rejects.toThrow(/safety\.yml[\s\S]*signals/);
  }, 60_000);
});
