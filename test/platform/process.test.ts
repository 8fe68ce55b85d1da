import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/embedded';
import { isAlive } from '../support/processes';

// The built service as its users run it: `node dist/src/main.js` and the CLIs as child processes,
// on one embedded PostgreSQL in a temporary DATA_DIR.

const root = path.resolve(__dirname, '..', '..');
// Each server boots an embedded PostgreSQL, migrates and seeds: slow on a busy machine.
jest.setTimeout(180_000);

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ...extra };
  for (const key of ['DATABASE_URL', 'DATABASE_READ_URL', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'HOST']) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

function run(command: string, args: string[], env: Record<string, string>): Run {
  const child = spawn(command, args, { cwd: root, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exit };
}

const node = (script: string, args: string[], env: Record<string, string>) => run(process.execPath, [path.join(root, 'dist', 'src', script), ...args], env);

/** The child's exit, or a failure if it has not exited within `ms` (the bound the test proves). */
async function exitWithin(r: Run, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`still running after ${ms} ms; stderr: ${r.stderr()}`)), ms)));
  try {
    return await Promise.race([r.exit, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function health(port: number): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
  } catch {
    return 0;
  }
}

/** Starts a server on PORT=0: the start-up line names the address and the port it really took. */
async function startServer(dir: string, env: Record<string, string> = {}): Promise<Run & { port: number }> {
  // One process unless a test asks for workers: the single process's signals and exit codes are what most tests check.
  const server = node('main.js', [], { DATA_DIR: dir, PORT: '0', WEB_CONCURRENCY: '1', ...env });
  let exited = false;
  void server.exit.then(() => (exited = true));
  for (let i = 0; i < 600 && !exited; i++) {
    const port = Number(/http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(server.stdout() + server.stderr())?.[1] ?? 0);
    if (port > 0 && (await health(port)) === 200) return { ...server, port };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.child.kill('SIGKILL');
  throw new Error(`server did not become healthy: ${server.stdout()} ${server.stderr()}`);
}

/** An HTTP request whose body is still arriving: it stays in flight until `finish` or the server cuts it. */
function requestInFlight(port: number) {
  const body = JSON.stringify({ query: '{ __typename }' });
  const socket = net.connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (c) => (answer += c.toString()));
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const sent = new Promise<void>((resolve) =>
    socket.on('connect', () => {
      socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
      // Give the server the time to read the headers: the request is then in flight.
      setTimeout(resolve, 300);
    }),
  );
  return { sent, closed, answer: () => answer, finish: () => socket.write(body.slice(5)) };
}

function connectRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.on('error', () => resolve(true));
  });
}

describe('the service as processes: CLIs beside a live server, restarts, shutdown, startup errors', () => {
  let dir: string;
  const started: Run[] = [];
  const pidFile = () => path.join(dir, 'pg', 'postmaster.pid');
  const postmaster = () => fs.readFileSync(pidFile(), 'utf8');
  const postmasterPid = () => Number.parseInt(postmaster(), 10);
  let server: Run & { port: number };

  beforeAll(async () => {
    // The incremental build: quick when dist/ is current.
    const build = run('npm', ['run', '-s', 'build'], {});
    const { code } = await build.exit;
    if (code !== 0) throw new Error(`build failed: ${build.stdout()} ${build.stderr()}`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-process-'));
  }, 300_000);

  afterAll(async () => {
    for (const r of started) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    if (dir && fs.existsSync(pidFile())) {
      const pid = postmasterPid();
      if (isAlive(pid)) process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("runs token, audit:verify and migration:up beside the live server on its PostgreSQL, and leaves it running", async () => {
    server = await startServer(dir);
    started.push(server);
    expect(server.stdout()).toMatch(/Embedded PostgreSQL: .* started \(pid \d+\)/);
    const before = postmaster();
    const pid = postmasterPid();

    const token = node('cli/token.js', ['drc.leader'], { DATA_DIR: dir });
    expect((await token.exit).code).toBe(0);
    const me = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.stdout().trim()}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: { username: 'drc.leader' } } });

    const verify = node('cli/audit-verify.js', [], { DATA_DIR: dir });
    expect(await verify.exit).toEqual({ code: 0, signal: null });
    expect(verify.stdout()).toMatch(/^audit chain ok: \d+ events/);

    const migrate = node('cli/migration.js', ['up'], { DATA_DIR: dir });
    expect(await migrate.exit).toEqual({ code: 0, signal: null });
    expect(migrate.stdout()).toMatch(/nothing to apply/);

    // PostgreSQL re-reads its lock file every minute and shuts down when the file is gone or names
    // another process (what the CLIs used to cause): the same file, the same live postmaster and a
    // healthy server show now what waiting that minute would.
    expect(postmaster()).toBe(before);
    expect(isAlive(pid)).toBe(true);
    expect(await health(server.port)).toBe(200);
  });

  it('after kill -9 of the server, a new server adopts the orphaned postmaster instead of starting a second', async () => {
    const pid = postmasterPid();
    server.child.kill('SIGKILL');
    await server.exit;
    expect(isAlive(pid)).toBe(true);

    server = await startServer(dir, { SHUTDOWN_TIMEOUT_SECONDS: '2' });
    started.push(server);
    expect(server.stdout()).toContain(`already running (pid ${pid})`);
    expect(postmasterPid()).toBe(pid);
  });

  it('a second server on a busy port exits non-zero with one line and no stack, and the first serves on', async () => {
    const second = node('main.js', [], { DATA_DIR: dir, PORT: String(server.port) });
    started.push(second);
    const { code } = await exitWithin(second, 60_000);
    expect(code).not.toBe(0);
    expect(second.stderr().trim().split('\n')).toEqual([expect.stringContaining(`Port ${server.port} is already in use`)]);
    expect(second.stderr()).not.toMatch(/\n\s+at /);
    expect(await health(server.port)).toBe(200);
  });

  it('an unreachable DATABASE_URL is one line naming it, without its password', async () => {
    const closed = await freePort();
    const r = node('main.js', [], { DATA_DIR: dir, PORT: String(await freePort()), DATABASE_URL: `postgres://jian:s3cret@127.0.0.1:${closed}/jian` });
    started.push(r);
    const { code } = await exitWithin(r, 60_000);
    expect(code).not.toBe(0);
    const lines = r.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('DATABASE_URL');
    expect(lines[0]).not.toContain('s3cret');
  });

  it('SIGTERM: stops accepting, lets a request in flight finish, cuts a stalled one at the bound, exits 0 and stops its postmaster', async () => {
    const pid = postmasterPid();
    const finishing = requestInFlight(server.port);
    const stalled = requestInFlight(server.port);
    await Promise.all([finishing.sent, stalled.sent]);

    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await connectRefused(server.port)).toBe(true);
    finishing.finish();
    await finishing.closed;
    expect(finishing.answer()).toMatch(/^HTTP\/1\.1 \d{3} /);

    // SHUTDOWN_TIMEOUT_SECONDS=2: without the bound the stalled request would hold the server for
    // Node's request timeout (5 minutes).
    expect(await exitWithin(server, 30_000)).toEqual({ code: 0, signal: null });
    await stalled.closed;
    expect(stalled.answer()).toBe('');
    // It was the last process using the adopted postmaster: it stopped it.
    expect(fs.existsSync(pidFile())).toBe(false);
    expect(isAlive(pid)).toBe(false);
  });

  it('a second signal during the shutdown exits at once; the postmaster it leaves is adopted and stopped by the next user', async () => {
    server = await startServer(dir, { SHUTDOWN_TIMEOUT_SECONDS: '120' });
    started.push(server);
    const pid = postmasterPid();
    const stalled = requestInFlight(server.port);
    await stalled.sent;
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(server.child.exitCode).toBeNull();
    server.child.kill('SIGINT');
    expect(await exitWithin(server, 20_000)).toEqual({ code: 130, signal: null });
    expect(isAlive(pid)).toBe(true);

    // A CLI with no server running: it adopts the postmaster and, leaving last, stops it.
    const verify = node('cli/audit-verify.js', [], { DATA_DIR: dir });
    expect(await verify.exit).toEqual({ code: 0, signal: null });
    expect(isAlive(pid)).toBe(false);
    expect(fs.existsSync(pidFile())).toBe(false);
  });

  it('by default one worker per core; SIGINT while the later workers still start is a clean stop (exit 0)', async () => {
    server = await startServer(dir, { WEB_CONCURRENCY: 'auto', LOG_LEVEL: 'info' });
    started.push(server);
    if (os.availableParallelism() > 1) expect(server.stdout()).toContain(`starting ${os.availableParallelism()} worker processes`);
    server.child.kill('SIGINT');
    expect(await exitWithin(server, 30_000)).toEqual({ code: 0, signal: null });
  });

  it('WEB_CONCURRENCY=2: two workers serve the one port, and one SIGINT stops both, then the postmaster', async () => {
    server = await startServer(dir, { WEB_CONCURRENCY: '2', LOG_LEVEL: 'info' });
    started.push(server);
    const token = node('cli/token.js', ['drc.leader'], { DATA_DIR: dir });
    await token.exit;
    // The first worker up answers /healthz; the second may still be booting.
    const startLines = () => server.stdout().split("Ji'an e-gov API: ").length - 1;
    for (let i = 0; i < 300 && startLines() < 2; i++) await new Promise((resolve) => setTimeout(resolve, 200));
    // At once, so that the requests travel on several connections, which the cluster deals out.
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`http://127.0.0.1:${server.port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token.stdout().trim()}` },
          body: JSON.stringify({ query: '{ me { username } }' }),
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    // Each worker writes its own start-up line and its own request lines (pino's pid).
    const lines = server.stdout().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { pid: number; msg: string });
    expect(lines.filter((l) => l.msg.startsWith("Ji'an e-gov API: ")).length).toBe(2);
    const serving = new Set(lines.filter((l) => l.msg === 'request').map((l) => l.pid));
    expect(serving.size).toBe(2);
    const pid = postmasterPid();
    server.child.kill('SIGINT');
    expect(await exitWithin(server, 30_000)).toEqual({ code: 0, signal: null });
    expect(isAlive(pid)).toBe(false);
  });
});
