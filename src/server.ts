import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { authenticate, createContext, languageOf, type AppServices, type RequestContext } from './context';
import { unauthenticated } from './graphql/errors';
import { graphiqlRouter } from './graphql/graphiql';
import { idempotency, type AuthenticatedRequest } from './graphql/idempotency';
import { limitsPlugin } from './graphql/limits';
import { statementTimeoutPlugin } from './graphql/timeouts';
import { buildAppSchema } from './graphql/schema';
import { rateLimit } from './http/rate-limit';
import { statementTimeouts } from './http/time-limit';
import { documentRoutes } from './modules/documents/document.routes';

/** Codes whose message is meant for the caller; anything else is an internal fault and is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
]);

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('internal error', error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function cors(origins: string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'Idempotent-Replayed, X-Content-SM3, Content-Disposition, X-Request-ID, Retry-After');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept-Language, Idempotency-Key');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.sendStatus(origin && allowed.has(origin) ? 204 : 403);
      return;
    }
    next();
  };
}

export interface RunningServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  stop(): Promise<void>;
}

/** The HTTP service: `/graphql`, the self-hosted `/graphiql` and `/healthz`. */
export async function createServer(services: AppServices): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Which proxies may name the client address (the rate limit's key for requests without a token).
  app.set('trust proxy', services.config.trustProxy);
  const httpServer = http.createServer(app);
  const { config } = services;
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    introspection: config.graphql.introspection,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    formatError,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      limitsPlugin(config.graphql),
      statementTimeoutPlugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await services.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.get('/', (_req, res) => res.redirect('/graphiql'));
  app.use('/graphiql', graphiqlRouter());
  const limited = rateLimit(services);
  app.use('/documents', cors(config.corsOrigins), limited, documentRoutes(services), statementTimeouts());
  app.use(
    '/graphql',
    cors(config.corsOrigins),
    limited,
    express.json({ limit: config.maxRequestBytes }),
    idempotency(services),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const lang = languageOf(req.headers['accept-language']);
        const auth = (req as AuthenticatedRequest).auth ?? (await authenticate(services, req.headers.authorization));
        // Every operation needs a signed-in user; /healthz is the only open door.
        if (!auth.principal) {
          throw unauthenticated(lang, auth.authError ? { zh: `登录凭证无效：${auth.authError}`, en: `Not authenticated: ${auth.authError}` } : undefined);
        }
        const given = req.headers['x-request-id'];
        const requestId = typeof given === 'string' && /^[\w.:-]{8,100}$/.test(given) ? given : randomUUID();
        return createContext(services, auth, lang, requestId);
      },
    }),
    statementTimeouts(),
  );

  return {
    app,
    httpServer,
    apollo,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
