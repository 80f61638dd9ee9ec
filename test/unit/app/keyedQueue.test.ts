// Tasks with the same key run one after another; other keys are not held up; a failing task does not block the next.
import { KeyedQueue } from '../../../src/directline/keyedQueue';

describe('keyed queue', () => {
  it('runs tasks of one key in order, even when the first is slower', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const slow = queue.run('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      log.push('first');
    });
    const fast = queue.run('a', async () => {
      log.push('second');
    });
    const other = queue.run('b', async () => {
      log.push('other key');
    });
    await Promise.all([slow, fast, other]);
    expect(log).toEqual(['other key', 'first', 'second']);
  });

  it('goes on after a failing task and passes its error to the caller', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
