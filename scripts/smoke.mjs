// Smoke test of the built service under one Node binary: start `dist/src/main.js` on a fresh
// DATA_DIR (embedded PostgreSQL), mint a token with the token CLI under the same Node, answer one
// authenticated query, then SIGINT: the process must exit 0 within 5 s and stop its PostgreSQL.
//
//   node scripts/smoke.mjs [path/to/node]      (default: the Node running this script)
//
// Prints one result line; exits non-zero on a failure, with the server's output.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeBin = path.resolve(process.argv[2] ?? process.execPath);
const START_LIMIT_MS = 180_000;
const EXIT_LIMIT_MS = 5_000;
/** How long to wait past the limit, to report how slow a slow exit is. */
const EXIT_REPORT_MS = 60_000;

const seconds = (ms) => (ms / 1000).toFixed(1);

function childEnv(dataDir) {
  const env = { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0' };
  // The embedded database and the local key pair, whatever the calling shell has set.
  for (const key of ['DATABASE_URL', 'DATABASE_READ_URL', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'NODE_OPTIONS']) delete env[key];
  return env;
}

function run(args, env) {
  const child = spawn(nodeBin, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (c) => (out.stdout += c));
  child.stderr.on('data', (c) => (out.stderr += c));
  const exit = new Promise((resolve) => {
    child.on('error', (e) => resolve({ code: null, signal: null, error: e.message }));
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return { child, out, exit };
}

/** Resolves with `value()` once it is not undefined, checking every 50 ms; undefined after `ms`. */
async function poll(value, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = value();
    if (v !== undefined || Date.now() > deadline) return v;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const versionRun = run(['--version'], process.env);
const versionExit = await versionRun.exit;
const label = `smoke node ${versionRun.out.stdout.trim() || nodeBin}`;
if (versionExit.code !== 0) {
  console.log(`${label}: FAILED: cannot run ${nodeBin}: ${versionExit.error ?? versionRun.out.stderr.trim()}`);
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-smoke-'));
let server;
let failure;
let summary;
try {
  const env = childEnv(dataDir);
  const startedAt = Date.now();
  server = run([path.join('dist', 'src', 'main.js')], env);
  let exited;
  void server.exit.then((e) => (exited = e));
  // The start-up line names the address the server really listens on (PORT=0: a free port).
  const url = await poll(() => {
    if (exited) return null;
    return /http:\/\/127\.0\.0\.1:\d+\/graphql/.exec(server.out.stdout + server.out.stderr)?.[0];
  }, START_LIMIT_MS);
  if (!url) throw new Error(exited ? `the server exited (code ${exited.code}) before serving` : `the server did not serve within ${seconds(START_LIMIT_MS)} s`);
  const startSeconds = seconds(Date.now() - startedAt);

  const token = run([path.join('dist', 'src', 'cli', 'token.js'), 'drc.leader'], env);
  const minted = await token.exit;
  if (minted.code !== 0) throw new Error(`the token CLI exited ${minted.code}: ${token.out.stderr.trim()}`);

  // fetch keeps the connection open afterwards (keep-alive), as real clients do during a shutdown.
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token.out.stdout.trim()}` },
    body: JSON.stringify({ query: '{ me { username } }' }),
  });
  const body = await response.text();
  if (response.status !== 200 || JSON.parse(body)?.data?.me?.username !== 'drc.leader') {
    throw new Error(`the query answered ${response.status} ${body.slice(0, 300)}`);
  }

  const signalledAt = Date.now();
  server.child.kill('SIGINT');
  const exit = await poll(() => exited, EXIT_LIMIT_MS + EXIT_REPORT_MS);
  const exitMs = Date.now() - signalledAt;
  if (!exit) throw new Error(`still running ${seconds(exitMs)} s after SIGINT`);
  summary = `started in ${startSeconds} s, query ok, SIGINT exit ${exit.code ?? exit.signal} in ${seconds(exitMs)} s`;
  if (exit.code !== 0) throw new Error(`${summary}: the exit code is not 0`);
  if (exitMs > EXIT_LIMIT_MS) throw new Error(`${summary}: over ${seconds(EXIT_LIMIT_MS)} s`);
  // The server was the embedded PostgreSQL's only user: leaving, it stopped it.
  if (fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))) throw new Error(`${summary}: the embedded PostgreSQL still runs`);
} catch (e) {
  failure = e instanceof Error ? e.message : String(e);
} finally {
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGKILL');
    await server.exit;
  }
  await stopLeftoverPostmaster(dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

if (failure) {
  console.log(`${label}: FAILED: ${failure}`);
  if (server) console.log(`--- server stdout\n${server.out.stdout}--- server stderr\n${server.out.stderr}---`);
  process.exit(1);
}
console.log(`${label}: ${summary}`);

/** After a failure, the postmaster a killed server left behind (it runs detached), so CI leaves no process. */
async function stopLeftoverPostmaster(dir) {
  let pid;
  try {
    pid = Number.parseInt(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8'), 10);
    process.kill(pid, 'SIGQUIT');
  } catch {
    return; // none running
  }
  await poll(() => {
    try {
      process.kill(pid, 0);
      return undefined;
    } catch {
      return true;
    }
  }, 10_000);
}
