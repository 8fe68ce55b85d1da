import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** A message in both languages of the API: Chinese by default, English on `Accept-Language: en`. */
export interface Msg {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export enum UserErrorCode {
  /** A policy said no (who may act). */
  FORBIDDEN = 'FORBIDDEN',
  /** A workflow gate said no (when an action may happen). */
  PRECONDITION_FAILED = 'PRECONDITION_FAILED',
  INVALID_INPUT = 'INVALID_INPUT',
  /** A stale version or a lost race. */
  CONFLICT = 'CONFLICT',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  /** The request ran past the database's time limit and was cancelled; nothing changed. */
  TIMEOUT = 'TIMEOUT',
}
registerEnumType(UserErrorCode, { name: 'UserErrorCode' });

@ObjectType({ description: 'Why a mutation changed nothing' })
export class UserError {
  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: 'Rule ID (RULES.md) that refused, e.g. PM-8.2' })
  rule?: string;

  @Field(() => String, { nullable: true, description: 'Input field at fault' })
  field?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Stable name of the prerequisite that refused (e.g. catalogSubmitted, allowedState); key on this, not on the message',
  })
  gate?: string;
}

export interface Problem {
  code: UserErrorCode;
  rule?: string;
  message: Msg;
  field?: string;
  /** The gate's stable name, when a gate of a machine refused. */
  gate?: string;
}

/**
 * A mutation refused with one or more problems (all unmet gates at once). Thrown inside a command,
 * it rolls the transaction back; the command records the refusal and returns the problems.
 */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.code}${p.rule ? ` ${p.rule}` : ''}: ${p.message.en}`).join('; '));
  }

  static of(code: UserErrorCode, rule: string | undefined, message: Msg, field?: string): Refusal {
    return new Refusal([{ code, rule, message, field }]);
  }
}

/** An INVALID_INPUT problem, on one input field when there is one. */
export function invalid(rule: string, field: string | undefined, message: Msg): Problem {
  return { code: UserErrorCode.INVALID_INPUT, rule, field, message };
}

/** A PRECONDITION_FAILED problem: a prerequisite of the step is not met. */
export function precondition(rule: string, message: Msg, field?: string): Problem {
  return { code: UserErrorCode.PRECONDITION_FAILED, rule, message, field };
}

/** A FORBIDDEN problem: the caller may not take this step (a policy, or a duty the rule names). */
export function forbidden(rule: string, message: Msg, field?: string): Problem {
  return { code: UserErrorCode.FORBIDDEN, rule, message, field };
}

/** A CONFLICT problem: the step was already taken, or a concurrent one won. */
export function conflict(rule: string | undefined, message: Msg, field?: string): Problem {
  return { code: UserErrorCode.CONFLICT, rule, message, field };
}

/** Refuses with every problem at once, if there is any. */
export function refuseIfAny(problems: Problem[]): void {
  if (problems.length) throw new Refusal(problems);
}

export function localize(problem: Problem, lang: Lang): UserError {
  return Object.assign(new UserError(), {
    code: problem.code,
    message: problem.message[lang],
    rule: problem.rule,
    field: problem.field,
    gate: problem.gate,
  });
}

/**
 * A top-level error whose message was written in the caller's language. Anything else that reaches
 * `formatError` with a client code carries graphql-js's or Apollo's English text, and is answered
 * with the summary of its code (messages.ts) instead.
 */
export class LocalizedError extends GraphQLError {
  constructor(lang: Lang, message: Msg, extensions: Record<string, unknown>) {
    super(message[lang], { extensions });
  }
}

/** Top-level errors: only for authentication, missing objects, query limits and internal faults. */
export function unauthenticated(lang: Lang, reason?: Msg): GraphQLError {
  return new LocalizedError(lang, notAuthenticated(reason), { code: 'UNAUTHENTICATED', http: { status: 401 } });
}

/** Why a request has no principal: no token at all, or why the one it sent was refused. */
export function notAuthenticated(reason?: Msg): Msg {
  return reason ? { zh: `登录凭证无效：${reason.zh}`, en: `Not authenticated: ${reason.en}` } : { zh: '未登录或登录凭证无效', en: 'Not authenticated' };
}

/** Missing and not readable look the same, so that existence does not leak. */
export function notFound(lang: Lang, what = 'object'): GraphQLError {
  return new LocalizedError(lang, { zh: '对象不存在', en: `No such ${what}` }, { code: 'NOT_FOUND' });
}

/** PostgreSQL cancelled a statement (SQLSTATE 57014: the statement timeout, or a cancel at shutdown). */
export function isStatementCancelled(error: unknown): boolean {
  let e = error as { code?: unknown; cause?: unknown; originalError?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth += 1) {
    if (e.code === '57014') return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}

export const TIMED_OUT: Msg = {
  zh: '请求处理时间过长，已被取消，未作任何更改；请缩小范围或稍后重试',
  en: 'The request took too long and was cancelled; nothing was changed. Narrow it or try again later',
};

/** A query cancelled by the statement timeout: a top-level error, not an internal fault. */
export function timedOut(lang: Lang, path?: ReadonlyArray<string | number>): GraphQLError {
  return new GraphQLError(TIMED_OUT[lang], { path, extensions: { code: 'TIMEOUT' } });
}

export function badUserInput(lang: Lang, message: Msg): GraphQLError {
  return new LocalizedError(lang, message, { code: 'BAD_USER_INPUT' });
}

/** A query's argument refused: `INVALID_INPUT` naming the argument, as the input pass answers. */
export function invalidArgument(lang: Lang, field: string, message: Msg, rule?: string): GraphQLError {
  return new LocalizedError(lang, message, { code: 'INVALID_INPUT', field, ...(rule ? { rule } : {}) });
}
