import type { NextFunction, Request, Response } from 'express';
import { isStatementCancelled, TIMED_OUT } from '../graphql/errors';
import { sendHttpError } from './http-error';

/**
 * Error handler of an HTTP route: a request whose statement the database cancelled (the statement
 * timeout) answers 503 `TIMEOUT` in the one JSON error shape; any other error goes on.
 */
export function statementTimeouts() {
  return (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!isStatementCancelled(err) || res.headersSent) {
      next(err);
      return;
    }
    sendHttpError(req, res, 503, 'TIMEOUT', TIMED_OUT);
  };
}
