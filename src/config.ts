import os from 'node:os';
import path from 'node:path';
import { parseOaClients, type OaClients } from './identity/oa-clients';

/** Everything the service reads from its environment, parsed once at start. */
export interface AppConfig {
  /** PostgreSQL connection; unset means an embedded server under `dataDir`. */
  databaseUrl?: string;
  /** Optional read replica for read-only (audit) traffic. */
  databaseReadUrl?: string;
  dataDir: string;
  /**
   * Address to listen on. Loopback unless set, with or without DATABASE_URL: serving other hosts
   * is the operator's decision, never a default (the embedded default also runs with a local key
   * pair and a development OA client). A server deployment sets `0.0.0.0`, `::` or one interface.
   */
  host: string;
  /** TCP port; 0 takes a free one (the start-up line names it). */
  port: number;
  production: boolean;
  auth: {
    /** Production identity platform; unset means the local key pair under `dataDir/keys`. */
    jwksUrl?: string;
    issuer: string;
    audience: string;
    /** OA systems allowed in a token's `act` claim, with the agencies each may act for. */
    oaClients: OaClients;
    /** Longest accepted token lifetime (exp − iat, or exp − now without iat), in seconds. */
    maxTokenLifetimeSeconds: number;
    /** How long a signed-in user's row is kept between changes (src/identity/principal-cache.ts); 0: looked up on every request. */
    principalCacheSeconds: number;
  };
  corsOrigins: string[];
  graphql: {
    introspection: boolean;
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxTokens: number;
  };
  /** Upper bound of an uploaded document, in bytes. */
  maxUploadBytes: number;
  /** Upper bound of a GraphQL request body (catalog files travel base64-encoded), in bytes. */
  maxRequestBytes: number;
  /** How often each process runs the scheduled jobs (late cloud deployments, CM-13), in seconds. */
  schedulerIntervalSeconds: number;
  /** Worker processes serving the port (WEB_CONCURRENCY, default one per core); 1 serves from the process itself. */
  webConcurrency: number;
  /** Bounds on what one request may take from the database. */
  database: {
    /**
     * Connections of each pool (the primary's and the read-only one) in each process: the service's
     * DATABASE_POOL_MAX shared among its worker processes (`poolShare`).
     */
    poolMax: number;
    /** Longest a statement of the service may run before PostgreSQL cancels it, in ms (0: none). */
    statementTimeoutMs: number;
    /** Longest a transaction may sit idle, holding its locks, before PostgreSQL ends it, in ms (0: none). */
    idleInTransactionTimeoutMs: number;
  };
  /** Requests per principal per window, shared by every process on the database (points 0: off). */
  rateLimit: {
    points: number;
    /** Budget of requests without a valid token, per client IP address. */
    anonymousPoints: number;
    windowSeconds: number;
  };
  /** Express `trust proxy`: which proxies' X-Forwarded-For names the client (unset: none). */
  trustProxy: boolean | number | string;
  /** How long a stopping server lets in-flight requests finish before it cuts them, in seconds. */
  shutdownTimeoutSeconds: number;
  /** Signed checkpoints of the audit chain's head, kept outside the database. */
  auditCheckpoint: AuditCheckpointConfig;
  /** Delivery of domain events to the registered webhooks (src/events). */
  webhooks: WebhookConfig;
  metrics: MetricsConfig;
  log: LogConfig;
}

export interface MetricsConfig {
  /** Bearer secret that `/metrics` requires from anyone; unset means loopback callers only, no secret. */
  token?: string;
  /** Node.js process metrics (CPU, memory, event loop, GC) beside the service's own. */
  processMetrics: boolean;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogConfig {
  level: LogLevel;
  /** Human-readable lines instead of JSON; unset means: when stdout is a terminal, outside production. */
  pretty?: boolean;
}

export interface WebhookConfig {
  /** Whether this process runs the delivery worker (one process at a time does the work). */
  enabled: boolean;
  /** How often the worker looks for events to deliver, in seconds. */
  pollIntervalSeconds: number;
  /** Longest one POST to a receiver may take, in seconds. */
  timeoutSeconds: number;
  /** Attempts of a delivery before it is FAILED (replayable). */
  maxAttempts: number;
  /** Wait before the first retry, in seconds; doubled for each further one (at most 6 h). */
  retryBaseSeconds: number;
}

export interface AuditCheckpointConfig {
  /** Where checkpoint files are written and read. */
  dir: string;
  /** SM2 private key (hex) that signs checkpoints; generated on first use. */
  keyFile: string;
  /** SM2 public keys (hex) the verifier accepts; empty means the key file's own. */
  trustedPublicKeys: string[];
  /** How often each process writes a checkpoint when the head has moved, in seconds. */
  intervalSeconds: number;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`Expected a positive integer, got "${value}"`);
  return n;
}

function tcpPort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 65535)) throw new Error(`Expected a TCP port from 0 to 65535 (PORT), got "${value}"`);
  return n;
}

/** A duration such as `24h`, `90m`, `3600s` or `3600` (seconds), in seconds. */
function seconds(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const m = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  const n = m ? Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]]! : NaN;
  if (!(n > 0)) throw new Error(`Expected a duration such as 24h, 90m or 3600s, got "${value}"`);
  return n;
}

/** WEB_CONCURRENCY: a number of processes (at most 64), or `auto` (the default) for one per core. */
function workers(value: string | undefined): number {
  const text = value?.trim() || 'auto';
  const n = text === 'auto' ? Math.min(os.availableParallelism(), 64) : Number(text);
  if (!(Number.isInteger(n) && n >= 1 && n <= 64)) throw new Error(`Expected WEB_CONCURRENCY from 1 to 64 or auto, got "${value}"`);
  return n;
}

/**
 * A worker's part of the service's connections: DATABASE_POOL_MAX is what the whole service may
 * hold of each database, however many processes serve, so that one worker per core never asks
 * PostgreSQL for more connections than the operator planned. At least 2 per process (a command's
 * transaction and a read beside it).
 */
export function poolShare(total: number, processes: number): number {
  return Math.max(2, Math.floor(total / processes));
}

/** Like `int`, where 0 means "off". */
function intOrZero(value: string | undefined, fallback: number): number {
  return value === '0' ? 0 : int(value, fallback);
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function logLevel(value: string | undefined): LogLevel {
  const level = (value || 'info').trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return level as LogLevel;
}

/** Comma-separated uncompressed SM2 public keys in hex (`04` and 128 hex digits, as in the `.pub` file). */
function sm2PublicKeys(value: string | undefined): string[] {
  const keys = (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const key of keys) {
    if (!/^04[0-9a-f]{128}$/.test(key)) throw new Error(`Expected an uncompressed SM2 public key in hex, got "${key.slice(0, 20)}…"`);
  }
  return keys;
}

/** A shared secret: long enough not to be guessed. */
function secret(value: string | undefined, variable: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.length < 16 || /\s/.test(value)) throw new Error(`${variable} must be at least 16 characters without spaces`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  if (production && (!env.AUTH_JWKS_URL || !env.AUTH_ISSUER || !env.AUTH_AUDIENCE)) {
    throw new Error('In production, AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE must name the identity platform');
  }
  const webConcurrency = workers(env.WEB_CONCURRENCY);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    host: env.HOST?.trim() || '127.0.0.1',
    port: tcpPort(env.PORT, 4000),
    production,
    auth: {
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      issuer: env.AUTH_ISSUER ?? 'jian-egov-local',
      audience: env.AUTH_AUDIENCE ?? 'jian-egov-api',
      // The README's example OA client works out of the box; production names its own.
      oaClients: parseOaClients(env.OA_CLIENTS || (production ? '' : 'oa-system')),
      maxTokenLifetimeSeconds: seconds(env.AUTH_MAX_TOKEN_LIFETIME, 24 * 3600),
      principalCacheSeconds: env.AUTH_PRINCIPAL_CACHE?.trim() === '0' ? 0 : seconds(env.AUTH_PRINCIPAL_CACHE, 60),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    graphql: {
      introspection: bool(env.GRAPHQL_INTROSPECTION, !production),
      maxDepth: int(env.GRAPHQL_MAX_DEPTH, 12),
      maxAliases: int(env.GRAPHQL_MAX_ALIASES, 30),
      maxCost: int(env.GRAPHQL_MAX_COST, 20000),
      maxTokens: int(env.GRAPHQL_MAX_TOKENS, 5000),
    },
    maxUploadBytes: int(env.MAX_UPLOAD_BYTES, 50 * 1024 * 1024),
    maxRequestBytes: int(env.MAX_REQUEST_BYTES, 8 * 1024 * 1024),
    schedulerIntervalSeconds: int(env.SCHEDULER_INTERVAL_SECONDS, 300),
    webConcurrency,
    shutdownTimeoutSeconds: int(env.SHUTDOWN_TIMEOUT_SECONDS, 10),
    auditCheckpoint: {
      dir: env.AUDIT_CHECKPOINT_DIR ? path.resolve(env.AUDIT_CHECKPOINT_DIR) : path.resolve(env.DATA_DIR ?? '.data', 'audit-checkpoints'),
      keyFile: env.AUDIT_CHECKPOINT_KEY_FILE
        ? path.resolve(env.AUDIT_CHECKPOINT_KEY_FILE)
        : path.resolve(env.DATA_DIR ?? '.data', 'keys', 'audit-checkpoint-sm2.key'),
      trustedPublicKeys: sm2PublicKeys(env.AUDIT_CHECKPOINT_PUBLIC_KEYS),
      intervalSeconds: int(env.AUDIT_CHECKPOINT_INTERVAL_SECONDS, 60),
    },
    webhooks: {
      enabled: bool(env.WEBHOOK_DELIVERY, true),
      pollIntervalSeconds: int(env.WEBHOOK_POLL_INTERVAL_SECONDS, 5),
      timeoutSeconds: int(env.WEBHOOK_TIMEOUT_SECONDS, 10),
      maxAttempts: int(env.WEBHOOK_MAX_ATTEMPTS, 8),
      retryBaseSeconds: int(env.WEBHOOK_RETRY_BASE_SECONDS, 30),
    },
    database: {
      poolMax: poolShare(int(env.DATABASE_POOL_MAX, 20), webConcurrency),
      statementTimeoutMs: intOrZero(env.DATABASE_STATEMENT_TIMEOUT_MS, 5000),
      idleInTransactionTimeoutMs: intOrZero(env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS, 60_000),
    },
    rateLimit: {
      points: intOrZero(env.RATE_LIMIT_POINTS, 600),
      anonymousPoints: int(env.RATE_LIMIT_ANONYMOUS_POINTS, 60),
      windowSeconds: int(env.RATE_LIMIT_WINDOW_SECONDS, 60),
    },
    trustProxy: trustProxy(env.TRUST_PROXY),
    metrics: {
      token: secret(env.METRICS_TOKEN, 'METRICS_TOKEN'),
      processMetrics: bool(env.METRICS_PROCESS, true),
    },
    log: {
      level: logLevel(env.LOG_LEVEL),
      pretty: env.LOG_PRETTY === undefined || env.LOG_PRETTY === '' ? undefined : bool(env.LOG_PRETTY, false),
    },
  };
}
