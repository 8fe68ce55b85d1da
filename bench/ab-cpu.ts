import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { median } from './compare/load';
import { API_COUNTY_PAGE } from './compare/pages';
import { servingNodeFlags } from './node-flags';

/**
 * Two builds of the API side by side (`npm run bench:ab -- <dist A> <dist B>`): the server CPU per
 * request of each, with both serving at once on one database under the same load, requests dealt
 * to them alternately, so that the noise of a shared machine falls on both alike. A dist is the
 * `dist` directory of a built checkout (`git worktree add ../a <rev> && (cd ../a && npm run build)`).
 * Each build boots on the bench:compare data set (seeded on first use in `DATA_DIR`, else in a
 * temporary directory), with the Node flags `npm start` serves with, and answers the county page
 * as `BENCH_AS` (taihe.gov). Prints each round's CPU per request and ratio B / A, and their medians.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const AS = process.env.BENCH_AS ?? 'taihe.gov';

type FromChild = { port: number; token: string } | { cpu: number } | { error: string };

/** In a child: the build at AB_DIST serving on a free port; answers its CPU time when asked. */
async function serve(dist: string): Promise<void> {
  const load = <T>(module: string) => require(path.join(dist, 'src', module)) as T;
  const { boot } = load<typeof import('../src/app')>('app');
  const { loadConfig } = load<typeof import('../src/config')>('config');
  const { createServer } = load<typeof import('../src/server')>('server');
  const { mintLocalToken } = load<typeof import('../src/identity/token-verifier')>('identity/token-verifier');
  const config = loadConfig({ ...process.env, GRAPHQL_INTROSPECTION: 'false', RATE_LIMIT_POINTS: '0', LOG_LEVEL: 'warn', WEB_CONCURRENCY: '1' });
  const booted = await boot(config, { migrate: false, seed: false });
  const server = await createServer(booted.services);
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', r));
  const token = await mintLocalToken(booted.localKeys!, config.auth, AS, { expiresIn: '2h' });
  process.on('message', (m: string) => {
    if (m === 'cpu') {
      const u = process.cpuUsage();
      process.send!({ cpu: u.user + u.system } satisfies FromChild);
    }
    if (m === 'stop') void server.stop().then(() => booted.shutdown()).then(() => process.exit(0));
  });
  process.send!({ port: (server.httpServer.address() as { port: number }).port, token } satisfies FromChild);
}

interface Side {
  dist: string;
  child: ChildProcess;
  port: number;
  token: string;
}

function start(dist: string, env: NodeJS.ProcessEnv): Promise<Side> {
  const child = fork(__filename, [], { env: { ...env, AB_DIST: dist }, execArgv: [...process.execArgv, ...servingNodeFlags()] });
  return new Promise((resolve, reject) => {
    child.once('message', (m: FromChild) => ('port' in m ? resolve({ dist, child, port: m.port, token: m.token }) : reject(new Error(`${dist}: ${JSON.stringify(m)}`))));
    child.once('exit', (code) => reject(new Error(`${dist} exited (${code})`)));
  });
}

const cpuOf = (side: Side) =>
  new Promise<number>((resolve) => {
    side.child.once('message', (m: FromChild) => resolve('cpu' in m ? m.cpu : NaN));
    side.child.send('cpu');
  });

async function request(side: Side): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${side.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${side.token}` },
    body: JSON.stringify({ query: API_COUNTY_PAGE, variables: { first: 20 } }),
  });
  const json = (await res.json()) as { errors?: unknown; data?: { projects: { nodes: unknown[] } } };
  if (res.status !== 200 || json.errors || !json.data?.projects.nodes.length) throw new Error(`${side.dist}: ${JSON.stringify(json).slice(0, 300)}`);
}

/** `count` requests to each side, `CONCURRENCY` at a time per side; the requests each side answered. */
async function load(sides: Side[], count: number): Promise<number[]> {
  const served = sides.map(() => 0);
  await Promise.all(
    sides.flatMap((side, i) =>
      Array.from({ length: CONCURRENCY }, async () => {
        while (served[i] < count) {
          served[i] += 1;
          await request(side);
        }
      }),
    ),
  );
  return served;
}

async function main(): Promise<void> {
  const dists = process.argv.slice(2).map((d) => path.resolve(d));
  if (dists.length !== 2 || !dists.every((d) => fs.existsSync(path.join(d, 'src', 'server.js')))) {
    throw new Error('Usage: npm run bench:ab -- <dist A> <dist B> (each the dist directory of a built checkout)');
  }
  // This build's own app only here, in the parent: a child loads its build's alone (entities and
  // GraphQL types register in the ORM's and type-graphql's one shared metadata).
  const { boot } = require('../src/app') as typeof import('../src/app');
  const { loadConfig } = require('../src/config') as typeof import('../src/config');
  const { seedCompareData } = require('./compare/seed') as typeof import('./compare/seed');
  const dataDir = process.env.DATABASE_URL || process.env.DATA_DIR ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'jian-ab-'));
  const env = { ...process.env, ...(dataDir ? { DATA_DIR: dataDir } : {}) };
  const config = loadConfig({ ...env, LOG_LEVEL: 'warn', WEB_CONCURRENCY: '1' });
  // This process keeps the embedded PostgreSQL up for both builds, and seeds it on first use.
  const booted = await boot(config);
  const sides: Side[] = [];
  try {
    const db = new pg.Client({ connectionString: config.databaseUrl ?? booted.embedded!.url });
    await db.connect();
    await db.query('set statement_timeout = 0');
    await seedCompareData(db, { projects: 2400, auditEvents: 30_000 }, booted.services.policies.version);
    await db.query('analyze');
    await db.end();
    const childEnv = { ...env, DATABASE_URL: config.databaseUrl ?? booted.embedded!.url };
    for (const dist of dists) sides.push(await start(dist, childEnv));
    await load(sides, 150); // warm-up: the JIT compiles the hot paths
    const perRequest: number[][] = sides.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      const before = await Promise.all(sides.map(cpuOf));
      const served = await load(sides, REQUESTS);
      const after = await Promise.all(sides.map(cpuOf));
      sides.forEach((_, i) => perRequest[i].push((after[i] - before[i]) / 1000 / served[i]));
      console.log(`round ${round + 1}: A ${perRequest[0][round].toFixed(2)} ms, B ${perRequest[1][round].toFixed(2)} ms CPU a request, B / A ${(perRequest[1][round] / perRequest[0][round]).toFixed(3)}`);
    }
    const ratios = perRequest[1].map((b, i) => b / perRequest[0][i]);
    console.log(`median: A ${median(perRequest[0]).toFixed(2)} ms, B ${median(perRequest[1]).toFixed(2)} ms CPU a county page, B / A ${median(ratios).toFixed(3)} (${ROUNDS} rounds of ${REQUESTS} requests each, ${CONCURRENCY} at a time per build)`);
  } finally {
    for (const side of sides) side.child.send('stop');
    await Promise.all(sides.map((s) => new Promise((r) => (s.child.exitCode !== null ? r(null) : s.child.once('exit', r)))));
    await booted.shutdown();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const run = process.env.AB_DIST ? serve(process.env.AB_DIST) : main();
run.catch((e: Error) => {
  console.error(e.message);
  if (process.send) process.send({ error: e.message } satisfies FromChild);
  process.exit(1);
});
