// The settings of the channels and operations (embed, quick exit, rate limits, Redis, metrics, shutdown); part of config.ts's one schema.
import { z } from 'zod';

const origin = z.url().refine((u) => new URL(u).origin === u.replace(/\/$/, ''), 'must be an origin like https://www.example.nl');
const perMinute = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

/** Read by config.ts only (it is the one file that reads process.env). */
export const channelsSchema = {
  EMBED_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(origin))
    .optional(),
  QUICK_EXIT_URL: z.url().default('https://gemeente.groningen.nl/'),
  BRAND_NAME: z.string().min(1).max(60).optional(),
  BRAND_COLOR: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #154273').default('#154273'),
  BRAND_LOGO_URL: z.url().optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]+$/, 'letters, digits, : _ and - only').default('steunwijzer'),
  RATE_LIMIT_TOKENS_PER_MINUTE: perMinute(20),
  RATE_LIMIT_CONVERSATIONS_PER_MINUTE: perMinute(20),
  RATE_LIMIT_ACTIVITIES_PER_MINUTE: perMinute(30),
  RATE_LIMIT_ADDRESS_ACTIVITIES_PER_MINUTE: perMinute(300),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(25),
};

type Parsed = z.infer<z.ZodObject<typeof channelsSchema>>;

export interface ChannelsConfig {
  /** Origins (municipal websites) allowed to frame the chat through embed.js. */
  embedOrigins: string[];
  quickExitUrl: string;
  brand: { name?: string; color: string; logoUrl?: string };
  redisUrl?: string;
  redisKeyPrefix: string;
  rateLimits: { tokensPerMinute: number; conversationsPerMinute: number; activitiesPerMinute: number; addressActivitiesPerMinute: number };
  /** Take the client address from X-Forwarded-For (behind Azure App Service or another proxy). */
  trustProxy: boolean;
  metricsToken?: string;
  shutdownTimeoutSeconds: number;
}

export function channelsConfig(e: Parsed): ChannelsConfig {
  return {
    embedOrigins: e.EMBED_ORIGINS ?? [],
    quickExitUrl: e.QUICK_EXIT_URL,
    brand: { name: e.BRAND_NAME, color: e.BRAND_COLOR, logoUrl: e.BRAND_LOGO_URL },
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    rateLimits: {
      tokensPerMinute: e.RATE_LIMIT_TOKENS_PER_MINUTE,
      conversationsPerMinute: e.RATE_LIMIT_CONVERSATIONS_PER_MINUTE,
      activitiesPerMinute: e.RATE_LIMIT_ACTIVITIES_PER_MINUTE,
      addressActivitiesPerMinute: e.RATE_LIMIT_ADDRESS_ACTIVITIES_PER_MINUTE,
    },
    trustProxy: e.TRUST_PROXY === 'true',
    metricsToken: e.METRICS_TOKEN,
    shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS,
  };
}
