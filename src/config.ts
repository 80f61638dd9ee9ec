// Configuration from the environment, validated with one zod schema; the only file that reads process.env.
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors';

const optionalString = z.string().min(1).optional();

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    PGLITE_WORKER: z.enum(['true', 'false']).default('true'),
    DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL identifier').optional(),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalString,
    STAFF_API_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
    DIRECTLINE_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
    STATE_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    REQUEST_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(64 * 1024),
    DEFAULT_LANGUAGE: z.enum(['nl', 'en']).default('nl'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
  });

export interface Config {
  port: number;
  host: string;
  publicUrl?: string;
  dataDir: string;
  databaseUrl?: string;
  databaseSchema?: string;
  /** Embedded PGlite runs in a worker thread (off the event loop). */
  pgliteWorker: boolean;
  microsoftApp: { id?: string; password?: string; type: string; tenantId?: string };
  staffApiToken?: string;
  directLine: { tokenSecret?: string; tokenTtlSeconds: number };
  stateRetentionDays: number;
  requestRetentionDays: number;
  maxBodyBytes: number;
  defaultLanguage: 'nl' | 'en';
  logLevel: string;
}

export class ConfigError extends AppError {
  override name = 'ConfigError';
}

/** Reads and validates the environment; reports every bad variable at once. `FOO=` counts as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new ConfigError('config_invalid', `Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    pgliteWorker: e.PGLITE_WORKER === 'true',
    microsoftApp: { id: e.MicrosoftAppId, password: e.MicrosoftAppPassword, type: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
    staffApiToken: e.STAFF_API_TOKEN,
    directLine: { tokenSecret: e.DIRECTLINE_TOKEN_SECRET, tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS },
    stateRetentionDays: e.STATE_RETENTION_DAYS,
    requestRetentionDays: e.REQUEST_RETENTION_DAYS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    logLevel: e.LOG_LEVEL,
  });
}
