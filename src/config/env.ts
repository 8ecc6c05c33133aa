import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** fastify's trustProxy: true/false, a number of proxy hops, or addresses and CIDR ranges (comma-separated). */
const trustProxy = z.string().transform((v): boolean | number | string[] => {
  const value = v.trim();
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
});

/** Connections of the read pipeline unless DB_READ_CONNECTIONS says otherwise (createDatabase takes the same). */
export const DEFAULT_DB_READ_CONNECTIONS = 1;

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL')
      .optional(),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    EMBEDDED_PG_DATA_DIR: z.string().min(1).default('.data/postgres'),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DB_READ_CONNECTIONS: z.coerce.number().int().min(0).max(16).default(DEFAULT_DB_READ_CONNECTIONS),
    DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(3000),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(4000),
    ADMIN_API_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
    CORS_ORIGINS: csv.default([]),
    RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60000),
    ADDRESS_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(1200),
    ADDRESS_RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60000),
    AUTH_FAILURE_COST: z.coerce.number().int().min(1).default(20),
    TRUST_PROXY: trustProxy.default(false),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
    DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).default(10_485_760),
    DOCUMENT_STORE: z.enum(['postgres', 'filesystem']).default('postgres'),
    DOCUMENT_DIR: z.string().min(1).default('.data/documents'),
    CLOCK_START: z.iso.datetime({ offset: true }).optional(),
    WEBHOOK_LOOP: bool.default(true),
    WEBHOOK_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
    PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).optional(),
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
    METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
    SHED_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(2000),
    SHED_MAX_DB_WAITING: z.coerce.number().int().min(0).default(100),
    WEBHOOK_ALLOW_PRIVATE_TARGETS: bool.default(false),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.CLOCK_START) {
      ctx.addIssue({
        code: 'custom',
        path: ['CLOCK_START'],
        message: 'must not be set when NODE_ENV=production (it shifts the service clock)',
      });
    }
  });

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; every other module receives the result. */
export function parseConfig(source: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as it does in .env files and compose.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  return result.data;
}
