import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { boot } from '../src/app';
import { loadConfig } from '../src/config';
import { mintLocalToken } from '../src/identity/token-verifier';
import { Catalog } from '../src/modules/catalogs/catalog.entity';
import { BudgetLine } from '../src/modules/projects/budget-line.entity';
import { BudgetLineKind } from '../src/modules/projects/project.enums';
import { createServer } from '../src/server';
import { seedBenchProjects } from './seed-projects';

/**
 * CPU per request of the county portal's page, one request at a time (`npm run bench:page`):
 * the server's and the client's CPU together over `BENCH_REQUESTS` requests, after a warm-up.
 * Seeds `BENCH_PROJECTS` projects (each with a budget line, every other one with a catalog).
 */
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 2400);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const AS = process.env.BENCH_AS ?? 'taihe.gov';

export const COUNTY_PAGE = `{ projects(first: 20) { nodes { id code name status investment constructionUnit { name } division { name }
  budgetLines { kind amount } catalog { status entryCount } cloudTenancies { systemName status }
  sharingReview { status } acceptanceRecords { status round } } } }`;

async function main() {
  // DATA_DIR keeps the seeded database between runs (A/B comparisons); else a temporary one.
  const dataDir = process.env.DATABASE_URL || process.env.DATA_DIR ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'jian-page-'));
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir ?? process.env.DATA_DIR, GRAPHQL_INTROSPECTION: 'false', RATE_LIMIT_POINTS: '0', LOG_LEVEL: 'warn', WEB_CONCURRENCY: '1' });
  const booted = await boot(config);
  try {
    await seedBenchProjects(booted.services, PROJECTS, 'PAGE', (em, project, i) => {
      em.create(BudgetLine, { project, kind: BudgetLineKind.COMPUTE_STORAGE_HARDWARE, description: '设备', amount: '1000.00' });
      if (i % 2 === 0) em.create(Catalog, { project });
    });
    const server = await createServer(booted.services);
    await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
    const token = await mintLocalToken(booted.localKeys!, config.auth, AS);
    const body = JSON.stringify({ query: COUNTY_PAGE });
    const once = async () => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const json = (await res.json()) as { errors?: unknown; data?: { projects: { nodes: unknown[] } } };
      if (res.status !== 200 || json.errors) throw new Error(JSON.stringify(json.errors ?? res.status));
      // BENCH_OUTPUT=<file>: the response, to compare two builds' answers.
      if (process.env.BENCH_OUTPUT) fs.writeFileSync(process.env.BENCH_OUTPUT, JSON.stringify(json, null, 1));
      return json.data!.projects.nodes.length;
    };
    for (let i = 0; i < 50; i++) await once();
    const rows = await once();
    // BENCH_PROFILE=<file>: a CPU profile of the measured requests alone.
    const session = process.env.BENCH_PROFILE ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const cpu = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < REQUESTS; i++) await once();
    const wall = (performance.now() - t) / REQUESTS;
    const used = process.cpuUsage(cpu);
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      fs.writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile));
      session.disconnect();
    }
    console.log(
      `county page as ${AS} (${rows} projects): ${((used.user + used.system) / 1000 / REQUESTS).toFixed(2)} ms CPU/op, ${wall.toFixed(2)} ms wall/op over ${REQUESTS} requests`,
    );
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
