import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../authz/ability';
import { accessFilter, NOTHING } from '../authz/access-filter';
import type { RequestContext } from '../context';
import { Refusal, type Problem } from '../graphql/errors';
import { keyOf } from '../graphql/global-id';
import { AvailableAction, availableActions } from './available-actions';
import { runCommand, type Command, type CommandResult } from './command';
import { NONE, type Machine, type None } from './machine';
import { recordTransition } from './transition';

type Awaitable<T> = T | Promise<T>;

/** An object with a workflow: an entity with an id and a state. */
export interface WorkflowSubject {
  id: string;
  constructor: { name: string };
}

/**
 * What the engine needs to know of one aggregate (project, tenancy, catalog, …): its machine,
 * how to find and lock it, where its state lives, and the facts its gates read.
 */
export interface WorkflowSpec<E extends WorkflowSubject, S extends string, F> {
  machine: Machine<S | None, F>;
  /** The entity's name: the policies' subject and the audit trail's subject type. */
  subjectType: string;
  /** Finds the object by its key, locked for the command (null when there is none). */
  load(cmd: Command, key: string): Promise<E | null>;
  /** The facts the machine's gates read. `em` is the command's, or the request's for reads. */
  facts(ctx: RequestContext, em: EntityManager, subject: E): Promise<F>;
  /** Where the state lives; `status` unless said otherwise. */
  state?: { get(subject: E): S; set(subject: E, state: S): void };
  /** What the policies judge for an event (the entity itself unless said otherwise). */
  policySubject?(subject: E): object;
  /** Events the system takes (jobs, consequences of other steps): never offered to a user. */
  systemEvents?: readonly string[];
  /**
   * The steps that wait on someone: an object on which the user may take one now is in that
   * user's inbox (`myTasks`). Edits and optional steps (update, attach, invite) are not tasks.
   */
  tasks?: readonly string[];
}

/** What a step knows once every check has passed. */
export interface StepRun<S, F> {
  from: S | None;
  to: S;
  facts: F;
}

/**
 * One mutation of an aggregate. The engine does the rest, in this order, in one transaction:
 * load and lock (NOT_FOUND unless readable), authorize the event (FORBIDDEN), compute the facts
 * once, then list together every problem of `validate` (pure input checks), of `check` (input
 * checks that read the database) and every unmet gate of the machine; if there is none, move the
 * state, `apply`, and stamp the transition. `runCommand` audits either outcome.
 */
export interface StepSpec<E, S, F, I> {
  /** The global ID of the object in the input (`input.id` unless said otherwise). */
  id?(input: I): string | null | undefined;
  /** Input checks that need nothing but the input: pure. */
  validate?(input: I): Problem[];
  /** Input checks that read the database (an agency named in the input, a plan entry, …). */
  check?(cmd: Command, subject: E, input: I, facts: F): Awaitable<Problem[]>;
  /** Facts that come from the input, merged over the object's own before the gates run. */
  inputFacts?(cmd: Command, subject: E, input: I, facts: F): Awaitable<Partial<F>>;
  /** The step's own changes, once nothing refused; the state has already moved. */
  apply?(cmd: Command, subject: E, input: I, run: StepRun<S, F>): Awaitable<void>;
  /** The note stamped with the transition (reasons, opinion). */
  note?(input: I): string | null | undefined;
}

/** A step that creates its object: it starts from NONE. */
export interface CreateSpec<E, S, F, I> extends Omit<StepSpec<E, S, F, I>, 'id'> {
  /** Builds the object, not yet persisted; it is persisted once every check has passed. */
  build(cmd: Command, input: I): Awaitable<E>;
}

export type Step<E, I> = (ctx: RequestContext, input: I) => Promise<CommandResult<E>>;

export class Workflow<E extends WorkflowSubject, S extends string, F> {
  constructor(readonly spec: WorkflowSpec<E, S, F>) {}

  get machine(): Machine<S | None, F> {
    return this.spec.machine;
  }

  stateOf(subject: E): S {
    return this.spec.state ? this.spec.state.get(subject) : (subject as unknown as { status: S }).status;
  }

  private setState(subject: E, state: S): void {
    if (this.spec.state) this.spec.state.set(subject, state);
    else (subject as unknown as { status: S }).status = state;
  }

  private policySubject(subject: E): object {
    return this.spec.policySubject?.(subject) ?? subject;
  }

  /** The mutation of `event` on an existing object. */
  step<I>(event: string, spec: StepSpec<E, S, F, I> = {}): Step<E, I> {
    this.known(event);
    return (ctx, input) => {
      const key = keyOf(spec.id ? spec.id(input) ?? '' : ((input as { id?: string }).id ?? ''), this.spec.subjectType);
      return runCommand(ctx, { action: event, subjectType: this.spec.subjectType, subjectId: key ?? undefined }, async (cmd) => {
        const subject = key ? await this.spec.load(cmd, key) : null;
        if (!subject || !cmd.canRead(subject)) throw cmd.notFound(this.spec.subjectType);
        return this.run(cmd, subject, this.stateOf(subject), event, spec, input);
      });
    };
  }

  /** The mutation of `event` that creates the object (from NONE). */
  create<I>(event: string, spec: CreateSpec<E, S, F, I>): Step<E, I> {
    this.known(event);
    return (ctx, input) =>
      runCommand(ctx, { action: event, subjectType: this.spec.subjectType }, async (cmd) => {
        const subject = await spec.build(cmd, input);
        cmd.subjectId = subject.id;
        const value = await this.run(cmd, subject, NONE, event, spec, input);
        cmd.em.persist(subject);
        return value;
      });
  }

  private async run<I>(cmd: Command, subject: E, from: S | None, event: string, spec: Omit<StepSpec<E, S, F, I>, 'id'>, input: I): Promise<E> {
    cmd.subjectId = subject.id;
    cmd.authorize(event, this.policySubject(subject));
    const own = await this.spec.facts(cmd.ctx, cmd.em, subject);
    const facts = { ...own, ...(await spec.inputFacts?.(cmd, subject, input, own)) };
    const outcome = this.machine.decide(from, event, facts);
    const problems = [...(spec.validate?.(input) ?? []), ...((await spec.check?.(cmd, subject, input, facts)) ?? [])];
    if (!outcome.ok) problems.push(...outcome.problems);
    if (problems.length || !outcome.ok) throw new Refusal(problems);
    const to = outcome.to as S;
    this.setState(subject, to);
    await spec.apply?.(cmd, subject, input, { from, to, facts });
    recordTransition(cmd, subject, event, from, to, spec.note?.(input));
    return subject;
  }

  /**
   * A step the system takes as the consequence of another in the same command (a passed
   * acceptance makes its project ACCEPTED): no policy is asked, the gates still are.
   */
  async advance(cmd: Command, subject: E, event: string, note?: string): Promise<void> {
    const from = this.stateOf(subject);
    const outcome = this.machine.decide(from, event, await this.spec.facts(cmd.ctx, cmd.em, subject));
    if (!outcome.ok) throw new Refusal(outcome.problems);
    this.setState(subject, outcome.to as S);
    recordTransition(cmd, subject, event, from, outcome.to, note);
  }

  /** The steps the current user may take on the object now, and why not the others. */
  async availableActions(ctx: RequestContext, subject: E): Promise<AvailableAction[]> {
    const facts = await this.spec.facts(ctx, ctx.em, subject);
    const system = new Set(this.spec.systemEvents ?? []);
    return availableActions(ctx, this.machine, this.policySubject(subject), this.stateOf(subject), facts).filter((a) => !system.has(a.action));
  }

  /**
   * Where a task step of this workflow is the user's by state and duty, as a filter PostgreSQL
   * evaluates: OR over the task events of (state is one the event starts from AND the event's
   * policy grants it). The gates are not in it: they read facts, and `taskActions` asks them.
   * Null when no task step can be the user's.
   */
  taskFilter(ability: AppAbility): FilterQuery<E> | null {
    const terms: object[] = [];
    for (const event of this.spec.tasks ?? []) {
      const policy = accessFilter(ability, event, this.spec.subjectType);
      if (policy === NOTHING) continue;
      const from = this.machine.transitions.filter((t) => t.event === event).flatMap((t) => t.from.filter((f) => f !== NONE));
      const state = { status: { $in: [...new Set(from)] } };
      terms.push(Object.keys(policy).length ? { $and: [state, policy] } : state);
    }
    return terms.length ? ({ $or: terms } as FilterQuery<E>) : null;
  }

  /** The task steps the user may take on the object now: the policy grants them and every gate is met. */
  /**
   * Whether the object is the user's task without asking its facts: a task step without gates
   * starts from its state and the policy grants it (so it is allowed now). The gates of the other
   * steps are then asked only for the objects a page shows.
   */
  isTaskWithoutFacts(ctx: RequestContext, subject: E): boolean {
    if (ctx.readOnly) return false;
    const state = this.stateOf(subject);
    return (this.spec.tasks ?? []).some((event) => {
      const t = this.machine.transitionFor(state, event);
      return t !== undefined && (t.gates ?? []).length === 0 && ctx.ability.can(event, this.policySubject(subject));
    });
  }

  async taskActions(ctx: RequestContext, subject: E): Promise<AvailableAction[]> {
    const tasks = new Set(this.spec.tasks ?? []);
    return (await this.availableActions(ctx, subject)).filter((a) => a.allowed && tasks.has(a.action));
  }

  private known(event: string): void {
    if (!this.machine.events.includes(event)) throw new Error(`${this.machine.name}: no event ${event}`);
  }
}

export function defineWorkflow<E extends WorkflowSubject, S extends string, F>(spec: WorkflowSpec<E, S, F>): Workflow<E, S, F> {
  const workflow = new Workflow(spec);
  for (const event of spec.tasks ?? []) {
    if (spec.state) throw new Error(`${spec.machine.name}: tasks need the state in \`status\``);
    if (!spec.machine.events.includes(event) || spec.systemEvents?.includes(event)) throw new Error(`${spec.machine.name}: task ${event} is not a user's step`);
  }
  return workflow;
}
