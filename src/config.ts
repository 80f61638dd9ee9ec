// Configuration from the environment, validated with one zod schema; the only file that reads process.env.
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors';
import { type ChannelsConfig, channelsConfig, channelsSchema } from './channelsConfig';

/** A 32-byte key as hex (64 characters) or base64. */
const isKey = (v: string) => /^[0-9a-fA-F]{64}$/.test(v) || Buffer.from(v, 'base64').length === 32;

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** OIDC_GROUPS: which directory group (Entra object id or name) gives which role and teams. */
const oidcGroupsSchema = z.record(z.string().min(1), z.strictObject({
  role: z.enum(['medewerker', 'coordinator', 'beheerder']),
  teams: z.array(z.string().min(1)).default([]),
}));

const optionalString = z.string().min(1).optional();

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    PGLITE_WORKER: z.enum(['true', 'false']).default('true'),
    UNDERSTANDING_WORKER: z.enum(['true', 'false']).default('true'),
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
    NODE_ENV: z.string().optional(),
    DATA_ENCRYPTION_KEY: z.string().refine(isKey, 'must be 32 bytes as base64 (44 characters) or hex (64 characters)').optional(),
    DATA_ENCRYPTION_PREVIOUS_KEYS: z.string().refine((v) => v.split(',').every((k) => isKey(k.trim())), 'must be comma-separated keys of 32 bytes (base64 or hex)').optional(),
    STAFF_SESSION_HOURS: z.coerce.number().min(0.25).max(24).default(8),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_REDIRECT_URL: z.url().optional(),
    OIDC_SCOPES: z.string().min(1).default('openid profile email'),
    OIDC_GROUPS: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // delivery of filed requests (src/delivery); each backend checks that its own settings are present
    REGISTRATION_BACKENDS: z.string().regex(/^[a-z]+(\s*,\s*[a-z]+)*$/, 'comma-separated backend ids, e.g. "email,teams"').optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must look like smtp://user:pass@host:587 or smtps://…').optional(),
    SMTP_FROM: z.email('must be an e-mail address').optional(),
    EMAIL_INCLUDE_DETAILS: z.enum(['true', 'false']).default('false'),
    WEBHOOK_URL: z.url().optional(),
    WEBHOOK_SECRET: optionalString,
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    TEAMS_CHANNELS: z.string().regex(/^[a-z0-9-]+=[^,=\s]+(,[a-z0-9-]+=[^,=\s]+)*$/, 'list like "wij-centrum=19:abc@thread.tacv2,wij-zuid=19:def@thread.tacv2"').optional(),
    COORDINATOR_EMAIL: z.email('must be an e-mail address').optional(),
    URGENT_ESCALATION_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    DELIVERY_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    DELIVERY_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    ...channelsSchema,
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      for (const [name, value] of [['OIDC_ISSUER', env.OIDC_ISSUER], ['OIDC_CLIENT_ID', env.OIDC_CLIENT_ID], ['OIDC_CLIENT_SECRET', env.OIDC_CLIENT_SECRET]] as const) {
        if (!value) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when any of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET is set' });
      }
    }
    if (env.OIDC_GROUPS !== undefined) {
      const groups = oidcGroupsSchema.safeParse(parseJson(env.OIDC_GROUPS));
      if (!groups.success) ctx.addIssue({ code: 'custom', path: ['OIDC_GROUPS'], message: `must be JSON like {"<group id>": {"role": "medewerker", "teams": ["wij-zuid"]}}: ${groups.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
    }
    if (env.NODE_ENV === 'production' && !env.DATA_ENCRYPTION_KEY) {
      ctx.addIssue({ code: 'custom', path: ['DATA_ENCRYPTION_KEY'], message: 'is required when NODE_ENV=production (the key file is for local use only)' });
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
  /** Understand messages in a worker thread (falls back to the main thread when the worker fails). */
  understandingWorker: boolean;
  microsoftApp: { id?: string; password?: string; type: string; tenantId?: string };
  staffApiToken?: string;
  directLine: { tokenSecret?: string; tokenTtlSeconds: number };
  stateRetentionDays: number;
  requestRetentionDays: number;
  maxBodyBytes: number;
  defaultLanguage: 'nl' | 'en';
  logLevel: string;
  delivery: DeliveryConfig;
  channels: ChannelsConfig;
  production: boolean;
  /** Personal fields at rest: the current key and older ones still readable (none: a key file in dataDir). */
  encryption: { key?: string; previousKeys: string[] };
  staff: { sessionHours: number; trustProxy: boolean };
  /** Single sign-on; absent unless OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set. */
  oidc?: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    redirectUrl: string;
    scopes: string;
    groups: Record<string, { role: 'medewerker' | 'coordinator' | 'beheerder'; teams: string[] }>;
  };
}

export interface DeliveryConfig {
  /** Backend ids from REGISTRATION_BACKENDS, in order (the staff queue in the database is always on). */
  backends: string[];
  email: { smtpUrl?: string; from?: string; includeDetails: boolean };
  webhook: { url?: string; secret?: string; timeoutMs: number };
  /** WIJ team id → Teams channel id. */
  teamsChannels: Record<string, string>;
  coordinatorEmail?: string;
  urgentEscalationMinutes: number;
  /** Hour (Europe/Amsterdam) after which the daily digest of failed deliveries is sent. */
  digestHour: number;
  pollMs: number;
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
    understandingWorker: e.UNDERSTANDING_WORKER === 'true',
    microsoftApp: { id: e.MicrosoftAppId, password: e.MicrosoftAppPassword, type: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
    staffApiToken: e.STAFF_API_TOKEN,
    directLine: { tokenSecret: e.DIRECTLINE_TOKEN_SECRET, tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS },
    stateRetentionDays: e.STATE_RETENTION_DAYS,
    requestRetentionDays: e.REQUEST_RETENTION_DAYS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    logLevel: e.LOG_LEVEL,
    delivery: {
      backends: e.REGISTRATION_BACKENDS ? e.REGISTRATION_BACKENDS.split(',').map((id) => id.trim()) : [],
      email: { smtpUrl: e.SMTP_URL, from: e.SMTP_FROM, includeDetails: e.EMAIL_INCLUDE_DETAILS === 'true' },
      webhook: { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET, timeoutMs: e.WEBHOOK_TIMEOUT_MS },
      teamsChannels: Object.fromEntries((e.TEAMS_CHANNELS ?? '').split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string])),
      coordinatorEmail: e.COORDINATOR_EMAIL,
      urgentEscalationMinutes: e.URGENT_ESCALATION_MINUTES,
      digestHour: e.DELIVERY_DIGEST_HOUR,
      pollMs: e.DELIVERY_POLL_MS,
    },
    channels: channelsConfig(e),
    production: e.NODE_ENV === 'production',
    encryption: { key: e.DATA_ENCRYPTION_KEY, previousKeys: e.DATA_ENCRYPTION_PREVIOUS_KEYS?.split(',').map((k) => k.trim()) ?? [] },
    staff: { sessionHours: e.STAFF_SESSION_HOURS, trustProxy: e.TRUST_PROXY === 'true' },
    oidc: e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          redirectUrl: e.OIDC_REDIRECT_URL ?? `${e.PUBLIC_URL ?? `http://localhost:${e.PORT}`}/staff/oidc/callback`,
          scopes: e.OIDC_SCOPES,
          groups: e.OIDC_GROUPS ? oidcGroupsSchema.parse(JSON.parse(e.OIDC_GROUPS)) : {},
        }
      : undefined,
  });
}

/** The name of every environment variable the app reads (the deployment files and the README must list each). */
export function environmentVariables(): string[] {
  return Object.keys(schema.shape);
}
