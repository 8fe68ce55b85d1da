import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { languageOf } from '../context';
import type { Msg } from '../graphql/errors';
import type { Logger } from '../log/logger';
import { noteErrorCode } from '../log/request-facts';

/** A caller-given X-Request-ID is kept only when it is plainly an identifier. */
const REQUEST_ID = /^[\w.:-]{8,100}$/;

/** The request's ID: set by `requestId()` before any other middleware runs. */
export function requestIdOf(res: Response): string {
  return (res.locals.requestId as string | undefined) ?? 'unknown';
}

/**
 * First middleware of the app: takes a well-formed `X-Request-ID` or makes one, and echoes it on
 * every response, so a caller can quote it and an operator can find the request in the logs and the
 * audit trail.
 */
export function requestId() {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('X-Request-ID', id);
    next();
  };
}

/**
 * Every HTTP-level error (outside a GraphQL result) has this one JSON shape, the shape of a GraphQL
 * error list, so a client reads it the same way: `{ errors: [{ message, extensions: { code,
 * requestId } }] }`. The message is the caller's language; nothing internal goes into it.
 */
export function sendHttpError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: Msg,
  extra: Record<string, unknown> = {},
): void {
  const lang = languageOf(req.headers['accept-language']);
  noteErrorCode(code);
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message: message[lang], extensions: { code, requestId: requestIdOf(res), ...extra } }] }));
}

/** `405` with `Allow` for any other method on a path that answers only `allowed`. */
export function onlyMethods(...allowed: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (allowed.includes(req.method)) return next();
    res.setHeader('Allow', allowed.join(', '));
    sendHttpError(req, res, 405, 'METHOD_NOT_ALLOWED', {
      zh: `该地址只接受 ${allowed.join('、')} 请求`,
      en: `This resource accepts only ${allowed.join(', ')}`,
    });
  };
}

/** Last route of the app: anything no route answered. */
export function notFound() {
  return (req: Request, res: Response) => {
    sendHttpError(req, res, 404, 'NOT_FOUND', { zh: '没有这个地址', en: 'No such resource' });
  };
}

/** Faults of the request itself, as the body parsers (body-parser, raw-body) type them. */
const REQUEST_FAULTS: Record<string, { code: string; message: Msg }> = {
  'entity.parse.failed': { code: 'MALFORMED_JSON', message: { zh: '请求体不是有效的 JSON 对象', en: 'The request body is not a valid JSON object' } },
  'entity.too.large': { code: 'TOO_LARGE', message: { zh: '请求体超过大小上限', en: 'The request body is over the size limit' } },
  'encoding.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', message: { zh: '不支持该内容编码', en: 'Unsupported content encoding' } },
  'charset.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', message: { zh: '不支持该字符集', en: 'Unsupported charset' } },
  'request.aborted': { code: 'BAD_REQUEST', message: { zh: '请求被中断', en: 'The request was aborted' } },
  'request.size.invalid': { code: 'BAD_REQUEST', message: { zh: '请求体长度与 Content-Length 不符', en: 'The request body does not match its Content-Length' } },
};

const BAD_REQUEST: Msg = { zh: '请求无效', en: 'Bad request' };

interface HttpFault {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * Last middleware of the app. A fault of the request (bad JSON, too large, a bad path encoding…)
 * is answered with its status and a code; anything else is an internal fault: logged with the
 * request ID, answered as 500 `INTERNAL` with nothing of it — no message, stack, SQL or path.
 * The same in every NODE_ENV.
 */
export function errorHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const fault = (typeof err === 'object' && err !== null ? err : {}) as HttpFault;
    const status = fault.status;
    // A 4xx from Express or a body parser is the request's fault; its own message is not sent.
    const clientFault = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientFault) logger.error({ requestId: requestIdOf(res), method: req.method, path: req.path, err }, 'request failed');
    if (res.headersSent) {
      // Part of a response is out: a cut connection tells the client it is incomplete.
      req.socket.destroy();
      return;
    }
    if (!clientFault) {
      sendHttpError(req, res, 500, 'INTERNAL', { zh: '服务器内部错误', en: 'Internal server error' });
      return;
    }
    const known = fault.type ? REQUEST_FAULTS[fault.type] : undefined;
    const extra = fault.type === 'entity.too.large' && typeof fault.limit === 'number' ? { limit: fault.limit } : {};
    sendHttpError(req, res, status as number, known?.code ?? 'BAD_REQUEST', known?.message ?? BAD_REQUEST, extra);
  };
}
