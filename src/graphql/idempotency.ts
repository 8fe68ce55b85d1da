import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { authenticate, type AppServices, type Principal } from '../context';

export interface AuthenticatedRequest extends Request {
  /** Set when a middleware has already verified the token. */
  auth?: { principal: Principal | null; authError?: string };
}

const KEY = /^[\w.:-]{8,100}$/;

/**
 * `Idempotency-Key` on POST /graphql: the first request with a key runs and its response is kept
 * (per user, per key); a retry with the same key and body gets that response without running
 * again, a concurrent one gets 409, and the same key with another body gets 422.
 */
export function idempotency(services: AppServices) {
  return async (req: AuthenticatedRequest, res: Response, next: NextFunction) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string') return next();
    try {
      if (!KEY.test(key)) {
        res.status(400).json({ error: 'Idempotency-Key must be 8 to 100 letters, digits, or . _ : -' });
        return;
      }
      req.auth = await authenticate(services, req.headers.authorization);
      const user = req.auth.principal?.user;
      if (!user) return next();
      const hash = createHash('sm3').update(JSON.stringify(req.body ?? null)).digest('hex');
      const conn = services.orm.em.getConnection();
      const inserted = await conn.execute<{ key: string }[]>(
        `insert into idempotent_request (user_id, key, request_hash) values (?, ?, ?) on conflict do nothing returning key`,
        [user.id, key, hash],
      );
      if (inserted.length === 0) {
        const [row] = await conn.execute<{ request_hash: string; status_code: number | null; response: string | null }[]>(
          'select request_hash, status_code, response from idempotent_request where user_id = ? and key = ?',
          [user.id, key],
        );
        if (row.request_hash !== hash) {
          res.status(422).json({ error: 'This Idempotency-Key was used for a different request' });
        } else if (row.response === null) {
          res.status(409).json({ error: 'A request with this Idempotency-Key is still running' });
        } else {
          res.status(row.status_code ?? 200).set('Idempotent-Replayed', 'true').type('application/json').send(row.response);
        }
        return;
      }
      // Keep what is sent, then store it once the response is complete.
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
        const store = res.statusCode < 500
          ? conn.execute('update idempotent_request set status_code = ?, response = ? where user_id = ? and key = ?', [res.statusCode, body, user.id, key])
          : conn.execute('delete from idempotent_request where user_id = ? and key = ?', [user.id, key]);
        store.catch((e) => console.error('idempotency: could not store the response', e));
        return (end as (...a: unknown[]) => Response)(chunk, ...rest);
      }) as typeof res.end;
      next();
    } catch (e) {
      next(e);
    }
  };
}
