// When to try a failed delivery again: five quick attempts with exponential backoff and jitter, then hourly for 48 hours.

export interface RetryPolicy {
  /** Attempts before switching to the slow rhythm (5). */
  quickAttempts: number;
  /** Delay after the first failed attempt; doubles each time (30 s → 60 s → 120 s → 240 s). */
  baseDelayMs: number;
  /** Delay between the slow attempts (1 hour). */
  slowDelayMs: number;
  /** How long after the start of the window attempts go on (48 hours). */
  windowMs: number;
  /** 0 ≤ x < 1; injected so tests are exact. */
  random: () => number;
}

export const defaultRetryPolicy = (random: () => number = Math.random): RetryPolicy => ({
  quickAttempts: 5,
  baseDelayMs: 30_000,
  slowDelayMs: 60 * 60_000,
  windowMs: 48 * 60 * 60_000,
  random,
});

/**
 * After failed attempt number `attempt` (1-based): the next moment to try, or 'failed' when the window is used up.
 * Quick delays carry "equal jitter" (half fixed, half random), so many rows that failed together do not return together.
 */
export function nextAttempt(policy: RetryPolicy, attempt: number, windowStart: Date, now: Date): Date | 'failed' {
  if (attempt < policy.quickAttempts) {
    const delay = policy.baseDelayMs * 2 ** (attempt - 1);
    return new Date(now.getTime() + delay / 2 + policy.random() * (delay / 2));
  }
  const next = new Date(now.getTime() + policy.slowDelayMs);
  return next.getTime() - windowStart.getTime() > policy.windowMs ? 'failed' : next;
}
