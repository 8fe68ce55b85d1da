import { Field, ObjectType } from 'type-graphql';
import { explain } from '../authz/explain';
import type { RequestContext } from '../context';
import { localize, UserError, type Problem } from '../graphql/errors';
import { policyRefusal, READ_ONLY } from './command';
import { NONE, type Machine } from './machine';

@ObjectType({ description: 'A next step of a workflow object, for the current user' })
export class AvailableAction {
  @Field(() => String, { description: 'The mutation verb, e.g. approve' })
  action!: string;

  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => [UserError], { description: 'Why not: the policy refusal and every unmet gate' })
  blockers!: UserError[];
}

/**
 * Every event of a machine with whether the current user may take it now and, if not, why: the
 * policy's answer and every unmet prerequisite, so a portal can draw its buttons and explain a
 * grey one. Uses the same machine and policies as the mutations, so it cannot disagree with them.
 */
export function availableActions<S extends string, F>(
  ctx: RequestContext,
  machine: Machine<S, F>,
  subject: object,
  state: S,
  facts: F,
  extraPolicyChecks: (event: string) => Problem[] = () => [],
): AvailableAction[] {
  // An event that only creates an object is not a step of an existing one.
  const events = machine.events.filter((e) => machine.transitions.some((t) => t.event === e && t.from.some((f) => f !== NONE)));
  return events.map((event) => {
    const decision = explain(ctx.ability, event, subject);
    // Someone the policy refuses learns only that: the gates read facts they may not see.
    // A read-only user (the Audit Bureau) is refused every step before any policy is asked.
    const problems: Problem[] = ctx.readOnly
      ? [READ_ONLY]
      : decision.allowed
        ? [...extraPolicyChecks(event), ...machine.blockers(state, event, facts)]
        : [policyRefusal(event, subject, decision.rule)];
    return Object.assign(new AvailableAction(), {
      action: event,
      allowed: problems.length === 0,
      blockers: problems.map((p) => localize(p, ctx.lang)),
    });
  });
}
