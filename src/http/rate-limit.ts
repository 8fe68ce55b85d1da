import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { authenticate, type AppServices, type Principal } from '../context';
import type { AuthenticatedRequest } from '../context';
import { sendHttpError } from './http-error';

/** Created by a migration (RateLimitCounter): the limiter runs no DDL. */
const TABLE = 'rate_limit';
/** A failing store is reported at most once a minute, not once a request. */
const REPORT_EVERY_MS = 60_000;

/** One budget: counted in PostgreSQL for every process, in this process while PostgreSQL fails. */
interface Budget {
  shared: RateLimiterPostgres;
  local: RateLimiterMemory;
}

function budget(services: AppServices, keyPrefix: string, points: number, duration: number): Budget {
  return {
    shared: new RateLimiterPostgres({
      storeClient: services.orm.em.getConnection().getKnex(),
      storeType: 'knex',
      tableName: TABLE,
      tableCreated: true,
      keyPrefix,
      points,
      duration,
    }),
    local: new RateLimiterMemory({ keyPrefix, points, duration }),
  };
}

/** The user and the OA system acting for them; a long client name is hashed to fit the key column. */
function principalKey(principal: Principal): string {
  const client = principal.serviceClient ?? '';
  return `${principal.user.id}:${client.length > 64 ? createHash('sha256').update(client).digest('hex') : client}`;
}

/**
 * Requests per principal per window (RATE_LIMIT_POINTS per RATE_LIMIT_WINDOW_SECONDS), counted in
 * PostgreSQL so that every API process on the database draws on one budget. A request with a valid
 * token is counted for its user and acting OA system, any other for its client address with the
 * smaller RATE_LIMIT_ANONYMOUS_POINTS. Over budget: 429 with `Retry-After`.
 *
 * When the shared store fails, requests are counted in this process only (the same budget per
 * process) and the failure is logged: the limiter degrades, it neither locks everyone out nor lets
 * one caller run unbounded.
 *
 * The principal it authenticates is kept on the request for the handlers after it.
 */
export function rateLimit(services: AppServices): RequestHandler {
  const { points, anonymousPoints, windowSeconds } = services.config.rateLimit;
  if (points === 0) return (_req, _res, next) => next();
  const principals = budget(services, 'principal', points, windowSeconds);
  const anonymous = budget(services, 'anonymous', anonymousPoints, windowSeconds);
  let reportedAt = 0;

  const consume = async ({ shared, local }: Budget, key: string): Promise<RateLimiterRes> => {
    try {
      return await shared.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw e;
      if (Date.now() - reportedAt > REPORT_EVERY_MS) {
        reportedAt = Date.now();
        services.logger.error({ err: e }, 'rate limit: the shared counter failed, counting in this process until it is back');
      }
      return local.consume(key);
    }
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const authReq = req as AuthenticatedRequest;
      authReq.auth ??= await authenticate(services, req.headers.authorization);
      const principal = authReq.auth.principal;
      if (principal) await consume(principals, principalKey(principal));
      else await consume(anonymous, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      next();
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) {
        next(e);
        return;
      }
      const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      res.setHeader('Retry-After', String(seconds));
      sendHttpError(
        req,
        res,
        429,
        'RATE_LIMITED',
        { zh: `请求过于频繁，请 ${seconds} 秒后重试`, en: `Too many requests; retry in ${seconds} s` },
        { retryAfterSeconds: seconds },
      );
    }
  };
}
