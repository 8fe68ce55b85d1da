import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { authenticate, createContext, languageOf, type AppServices, type AuthenticatedRequest, type RequestContext } from './context';
import { LocalizedError, unauthenticated } from './graphql/errors';
import { graphiqlRouter } from './graphql/graphiql';
import { idempotency } from './graphql/idempotency';
import { inputBoundsPlugin } from './graphql/input-bounds';
import { limitsPlugin } from './graphql/limits';
import { INTERNAL_ERROR, platformMessage } from './graphql/messages';
import { statementTimeoutPlugin } from './graphql/timeouts';
import { buildAppSchema } from './graphql/schema';
import { errorHandler, notFound, onlyMethods, requestId, requestIdOf, sendHttpError } from './http/http-error';
import { rateLimit } from './http/rate-limit';
import { statementTimeouts } from './http/time-limit';
import type { Logger } from './log/logger';
import { currentRequest, noteErrorCode } from './log/request-facts';
import { requestLog, requestLogPlugin } from './log/request-log';
import { documentRoutes } from './modules/documents/document.routes';
import { readingRoutes } from './modules/monitoring/reading.routes';
import { healthRoutes } from './http/health';
import { metricsPlugin } from './metrics/graphql-metrics';
import { Metrics } from './metrics/metrics';
import { httpMetrics, metricsRoute } from './metrics/metrics-http';

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
  'INVALID_INPUT',
  'TIMEOUT',
]);

/** Caller-facing errors keep their code; anything else is logged with its stack and masked. */
function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    // The request in flight (requestLog opens its scope first), even for errors Apollo makes before a context.
    const { requestId, lang } = currentRequest() ?? { requestId: undefined, lang: 'zh' as const };
    if (code && CLIENT_CODES.has(code)) {
      noteErrorCode(code);
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      // graphql-js and Apollo write English: the caller gets the message of the code, the text as detail.
      const message = unwrapResolverError(error) instanceof LocalizedError ? undefined : platformMessage(code, formatted.message);
      if (!message) return { ...formatted, extensions: { ...extensions, requestId } };
      return { ...formatted, message: message[lang], extensions: { ...extensions, detail: formatted.message, requestId } };
    }
    noteErrorCode('INTERNAL_SERVER_ERROR');
    // The fault itself (a resolver's exception), not graphql-js's wrapper around it.
    logger.error({ requestId, path: formatted.path?.join('.'), err: unwrapResolverError(error) }, 'internal error');
    return { message: INTERNAL_ERROR[lang], path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  };
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
      if (origin && allowed.has(origin)) res.sendStatus(204);
      else sendHttpError(req, res, 403, 'ORIGIN_NOT_ALLOWED', { zh: '不接受该来源的跨域请求', en: 'Cross-origin requests from this origin are not allowed' });
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

/** The HTTP service: `/graphql`, the self-hosted `/graphiql`, `/healthz`, `/readyz` and `/metrics`. */
export async function createServer(services: AppServices): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Which proxies may name the client address (the rate limit's key for requests without a token).
  app.set('trust proxy', services.config.trustProxy);
  const httpServer = http.createServer(app);
  const { config } = services;
  // boot() makes the registry; services assembled elsewhere (tests) get theirs here.
  const metrics = (services.metrics ??= new Metrics(services));
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    introspection: config.graphql.introspection,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    formatError: formatError(services.logger),
    // Compact JSON: clients are programs (GraphiQL indents what it shows). Apollo's default
    // indents every response: the county page's 10.7 kB would be 18.9 kB.
    stringifyResult: (result) => JSON.stringify(result),
    // main.ts owns the signals and the order of shutdown.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      // stop(): no new connections, in-flight requests get the shutdown bound, then are cut.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutSeconds * 1000 }),
      limitsPlugin(config.graphql),
      inputBoundsPlugin({ maxFileLength: config.maxRequestBytes }),
      statementTimeoutPlugin(),
      metricsPlugin(metrics),
      requestLogPlugin(),
    ],
  });
  await apollo.start();

  app.use(requestId());
  app.use(requestLog(services.logger));
  app.use(httpMetrics(metrics));
  app.use(healthRoutes(services));
  app.get('/metrics', metricsRoute(metrics, config.metrics));
  app.get('/', (_req, res) => res.redirect('/graphiql'));
  app.use('/graphiql', graphiqlRouter(services));
  const limited = rateLimit(services);
  app.use('/documents', cors(config.corsOrigins), limited, documentRoutes(services), statementTimeouts());
  // CM-14: the monitoring platform's batches of utilisation readings (server to server: no CORS).
  app.use('/monitoring/readings', limited, readingRoutes(services), statementTimeouts());
  app.use(
    '/graphql',
    cors(config.corsOrigins),
    onlyMethods('GET', 'POST'),
    limited,
    express.json({ limit: config.maxRequestBytes }),
    idempotency(services),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const lang = languageOf(req.headers['accept-language']);
        const auth = (req as AuthenticatedRequest).auth ?? (await authenticate(services, req.headers.authorization));
        // Every operation needs a signed-in user; the probes and /metrics live outside /graphql.
        if (!auth.principal) {
          throw unauthenticated(lang, auth.authError);
        }
        return createContext(services, auth, lang, requestIdOf(res));
      },
    }),
    statementTimeouts(),
  );
  app.use(notFound());
  app.use(errorHandler(services.logger));

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
