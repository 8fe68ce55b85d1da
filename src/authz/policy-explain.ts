import { isDeepStrictEqual } from 'node:util';
import type { PolicyRule, PolicySet } from './policy-loader';

/** A rule as an agency kind gets it, in the order CASL receives it (later rules rank higher). */
export interface ExplainedRule {
  /** Position in the kind's load order (everyone's rules first), from 1. */
  index: number;
  file: string;
  rule: PolicyRule;
  actions: string[];
  /** Actions of this rule that a later rule always decides instead, with that rule's index. */
  overridden: { action: string; by: number }[];
}

export interface PolicyExplanation {
  agencyKind: string;
  subject?: string;
  role?: string;
  rules: ExplainedRule[];
}

const actionsOf = (rule: PolicyRule) => (Array.isArray(rule.action) ? rule.action : [rule.action]);

/**
 * Does `later` decide `action` whenever `earlier` applies? CASL decides by the last matching rule,
 * so then `earlier` never decides that action. Only what is determinable from the rules themselves
 * counts: the later rule names the action (or `manage`) and the subject (or `all`), its conditions
 * are a part of the earlier's (so it matches whenever the earlier does, placeholders included),
 * it applies to every field the earlier does, and to every user who gets the earlier one.
 */
function covers(later: PolicyRule, earlier: PolicyRule, action: string, role?: string): boolean {
  const acts = actionsOf(later);
  if (!acts.includes(action) && !acts.includes('manage')) return false;
  if (later.subject !== earlier.subject && later.subject !== 'all') return false;
  for (const [key, value] of Object.entries(later.conditions ?? {})) {
    if (!earlier.conditions || !(key in earlier.conditions) || !isDeepStrictEqual(earlier.conditions[key], value)) return false;
  }
  if (later.fields) {
    // A rule with fields decides only those; a refusal with fields never decides the whole object.
    if (!earlier.fields || !earlier.fields.every((f) => later.fields!.includes(f))) return false;
    if (later.inverted && !earlier.inverted) return false;
  }
  if (later.roles && !role) {
    if (!earlier.roles || !earlier.roles.every((r) => later.roles!.includes(r))) return false;
  }
  return true;
}

/**
 * The rules an agency kind actually gets, in load order: everyone's (`*`), then the files it
 * shares with other kinds, then its own; optionally only those of one subject (and the `all`
 * rules that reach it) and those a user with one role gets.
 */
export function explainPolicies(policies: PolicySet, agencyKind: string, options: { subject?: string; role?: string } = {}): PolicyExplanation {
  const { subject, role } = options;
  const all = [...(agencyKind === '*' ? [] : policies.byKind.get('*') ?? []), ...(policies.byKind.get(agencyKind) ?? [])];
  // Numbered in the kind's full load order, so a rule keeps its number whatever the filter.
  const rules: ExplainedRule[] = all
    .map((rule, i) => ({ index: i + 1, file: policies.origins.get(rule) ?? '?', rule, actions: actionsOf(rule), overridden: [] as ExplainedRule['overridden'] }))
    .filter(({ rule: r }) => (!role || !r.roles || r.roles.includes(role)) && (!subject || r.subject === subject || r.subject === 'all'));
  for (const [i, entry] of rules.entries()) {
    for (const action of entry.actions) {
      // The last rule that covers it is the one that decides.
      for (let j = rules.length - 1; j > i; j--) {
        if (covers(rules[j].rule, entry.rule, action, role)) {
          entry.overridden.push({ action, by: rules[j].index });
          break;
        }
      }
    }
  }
  return { agencyKind, subject, role, rules };
}

/** The explanation as text, one block per rule. */
export function formatExplanation(x: PolicyExplanation): string[] {
  const lines: string[] = [];
  const scope = [x.subject && `subject ${x.subject}`, x.role && `role ${x.role}`].filter(Boolean).join(', ');
  lines.push(`Rules of agency kind ${x.agencyKind}${scope ? ` (${scope})` : ''}, in load order; a later rule decides over an earlier one.`);
  if (!x.rules.length) lines.push('(no rules)');
  let file = '';
  for (const e of x.rules) {
    if (e.file !== file) {
      file = e.file;
      lines.push('', `${file}:`);
    }
    const r = e.rule;
    const by = (n: number) => `#${n} (${x.rules.find((o) => o.index === n)?.rule.inverted ? 'cannot' : 'can'})`;
    const whole = e.overridden.length === e.actions.length;
    const byAll = [...new Set(e.overridden.map((o) => o.by))];
    lines.push(
      `  #${e.index} ${r.inverted ? 'cannot' : 'can'} ${e.actions.join(', ')} ${r.subject}  because ${r.because}` +
        (whole ? `  [OVERRIDDEN by ${byAll.map(by).join(', ')}]` : ''),
    );
    if (r.conditions) lines.push(`      when ${JSON.stringify(r.conditions)}`);
    if (r.fields) lines.push(`      fields ${r.fields.join(', ')}`);
    if (r.roles) lines.push(`      roles ${r.roles.join(', ')}`);
    if (r.reason) lines.push(`      reason: ${r.reason}`);
    if (!whole) for (const o of e.overridden) lines.push(`      ${o.action}: overridden by ${by(o.by)}`);
  }
  return lines;
}
