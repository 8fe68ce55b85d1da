import type { NextFunction, Request, Response } from 'express';
import { authenticate, createContext, languageOf, type AppServices, type AuthenticatedRequest, type RequestContext } from '../context';
import { notAuthenticated } from '../graphql/errors';
import { requestIdOf, sendHttpError } from './http-error';

/** A request of a REST route past `signedIn`: its request context, as GraphQL's resolvers have it. */
export type WithContext = Request & { ctx?: RequestContext };

/**
 * Middleware of the REST routes (uploads, monitoring readings): the bearer token is checked before
 * anything else, the body included; without a valid one the answer is 401.
 */
export function signedIn(services: AppServices) {
  return async (req: WithContext, res: Response, next: NextFunction) => {
    try {
      // The rate limit before it has verified the token already.
      const auth = (req as AuthenticatedRequest).auth ?? (await authenticate(services, req.headers.authorization));
      if (!auth.principal) {
        sendHttpError(req, res, 401, 'UNAUTHENTICATED', notAuthenticated(auth.authError));
        return;
      }
      req.ctx = createContext(services, auth, languageOf(req.headers['accept-language']), requestIdOf(res));
      next();
    } catch (e) {
      next(e);
    }
  };
}
