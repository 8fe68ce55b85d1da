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
 */
interface Relation {
  field: string;
  ref: LoaderRef;
  /** The parent's property holding the key: a column (`id`) or a to-one relation (`division`). */
  from: string;
}

const registry = new Map<string, Relation[]>();

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
): (ctx: RequestContext, row: P) => Promise<T | null>;
export function relation<P extends object, T extends object>(
  parent: EntityClass<P>,
  field: string,
  ref: LoaderRef<T> & { kind: 'manyBy' | 'childrenOf' },
  from: keyof P & string,
): (ctx: RequestContext, row: P) => Promise<T[]>;
export function relation<P extends object, T extends object>(parent: EntityClass<P>, field: string, ref: LoaderRef<T>, from: keyof P & string) {
  const entry: Relation = { field, ref: ref as LoaderRef, from };
  const list = registry.get(parent.name) ?? [];
  if (list.some((r) => r.field === field)) throw new Error(`${parent.name}.${field}: registered twice`);
  registry.set(parent.name, [...list, entry]);
  return (ctx: RequestContext, row: P) => {
    const key = keyOf(entry, row);
    if (key === null) return Promise.resolve(ref.kind === 'byKey' ? null : []);
    return (loaderOf(ctx, ref) as { load(key: string): Promise<unknown> }).load(key);
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
  for (const row of rows) {
    const lists = takeRelated(row);
    if (!lists) continue;
    plan.relations.forEach((r, i) => {
      const list = lists[i];
      const key = keyOf(r, row);
      if (list === undefined || key === null) return;
      const loader = loaderOf(ctx, r.ref) as { prime(key: string, value: unknown): unknown };
      loader.prime(key, r.ref.kind === 'byKey' ? (list[0] ?? null) : list);
    });
  }
}
