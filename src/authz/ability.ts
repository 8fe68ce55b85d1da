import { createMongoAbility, detectSubjectType, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { PolicyRule, PolicySet } from './policy-loader';

export type AppAbility = MongoAbility<[string, any]>;

/** The attributes of the signed-in user that policy placeholders may name. */
export interface PrincipalAttributes {
  id: string;
  agencyId: string;
  agencyKind: string;
  countyCode: string | null;
  /** The county code, or the city's (360800) for municipal agencies: where the user governs. */
  divisionCode: string;
  roles: string[];
}

const PLACEHOLDER = /^\$\{user\.(\w+)\}$/;

class Unfillable extends Error {}

function fill(value: unknown, user: PrincipalAttributes): unknown {
  if (typeof value === 'string') {
    const m = PLACEHOLDER.exec(value);
    if (!m) return value;
    const filled = (user as unknown as Record<string, unknown>)[m[1]];
    // A rule about "my county" does not apply to someone without one.
    if (filled === null || filled === undefined) throw new Unfillable();
    return filled;
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, user));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, user)]));
  }
  return value;
}

/**
 * CASL subject type of an entity instance (its class name), of a plain object tagged with CASL's
 * `subject(type, object)`, or of a type name.
 */
export function subjectTypeOf(subject: unknown): string {
  if (typeof subject === 'string') return subject;
  return detectSubjectType(subject as object) as string;
}

/**
 * The rules that apply to a user: everyone's rules and the rules of the user's agency kind, those
 * requiring a role kept only when the user has it, placeholders filled. CASL gives later rules
 * priority, so the agency's rules (and their `cannot`s) come after everyone's.
 */
export function rulesFor(policies: PolicySet, user: PrincipalAttributes): PolicyRule[] {
  const applicable = [...(policies.byKind.get('*') ?? []), ...(policies.byKind.get(user.agencyKind) ?? [])];
  const rules: PolicyRule[] = [];
  for (const rule of applicable) {
    if (rule.roles && !rule.roles.some((r) => user.roles.includes(r))) continue;
    try {
      rules.push(rule.conditions ? { ...rule, conditions: fill(rule.conditions, user) as Record<string, unknown> } : rule);
    } catch (e) {
      if (!(e instanceof Unfillable)) throw e;
    }
  }
  return rules;
}

export function buildAbility(policies: PolicySet, user: PrincipalAttributes): AppAbility {
  return createMongoAbility<[string, any]>(rulesFor(policies, user) as RawRuleOf<AppAbility>[], {
    detectSubjectType: subjectTypeOf,
  });
}

const abilities = new WeakMap<PolicySet, Map<string, AppAbility>>();
const MAX_ABILITIES = 1000;

/**
 * `buildAbility`, kept per policy set and attributes: the ability a user's requests are judged by
 * is the same from one request to the next until their agency, county or roles change (the
 * attributes are read with the user on every request, so a change counts at the next one). An
 * ability is never changed once built, and CASL indexes its rules on first use: a kept ability
 * judges faster than a new one.
 */
export function abilityFor(policies: PolicySet, user: PrincipalAttributes): AppAbility {
  let byUser = abilities.get(policies);
  if (!byUser) abilities.set(policies, (byUser = new Map()));
  const key = JSON.stringify(user);
  let ability = byUser.get(key);
  if (!ability) {
    if (byUser.size >= MAX_ABILITIES) byUser.clear();
    byUser.set(key, (ability = buildAbility(policies, user)));
  }
  return ability;
}

