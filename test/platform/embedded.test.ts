import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { isAlive } from '../support/processes';

// The embedded PostgreSQL shared by several users of one data directory (src/db/embedded.ts):
// here the users are handles in this process; test/platform/process.test.ts has real processes.

const pidFile = (dir: string) => path.join(dir, 'pg', 'postmaster.pid');
const postmasterPid = (dir: string) => Number.parseInt(fs.readFileSync(pidFile(dir), 'utf8'), 10);

async function answers(db: EmbeddedDatabase): Promise<boolean> {
  const client = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.query('select current_database() as db')).rows[0].db === 'jian';
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('embedded PostgreSQL shared by its users', () => {
  let dir: string;
  const open: EmbeddedDatabase[] = [];
  const children: ChildProcess[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-embedded-'));
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    for (const db of open) await db.stop().catch(() => undefined);
    if (fs.existsSync(pidFile(dir))) {
      const pid = postmasterPid(dir);
      if (isAlive(pid)) process.kill(pid, 'SIGINT');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('users opening a fresh directory together start one postmaster; the last to leave stops it', async () => {
    const [a, b, c] = await Promise.all([startEmbeddedPostgres(dir), startEmbeddedPostgres(dir), startEmbeddedPostgres(dir)]);
    open.push(a, b, c);
    expect(new Set([a.pid, b.pid, c.pid]).size).toBe(1);
    expect([a, b, c].filter((db) => db.started)).toHaveLength(1);
    expect(a.url).toBe(b.url);
    const pid = postmasterPid(dir);
    expect(pid).toBe(a.pid);

    await a.stop();
    await b.stop();
    expect(postmasterPid(dir)).toBe(pid);
    expect(isAlive(pid)).toBe(true);
    expect(await answers(c)).toBe(true);

    await c.stop();
    expect(fs.existsSync(pidFile(dir))).toBe(false);
    expect(isAlive(pid)).toBe(false);
  });

  it('leaves the postmaster running while another live process still uses it, whoever started it', async () => {
    const db = await startEmbeddedPostgres(dir);
    open.push(db);
    expect(db.started).toBe(true);
    // Another process registered as a user (as a server beside this CLI would be), and one that died.
    const other = spawn('sleep', ['60']);
    children.push(other);
    fs.writeFileSync(path.join(dir, 'pg.users', `${other.pid}-other`), '');
    fs.writeFileSync(path.join(dir, 'pg.users', '2147483646-dead'), '');
    await db.stop();
    expect(isAlive(db.pid)).toBe(true);
    expect(postmasterPid(dir)).toBe(db.pid);

    // Once that process is gone too, the next user adopts the postmaster and, leaving last, stops it.
    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
    const adopter = await startEmbeddedPostgres(dir);
    open.push(adopter);
    expect(adopter.started).toBe(false);
    expect(adopter.pid).toBe(db.pid);
    expect(await answers(adopter)).toBe(true);
    await adopter.stop();
    expect(isAlive(db.pid)).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'pg.users'))).toEqual([]);
  });

  it('takes a postmaster.pid whose process is not a postgres for stale, and starts', async () => {
    // The pid of this (live) test process: a reused pid, as after a reboot.
    fs.writeFileSync(pidFile(dir), `${process.pid}\n${path.join(dir, 'pg')}\n0\n5432\n/tmp\nlocalhost\n0 0\nready   \n`);
    const db = await startEmbeddedPostgres(dir);
    open.push(db);
    expect(db.started).toBe(true);
    expect(db.pid).not.toBe(process.pid);
    expect(postmasterPid(dir)).toBe(db.pid);
    expect(await answers(db)).toBe(true);
    await db.stop();
    expect(isAlive(db.pid)).toBe(false);
  });
});
