import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { generateKeyPair, type CryptoKey } from 'jose';
import type { DestinationStream } from 'pino';
import { loadPolicies, type PolicySet } from '../../src/authz/policy-loader';
import { loadConfig, type AppConfig } from '../../src/config';
import type { AppServices } from '../../src/context';
import { ormConfig, readOnlyOrmConfig, servingLimits } from '../../src/db/orm.config';
import { developmentKeysOf, LOCAL_ALG, type LocalKeys } from '../../src/identity/keys';
import { createTokenVerifier, mintLocalToken } from '../../src/identity/token-verifier';
import { createLogger, silentLogger } from '../../src/log/logger';
import { RequestStatementLogger } from '../../src/log/statement-logger';
import { createServer, type RunningServer } from '../../src/server';
import { createTestDatabase, dropDatabase } from './database';
import type { LoggerNamespace, LoggerOptions } from '@mikro-orm/core';

/**
 * Counts the queries the ORM sends (a batch of keyed reads is one: src/db/statement-batch.ts), and
 * each request's statements as the app does, and prints nothing.
 */
class StatementCounter extends RequestStatementLogger {
  constructor(options: LoggerOptions, private readonly counter: { count: number }) {
    super(options);
  }

  override log(namespace: LoggerNamespace, message: string): void {
    if (namespace === 'query' && !/^\s*\[query\]\s*(begin|commit|rollback|savepoint|release)/i.test(message)) this.counter.count += 1;
  }
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

export interface RequestOptions {
  /** Username of a seeded user; a token is minted for them. */
  as?: string;
  /** A raw Authorization header value (overrides `as`). */
  authorization?: string;
  lang?: 'zh' | 'en';
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  database: string;
  orm: MikroORM;
  services: AppServices;
  keys: LocalKeys;
  config: AppConfig;
  token(username: string, options?: { expiresIn?: string | number; actor?: string }): Promise<string>;
  request<T, V>(document: TypedDocumentNode<T, V> | string, variables?: V, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** SQL statements the API has sent since the last reset (for N+1 checks). */
  statements: { count: number; reset(): void };
  /** Uploads bytes as `as` (POST /documents); returns the content's global ID. */
  upload(as: string, content?: string | Buffer, fileName?: string): Promise<string>;
  /** Like request, but fails the test on any top-level error and returns the data. */
  query<T, V>(document: TypedDocumentNode<T, V>, variables: V, as: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The whole service over real HTTP, on a database of its own: tests send real bearer tokens
 * (signed with a key pair made for the run) and real GraphQL requests. The rate limit is off unless
 * `env` sets RATE_LIMIT_POINTS (tests send many requests as one user). With `database` (another
 * app's), the app is a second process on that database and leaves the database to its owner.
 */
export async function startTestApp(
  overrides: {
    env?: NodeJS.ProcessEnv;
    policies?: PolicySet;
    database?: string;
    /** Where the app's log lines go (at LOG_LEVEL, default info); without it the app logs nothing. */
    logStream?: DestinationStream;
  } = {},
): Promise<TestApp> {
  const database = overrides.database ?? (await createTestDatabase());
  const url = new URL(process.env.JIAN_TEST_ADMIN_URL!);
  url.pathname = '/' + database;
  // Audit checkpoints and their key in a directory of this app's own, never the developer's .data.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-test-app-'));
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    NODE_ENV: 'test',
    DATABASE_POOL_MAX: '8',
    // One process: the app serves from the test's own.
    WEB_CONCURRENCY: '1',
    RATE_LIMIT_POINTS: '0',
    AUDIT_CHECKPOINT_DIR: path.join(scratch, 'audit-checkpoints'),
    AUDIT_CHECKPOINT_KEY_FILE: path.join(scratch, 'keys', 'audit-checkpoint-sm2.key'),
    ...overrides.env,
  });
  const pair = await generateKeyPair(LOCAL_ALG);
  const keys: LocalKeys = { privateKey: pair.privateKey as CryptoKey, publicKey: pair.publicKey as CryptoKey };
  const statements = { count: 0, reset: () => void (statements.count = 0) };
  // The pools and time limits of a served process (app.ts boot).
  const orm = await MikroORM.init(
    ormConfig(url.toString(), {
      ...servingLimits(config.database),
      debug: ['query'],
      loggerFactory: (options) => new StatementCounter(options, statements),
    }),
  );
  // The Audit Bureau's reads go through the read-only pool: its statements are counted too.
  const readOrm = await MikroORM.init({
    ...readOnlyOrmConfig(url.toString(), config.database),
    debug: ['query'],
    loggerFactory: (options) => new StatementCounter(options, statements),
  });
  const services: AppServices = {
    config,
    orm,
    readOrm,
    policies: overrides.policies ?? loadPolicies(),
    verifyToken: createTokenVerifier(config.auth, keys),
    // The run's key pair stands for the development keys (GraphiQL's sign-in), as in boot().
    developmentKeys: developmentKeysOf(config, keys),
    logger: overrides.logStream ? createLogger({ ...config.log, pretty: false }, { destination: overrides.logStream }) : silentLogger(),
  };
  const server: RunningServer = await createServer(services);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();

  const token: TestApp['token'] = (username, options) => mintLocalToken(keys, config.auth, username, options);

  const request: TestApp['request'] = async (document, variables, options = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.lang) headers['accept-language'] = options.lang;
    if (options.authorization !== undefined) headers.authorization = options.authorization;
    else if (options.as) {
      let t = tokens.get(options.as);
      if (!t) tokens.set(options.as, (t = await token(options.as)));
      headers.authorization = `Bearer ${t}`;
    }
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const body = (await res.json()) as GraphQLResponse<any>;
    return { ...body, status: res.status };
  };

  return {
    url: base,
    database,
    orm,
    services,
    keys,
    config,
    statements,
    token,
    request,
    async upload(as, content = `document ${Math.random()}`, fileName = 'document.pdf') {
      const res = await fetch(`${base}/documents`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await token(as)}`,
          'content-type': 'application/pdf',
          'x-file-name': encodeURIComponent(fileName),
        },
        body: typeof content === 'string' ? Buffer.from(content) : content,
      });
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    async query(document, variables, as) {
      const res = await request(document, variables, { as });
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data!;
    },
    async stop() {
      await server.stop();
      await readOrm.close();
      await orm.close();
      if (!overrides.database) await dropDatabase(database);
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** A log destination for `startTestApp({ logStream })` that keeps every line, parsed. */
export function captureLog(): { stream: DestinationStream; lines: () => Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  return {
    stream: { write: (line: string) => void lines.push(JSON.parse(line)) },
    lines: () => lines,
  };
}
