import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { languageOf } from '../context';
import type { Msg } from '../graphql/errors';

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
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message: message[lang], extensions: { code, requestId: requestIdOf(res), ...extra } }] }));
}
