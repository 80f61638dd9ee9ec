// Redis unreachable: the app still starts, limits per instance in memory, and shuts down without waiting for Redis.
import { databaseProviders } from '../helpers/database';
import { startApp } from '../helpers/server';

describe('rate limits when Redis cannot be reached', () => {
  it('falls back to memory and still answers 429', async () => {
    const running = await startApp(await databaseProviders()[0].open(), { REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_TOKENS_PER_MINUTE: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      const started = Date.now();
      await running.app.close();
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});
