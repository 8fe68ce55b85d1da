import { createHash } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { authenticate, type AppServices, type AuthenticatedRequest } from '../context';
import { requestIdOf, sendHttpError } from '../http/http-error';
import { AgencyKind } from '../modules/organizations/organization.enums';

const KEY = /^[\w.:-]{8,100}$/;
/** How long a request may run before a retry with its key takes over. */
const LEASE_MINUTES = 5;
/** How long a key holds its response; after that the key is free again. */
const KEEP_HOURS = 24;

/**
 * Whether the body's operation (by `operationName`, or the only one) is a mutation. Anything
 * Apollo would refuse (no query, a syntax error, an unknown operation name) is not: Apollo answers
 * it as usual.
 */
function isMutation(body: unknown, maxTokens: number): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { noLocation: true, maxTokens }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  const operation =
    typeof operationName === 'string' && operationName !== ''
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  return operation?.operation === 'mutation';
}

/** Failures a retry may not meet again: an internal fault, or a statement cut by the time limit. */
const TRANSIENT = new Set(['INTERNAL_SERVER_ERROR', 'TIMEOUT']);

type Body = {
  data?: Record<string, { errors?: { code?: unknown }[] } | null> | null;
  errors?: { extensions?: { code?: unknown } }[];
};

/**
 * Whether a response may be replayed: a success with no transient failure, neither among the
 * top-level errors nor among a mutation payload's errors (when the caller selected their code).
 */
function replayable(status: number, body: string): boolean {
  if (status < 200 || status >= 300) return false;
  try {
    const parsed = JSON.parse(body) as Body;
    if ((parsed.errors ?? []).some((e) => TRANSIENT.has(e?.extensions?.code as string))) return false;
    return !Object.values(parsed.data ?? {}).some((payload) => payload?.errors?.some((e) => TRANSIENT.has(e?.code as string)));
  } catch {
    return false;
  }
}

/**
 * `Idempotency-Key` on a POST /graphql mutation: the first request with a key runs and its
 * response is kept (per user and acting system, per key); a retry with the same key and body gets
 * that response without running again, a concurrent one gets 409 (a stalled one is taken over
 * after a lease), and the same key with another body gets 422. Queries ignore the key: a read is
 * always answered fresh. A failure (not 2xx, or an internal error in the result) is not kept, so a
 * retry runs again. Stored responses older than a day are purged by `purgeIdempotentRequests`.
 */
export function idempotency(services: AppServices) {
  return async (req: AuthenticatedRequest, res: Response, next: NextFunction) => {
    const rawKey = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof rawKey !== 'string') return next();
    try {
      if (!KEY.test(rawKey)) {
        sendHttpError(req, res, 400, 'BAD_IDEMPOTENCY_KEY', {
          zh: 'Idempotency-Key 须为 8 至 100 个字母、数字或 . _ : -',
          en: 'Idempotency-Key must be 8 to 100 letters, digits, or . _ : -',
        });
        return;
      }
      if (!isMutation(req.body, services.config.graphql.maxTokens)) return next();
      // The rate limit before it has verified the token already.
      req.auth ??= await authenticate(services, req.headers.authorization);
      const user = req.auth.principal?.user;
      // Read-only principals change nothing, so there is nothing to run once.
      if (!user || user.agency.kind === AgencyKind.AUDIT) return next();
      const hash = createHash('sm3').update(JSON.stringify(req.body ?? null)).digest('hex');
      // An OA system acting for the user has its own key space.
      const key = createHash('sm3').update(`${req.auth.principal!.serviceClient ?? ''}\0${rawKey}`).digest('hex');
      const conn = services.orm.em.getConnection();
      let inserted = await conn.execute<{ key: string }[]>(
        `insert into idempotent_request (user_id, key, request_hash) values (?, ?, ?) on conflict do nothing returning key`,
        [user.id, key, hash],
      );
      if (inserted.length === 0) {
        // A request that never finished (its process died) is taken over after a lease; a key
        // whose response is older than a day is free again, purged or not.
        inserted = await conn.execute<{ key: string }[]>(
          `update idempotent_request set request_hash = ?, status_code = null, response = null, created_at = now()
           where user_id = ? and key = ?
             and ((response is null and created_at < now() - interval '${LEASE_MINUTES} minutes') or created_at < now() - interval '${KEEP_HOURS} hours')
           returning key`,
          [hash, user.id, key],
        );
      }
      if (inserted.length === 0) {
        const [row] = await conn.execute<{ request_hash: string; status_code: number | null; response: string | null }[]>(
          'select request_hash, status_code, response from idempotent_request where user_id = ? and key = ?',
          [user.id, key],
        );
        if (!row) {
          // The first request failed and let the key go just now: this retry may run again.
          res.set('Retry-After', '1');
          sendHttpError(req, res, 409, 'IDEMPOTENCY_KEY_IN_USE', {
            zh: '使用该 Idempotency-Key 的请求刚刚结束，请重试',
            en: 'A request with this Idempotency-Key has just ended; retry',
          });
        } else if (row.request_hash !== hash) {
          sendHttpError(req, res, 422, 'IDEMPOTENCY_KEY_REUSED', {
            zh: '该 Idempotency-Key 已用于另一个请求',
            en: 'This Idempotency-Key was used for a different request',
          });
        } else if (row.response === null) {
          res.set('Retry-After', '2');
          sendHttpError(req, res, 409, 'IDEMPOTENCY_KEY_IN_USE', {
            zh: '使用该 Idempotency-Key 的请求仍在处理中',
            en: 'A request with this Idempotency-Key is still running',
          });
        } else {
          res.status(row.status_code ?? 200).set('Idempotent-Replayed', 'true').type('application/json').send(row.response);
        }
        return;
      }
      // Keep what is sent, then store it (or free the key) once the response is complete.
      const chunks: Buffer[] = [];
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        if (chunk) chunks.push(Buffer.from(chunk as string));
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof res.write;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
        const body = Buffer.concat(chunks).toString('utf8');
        const store = replayable(res.statusCode, body)
          ? conn.execute('update idempotent_request set status_code = ?, response = ? where user_id = ? and key = ?', [res.statusCode, body, user.id, key])
          : conn.execute('delete from idempotent_request where user_id = ? and key = ?', [user.id, key]);
        // The response goes out once the key is settled: a retry that follows it sees the stored
        // response, or a free key, never a request still running.
        store
          .catch((err) => services.logger.error({ requestId: requestIdOf(res), err }, 'idempotency: could not store the response'))
          .finally(() => (end as (...a: unknown[]) => Response)(chunk, ...rest));
        return res;
      }) as typeof res.end;
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** Drops stored responses older than `days`: a retry comes within minutes, not weeks. */
export async function purgeIdempotentRequests(services: AppServices, days = 1): Promise<number> {
  const rows = await services.orm.em
    .getConnection()
    .execute<{ key: string }[]>(`delete from idempotent_request where created_at < now() - interval '${days} days' returning key`);
  return rows.length;
}
