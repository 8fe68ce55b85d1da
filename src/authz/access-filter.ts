import type { AppAbility } from './ability';
import { vocabulary } from './vocabulary';

type Query = Record<string, unknown>;

/**
 * `{ 'agency.county.code': x }` → `{ agency: { county: { code: x } } }`, merging shared prefixes.
 * On an array field, CASL's `{ field: x }` means "contains x": PostgreSQL's `@>`.
 */
function nest(conditions: Query, arrayFields: string[] = []): Query {
  const out: Query = {};
  for (const [key, raw] of Object.entries(conditions)) {
    const value = arrayFields.includes(key) && (raw === null || typeof raw !== 'object') ? { $contains: [raw] } : raw;
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Query;
    node[parts[parts.length - 1]] = value;
  }
  return out;
}

/** Sentinel for "no row is permitted". */
export const NOTHING = Symbol('nothing');

/**
 * The policies as a MikroORM filter for `action` on `subjectType`: the same rules that decide a
 * single-object check, evaluated by PostgreSQL, so lists, counts and pages see only permitted rows.
 *
 * CASL lets the rule of highest priority that matches decide. A row is therefore permitted when
 * some `can` rule matches it and no `cannot` rule of higher priority does:
 *   OR over can-rules r of ( cond(r) AND NOT cond(c) for every cannot-rule c above r ).
 * (`rulesToQuery` of @casl/ability/extra drops conditional `can` rules above an unconditional one,
 * so a list could disagree with a single-object check; this does not.)
 * Returns NOTHING when no row can match and `{}` when every row does.
 */
export function accessFilter(ability: AppAbility, action: string, subjectType: string): Query | typeof NOTHING {
  const terms: Query[] = [];
  const cannots: Query[] = [];
  for (const rule of ability.rulesFor(action, subjectType)) {
    // Row-level access ignores field restrictions: `cannot read budget` still lets the row be read.
    if (!rule.matchesField(undefined)) continue;
    const conditions = rule.conditions ? nest(rule.conditions as Query, vocabulary[subjectType]?.arrayFields) : null;
    const guard = cannots.map((c) => ({ $not: c }));
    if (rule.inverted) {
      if (!conditions) break; // nothing below an unconditional `cannot` can grant anything
      cannots.push(conditions);
      continue;
    }
    const parts = conditions ? [conditions, ...guard] : guard;
    terms.push(parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts });
    if (!conditions) break; // later `can` rules are implied by this one
  }
  if (terms.length === 0) return NOTHING;
  if (terms.some((t) => Object.keys(t).length === 0)) return {};
  return terms.length === 1 ? terms[0] : { $or: terms };
}
