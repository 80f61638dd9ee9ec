// Rate limits on the public Direct Line routes, per client address and per conversation: in memory, or shared through Redis.
import type Redis from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ChannelsConfig } from '../channelsConfig';
import { HttpError } from '../errors';

/** The limited route groups; also the label of the rate-limit metric. */
export type LimitedRoute = 'token' | 'conversation' | 'activity';

/** A 429 that tells the client when to try again (Retry-After, in whole seconds). */
export class RateLimitedError extends HttpError {
  override name = 'RateLimitedError';
  readonly headers: Record<string, string>;
  constructor(readonly retryAfterSeconds: number, what: string) {
    super(429, 'rate_limited', `too many ${what}; try again in ${retryAfterSeconds} s`);
    this.headers = { 'Retry-After': String(retryAfterSeconds) };
  }
}

type Scope = 'address' | 'conversation';

export interface RateLimitOptions {
  limits: ChannelsConfig['rateLimits'];
  /** Shared counters for every instance; memory (this instance only) when absent. */
  redis?: Redis;
  keyPrefix: string;
  onLimited?: (route: LimitedRoute) => void;
}

export class DirectLineRateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(private readonly options: RateLimitOptions) {
    const { limits } = options;
    this.add('token', 'address', limits.tokensPerMinute);
    this.add('token', 'conversation', limits.tokensPerMinute);
    this.add('conversation', 'address', limits.conversationsPerMinute);
    this.add('conversation', 'conversation', limits.conversationsPerMinute);
    this.add('activity', 'conversation', limits.activitiesPerMinute);
    this.add('activity', 'address', limits.addressActivitiesPerMinute);
  }

  /** Counts one request; throws RateLimitedError (429) when the address or the conversation is over its limit. */
  async consume(route: LimitedRoute, keys: { address?: string; conversationId?: string }): Promise<void> {
    const checks: Array<[Scope, string | undefined]> = [['address', keys.address], ['conversation', keys.conversationId]];
    for (const [scope, key] of checks) {
      const limiter = this.limiters.get(`${route}:${scope}`);
      if (!limiter || !key) continue;
      try {
        await limiter.consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        this.options.onLimited?.(route);
        throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)), route === 'activity' ? 'messages' : `${route} requests`);
      }
    }
  }

  private add(route: LimitedRoute, scope: Scope, pointsPerMinute: number): void {
    const common = { points: pointsPerMinute, duration: 60, keyPrefix: `${this.options.keyPrefix}:rl:${route}:${scope}` };
    const memory = new RateLimiterMemory(common);
    // With Redis down, each instance keeps limiting on its own instead of letting everything through or failing.
    const limiter = this.options.redis
      ? new RateLimiterRedis({ ...common, storeClient: this.options.redis, insuranceLimiter: memory, rejectIfRedisNotReady: true })
      : memory;
    this.limiters.set(`${route}:${scope}`, limiter);
  }
}

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy (without a port). */
export function clientAddress(req: { header(name: string): string | undefined; socket: { remoteAddress?: string } }, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const address = forwarded || req.socket.remoteAddress || 'unknown';
  return /^\d+\.\d+\.\d+\.\d+:\d+$/.test(address) ? address.replace(/:\d+$/, '') : address;
}
