import { UserErrorCode, type Msg, type Problem } from '../graphql/errors';
import { defineMessages, messageOf } from './messages';

/** The state of an object that does not exist yet: a machine's creating event starts from it. */
export const NONE = 'NONE' as const;
export type None = typeof NONE;

/**
 * A gate: a named prerequisite of a transition, with the rule ID that demands it and a message in
 * both languages. `check` is pure: it reads the facts the service gathered, it does no I/O.
 */
export interface Gate<F> {
  /** Stable: clients key on it (`UserError.gate`), and it keys the message catalog. */
  name: string;
  rule: string;
  message: Msg;
  /** PRECONDITION_FAILED unless said otherwise (DEADLINE_PASSED, INVALID_INPUT). */
  code?: UserErrorCode;
  field?: string;
  check(facts: F): boolean;
  /** What in the facts fails it (which systems, …), said after the catalog's message. */
  detail?(facts: F): Msg | undefined;
}

/**
 * The rule ID of each event of machines, for the policy vocabulary: an action's rule lives in its
 * machine, and the vocabulary takes it from there.
 */
export function machineActions(...machines: { transitions: readonly { event: string; rule: string }[] }[]): Record<string, string> {
  const actions: Record<string, string> = {};
  for (const m of machines) for (const t of m.transitions) actions[t.event] ??= t.rule;
  return actions;
}

/** A gate whose message is the catalog's entry of its name (messages.ts). */
export function gate<F>(
  name: string,
  rule: string,
  check: (facts: F) => boolean,
  options: { code?: UserErrorCode; field?: string; detail?: (facts: F) => Msg | undefined } = {},
): Gate<F> {
  return { name, rule, message: messageOf(name), check, ...options };
}

/** The gate name of "the object is not in a state this event starts from". */
export const ALLOWED_STATE = 'allowedState';

defineMessages({
  [ALLOWED_STATE]: { zh: '当前状态不能执行此操作', en: 'The object is not in a state that allows this step' },
});

export interface Transition<S extends string, F> {
  /** The domain verb; also the policy action that says who may take it. */
  event: string;
  from: readonly S[];
  to: S | ((facts: F) => S);
  /** The rule ID of the step itself, cited when the object is not in a state that allows it. */
  rule: string;
  gates?: readonly Gate<F>[];
}

export type Outcome<S> = { ok: true; to: S } | { ok: false; problems: Problem[] };

function gateProblem<F>(g: Gate<F>, facts: F): Problem {
  const detail = g.detail?.(facts);
  const message = detail ? { zh: `${g.message.zh}：${detail.zh}`, en: `${g.message.en}: ${detail.en}` } : g.message;
  return { code: g.code ?? UserErrorCode.PRECONDITION_FAILED, rule: g.rule, message, field: g.field, gate: g.name };
}

/** The problems of the gates `facts` do not meet: for a prerequisite that applies only to some inputs. */
export function unmetGates<F>(gates: readonly Gate<F>[], facts: F): Problem[] {
  return gates.filter((g) => !g.check(facts)).map((g) => gateProblem(g, facts));
}

/**
 * A state machine: (state, event, facts) → next state, or every unmet prerequisite at once.
 * Pure and synchronous, so it is tested as a table; services gather the facts and persist.
 */
export class Machine<S extends string, F> {
  private readonly byEvent: Map<string, Transition<S, F>[]>;

  constructor(
    readonly name: string,
    readonly transitions: readonly Transition<S, F>[],
  ) {
    this.byEvent = new Map();
    for (const t of transitions) this.byEvent.set(t.event, [...(this.byEvent.get(t.event) ?? []), t]);
  }

  get events(): string[] {
    return [...this.byEvent.keys()];
  }

  /** The transition `event` takes from `state`, if any. */
  transitionFor(state: S, event: string): Transition<S, F> | undefined {
    return this.byEvent.get(event)?.find((t) => t.from.includes(state));
  }

  /** Everything that keeps `event` from happening now: wrong state, or each unmet gate. */
  blockers(state: S, event: string, facts: F): Problem[] {
    const all = this.byEvent.get(event);
    if (!all) throw new Error(`${this.name}: unknown event ${event}`);
    const t = all.find((x) => x.from.includes(state));
    if (!t) {
      const from = [...new Set(all.flatMap((x) => x.from))].join(', ');
      return [
        {
          code: UserErrorCode.PRECONDITION_FAILED,
          rule: all[0].rule,
          gate: ALLOWED_STATE,
          message: {
            zh: `当前状态（${state}）不能执行「${event}」，须处于：${from}`,
            en: `Cannot ${event} in state ${state}; it needs one of: ${from}`,
          },
        },
      ];
    }
    return unmetGates(t.gates ?? [], facts);
  }

  /** The next state of `event`, or every reason it cannot happen now: the gates are evaluated once. */
  decide(state: S, event: string, facts: F): Outcome<S> {
    const problems = this.blockers(state, event, facts);
    if (problems.length) return { ok: false, problems };
    const t = this.transitionFor(state, event)!;
    return { ok: true, to: typeof t.to === 'function' ? t.to(facts) : t.to };
  }

  /** Every gate of the machine, once each (for the message catalog's test and the README). */
  get gates(): Gate<F>[] {
    return [...new Map(this.transitions.flatMap((t) => t.gates ?? []).map((g) => [g.name + '\u0000' + g.rule, g])).values()];
  }
}
