import path from 'node:path';

/** Everything the service reads from its environment, parsed once at start. */
export interface AppConfig {
  /** PostgreSQL connection; unset means an embedded server under `dataDir`. */
  databaseUrl?: string;
  /** Optional read replica for read-only (audit) traffic. */
  databaseReadUrl?: string;
  dataDir: string;
  port: number;
  production: boolean;
  auth: {
    /** Production identity platform; unset means the local key pair under `dataDir/keys`. */
    jwksUrl?: string;
    issuer: string;
    audience: string;
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
  /** Bounds on what one request may take from the database. */
  database: {
    /** Connections of each pool (the primary's and the read-only one) in each process. */
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
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`Expected a positive integer, got "${value}"`);
  return n;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  if (production && (!env.AUTH_JWKS_URL || !env.AUTH_ISSUER || !env.AUTH_AUDIENCE)) {
    throw new Error('In production, AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE must name the identity platform');
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    port: int(env.PORT, 4000),
    production,
    auth: {
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      issuer: env.AUTH_ISSUER ?? 'jian-egov-local',
      audience: env.AUTH_AUDIENCE ?? 'jian-egov-api',
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
    database: {
      poolMax: int(env.DATABASE_POOL_MAX, 20),
      statementTimeoutMs: intOrZero(env.DATABASE_STATEMENT_TIMEOUT_MS, 5000),
      idleInTransactionTimeoutMs: intOrZero(env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS, 60_000),
    },
    rateLimit: {
      points: intOrZero(env.RATE_LIMIT_POINTS, 600),
      anonymousPoints: int(env.RATE_LIMIT_ANONYMOUS_POINTS, 60),
      windowSeconds: int(env.RATE_LIMIT_WINDOW_SECONDS, 60),
    },
    trustProxy: trustProxy(env.TRUST_PROXY),
  };
}
