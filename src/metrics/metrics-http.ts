import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { MetricsConfig } from '../config';
import { sendHttpError } from '../http/http-error';
import type { Metrics } from './metrics';

const EXACT_ROUTES = new Set(['/', '/graphql', '/healthz', '/readyz', '/metrics']);
const PREFIX_ROUTES = ['/graphiql', '/documents'];

/** A fixed route label for a path: the app's routes, else `(other)`, so unknown paths make no new series. */
export function routeLabel(path: string): string {
  if (EXACT_ROUTES.has(path)) return path;
  for (const prefix of PREFIX_ROUTES) if (path === prefix || path.startsWith(prefix + '/')) return prefix;
  return '(other)';
}

/** Counts every HTTP response by route and status, /graphql included: its 4xx before GraphQL (size, JSON, method) show only here. */
export function httpMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const route = routeLabel(req.path);
    res.once('finish', () => metrics.httpResponse(route, res.statusCode));
    next();
  };
}

/** Whether a socket's peer address is this host (IPv4 127/8, IPv6 ::1, or IPv4-mapped 127/8). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * `GET /metrics` in the Prometheus text format. With `METRICS_TOKEN` set, every caller must send
 * `Authorization: Bearer <token>`; without it, only callers on this host are answered: the client
 * address as Express gives it, so a forwarded header counts only from a proxy TRUST_PROXY names.
 */
export function metricsRoute(metrics: Metrics, config: MetricsConfig) {
  return async (req: Request, res: Response) => {
    if (config.token) {
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!m || !sameSecret(m[1], config.token)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        sendHttpError(req, res, 401, 'UNAUTHENTICATED', { zh: '访问 /metrics 需要 METRICS_TOKEN 令牌', en: '/metrics requires the METRICS_TOKEN bearer token' });
        return;
      }
    } else if (!isLoopback(req.ip ?? req.socket.remoteAddress)) {
      sendHttpError(req, res, 403, 'FORBIDDEN', {
        zh: '未设置 METRICS_TOKEN 时，/metrics 只接受本机请求',
        en: 'Without METRICS_TOKEN, /metrics answers requests from this host only',
      });
      return;
    }
    const text = await metrics.text();
    res.setHeader('Cache-Control', 'no-store');
    res.type(metrics.contentType).send(text);
  };
}
