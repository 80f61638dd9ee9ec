// The Redis connection for counters shared between instances (rate limits); optional, and never fatal when unreachable.
import type Redis from 'ioredis';
import type { Logger } from '../logger';

/** Redis for counters shared between instances; when it cannot be reached the rate limits fall back to memory. */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  // Loaded only when REDIS_URL is set.
  const { default: RedisClient } = await import('ioredis');
  const redis = new RedisClient(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', (error: Error) => logger.warn({ err: { name: error.name, message: error.message } }, 'redis error'));
  await redis.connect().catch((error: Error) => logger.warn({ err: { message: error.message } }, 'redis not reachable; rate limits per instance'));
  return redis;
}
