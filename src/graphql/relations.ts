import type { EntityClass } from '@mikro-orm/core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { NOTHING } from '../authz/access-filter';
import type { RequestContext } from '../context';
import { takeRelated, type RelatedRead } from '../db/rows';
import { loaderOf, loaderRead, type LoaderRef } from './loaders';

/**
 * Relations a page can read in its own statement. A field resolver that follows a relation through
 * one of the request's loaders registers it here (`relation`) and loads through what it gets
 * back; a page whose query selects the field then reads the related rows with its own rows
 * (`relatedReads`), by the loader's statement, and primes the loader with them (`primeRelated`).
 * The resolver, its policy filter and its field-level rules stay as they are: the loader only
 * finds its answer already there.
 *
 * What is already there is answered at once, not as a promise: graphql-js completes a field with
 * a value in place, where a promise costs it (and the async hooks) a chain of microtasks per field
 * and per object, about a hundred and forty relations on a county page.
 */
interface Relation {
  field: string;
  ref: LoaderRef;
  /** The parent's property holding the key: a column (`id`) or a to-one relation (`division`). */
  from: string;
}

const registry = new Map<string, Relation[]>();

/** A value or the promise of it: what a relation answers (see `then`). */
export type Maybe<T> = T | Promise<T>;

/** `f` of `value`, at once when it is a value, after it when it is a promise. */
export function then<T, U>(value: Maybe<T>, f: (value: T) => U): Maybe<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Each request's answers of each relation by key: primed by a page, or loaded and kept. */
const answers = new WeakMap<RequestContext, Map<Relation, Map<string, unknown>>>();

function answersOf(ctx: RequestContext, relation: Relation): Map<string, unknown> {
  let byRelation = answers.get(ctx);
  if (!byRelation) answers.set(ctx, (byRelation = new Map()));
  let byKey = byRelation.get(relation);
  if (!byKey) byRelation.set(relation, (byKey = new Map()));
  return byKey;
}

/** The key `relation` loads for `parent`: its column's value, or the key of its to-one relation's stub. */
function keyOf(relation: Relation, parent: object): string | null {
  const value = (parent as Record<string, unknown>)[relation.from];
  if (value == null) return null;
  return String(typeof value === 'object' ? (value as Record<string, unknown>)[relation.ref.key] : value);
}

/**
 * Registers `parent.field` as the loader `ref` keyed by `parent[from]`, and returns what loads it:
 * for a parent, the row (byKey, null when there is no key) or the rows (manyBy, childrenOf).
 */
export function relation<P extends object, T extends object>(
  parent: EntityClass<P>,
  field: string,
  ref: LoaderRef<T> & { kind: 'byKey' },
  from: keyof P & string,
): (ctx: RequestContext, row: P) => Maybe<T | null>;
export function relation<P extends object, T extends object>(
  parent: EntityClass<P>,
  field: string,
  ref: LoaderRef<T> & { kind: 'manyBy' | 'childrenOf' },
  from: keyof P & string,
): (ctx: RequestContext, row: P) => Maybe<T[]>;
export function relation<P extends object, T extends object>(parent: EntityClass<P>, field: string, ref: LoaderRef<T>, from: keyof P & string) {
  const entry: Relation = { field, ref: ref as LoaderRef, from };
  const list = registry.get(parent.name) ?? [];
  if (list.some((r) => r.field === field)) throw new Error(`${parent.name}.${field}: registered twice`);
  registry.set(parent.name, [...list, entry]);
  return (ctx: RequestContext, row: P) => {
    const key = keyOf(entry, row);
    if (key === null) return ref.kind === 'byKey' ? null : [];
    const known = answersOf(ctx, entry);
    if (known.has(key)) return known.get(key);
    return (loaderOf(ctx, ref) as { load(key: string): Promise<unknown> }).load(key).then((value) => {
      // The loader's first answer for a key is kept: later reads agree with it, as the loader does.
      if (!known.has(key)) known.set(key, value);
      return value;
    });
  };
}

/** The names of the fields selected on a connection's nodes (`nodes { … }`, `edges { node { … } }`), fragments included. */
function nodeFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: 'connection' | 'edge' | 'node') => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, depth);
      else if (s.kind === Kind.FRAGMENT_SPREAD) walk(info.fragments[s.name.value]?.selectionSet, depth);
      else if (depth === 'node') names.add(s.name.value);
      else if (depth === 'connection' && s.name.value === 'nodes') walk(s.selectionSet, 'node');
      else if (depth === 'connection' && s.name.value === 'edges') walk(s.selectionSet, 'edge');
      else if (depth === 'edge' && s.name.value === 'node') walk(s.selectionSet, 'node');
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 'connection');
  return names;
}

/** A page's reads of `entity`'s registered relations that the query selects on its nodes. */
export interface RelatedPlan {
  reads: RelatedRead[];
  relations: Relation[];
}

export function relatedReads(ctx: RequestContext, entity: EntityClass<object>, info: GraphQLResolveInfo): RelatedPlan | undefined {
  const registered = registry.get(entity.name);
  if (!registered) return undefined;
  const selected = nodeFields(info);
  const plan: RelatedPlan = { reads: [], relations: [] };
  for (const r of registered) {
    if (!selected.has(r.field)) continue;
    const { filter, orderBy } = loaderRead(ctx, r.ref);
    // A loader that reads nothing answers without a statement.
    if (filter === NOTHING) continue;
    plan.reads.push({ entity: r.ref.entity.name, key: r.ref.key, from: r.from, filter, orderBy: orderBy as RelatedRead['orderBy'] });
    plan.relations.push(r);
  }
  return plan.reads.length ? plan : undefined;
}

/** Primes the request's loaders with the related rows read with `rows` (none when the page read without them). */
export function primeRelated(ctx: RequestContext, plan: RelatedPlan, rows: readonly object[]): void {
  const known = plan.relations.map((r) => answersOf(ctx, r));
  for (const row of rows) {
    const lists = takeRelated(row);
    if (!lists) continue;
    plan.relations.forEach((r, i) => {
      const list = lists[i];
      const key = keyOf(r, row);
      if (list === undefined || key === null) return;
      const value = r.ref.kind === 'byKey' ? (list[0] ?? null) : list;
      // As the loader's prime: an answer the request already has stays.
      if (!known[i].has(key)) known[i].set(key, value);
      (loaderOf(ctx, r.ref) as { prime(key: string, value: unknown): unknown }).prime(key, value);
    });
  }
}
