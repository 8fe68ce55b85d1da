/** One entry of a GraphQL response's top-level `errors` (and of the service's HTTP errors). */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; rule?: string | null; field?: string | null; requestId?: string; [key: string]: unknown };
}

/** A refusal inside a mutation payload (`UserError`): the request went through, the step did not. */
export interface UserErrorLike {
  code: string;
  rule?: string | null;
  gate?: string | null;
  field?: string | null;
  message: string;
}

/** Every error this client throws. */
export class JianClientError extends Error {
  override name = 'JianClientError';
}

/** The request did not reach the API, or its answer was not a GraphQL response (network, proxy, 5xx page). */
export class TransportError extends JianClientError {
  override name = 'TransportError';
  constructor(
    message: string,
    /** HTTP status, when an answer came. */
    readonly status?: number,
    /** The X-Request-ID the service echoed, to quote to its operators. */
    readonly requestId?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The API answered with top-level `errors`: the operation was refused as a whole (no or a bad token,
 * a query over the limits, an invalid argument, an object the caller may not read...).
 */
export class GraphQLResponseError extends JianClientError {
  override name = 'GraphQLResponseError';
  /** `extensions.code` of the first error (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, INVALID_INPUT...). */
  readonly code?: string;
  readonly rule?: string;
  constructor(
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
    readonly requestId?: string,
    /** What the response carried besides the errors (fields that did resolve), if anything. */
    readonly data?: unknown,
  ) {
    super(errors.map((e) => (e.extensions?.code ? `${e.extensions.code}: ${e.message}` : e.message)).join('; ') || `HTTP ${status}`);
    this.code = errors[0]?.extensions?.code;
    this.rule = errors[0]?.extensions?.rule ?? undefined;
  }
}

/**
 * A mutation payload listed `errors`: the step was refused by a rule of the business (a missing
 * document, a state that does not allow it, a duty of another agency). `code`, `rule` and `gate`
 * are those of the first refusal; key on them, never on the message (it is in the caller's language).
 */
export class RefusedError extends JianClientError {
  override name = 'RefusedError';
  readonly code: string;
  readonly rule?: string;
  readonly gate?: string;
  readonly field?: string;
  constructor(readonly errors: UserErrorLike[]) {
    super(errors.map((e) => `${e.code}${e.rule ? ` ${e.rule}` : ''}: ${e.message}`).join('; '));
    this.code = errors[0].code;
    this.rule = errors[0].rule ?? undefined;
    this.gate = errors[0].gate ?? undefined;
    this.field = errors[0].field ?? undefined;
  }
}

/** The payload when it lists no `errors`; a `RefusedError` naming the first refusal otherwise. */
export function unwrap<P extends { errors: readonly UserErrorLike[] }>(payload: P): P {
  if (payload.errors.length > 0) throw new RefusedError([...payload.errors]);
  return payload;
}
