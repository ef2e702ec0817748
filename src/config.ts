/**
 * Every environment variable Patchcord reads is declared here, validated once at boot and exposed
 * as one typed, frozen object. `.env.example` beside the project root lists the same variables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The project root: the nearest folder above this file with a package.json (works from dist/ too). */
function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..');
  }
}
const ROOT = findRoot(__dirname);

const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z.string().trim().min(1).optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTP_HOST: z.string().default('127.0.0.1'),
  HTTP_PORT: port.default(8080),
  PUBLIC_URL: z.url().optional(),
  /**
   * Which proxies' X-Forwarded-For to believe for the client's address (rate limits key on it):
   * `true`, `false`, a number of hops, or addresses, subnets and the names loopback, linklocal, uniquelocal.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .min(1)
    .default('loopback')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),

  /**
   * Bearer token Prometheus sends to scrape `GET /metrics`. Unset: only loopback clients may scrape.
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * Port on HTTP_HOST where a separately run worker serves `GET /metrics` (same token rule). Unset:
   * the worker serves no metrics. The API always serves them on its own port.
   */
  METRICS_PORT: port.optional(),
  /**
   * On SIGTERM/SIGINT, how long the API lets requests in flight finish, and the worker its running
   * activities, before cutting them off.
   */
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(3600).default(10),

  MONGO_URL: optionalUrl,
  TEMPORAL_ADDRESS: optionalUrl,
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('patchcord-calls'),
  /** Base URL of the Temporal UI, for links from ops views to a call's workflow. */
  TEMPORAL_UI_URL: z.url().optional(),

  PATCHCORD_DATA_DIR: z.string().default(path.join(ROOT, '.data')),
  PATCHCORD_TEMPORAL_PORT: port.default(7233),
  PATCHCORD_MONGO_PORT: port.default(27027),

  /** 32 bytes, base64 or hex: encrypts provider secrets at rest. Embedded mode generates one. */
  PATCHCORD_SECRET_KEY: z.string().optional(),
  /** Country assumed for phone numbers typed without a country code outside any connector (leads, users). */
  PATCHCORD_DEFAULT_COUNTRY: z.string().length(2).toUpperCase().default('IN'),
  PATCHCORD_ADMIN_EMAIL: z.email().default('admin@patchcord.local'),
  PATCHCORD_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),

  WEBHOOK_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(256 * 1024),
  REQUEST_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  REQUEST_LOG_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(256)
    .max(1024 * 1024)
    .default(16 * 1024),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  MAPPING_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(250),
  /** Failed webhook authentications one source address may make per window before it is answered 429. */
  WEBHOOK_AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  WEBHOOK_AUTH_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Single sign-on requests one source address, and one connector, may make per window before they are answered 429. */
  SSO_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(60),
  SSO_RATE_LIMIT_PER_CONNECTOR: z.coerce.number().int().min(1).max(1_000_000).default(600),
  SSO_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Failed sign-ins for one email within the window after which that email is refused (429) for the lock time. */
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  LOGIN_ACCOUNT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LOGIN_ACCOUNT_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /**
   * Hosts, addresses or CIDRs that outbound requests may reach although private (e.g. a provider simulator), on any
   * port; `host:port`, `address:port` or `[ipv6]:port` allows that one port only.
   */
  OUTBOUND_ALLOW_LIST: z.string().default(''),
  /** How long one provider request may take (connect to last byte) before it counts as failed and is retried. */
  OUTBOUND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /**
   * How long a step keeps retrying a database or provider that is unavailable (a restart, a failover,
   * an outage) before it becomes a failed step for ops. At most 4 hours: the workflows' retry policies
   * stop every activity after 1000 attempts, which takes longer than that.
   */
  STEP_RETRY_WINDOW_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
  /** Attempts a step makes at an error no catalogue code describes (most often a bug or bad data). */
  STEP_RETRY_UNCLASSIFIED_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly logLevel: Env['LOG_LEVEL'];
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly publicUrl: string | undefined;
    readonly trustProxy: boolean | number | string;
    readonly metricsToken: string | undefined;
    readonly metricsPort: number | undefined;
  };
  readonly shutdown: { readonly drainMs: number };
  /** When undefined, the embedded FerretDB is started. */
  readonly mongoUrl: string | undefined;
  readonly temporal: {
    readonly address: string | undefined;
    readonly namespace: string;
    readonly taskQueue: string;
    readonly uiUrl: string | undefined;
  };
  readonly embedded: { readonly dataDir: string; readonly temporalPort: number; readonly mongoPort: number; readonly binDir: string };
  readonly secretKey: string | undefined;
  readonly defaultCountry: string;
  readonly outbound: { readonly allowList: readonly string[]; readonly timeoutMs: number };
  readonly admin: { readonly email: string; readonly password: string | undefined };
  /** How long steps keep retrying, by kind of failure (`src/retry-policy.ts`). */
  readonly stepRetry: { readonly windowMs: number; readonly unclassifiedAttempts: number };
  readonly limits: {
    readonly webhookMaxBodyBytes: number;
    readonly requestLogRetentionDays: number;
    readonly requestLogBodyBytes: number;
    readonly sessionTtlHours: number;
    readonly mappingTimeoutMs: number;
    readonly webhookAuthFailureLimit: number;
    readonly webhookAuthFailureWindowMs: number;
    readonly ssoRateLimitPerAddress: number;
    readonly ssoRateLimitPerConnector: number;
    readonly ssoRateLimitWindowMs: number;
    readonly loginAccountMaxFailures: number;
    readonly loginAccountWindowMs: number;
    readonly loginAccountLockMs: number;
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}

/** Reads and validates the environment. Throws one error that lists every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty value (`PORT=` in an .env file) means "not set", not zero or an empty URL.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    const missing = (['MONGO_URL', 'TEMPORAL_ADDRESS', 'PATCHCORD_SECRET_KEY'] as const).filter((k) => !e[k]);
    if (missing.length > 0) throw new Error(`Invalid configuration:\n${missing.map((k) => `  ${k}: required in production`).join('\n')}`);
  }
  return deepFreeze({
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    http: {
      host: e.HTTP_HOST,
      port: e.HTTP_PORT,
      publicUrl: e.PUBLIC_URL,
      trustProxy: e.TRUST_PROXY,
      metricsToken: e.METRICS_TOKEN,
      metricsPort: e.METRICS_PORT,
    },
    shutdown: { drainMs: Math.round(e.SHUTDOWN_DRAIN_SECONDS * 1000) },
    mongoUrl: e.MONGO_URL,
    temporal: { address: e.TEMPORAL_ADDRESS, namespace: e.TEMPORAL_NAMESPACE, taskQueue: e.TEMPORAL_TASK_QUEUE, uiUrl: e.TEMPORAL_UI_URL },
    embedded: {
      dataDir: path.resolve(e.PATCHCORD_DATA_DIR),
      temporalPort: e.PATCHCORD_TEMPORAL_PORT,
      mongoPort: e.PATCHCORD_MONGO_PORT,
      binDir: path.join(ROOT, '.tools', 'bin'),
    },
    secretKey: e.PATCHCORD_SECRET_KEY,
    defaultCountry: e.PATCHCORD_DEFAULT_COUNTRY,
    outbound: {
      allowList: e.OUTBOUND_ALLOW_LIST.split(',')
        .map((v) => v.trim())
        .filter(Boolean),
      timeoutMs: e.OUTBOUND_TIMEOUT_MS,
    },
    admin: { email: e.PATCHCORD_ADMIN_EMAIL, password: e.PATCHCORD_ADMIN_PASSWORD },
    stepRetry: { windowMs: e.STEP_RETRY_WINDOW_MINUTES * 60_000, unclassifiedAttempts: e.STEP_RETRY_UNCLASSIFIED_ATTEMPTS },
    limits: {
      webhookMaxBodyBytes: e.WEBHOOK_MAX_BODY_BYTES,
      requestLogRetentionDays: e.REQUEST_LOG_RETENTION_DAYS,
      requestLogBodyBytes: e.REQUEST_LOG_BODY_BYTES,
      sessionTtlHours: e.SESSION_TTL_HOURS,
      mappingTimeoutMs: e.MAPPING_TIMEOUT_MS,
      webhookAuthFailureLimit: e.WEBHOOK_AUTH_FAILURE_LIMIT,
      webhookAuthFailureWindowMs: e.WEBHOOK_AUTH_FAILURE_WINDOW_SECONDS * 1000,
      ssoRateLimitPerAddress: e.SSO_RATE_LIMIT_PER_ADDRESS,
      ssoRateLimitPerConnector: e.SSO_RATE_LIMIT_PER_CONNECTOR,
      ssoRateLimitWindowMs: e.SSO_RATE_LIMIT_WINDOW_SECONDS * 1000,
      loginAccountMaxFailures: e.LOGIN_ACCOUNT_MAX_FAILURES,
      loginAccountWindowMs: e.LOGIN_ACCOUNT_WINDOW_MINUTES * 60_000,
      loginAccountLockMs: e.LOGIN_ACCOUNT_LOCK_MINUTES * 60_000,
    },
  });
}
