import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lang } from '../graphql/errors';

/**
 * What is known about the request in flight, gathered as it runs and logged when it ends. The code
 * that learns a fact notes it here (the token check, the error formatter, the audit trail, the ORM's
 * statement hook) instead of passing it up through every layer.
 */
export interface RequestFacts {
  readonly requestId: string;
  /** The caller's language (Accept-Language), for messages made far from the request (formatError). */
  readonly lang: Lang;
  /** `process.hrtime.bigint()` when the request arrived. */
  readonly startedAt: bigint;
  /** SQL statements sent to PostgreSQL for this request, transaction control included. */
  statements: number;
  /** Queries sent: a batch of statements (src/db/statement-batch.ts) is one round trip. */
  roundTrips: number;
  principal?: string;
  agency?: string;
  serviceClient?: string;
  /** The GraphQL operation's name, or its first root field when it has none. */
  operation?: string;
  operationType?: string;
  /** The first error code the caller was sent at the top level (GraphQL) or as an HTTP error. */
  errorCode?: string;
  /** The first refusal the audit trail recorded: a mutation payload's first error. */
  refusal?: { code: string; rule?: string };
}

const scope = new AsyncLocalStorage<RequestFacts>();

/** Runs `fn` (the rest of the request's middleware) with `facts` as the current request. */
export function runWithRequestFacts<T>(facts: RequestFacts, fn: () => T): T {
  return scope.run(facts, fn);
}

/** The request in flight, or undefined outside one (scheduled jobs, CLIs, direct calls in tests). */
export function currentRequest(): RequestFacts | undefined {
  return scope.getStore();
}

/** Called by the ORM's logger for every query it sends: one lookup and one increment. */
export function countStatement(): void {
  const facts = scope.getStore();
  if (facts) {
    facts.statements += 1;
    facts.roundTrips += 1;
  }
}

/** The statements of a batch beyond its first, which the ORM's logger counted with the query. */
export function countBatchedStatements(n: number): void {
  const facts = scope.getStore();
  if (facts) facts.statements += n;
}

export function notePrincipal(username: string, agency: string, serviceClient: string | undefined): void {
  const facts = scope.getStore();
  if (!facts) return;
  facts.principal = username;
  facts.agency = agency;
  facts.serviceClient = serviceClient;
}

/** The first code wins: later errors are usually consequences of the first. */
export function noteErrorCode(code: string): void {
  const facts = scope.getStore();
  if (facts && facts.errorCode === undefined) facts.errorCode = code;
}

export function noteRefusal(code: string, rule: string | undefined): void {
  const facts = scope.getStore();
  if (facts && facts.refusal === undefined) facts.refusal = { code, rule };
}
