import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import Module from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pg from 'pg';
import { boot } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadOrCreateLocalKeys } from '../../src/identity/keys';
import { createTokenVerifier } from '../../src/identity/token-verifier';
import { createLogger } from '../../src/log/logger';
import { createServer } from '../../src/server';
import { SQL_AUDIT_PAGE, SQL_COUNTY_PAGE } from './pages';
import { loadClaims, READER_ROLE, type Claims } from './rls';

/**
 * One side of the comparison, in a process of its own (so that no side's garbage or event loop
 * slows another, and the load generator's neither): `node dist/bench/compare/server.js api|postgraphile|sql`,
 * forked by bench/compare/run.ts with DATABASE_URL and DATA_DIR (the key pair that signs the
 * benchmark's tokens). It answers on a free loopback port, tells the parent which, and exits when
 * the parent goes away or says so.
 */
type Kind = 'api' | 'postgraphile' | 'sql';

export type ToParent = { ready: true; port: number } | { statements: number[]; roundTrips: number[] } | { cpuMicros: number } | { error: string };
export type FromParent = { cmd: 'countStatements'; on: boolean } | { cmd: 'statements' } | { cmd: 'cpu' } | { cmd: 'stop' };

const kind = process.argv[2] as Kind;
const send = (message: ToParent) => process.send?.(message);
const POOL = Number(process.env.DATABASE_POOL_MAX ?? 20);

let stop: () => Promise<void> = async () => undefined;
let stopping = false;
async function exit(code: number) {
  if (stopping) return;
  stopping = true;
  const watchdog = setTimeout(() => process.exit(code), 5000);
  watchdog.unref();
  await stop().catch(() => undefined);
  process.exit(code);
}
process.on('disconnect', () => void exit(0));
process.on('SIGTERM', () => void exit(0));
process.on('SIGINT', () => void exit(0));

/** The API as it serves: src/server.ts on the app's boot, rate limits off, its request log counting statements. */
async function startApi(): Promise<number> {
  const statements: number[] = [];
  const roundTrips: number[] = [];
  const log = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        try {
          const entry = JSON.parse(line) as { msg?: string; statements?: number; roundTrips?: number; path?: string };
          if (entry.msg === 'request' && entry.path === '/graphql') {
            statements.push(entry.statements ?? 0);
            roundTrips.push(entry.roundTrips ?? 0);
          }
          else if (entry.msg !== 'request') process.stderr.write(line + '\n');
        } catch {
          process.stderr.write(line + '\n');
        }
      }
      done();
    },
  });
  const cost = process.env.BENCH_API_MAX_COST ? { GRAPHQL_MAX_COST: process.env.BENCH_API_MAX_COST } : {};
  const config = loadConfig({ ...process.env, RATE_LIMIT_POINTS: '0', GRAPHQL_INTROSPECTION: 'false', ...cost, LOG_LEVEL: 'warn' });
  const logger = createLogger({ ...config.log, pretty: false }, { destination: log });
  const booted = await boot(config, { logger, migrate: false, seed: false });
  const server = await createServer(booted.services);
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', r));
  process.on('message', (m: FromParent) => {
    // The request log line (info) carries each request's statement count; off while measuring speed.
    if (m.cmd === 'countStatements') logger.level = m.on ? 'info' : 'warn';
    if (m.cmd === 'statements') send({ statements: statements.splice(0), roundTrips: roundTrips.splice(0) });
  });
  stop = async () => {
    await server.stop();
    await booted.shutdown();
  };
  return (server.httpServer.address() as AddressInfo).port;
}

/** Who the bearer token names, and their claims: the same signature check as the API's. */
async function principals(db: pg.Pool) {
  const config = loadConfig(process.env);
  const verify = createTokenVerifier(config.auth, await loadOrCreateLocalKeys(config.dataDir));
  const client = await db.connect();
  let claims: Map<string, Claims>;
  try {
    claims = await loadClaims(client);
  } finally {
    client.release();
  }
  return async (authorization: string | undefined): Promise<Claims | undefined> => {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!m) return undefined;
    const verified = await verify(m[1]).catch(() => undefined);
    return verified?.sub ? claims.get(verified.sub) : undefined;
  };
}

function pool(): pg.Pool {
  const p = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL });
  p.on('error', () => undefined);
  return p;
}

/**
 * PostGraphile v4 needs graphql 15 while the app has 16, so npm nests graphql 15 under more than
 * one of PostGraphile's packages, and some of them (graphql-parse-resolve-info) find the app's 16:
 * a schema built from two copies fails ("Cannot use GraphQLList from another module or realm").
 * From here on (the app's modules are loaded already), every graphql that a module asks for is the
 * one graphile-build uses.
 */
function oneGraphqlForPostGraphile(): void {
  const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
  const builder = require.resolve('graphile-build', { paths: [postgraphileDir] });
  const graphqlDir = path.dirname(require.resolve('graphql/package.json', { paths: [path.dirname(builder)] }));
  const marker = `${path.sep}node_modules${path.sep}graphql${path.sep}`;
  const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (request: string, ...rest: unknown[]) {
    const file = resolve.call(this, request, ...rest);
    const at = file.lastIndexOf(marker);
    if (at < 0 || file.startsWith(graphqlDir + path.sep)) return file;
    const same = path.join(graphqlDir, file.slice(at + marker.length));
    return fs.existsSync(same) ? same : file;
  };
}

/** PostGraphile v4 over the same tables, reading as `bench_reader` under the row-level security of rls.ts. */
async function startPostGraphile(): Promise<number> {
  oneGraphqlForPostGraphile();
  const { postgraphile } = await import('postgraphile');
  const db = pool();
  const principalOf = await principals(db);
  const middleware = postgraphile(db, ['public', 'bench'], {
    graphiql: false,
    disableQueryLog: true,
    disableDefaultMutations: true,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    ignoreRBAC: true,
    retryOnInitFail: false,
    watchPg: false,
    // Unknown or unsigned callers get no claims: the policies show them nothing.
    pgSettings: async (req: http.IncomingMessage) => {
      const claims = await principalOf(req.headers.authorization);
      return {
        role: READER_ROLE,
        'jwt.claims.agency_id': claims?.agencyId ?? '',
        'jwt.claims.agency_kind': claims?.agencyKind ?? '',
        'jwt.claims.county_code': claims?.countyCode ?? '',
      };
    },
  });
  const server = http.createServer(middleware);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stop = async () => {
    await new Promise<void>((r) => server.close(() => r()));
    server.closeAllConnections();
    await middleware.release();
    await db.end();
  };
  return (server.address() as AddressInfo).port;
}

/**
 * The page as one SQL statement builds it, sent on as PostgreSQL wrote it: GET /county?first=20,
 * GET /audit?first=50&from=…&before=… with the same bearer tokens.
 */
async function startSql(): Promise<number> {
  const db = pool();
  const principalOf = await principals(db);
  const server = http.createServer((req, res) => {
    const fail = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message }] }));
    };
    void (async () => {
      const claims = await principalOf(req.headers.authorization);
      if (!claims) return fail(401, 'unauthenticated');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const first = Math.min(100, Math.max(0, Number(url.searchParams.get('first') ?? 20)));
      let json: string;
      if (url.pathname === '/county') {
        if (claims.agencyKind !== 'COUNTY_GOV' || !claims.countyCode) return fail(403, 'a county government reads this page');
        json = (await db.query<{ json: string }>(SQL_COUNTY_PAGE, [claims.agencyId, claims.countyCode, first])).rows[0].json;
      } else if (url.pathname === '/audit') {
        if (claims.agencyKind !== 'AUDIT') return fail(403, 'the Audit Bureau reads this page');
        const range = [url.searchParams.get('from'), url.searchParams.get('before')];
        json = (await db.query<{ json: string }>(SQL_AUDIT_PAGE, [range[0], range[1], first])).rows[0].json;
      } else {
        return fail(404, 'not found');
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${json}}`);
    })().catch((e: Error) => fail(500, e.message));
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stop = async () => {
    await new Promise<void>((r) => server.close(() => r()));
    server.closeAllConnections();
    await db.end();
  };
  return (server.address() as AddressInfo).port;
}

/**
 * The API with the worker processes it serves with (WEB_CONCURRENCY, one per core by default), as
 * src/primary.ts runs them: the workers share the port; this process passes the parent's commands
 * on to each and answers for all of them (the CPU time of the workers and its own, every worker's
 * statement counts). Each worker is `startApi` in a process of its own.
 */
async function superviseApi(workers: number): Promise<number> {
  const all: Worker[] = [];
  const ask = <T>(worker: Worker, m: FromParent, has: (r: ToParent) => r is ToParent & T) =>
    new Promise<T>((resolve) => {
      const on = (r: ToParent) => {
        if (!has(r)) return;
        worker.off('message', on);
        resolve(r);
      };
      worker.on('message', on);
      worker.send(m);
    });
  const start = () =>
    new Promise<number>((resolve, reject) => {
      const worker = cluster.fork();
      all.push(worker);
      worker.on('message', (m: ToParent) => {
        if ('ready' in m) resolve(m.port);
        if ('error' in m) reject(new Error(m.error));
      });
      worker.once('exit', (code) => (stopping ? undefined : reject(new Error(`An API worker exited (${code})`))));
    });
  // One first (it migrates nothing here, but the app's own supervisor starts them so), then the rest.
  const port = await start();
  for (const p of await Promise.all(Array.from({ length: workers - 1 }, start))) {
    if (p !== port) throw new Error(`API workers listen on ${port} and ${p}`);
  }
  process.on('message', (m: FromParent) => {
    if (m.cmd === 'countStatements') for (const w of all) w.send(m);
    if (m.cmd === 'statements') {
      void Promise.all(all.map((w) => ask<{ statements: number[]; roundTrips: number[] }>(w, m, (r): r is ToParent & { statements: number[]; roundTrips: number[] } => 'statements' in r))).then((rs) =>
        send({ statements: rs.flatMap((r) => r.statements), roundTrips: rs.flatMap((r) => r.roundTrips) }),
      );
    }
  });
  stop = async () => {
    await Promise.all(all.map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : (w.once('exit', () => resolve()), w.process.kill('SIGTERM'))))));
  };
  cpuOfWorkers = async () => {
    const each = await Promise.all(all.map((w) => ask<{ cpuMicros: number }>(w, { cmd: 'cpu' }, (r): r is ToParent & { cpuMicros: number } => 'cpuMicros' in r)));
    return each.reduce((sum, r) => sum + r.cpuMicros, 0);
  };
  return port;
}

/** The CPU time of the API's workers, when this process supervises them. */
let cpuOfWorkers: (() => Promise<number>) | undefined;

/** The API's processes: BENCH_API_WORKERS, else as the app serves (WEB_CONCURRENCY, default one per core). */
function apiWorkers(): number {
  const configured = process.env.BENCH_API_WORKERS;
  return configured ? Number(configured) : loadConfig(process.env).webConcurrency;
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required');
  const workers = kind === 'api' && cluster.isPrimary ? apiWorkers() : 1;
  // The app's configuration in each API process is the one it serves with: its part of the pool.
  if (kind === 'api' && cluster.isPrimary) process.env.WEB_CONCURRENCY = String(workers);
  if (workers > 1) {
    process.on('message', (m: FromParent) => {
      if (m.cmd === 'stop') void exit(0);
      if (m.cmd === 'cpu') {
        const { user, system } = process.cpuUsage();
        void (cpuOfWorkers?.() ?? Promise.resolve(0)).then((workers) => send({ cpuMicros: user + system + workers }));
      }
    });
    send({ ready: true, port: await superviseApi(workers) });
    return;
  }
  const start = { api: startApi, postgraphile: startPostGraphile, sql: startSql }[kind];
  if (!start) throw new Error(`Unknown side ${kind}: api, postgraphile or sql`);
  process.on('message', (m: FromParent) => {
    if (m.cmd === 'stop') void exit(0);
    // CPU time of this process (user and system), to divide by the requests it served.
    if (m.cmd === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ cpuMicros: user + system });
    }
  });
  send({ ready: true, port: await start() });
}

main().catch((e: Error) => {
  send({ error: e.stack ?? e.message });
  void exit(1);
});
