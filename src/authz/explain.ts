import type { AppAbility } from './ability';
import { subjectTypeOf } from './ability';
import type { PolicyRule } from './policy-loader';
import { governingRule } from './vocabulary';

export interface Decision {
  allowed: boolean;
  /** The rule ID of the policy rule that decided, or of the article that governs the action. */
  rule: string;
  /** The policy rule itself, when one matched. */
  policyRule?: PolicyRule;
}

/** Why an action is allowed or refused: the deciding policy rule and the article it cites. */
export function explain(ability: AppAbility, action: string, subject: unknown, field?: string): Decision {
  const matched = ability.relevantRuleFor(action, subject as any, field);
  if (!matched) return { allowed: false, rule: governingRule(subjectTypeOf(subject), action) };
  const origin = matched.origin as unknown as PolicyRule;
  return { allowed: !matched.inverted, rule: origin.because, policyRule: origin };
}
