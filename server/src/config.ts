import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(__dirname, '..', '..');

const boolean = z.enum(['true', 'false', '1', '0'], { message: 'must be true or false' }).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, 'data')),
  SEED_DEMO: boolean.optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: boolean.optional(),
  CLIENT_DIST: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'client', 'dist')),
  SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('esurety <no-reply@esurety.jp>'),
  PUBLIC_URL: z.string().url('must be a URL such as https://esurety.example.jp').optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d+)?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d+)?))*)$/,
      'must be true, false, a hop count or proxy addresses',
    )
    .optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .optional(),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)').optional(),
  API_TOKEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  PUBLIC_REQUESTS_PER_TEN_MINUTES: z.coerce.number().int().min(1).max(100_000).default(5),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host?: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };
  dataDir: string;
  seedDemo: boolean;
  sessionTtlMs: number;
  cookieSecure: boolean;
  clientDist: string;
  /** Master key of the key HMACs and the key encryption; null means: keep one under dataDir. */
  secretKey: Buffer | null;
  smtpUrl: string | null;
  mailFrom: string;
  /** Where people reach the app; links in e-mails and documents point here. */
  publicUrl: string;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For gives the client address. */
  trustProxy: boolean | number | string;
  /** pino's level: `info` unless told (`silent` under tests). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Bearer token that /metrics asks for; null: /metrics answers only local, unproxied requests. */
  metricsToken: string | null;
  /** Requests an API token may make per minute (RateLimit headers; over it HTTP 429). */
  apiTokenRequestsPerMinute: number;
  /**
   * Anonymous requests that send mail (requestContractorRegistration, requestPasswordReset) each
   * client address may make per 10 minutes, per operation; over it RATE_LIMITED.
   */
  publicRequestsPerTenMinutes: number;
};

export class ConfigError extends Error {}

/** Reads and validates every setting; a bad value names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  if (e.TRUST_PROXY === 'true' && e.NODE_ENV === 'production') {
    // `true` takes the leftmost X-Forwarded-For, which the client writes: limits by address would not hold.
    throw new ConfigError('Invalid configuration:\n  TRUST_PROXY: in production give the number of proxies or their addresses, not true');
  }
  if (e.DATABASE_URL && !e.SECRET_KEY && e.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  SECRET_KEY: required with DATABASE_URL in production (openssl rand -base64 32)');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgresql', url: e.DATABASE_URL } : { kind: 'sqlite', file: path.join(dataDir, 'esurety.sqlite') },
    dataDir,
    // Demo data (with its published password) goes into the embedded database by default while
    // developing; in production and on PostgreSQL only when SEED_DEMO=true says so.
    seedDemo: e.SEED_DEMO ?? (!e.DATABASE_URL && e.NODE_ENV !== 'production'),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    clientDist: path.resolve(e.CLIENT_DIST),
    secretKey: e.SECRET_KEY ? Buffer.from(e.SECRET_KEY, 'base64') : null,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    trustProxy: trustProxy(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    metricsToken: e.METRICS_TOKEN ?? null,
    apiTokenRequestsPerMinute: e.API_TOKEN_REQUESTS_PER_MINUTE,
    publicRequestsPerTenMinutes: e.PUBLIC_REQUESTS_PER_TEN_MINUTES,
  };
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
