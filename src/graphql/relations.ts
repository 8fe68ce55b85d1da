import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { NOTHING } from '../authz/access-filter';
import type { RequestContext } from '../context';
import { compileByKeys, executeByKeys, KEYS, takeAggregates, takeRelated, type AggregateRead, type RelatedRead } from '../db/rows';
import { loaderOf, loaderRead, type LoaderRef } from './loaders';

/**
 * Relations a page can read in its own statement. A field resolver that follows a relation through
 * one of the request's loaders registers it here (`relation`) and loads through what it gets
 * back; a page whose query selects the field then reads the related rows with its own rows
 * (`relatedReads`), by the loader's statement, and primes the loader with them (`primeRelated`).
 * The resolver, its policy filter and its field-level rules stay as they are: the loader only
 * finds its answer already there.
 *
 * A value computed per related row by a keyed statement (a catalog's entry counts) is registered
 * the same way (`aggregate`): a page whose query selects one of its fields on the related rows
 * reads it with them, one subquery per related row, through the statement its loader sends.
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

/** Each request's answers of each relation (or aggregate) by key: primed by a page, or loaded and kept. */
const answers = new WeakMap<RequestContext, Map<object, Map<string, unknown>>>();

function answersOf(ctx: RequestContext, relation: object): Map<string, unknown> {
  let byRelation = answers.get(ctx);
  if (!byRelation) answers.set(ctx, (byRelation = new Map()));
  let byKey = byRelation.get(relation);
  if (!byKey) byRelation.set(relation, (byKey = new Map()));
  return byKey;
}

/** Keeps `value` as the answer for `key` unless one is kept already: the first answer stays, as a loader's does. */
function keep(known: Map<string, unknown>, key: string, value: unknown): void {
  if (!known.has(key)) known.set(key, value);
}

/** The request's answer of `relation` for `key`: at once when it has one, else `load`'s, then kept. */
function answer<V>(ctx: RequestContext, relation: object, key: string, load: () => Promise<V>): Maybe<V> {
  const known = answersOf(ctx, relation);
  if (known.has(key)) return known.get(key) as V;
  return load().then((value) => {
    keep(known, key, value);
    return value;
  });
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
    return answer(ctx, entry, key, () => (loaderOf(ctx, ref) as { load(key: string): Promise<unknown> }).load(key));
  };
}

/**
 * A value of each row of an entity computed by a keyed statement: what its loader reads for a
 * batch of keys, and what a page reads with each related row of the entity.
 */
export interface AggregateDefinition<V> {
  /** Names its loader and, with the reader's filter, its compiled statement. */
  name: string;
  /** The row's column whose value is the key. */
  from: string;
  /**
   * Its statement for the reader: an id naming everything it depends on but the keys, and a
   * query builder of it for `keys` (`{ $in: keys }`); NOTHING when the reader may see nothing of it.
   */
  statement(ctx: RequestContext): { id: string; build(keys: unknown[]): { getKnexQuery(): { toSQL(): unknown }; execute(mode: 'all', mapResults: false): Promise<unknown> } } | typeof NOTHING;
  /** The result column holding the key. */
  key: string;
  /** A key's value from its result row (undefined when the statement had none for it). */
  value(result: Record<string, unknown> | undefined): V;
}

interface Aggregate {
  /** The fields whose resolvers read it. */
  fields: readonly string[];
  definition: AggregateDefinition<unknown>;
}

const aggregates = new Map<string, Aggregate[]>();

/**
 * Registers the aggregate `definition` of `entity`'s rows, read by `fields`, and returns what
 * reads it for a row: at once when a page read it with the row, else through its loader.
 */
export function aggregate<P extends object, V>(entity: EntityClass<P>, fields: readonly string[], definition: AggregateDefinition<V>): (ctx: RequestContext, row: P) => Maybe<V> {
  const entry: Aggregate = { fields, definition: definition as AggregateDefinition<unknown> };
  aggregates.set(entity.name, [...(aggregates.get(entity.name) ?? []), entry]);
  const loaderOfRequest = (ctx: RequestContext) =>
    ctx.loaders.memo(`aggregate:${definition.name}`, () => new DataLoader<string, V>((keys) => readAggregate(ctx, definition, keys)));
  return (ctx: RequestContext, row: P) => {
    const key = String((row as Record<string, unknown>)[definition.from]);
    return answer(ctx, entry, key, () => loaderOfRequest(ctx).load(key));
  };
}

async function readAggregate<V>(ctx: RequestContext, definition: AggregateDefinition<V>, keys: readonly string[]): Promise<V[]> {
  const statement = definition.statement(ctx);
  if (statement === NOTHING) return keys.map(() => definition.value(undefined));
  // Compiled once per reader's filter; a batch binds its keys only.
  const rows = ((await executeByKeys(ctx.em, statement.id, () => statement.build([KEYS]), keys)) ??
    (await statement.build([...keys]).execute('all', false))) as Record<string, unknown>[];
  const byKey = new Map(rows.map((r) => [String(r[definition.key]), r]));
  return keys.map((k) => definition.value(byKey.get(k)));
}

/** The fields selected on a connection's nodes (`nodes { … }`, `edges { node { … } }`), each with the names selected on it, fragments included. */
function nodeFields(info: GraphQLResolveInfo): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>();
  const names = (set: SelectionSetNode | undefined, into: Set<string>) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.INLINE_FRAGMENT) names(s.selectionSet, into);
      else if (s.kind === Kind.FRAGMENT_SPREAD) names(info.fragments[s.name.value]?.selectionSet, into);
      else into.add(s.name.value);
    }
  };
  const walk = (set: SelectionSetNode | undefined, depth: 'connection' | 'edge' | 'node') => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, depth);
      else if (s.kind === Kind.FRAGMENT_SPREAD) walk(info.fragments[s.name.value]?.selectionSet, depth);
      else if (depth === 'node') {
        const name = s.name.value;
        if (!fields.has(name)) fields.set(name, new Set());
        names(s.selectionSet, fields.get(name)!);
      } else if (depth === 'connection' && s.name.value === 'nodes') walk(s.selectionSet, 'node');
      else if (depth === 'connection' && s.name.value === 'edges') walk(s.selectionSet, 'edge');
      else if (depth === 'edge' && s.name.value === 'node') walk(s.selectionSet, 'node');
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 'connection');
  return fields;
}

/** A page's reads of `entity`'s registered relations that the query selects on its nodes. */
export interface RelatedPlan {
  reads: RelatedRead[];
  relations: Relation[];
  /** For each read, the aggregates read with its rows, in the order of its `aggregates`. */
  aggregates: Aggregate[][];
}

/** The aggregates of `entity` the selection `selected` reads, as the page's statement reads them. */
function aggregateReads(ctx: RequestContext, entity: string, selected: Set<string>): { reads: AggregateRead[]; aggregates: Aggregate[] } {
  const reads: AggregateRead[] = [];
  const chosen: Aggregate[] = [];
  for (const a of aggregates.get(entity) ?? []) {
    if (!a.fields.some((f) => selected.has(f))) continue;
    const statement = a.definition.statement(ctx);
    // A reader who sees nothing of it has its value without a statement.
    if (statement === NOTHING) continue;
    const compiled = compileByKeys(statement.id, () => statement.build([KEYS]));
    if (!compiled) continue;
    reads.push({ statement: compiled, from: a.definition.from });
    chosen.push(a);
  }
  return { reads, aggregates: chosen };
}

export function relatedReads(ctx: RequestContext, entity: EntityClass<object>, info: GraphQLResolveInfo): RelatedPlan | undefined {
  const registered = registry.get(entity.name);
  if (!registered) return undefined;
  const selected = nodeFields(info);
  const plan: RelatedPlan = { reads: [], relations: [], aggregates: [] };
  for (const r of registered) {
    const under = selected.get(r.field);
    if (!under) continue;
    const { filter, orderBy } = loaderRead(ctx, r.ref);
    // A loader that reads nothing answers without a statement.
    if (filter === NOTHING) continue;
    const related = aggregateReads(ctx, r.ref.entity.name, under);
    plan.reads.push({
      entity: r.ref.entity.name,
      key: r.ref.key,
      from: r.from,
      filter,
      orderBy: orderBy as RelatedRead['orderBy'],
      ...(related.reads.length ? { aggregates: related.reads } : {}),
    });
    plan.relations.push(r);
    plan.aggregates.push(related.aggregates);
  }
  return plan.reads.length ? plan : undefined;
}

/** Primes the request's loaders with the related rows read with `rows` (none when the page read without them). */
export function primeRelated(ctx: RequestContext, plan: RelatedPlan, rows: readonly object[]): void {
  const known = plan.relations.map((r) => answersOf(ctx, r));
  const loaders = plan.relations.map((r) => loaderOf(ctx, r.ref) as { prime(key: string, value: unknown): unknown });
  for (const row of rows) {
    const lists = takeRelated(row);
    if (!lists) continue;
    plan.relations.forEach((r, i) => {
      const list = lists[i];
      const key = keyOf(r, row);
      if (list === undefined || key === null) return;
      const value = r.ref.kind === 'byKey' ? (list[0] ?? null) : list;
      // As the loader's prime: an answer the request already has stays.
      keep(known[i], key, value);
      loaders[i].prime(key, value);
      if (plan.aggregates[i].length) for (const item of list) primeAggregates(ctx, plan.aggregates[i], item);
    });
  }
}

/** The request's answers of `chosen` for a related row, from what the page read with it. */
function primeAggregates(ctx: RequestContext, chosen: Aggregate[], row: object): void {
  const values = takeAggregates(row);
  if (!values) return;
  chosen.forEach((a, k) => {
    keep(answersOf(ctx, a), String((row as Record<string, unknown>)[a.definition.from]), a.definition.value(values[k]));
  });
}
