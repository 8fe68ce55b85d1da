import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { languageOf } from '../context';
import { requestIdOf } from '../http/http-error';
import type { Logger } from './logger';
import { currentRequest, runWithRequestFacts, type RequestFacts } from './request-facts';

/** The log line of one request (also what a metrics collector needs from it). */
export interface RequestSummary {
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** See `outcomeOf`. */
  outcome: string;
  /** The rule of a refusal, when the outcome is one. */
  rule?: string;
  operation?: string;
  operationType?: string;
  statements: number;
  roundTrips: number;
  principal?: string;
  agency?: string;
  serviceClient?: string;
  /** The client went away before the whole response was sent. */
  aborted?: true;
}

/**
 * A request's outcome, as one code: the first error code the caller was sent at the top level or as
 * an HTTP error (UNAUTHENTICATED, NOT_FOUND, QUERY_TOO_COMPLEX, INTERNAL_SERVER_ERROR,
 * IDEMPOTENCY_KEY_IN_USE, …); else the first refusal of a mutation as the audit trail recorded it
 * (FORBIDDEN, PRECONDITION_FAILED, CONFLICT, INVALID_INPUT, …); else, for a 4xx/5xx without a code,
 * `HTTP_<status>`; else `OK`.
 */
export function outcomeOf(facts: Pick<RequestFacts, 'errorCode' | 'refusal'> | undefined, status: number): { outcome: string; rule?: string } {
  if (facts?.errorCode) return { outcome: facts.errorCode };
  if (facts?.refusal) return { outcome: facts.refusal.code, rule: facts.refusal.rule };
  if (status >= 400) return { outcome: `HTTP_${status}` };
  return { outcome: 'OK' };
}

const facts = (res: Response) => res.locals.requestFacts as RequestFacts | undefined;

function pathOf(req: Request): string {
  const url = req.originalUrl;
  const q = url.indexOf('?');
  // The query string stays out: a GET /graphql carries the whole document (and its values) there.
  return (q < 0 ? url : url.slice(0, q)).slice(0, 200);
}

/** The summary of a request that `requestLog` follows; complete once the response is sent. */
export function requestSummary(req: Request, res: Response): RequestSummary | undefined {
  const f = facts(res);
  if (!f) return undefined;
  const status = res.statusCode;
  return {
    requestId: f.requestId,
    method: req.method,
    path: pathOf(req),
    status,
    durationMs: Math.round(Number(process.hrtime.bigint() - f.startedAt) / 1e5) / 10,
    ...outcomeOf(f, status),
    operation: f.operation,
    operationType: f.operationType,
    statements: f.statements,
    roundTrips: f.roundTrips,
    principal: f.principal,
    agency: f.agency,
    serviceClient: f.serviceClient,
    ...(res.writableFinished ? {} : { aborted: true as const }),
  };
}

/** Load balancers and Prometheus ask every few seconds: a healthy answer is logged at debug level only. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Second middleware of the app, after `requestId()`: gathers the request's facts while it runs and
 * writes one line when it ends (sent, or cut by the client), whatever answered it.
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const f: RequestFacts = {
      requestId: requestIdOf(res),
      lang: languageOf(req.headers['accept-language']),
      startedAt: process.hrtime.bigint(),
      statements: 0,
      roundTrips: 0,
    };
    res.locals.requestFacts = f;
    res.once('close', () => {
      const summary = requestSummary(req, res)!;
      const failed = summary.status >= 500 || summary.outcome === 'INTERNAL_SERVER_ERROR';
      if (failed) logger.error(summary, 'request');
      else if (PROBES.has(summary.path)) logger.debug(summary, 'request');
      else logger.info(summary, 'request');
    });
    runWithRequestFacts(f, next);
  };
}

/** The operation's name; an unnamed one goes by its first root field (`{ projects { … } }` is `projects`). */
function operationNameOf(name: string | null | undefined, operation: OperationDefinitionNode | undefined): string | undefined {
  if (name) return name;
  const first = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  return first?.kind === Kind.FIELD ? first.name.value : undefined;
}

export interface OperationOutcome {
  operation?: string;
  operationType?: string;
  outcome: string;
  rule?: string;
}

/**
 * The operation and outcome of a GraphQL request, for any plugin's `willSendResponse` (the log's and
 * a metrics collector's agree): the errors as they were sent, the refusals the audit trail noted.
 */
export function requestOutcome(rc: GraphQLRequestContext<any>): OperationOutcome {
  const body = rc.response.body;
  const sent = body?.kind === 'single' ? body.singleResult.errors : undefined;
  const code = (sent?.[0]?.extensions?.code ?? rc.errors?.[0]?.extensions?.code) as string | undefined;
  const f = currentRequest();
  return {
    operation: operationNameOf(rc.operationName, rc.operation),
    operationType: rc.operation?.operation,
    ...outcomeOf({ errorCode: code ?? f?.errorCode, refusal: f?.refusal }, rc.response.http?.status ?? 200),
  };
}

/** Notes the operation of each GraphQL request for its log line. No per-field hooks: they cost. */
export function requestLogPlugin(): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const f = currentRequest();
          if (!f) return;
          f.operation = operationNameOf(rc.operationName, rc.operation);
          f.operationType = rc.operation?.operation;
        },
      };
    },
  };
}
