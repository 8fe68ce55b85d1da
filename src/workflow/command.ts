import {
  DeadlockException,
  DriverException,
  FlushMode,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
  type ChangeSet,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAuditEvent, type AuditEntry } from '../audit/audit-log';
import { AuditOutcome } from '../audit/audit-event.entity';
import { explain } from '../authz/explain';
import { todayOf } from '../calendar/clock';
import type { RequestContext } from '../context';
import { conflict, isStatementCancelled, localize, notFound, Refusal, TIMED_OUT, UserErrorCode, type Problem, type UserError } from '../graphql/errors';
import { Agency } from '../modules/organizations/agency.entity';
import { User } from '../modules/organizations/user.entity';
import { stageDomainEvents } from '../events/outbox';
import type { StateTransition } from './state-transition.entity';

/** The policy said no: the one FORBIDDEN problem of a mutation and of `availableActions` alike. */
export function policyRefusal(action: string, subject: unknown, rule: string): Problem {
  const what = typeof subject === 'string' ? subject : (subject as object).constructor.name;
  return {
    code: UserErrorCode.FORBIDDEN,
    rule,
    gate: 'policy',
    message: { zh: `无权执行此操作（${action}），依据 ${rule}`, en: `Not permitted to ${action} this ${what} (${rule})` },
  };
}

/** Thrown by a command whose object is missing or not readable: a top-level NOT_FOUND, audited. */
class Missing extends Error {
  constructor(readonly what: string) {
    super(`${what} not found`);
  }
}

export interface CommandSpec {
  /** The domain verb, as in the policies (`approve`, `submitFeasibility`, …). */
  action: string;
  subjectType: string;
  /** Known before the command runs (an existing object); a created object fills it in. */
  subjectId?: string;
}

export type CommandResult<T> = { value: T; errors: UserError[] } | { value: null; errors: UserError[] };

/** The running command: its transaction, and what it records for the audit trail. */
export class Command {
  /** The rule ID that decided (the policy rule that allowed, or the refusal's). */
  rule?: string;
  subjectId?: string;
  /** Steps recorded by this command, not yet written as domain events. */
  readonly transitions: StateTransition[] = [];
  /** Changes already written by `flushStage`, for the command's one audit event. */
  private readonly flushedChanges: unknown[] = [];

  constructor(
    readonly ctx: RequestContext,
    readonly em: EntityManager,
    readonly spec: CommandSpec,
  ) {
    this.subjectId = spec.subjectId;
  }

  /**
   * Writes the changes so far inside the command's transaction, keeping them for its audit event.
   * A bulk change flushes its removals, updates and insertions of one entity in separate stages:
   * the unit of work compares each removal and update with every insertion of the same entity
   * (for unique keys), which is quadratic when thousands of rows go both ways in one flush.
   */
  async flushStage(): Promise<void> {
    this.flushedChanges.push(...pendingChanges(this.em));
    await this.em.flush();
  }

  /** Every change of the command: those of earlier stages and those still pending. */
  changes(): unknown[] {
    return [...this.flushedChanges, ...pendingChanges(this.em)];
  }

  /** Refuses with FORBIDDEN unless a policy rule grants `action` on `subject`; records the rule. */
  authorize(action: string, subject: unknown, field?: string): void {
    const decision = explain(this.ctx.ability, action, subject, field);
    if (!decision.allowed) throw new Refusal([policyRefusal(action, subject, decision.rule)]);
    this.rule ??= decision.rule;
  }

  /** Whether the caller may see the object at all (else it is NOT_FOUND to them). */
  canRead(subject: object): boolean {
    return this.ctx.ability.can('read', subject);
  }

  notFound(what: string): Error {
    return new Missing(what);
  }

  /** The signed-in user and agency as references of this unit of work. */
  currentUser(): User {
    return this.em.getReference(User, this.ctx.principal!.user.id);
  }

  currentAgency(): Agency {
    return this.em.getReference(Agency, this.ctx.principal!.user.agency.id);
  }

  private day?: string;

  /** Today in Asia/Shanghai by the service's clock, fixed for the whole command. */
  get today(): string {
    return (this.day ??= todayOf(this.ctx.services.clock));
  }
}

/** Thrown at the end of a rehearsed command so that its transaction rolls back (`rehearseCommands`). */
class Rehearsed<T> extends Error {
  constructor(readonly value: T) {
    super('rehearsed');
  }
}

const HIDDEN = '(hidden)';

function serialiseValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  // Content is identified by its hash elsewhere in the change; the trail keeps only its size.
  if (Buffer.isBuffer(value)) return `${value.length} bytes`;
  if (value && typeof value === 'object' && 'toJSON' in value) return (value as { toJSON(): unknown }).toJSON();
  return value;
}

/** Changed fields, before and after, of everything the unit of work is about to write. */
function pendingChanges(em: EntityManager): unknown[] {
  const uow = em.getUnitOfWork();
  uow.computeChangeSets();
  return uow.getChangeSets().map((cs: ChangeSet<any>) => {
    const fields = Object.keys(cs.payload ?? {}).filter((f) => f !== 'updatedAt' && f !== 'version');
    const before = cs.originalEntity as Record<string, unknown> | undefined;
    // A hidden property (a webhook's secret) is recorded as changed, never its value.
    const serialise = (f: string, value: unknown) => (cs.meta.properties[f]?.hidden ? (value == null ? null : HIDDEN) : serialiseValue(value));
    return {
      entity: cs.name,
      id: String(cs.getPrimaryKey() ?? (cs.entity as { id?: string }).id),
      type: cs.type,
      before: cs.type === 'create' ? null : Object.fromEntries(fields.map((f) => [f, serialise(f, before?.[f] ?? null)])),
      after: cs.type === 'delete' ? null : Object.fromEntries(fields.map((f) => [f, serialise(f, cs.payload[f])])),
    };
  });
}

type AuditBase = Omit<AuditEntry, 'outcome' | 'subjectId'>;

/** Records a refused (or failed) attempt in a transaction of its own: the command's was rolled back. */
function appendRefusal(ctx: RequestContext, base: AuditBase, subjectId: string | undefined, problems: Problem[]) {
  const first = problems[0];
  return ctx.services.orm.em.fork().transactional((tx) =>
    appendAuditEvent(tx, {
      ...base,
      subjectId,
      outcome: AuditOutcome.REFUSED,
      errorCode: first.code,
      rule: first.rule,
      changes: problems.map((p) => ({ code: p.code, rule: p.rule ?? null, field: p.field ?? null })),
    }),
  );
}

/** PostgreSQL refused a value the service let through: too long, out of range, missing, or a check. */
const BAD_VALUE_STATES = new Set(['22001', '22003', '23502', '23514']);
const BAD_VALUE: Problem = {
  code: UserErrorCode.INVALID_INPUT,
  message: { zh: '输入的值不符合要求（过长、超出范围或缺少必填项）', en: 'A value is too long, out of range or missing' },
};

/** The Audit Bureau's refusal of every mutation, whatever the policies (also what `availableActions` tells it). */
export const READ_ONLY: Problem = {
  code: UserErrorCode.FORBIDDEN,
  rule: 'PM-18',
  message: { zh: '审计用户只读，不能修改任何数据', en: 'Audit users read everything and change nothing' },
};

/** What the audit trail records of an attempt that failed inside the service (the fault goes to the log). */
const INTERNAL_FAULT: Problem = { code: 'INTERNAL' as UserErrorCode, message: { zh: '服务内部错误', en: 'Internal fault' } };

const LOST_RACE: Problem = conflict(undefined, { zh: '对象已被他人修改，请刷新后重试', en: 'The object was changed by someone else; reload and retry' });

/**
 * Runs a mutation as one transaction: the body loads, authorizes, checks gates and changes
 * entities; the changes are flushed and one audit event is appended in the same transaction.
 * A refusal (policy, gate, input, lost race) rolls everything back, and the refusal alone is then
 * appended to the audit chain in a transaction of its own. Either way exactly one event is written.
 */
export async function runCommand<T>(
  ctx: RequestContext,
  spec: CommandSpec,
  body: (cmd: Command) => Promise<T>,
): Promise<CommandResult<T>> {
  const principal = ctx.principal!;
  const base: AuditBase = {
    requestId: ctx.requestId,
    actorUserId: principal.user.id,
    actorUsername: principal.user.username,
    actorAgencyId: principal.user.agency.id,
    serviceClient: principal.serviceClient,
    action: spec.action,
    subjectType: spec.subjectType,
    policyVersion: ctx.services.policies.version,
  };
  let cmd: Command | undefined;
  let problems: Problem[];
  let missing: Missing | undefined;
  try {
    if (ctx.readOnly) throw new Refusal([READ_ONLY]);
    const em = ctx.services.orm.em.fork();
    const value = await em.transactional(async (tx) => {
      cmd = new Command(ctx, tx, spec);
      const result = await body(cmd);
      if (ctx.services.rehearseCommands) throw new Rehearsed(result);
      const changes = cmd.changes();
      await tx.flush();
      // Written in the audit event's flush, under the chain's lock.
      stageDomainEvents(cmd, ctx.requestId);
      await appendAuditEvent(tx, {
        ...base,
        subjectId: cmd.subjectId,
        outcome: AuditOutcome.ALLOWED,
        rule: cmd.rule,
        changes,
      });
      return result;
      // No automatic flushes before queries: every change stays pending until the end, so the audit
      // event records all of it.
    }, { flushMode: FlushMode.COMMIT });
    return { value, errors: [] };
  } catch (e) {
    if (e instanceof Rehearsed) return { value: e.value as T, errors: [] };
    if (e instanceof Refusal) problems = e.problems;
    else if (e instanceof Missing) {
      missing = e;
      problems = [{ code: 'NOT_FOUND' as UserErrorCode, message: { zh: '对象不存在', en: `No such ${e.what}` } }];
    } else if (
      e instanceof OptimisticLockError ||
      e instanceof UniqueConstraintViolationException ||
      e instanceof DeadlockException ||
      e instanceof LockWaitTimeoutException
    ) {
      problems = [LOST_RACE];
    } else if (e instanceof DriverException && String((e as { code?: string }).code) === '23P01') {
      // An exclusion constraint (e.g. one open quota line per item) lost to a concurrent writer.
      problems = [LOST_RACE];
    } else if (e instanceof DriverException && BAD_VALUE_STATES.has(String((e as { code?: string }).code))) {
      problems = [BAD_VALUE];
    } else if (isStatementCancelled(e)) {
      // The statement timeout cut the command short; its transaction is rolled back.
      problems = [{ code: UserErrorCode.TIMEOUT, message: TIMED_OUT }];
    } else {
      // An internal fault: the attempt is still recorded, then the fault goes up (masked to the caller).
      await appendRefusal(ctx, base, cmd?.subjectId ?? spec.subjectId, [INTERNAL_FAULT]).catch(() => undefined);
      throw e;
    }
  }
  ctx.services.metrics?.refused(problems);
  if (!ctx.services.rehearseCommands) await appendRefusal(ctx, base, cmd?.subjectId ?? spec.subjectId, problems);
  if (missing) throw notFound(ctx.lang, missing.what);
  return { value: null, errors: problems.map((p) => localize(p, ctx.lang)) };
}
