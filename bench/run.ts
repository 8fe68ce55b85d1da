import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { boot } from '../src/app';
import { loadConfig } from '../src/config';
import { mintLocalToken } from '../src/identity/token-verifier';
import { createServer } from '../src/server';
import { seedBenchProjects } from './seed-projects';
import { compareSection } from './compare/results';

/**
 * Throughput and latency of typical requests against the real stack (HTTP, JWT, policies, SQL on
 * the embedded PostgreSQL), on this machine. `npm run bench`; results go to bench/RESULTS.md.
 */
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

const scenarios: { name: string; as: string; query: string }[] = [
  { name: '`me` (token check + one lookup)', as: 'drc.leader', query: '{ me { username agency { name } } }' },
  {
    name: 'projects page of 20, nested unit, division, budget lines, history, availableActions (DRC)',
    as: 'drc.leader',
    query: `{ projects(first: 20) { totalCount nodes { code name status investment constructionUnit { name } division { name }
      budgetLines { amount } history { event } availableActions { action allowed blockers { rule } } } } }`,
  },
  {
    name: 'projects page of 20, same fields, county government (policy filter in SQL)',
    as: 'taihe.gov',
    query: `{ projects(first: 20) { totalCount nodes { code name status investment constructionUnit { name } division { name }
      budgetLines { amount } history { event } availableActions { action allowed blockers { rule } } } } }`,
  },
  { name: 'projects page of 20, scalar fields only (department)', as: 'gaj.clerk', query: '{ projects(first: 20) { totalCount nodes { code name status investment } } }' },
  {
    name: "inbox (myTasks) first 20 of DRC's leader: every project awaiting a decision, its gates asked",
    as: 'drc.leader',
    query: '{ myTasks(first: 20) { totalCount countsByKind { kind count } nodes { kind title state actions dueOn } } }',
  },
];

async function run(url: string, token: string, query: string) {
  const latencies: number[] = [];
  const body = JSON.stringify({ query });
  const deadline = performance.now() + SECONDS * 1000;
  let failures = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
        const json = (await res.json()) as { errors?: unknown };
        if (res.status !== 200 || json.errors) failures += 1;
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
  return { rps: (latencies.length / SECONDS).toFixed(0), p50: q(0.5), p95: q(0.95), failures };
}

async function main() {
  const dataDir = process.env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'jian-bench-'));
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir ?? process.env.DATA_DIR, GRAPHQL_INTROSPECTION: 'false', RATE_LIMIT_POINTS: '0', LOG_LEVEL: 'warn', WEB_CONCURRENCY: '1' });
  const booted = await boot(config);
  try {
    await seedBenchProjects(booted.services, PROJECTS, 'BENCH');
    const server = await createServer(booted.services);
    await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
    const lines = [
      `# Benchmarks`,
      '',
      `\`npm run bench\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, embedded PostgreSQL,`,
      `${PROJECTS} projects, ${CONCURRENCY} concurrent clients for ${SECONDS} s per scenario, over HTTP with JWTs (${new Date().toISOString().slice(0, 10)}).`,
      'The clients run in the same Node process as the server and share its two cores, so the figures',
      'understate what the server alone sustains. SQL statements per request do not depend on the page',
      'size (test/projects/project-reads.test.ts checks 3 rows against 12).',
      '',
      '| scenario | requests/s | p50 ms | p95 ms | failed |',
      '|---|---:|---:|---:|---:|',
    ];
    for (const s of scenarios) {
      const token = await mintLocalToken(booted.localKeys!, config.auth, s.as);
      await run(url, token, s.query); // warm-up
      const r = await run(url, token, s.query);
      lines.push(`| ${s.name} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.failures} |`);
      console.log(lines[lines.length - 1]);
    }
    // The side-by-side section (npm run bench:compare) stays as it was.
    const file = path.join(__dirname, '..', '..', 'bench', 'RESULTS.md');
    const compare = fs.existsSync(file) ? compareSection(fs.readFileSync(file, 'utf8')) : '';
    fs.writeFileSync(file, lines.join('\n') + '\n' + (compare ? `\n${compare}\n` : ''));
    await server.stop();
  } finally {
    await booted.shutdown();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
