import fs from 'node:fs';

export default async function globalTeardown() {
  const embedded = globalThis.__JIAN_TEST_PG__;
  if (embedded) {
    await embedded.pg.stop();
    fs.rmSync(embedded.dir, { recursive: true, force: true });
    return;
  }
  // A server given by DATABASE_URL keeps only what it had: drop this run's databases.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.JIAN_TEST_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query('select datname from pg_database where datname like $1', [`jian_t_${process.env.JIAN_TEST_RUN}_%`]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
