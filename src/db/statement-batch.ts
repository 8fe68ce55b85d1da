import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { isStatementCancelled } from '../graphql/errors';
import { countBatchedStatements } from '../log/request-facts';

/**
 * Keyed reads sent together. The DataLoaders of one level of a GraphQL query dispatch in the same
 * turn of the event loop (a page's units, divisions, budget lines, catalogs, … at once); each
 * statement alone costs a round trip (a pool checkout, a socket write, a wake-up on the answer).
 * The reads one entity manager (or one transaction) asks for in a turn therefore go to PostgreSQL
 * as one multi-statement query: the ORM already sends each statement as text with its values
 * inlined (`formatQuery`), so the batch is those same texts joined, and PostgreSQL answers one
 * result per statement, in order.
 *
 * Only reads go through here (the read path of src/db/rows.ts: pages, loaders, the signed-in
 * user's lookup), never a statement that changes data: a batch runs
 * in one implicit transaction, so a failed statement aborts the ones after it. When a batch fails,
 * each of its statements is sent again on its own so that each caller gets its own answer or
 * error; a cancelled batch (statement timeout), or one in a transaction (which the error has
 * aborted), is not sent again.
 */
interface Pending {
  sql: string;
  params: unknown[];
  resolve(rows: Record<string, unknown>[]): void;
  reject(error: unknown): void;
}

/** A pooled pg connection, as knex hands it out (a pg Client). */
interface PgConnection {
  query(text: string | { name: string; text: string }): Promise<{ rows: Record<string, unknown>[] } | { rows: Record<string, unknown>[] }[]>;
  /** pg's own record of the statements prepared on the connection, by name. */
  connection?: { parsedStatements?: Record<string, string> };
}

/**
 * A read sent again is sent as a prepared statement of its connection: PostgreSQL plans it once
 * per connection instead of on every request. Its values are inlined (the text names the reader's
 * filter and cursor), so it has no parameters and the first plan is kept; a county page's
 * statement takes longer to plan than to run. A text is prepared the second time it is seen, so
 * that a read seen once (a batch of keys) costs no statement kept on the server, and each
 * connection keeps its most recent `PREPARED_PER_CONNECTION`, the older ones deallocated. A read
 * of a transaction is sent as it is: should a migration change a table under a prepared plan,
 * PostgreSQL refuses the plan once (it is then planned again), which would abort the transaction.
 */
const PREPARED_PER_CONNECTION = 100;
const TEXTS_KEPT = 1000;
/**
 * The texts seen, each with the name it is prepared under when it comes again: a hash of the text,
 * so that a name means the same text in every process and across restarts (a pooler's sessions
 * outlive the clients that prepared on them).
 */
const names = new Map<string, string>();
const preparedOn = new WeakMap<PgConnection, Map<string, true>>();

/** The pools (knex clients) whose server has not known, or already had, a statement prepared on a connection (see `sendPrepared`). */
const unprepared = new WeakSet<object>();

/** The name to prepare `text` under, once it has been seen before; undefined to send it as it is. */
function preparedName(pool: object, text: string): string | undefined {
  if (unprepared.has(pool)) return undefined;
  const name = names.get(text);
  if (name) return name;
  if (names.size >= TEXTS_KEPT) names.clear();
  names.set(text, `jian_read_${createHash('sha256').update(text).digest('hex').slice(0, 40)}`);
  return undefined;
}

/**
 * A pooler between (in transaction mode) hands each statement to any of its sessions: one may not
 * know a statement this connection prepared (26000), or have one of that name already (42P05).
 */
const POOLED = new Set(['26000', '42P05']);

/** Sends `text` as the prepared statement `name` on `pg`, keeping the connection's most recent ones. */
async function sendPrepared(pool: object, pg: PgConnection, name: string, text: string) {
  const parsed = pg.connection?.parsedStatements;
  if (!parsed) return pg.query(text);
  let kept = preparedOn.get(pg);
  if (!kept) preparedOn.set(pg, (kept = new Map()));
  kept.delete(name);
  kept.set(name, true);
  if (kept.size > PREPARED_PER_CONNECTION) {
    const oldest = kept.keys().next().value as string;
    kept.delete(oldest);
    if (parsed[oldest] !== undefined) {
      // Never the read's failure: a statement that stays prepared is only memory on the server.
      try {
        await pg.query(`deallocate "${oldest}"`);
        delete parsed[oldest];
      } catch (error) {
        if (POOLED.has((error as { code?: string }).code ?? '')) unprepared.add(pool);
      }
    }
  }
  try {
    return await pg.query({ name, text });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // The pool's reads are sent as they are from then on.
    if (POOLED.has(code)) {
      unprepared.add(pool);
      return pg.query(text);
    }
    // A table changed under the plan (a migration): planned again, as its first time.
    if (code !== '0A000' || parsed[name] === undefined) throw error;
    await pg.query(`deallocate "${name}"`);
    delete parsed[name];
    return pg.query({ name, text });
  }
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

interface SqlConnection {
  getKnex(): { client: KnexClient };
  logQuery(query: string, context: object): void;
}

/**
 * Sends `text` (values inlined) on the transaction's connection, or on one from the pool, and
 * answers each statement's rows. The ORM's `execute` would wrap the same call in its own layers
 * (knex's runner, the query's formatting and timing), a good part of a small read's CPU; its
 * logger is still told of every query (the request log counts statements there), and its
 * exception converter still turns errors into the ORM's.
 */
async function query(em: EntityManager, trx: unknown, text: string, single = false): Promise<Record<string, unknown>[][]> {
  const connection = em.getConnection() as unknown as SqlConnection;
  // A knex transaction's client hands out the transaction's own connection, which goes back to
  // the pool when the transaction ends: a read left over after that must not reach it.
  const transaction = trx as { client: KnexClient; isCompleted(): boolean } | undefined;
  if (transaction?.isCompleted()) throw new Error('Read after its transaction ended: it is not sent');
  const client = transaction ? transaction.client : connection.getKnex().client;
  const started = Date.now();
  const pg = await client.acquireConnection();
  try {
    // Not in a transaction: a plan a migration made stale fails it, and the transaction with it.
    const name = single && !transaction ? preparedName(client, text) : undefined;
    const res = name ? await sendPrepared(client, pg, name, text) : await pg.query(text);
    const results = Array.isArray(res) ? res.map((r) => r.rows) : [res.rows];
    connection.logQuery(text, { id: em.id, took: Date.now() - started, results: results.length === 1 ? results[0].length : undefined });
    return results;
  } catch (error) {
    connection.logQuery(text, { id: em.id, took: Date.now() - started, level: 'error' });
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  } finally {
    await client.releaseConnection(pg);
  }
}

const batches = new WeakMap<object, Pending[]>();

/** The result rows of `sql` with `params` (`?` placeholders), sent with the other reads of this turn. */
export function executeBatched(em: EntityManager, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const context = em.getContext();
  const trx = context.getTransactionContext() as object | undefined;
  // A transaction's statements must share its connection; outside one, a request's entity manager.
  const owner = trx ?? context;
  let batch = batches.get(owner);
  if (!batch) {
    const pending: Pending[] = [];
    batches.set(owner, (batch = pending));
    // After the promise jobs and ticks of this turn, where DataLoader dispatches its batches.
    setImmediate(() => {
      batches.delete(owner);
      void send(context, trx, pending);
    });
  }
  return new Promise((resolve, reject) => batch.push({ sql, params, resolve, reject }));
}

/** Sends one statement's text alone and answers its caller. */
function one(em: EntityManager, trx: unknown, text: string, statement: Pending): Promise<void> {
  return query(em, trx, text, true).then(([rows]) => statement.resolve(rows), statement.reject);
}

async function send(em: EntityManager, trx: unknown, batch: Pending[]): Promise<void> {
  const platform = em.getPlatform();
  const texts = batch.map((s) => platform.formatQuery(s.sql, s.params));
  if (batch.length === 1) return one(em, trx, texts[0], batch[0]);
  let results: Record<string, unknown>[][];
  try {
    results = await query(em, trx, texts.join(';\n'));
  } catch (error) {
    // A cancelled batch would only be cancelled again; in a transaction, the error has aborted it.
    if (trx || isStatementCancelled(error)) batch.forEach((s) => s.reject(error));
    else await Promise.all(batch.map((s, i) => one(em, trx, texts[i], s)));
    return;
  }
  // The ORM's logger counted the batch as one query; the request log counts its statements.
  countBatchedStatements(batch.length - 1);
  batch.forEach((s, i) => s.resolve(results[i]));
}
