import {
  raw,
  ReferenceKind,
  type EntityClass,
  type EntityData,
  type EntityManager,
  type EntityMetadata,
  type EntityProperty,
  type FilterQuery,
  type Platform,
  type QueryOrderMap,
} from '@mikro-orm/core';
import { executeBatched } from './statement-batch';

/**
 * Plain rows: the read path without managed entities.
 *
 * A list, a page or a loader that only reads does not need what the unit of work gives an entity
 * (a helper, change-tracking snapshots, propagation of relations, the identity map's merge), and
 * that is most of a read's CPU. `readRows` sends the statement `em.find` would send (same filter
 * processing, same SQL, same cursor conditions) and returns each result as a row: an object whose
 * prototype is the entity class's own (so `constructor.name`, the GraphQL `id` and CASL's subject
 * type are the entity's), holding the columns as the entity's properties, with each to-one
 * relation as a stub `{ <primary key> }` of the target's row type. Resolvers therefore read
 * `row.unit.id` from a row exactly as from an entity and its reference.
 *
 * Rows are kept per entity manager by type and key, like the identity map but without tracking:
 * a stub and the row read later for the same key are one object, so a policy condition on a
 * relation (`project.constructionUnit.id` of a catalog) sees a row read earlier in the request.
 *
 * Rows are never written: they are not entities (`wrap(row)` has no helper, `em.persist(row)`
 * refuses them). Writes load entities through their command's entity manager.
 */

/** A row of entity `T`: the entity's own shape (collections are not loaded). */
export type Row<T> = T;

const protos = new Map<string, object>();

/** The prototype of `meta`'s rows: the entity class's methods, none of the ORM's property accessors. */
function rowPrototype(meta: EntityMetadata): object {
  let proto = protos.get(meta.className);
  if (!proto) {
    proto = Object.create(meta.class.prototype as object) as object;
    const shadow = (name: string, value: unknown) =>
      Object.defineProperty(proto, name, { value, writable: true, enumerable: false, configurable: true });
    // The ORM defines setters for properties on the entity prototype (propagation, change tracking):
    // plain data properties in between make assignments to a row land on the row itself.
    for (const name of Object.keys(meta.properties)) shadow(name, undefined);
    for (const name of ['__helper', '__meta', '__platform', '__factory', '__em', 'toJSON']) shadow(name, undefined);
    shadow('__entity', false);
    protos.set(meta.className, proto);
  }
  return proto;
}

/** A property a row holds: a column, or a to-one relation held as a stub of `target`. */
interface PlanProp {
  prop: EntityProperty;
  target?: Plan;
  convert: boolean;
  date: boolean;
}

interface Plan {
  meta: EntityMetadata;
  proto: object;
  pk: string;
  /** The primary key's column. */
  pkColumn: string;
  props: PlanProp[];
  /** The properties a row selects: every column but the lazy ones. */
  columns: string[];
  /** Whether a result row's columns can be decoded one property at a time (`decodeOnRead`). */
  lazy: boolean;
}

/** The result row (column names) a row was read from, while some of its properties are not decoded yet. */
const RAW = Symbol('raw result');
/** The row set a lazily decoded row's relations resolve in. */
const SET = Symbol('row set');

const plans = new Map<string, Plan>();

function planOf(em: EntityManager, className: string): Plan {
  let plan = plans.get(className);
  if (plan) return plan;
  const meta = em.getMetadata().get(className);
  if (meta.compositePK) throw new Error(`${className}: rows of a composite key are not supported`);
  const pk = meta.primaryKeys[0];
  plan = { meta, proto: rowPrototype(meta), pk, pkColumn: meta.properties[pk].fieldNames[0], props: [], columns: [], lazy: !meta.embeddable && !meta.discriminatorColumn };
  plans.set(className, plan);
  for (const prop of meta.props) {
    if (prop.persist === false) continue;
    if (prop.kind === ReferenceKind.SCALAR) {
      plan.props.push({ prop, convert: Boolean(prop.customType), date: prop.runtimeType === 'Date' });
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      plan.props.push({ prop, target: planOf(em, prop.targetMeta!.className), convert: false, date: false });
    } else continue;
    if (!prop.lazy) plan.columns.push(prop.name);
  }
  if (plan.props.some(({ prop }) => prop.fieldNames.length !== 1)) plan.lazy = false;
  if (plan.lazy) for (const p of plan.props) if (p.prop.name !== pk) decodeOnRead(plan, p, em.getPlatform());
  return plan;
}

/**
 * Makes `p` a property that a row read from a result decodes when it is first read: a page's rows
 * hold every column, and a reader asks for a few of them (the county page reads 4 of a cloud
 * tenancy's 60). The decoding is the ORM's, step by step: its result mapper's
 * (booleans, dates in the connection's time zone), then the row's (a relation's stub, a custom
 * type's value).
 */
function decodeOnRead(plan: Plan, p: PlanProp, platform: Platform): void {
  const { prop, target, convert, date } = p;
  const name = prop.name;
  const column = prop.fieldNames[0];
  const boolean = prop.runtimeType === 'boolean';
  const parsesDate = prop.runtimeType === 'Date' && !platform.isNumericProperty(prop);
  const tz = platform.getTimezone();
  // A column the driver already gave as the property's value is read from the result every time;
  // only a decoded value (a date, a stub, a custom type's) is kept on the row.
  const passthrough = !boolean && !parsesDate && !target && !convert && !date;
  const decode = (raw: Record<string, unknown>, set: RowSet): unknown => {
    let value = raw[column];
    if (value == null) return value;
    if (boolean) value = !!value;
    else if (parsesDate && !(value instanceof Date)) {
      if (!tz || tz === 'local' || typeof value === 'number' || typeof value === 'bigint') value = platform.parseDate(typeof value === 'bigint' ? Number(value) : (value as string));
      else {
        const text = String(value);
        value = platform.parseDate(text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z') ? text : text + tz);
      }
    }
    return rowValue(p, value, set, platform);
  };
  const keep = (row: object, value: unknown) => Object.defineProperty(row, name, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(plan.proto, name, {
    configurable: true,
    enumerable: false,
    get(this: Record<symbol, unknown>) {
      const raw = this[RAW] as Record<string, unknown> | undefined;
      // A stub (a key only) has nothing to decode, and may be read later.
      if (raw === undefined) return undefined;
      if (passthrough) return raw[column]; // undefined for a lazy property not selected
      if (!(column in raw)) return undefined;
      const value = decode(raw, this[SET] as RowSet);
      keep(this, value);
      return value;
    },
    set(this: object, value: unknown) {
      keep(this, value);
    },
  });
}

/** The rows one entity manager has read, by type and key. */
class RowSet {
  private readonly byType = new Map<string, Map<string, object>>();
  /** Rows read from the database (the others are stubs: a key only). */
  readonly loaded = new WeakSet<object>();

  of(plan: Plan, key: unknown): object {
    let rows = this.byType.get(plan.meta.className);
    if (!rows) this.byType.set(plan.meta.className, (rows = new Map()));
    const id = String(key);
    let row = rows.get(id);
    if (!row) {
      row = Object.create(plan.proto) as object;
      (row as Record<string, unknown>)[plan.pk] = key;
      rows.set(id, row);
    }
    return row;
  }
}

const rowSets = new WeakMap<EntityManager, RowSet>();

function rowSetOf(em: EntityManager): RowSet {
  let set = rowSets.get(em);
  if (!set) rowSets.set(em, (set = new RowSet()));
  return set;
}

/** A property's value on a row, from the ORM's mapped value: a relation's stub, a custom type's value, a date. */
function rowValue({ prop, target, convert, date }: PlanProp, value: unknown, set: RowSet, platform: Platform): unknown {
  if (value == null) return value;
  if (target) return set.of(target, value);
  if (convert) return prop.customType!.convertToJSValue(value, platform);
  if (date && !(value instanceof Date)) return new Date(value as string);
  return value;
}

/** Fills the row of `data`'s key with it, as the hydrator would fill an entity. */
function toRow(plan: Plan, data: EntityData<object>, set: RowSet, platform: Platform): object {
  const row = set.of(plan, (data as Record<string, unknown>)[plan.pk]) as Record<string, unknown>;
  const values = data as Record<string, unknown>;
  for (const p of plan.props) {
    const name = p.prop.name;
    if (!(name in values)) continue; // a lazy property not selected
    row[name] = rowValue(p, values[name], set, platform);
  }
  set.loaded.add(row);
  return row;
}

/**
 * A raw result row of `plan`'s table (column names) as its row. A row not read before keeps the
 * result and decodes each property when it is first read (`decodeOnRead`); a row read again (or a
 * stub something was assigned to) is filled at once, as the ORM maps a result, so that it holds
 * the newer values.
 */
function rowOfResult(em: EntityManager, plan: Plan, result: Record<string, unknown>, set: RowSet): object {
  if (plan.lazy) {
    const row = set.of(plan, result[plan.pkColumn]) as Record<symbol, unknown>;
    if (!set.loaded.has(row) && Object.keys(row).length === 1) {
      row[RAW] = result;
      row[SET] = set;
      set.loaded.add(row);
      return row;
    }
  }
  return toRow(plan, em.getDriver().mapResult(result as never, plan.meta as never) as EntityData<object>, set, em.getPlatform());
}

export interface ReadOptions<T> {
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[];
  limit?: number;
  /** Keyset pagination as `em.findByCursor` takes it (with `overfetch`, one more row than asked). */
  first?: number;
  last?: number;
  after?: string;
  before?: string;
  overfetch?: boolean;
  /**
   * To-one relations (dotted paths) read with the rows, one statement per relation that has rows
   * not read yet, without the target's policy filter (like `em.find`'s populate).
   */
  populate?: readonly string[];
  /**
   * Rows of other entities read in the same statement, one list per row (see `takeRelated`): for
   * each, the rows of `entity` whose `key` equals the row's `from`, matching `filter`, in `orderBy`.
   */
  related?: readonly RelatedRead[];
}

/** One relation read with a page's rows: what a keyed loader would read for each row. */
export interface RelatedRead {
  entity: string;
  /** The target's property matched: its key (`id`, `code`) or a foreign key. */
  key: string;
  /** The root's property whose value is matched (a column of the root's table). */
  from: string;
  filter: FilterQuery<any>;
  orderBy?: Record<string, 'asc' | 'desc'>;
  /** Keyed statements answered for each related row too, by its own column (see `takeAggregates`). */
  aggregates?: readonly AggregateRead[];
}

/**
 * A keyed statement (`compileByKeys`) read for each related row with the row's `from` column as
 * its key: its first result row as JSON, so its columns should be ones whose JSON is what the
 * driver gives (integers, text, booleans).
 */
export interface AggregateRead {
  statement: Compiled;
  from: string;
}

const RELATED = Symbol('related');
const AGGREGATES = Symbol('aggregates');

/**
 * The first result rows of the `aggregates` of the related read `row` came from, in order
 * (undefined where a statement had none); undefined when none were read with it.
 */
export function takeAggregates(row: object): (Record<string, unknown> | undefined)[] | undefined {
  const got = (row as Record<symbol, (Record<string, unknown> | undefined)[] | undefined>)[AGGREGATES];
  delete (row as Record<symbol, unknown>)[AGGREGATES];
  return got;
}

/**
 * The lists of `related` rows read with `row`, in the order asked (undefined for one not read with
 * it); undefined when none were read.
 */
export function takeRelated(row: object): (object[] | undefined)[] | undefined {
  const got = (row as Record<symbol, (object[] | undefined)[] | undefined>)[RELATED];
  delete (row as Record<symbol, unknown>)[RELATED];
  return got;
}

/**
 * The rows of `entity` matching `where`, in one statement: what `em.find(entity, where, options)`
 * would return, as rows (see above). `where` is any MikroORM filter, e.g. a policy filter of
 * `accessFilter` combined with the query's own conditions.
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T> | string,
  where: FilterQuery<T>,
  options: ReadOptions<T> = {},
): Promise<Row<T>[]> {
  const name = typeof entity === 'string' ? entity : entity.name;
  const plan = planOf(em, name);
  const context = em.getContext() as EntityManager & {
    prepareOptions(o: object): void;
    tryFlush(name: string, o: object): Promise<void>;
    processWhere(name: string, where: unknown, o: object, type: 'read'): Promise<FilterQuery<T>>;
  };
  const { populate = [], related = [], ...rest } = options;
  const opts: Record<string, unknown> = { ...rest, orderBy: options.orderBy ?? {}, populate: [] };
  context.prepareOptions(opts);
  // As `em.find`: changes of the unit of work to this type are flushed first (flush mode AUTO),
  // so a command's facts see what it has written so far.
  await context.tryFlush(name, opts);
  const set = rowSetOf(context);
  const key = statementKey(name, where, related.length ? { ...rest, related } : rest);
  let statement = key === undefined ? null : statements.get(key);
  let processed: FilterQuery<T> | undefined;
  if (statement === undefined) {
    processed = await context.processWhere(name, where, opts, 'read');
    statement = await compileFind(context, name, processed, opts);
    if (statement && related.length) statement = withRelated(context, plan, statement, related) ?? statement;
    if (statements.size >= MAX_COMPILED) statements.clear();
    statements.set(key!, statement);
  }
  let rows: object[];
  if (statement) {
    const results = await executeBatched(context, statement.sql, statement.bindings);
    if (statement.reverse) results.reverse();
    const targets = statement.related;
    rows = results.map((r) => {
      if (!targets) return rowOfResult(context, plan, r, set);
      const got = targets.map((target, i) => {
        if (!target) return undefined;
        const column = `__r${i}`;
        const items = (r[column] ?? []) as Record<string, unknown>[];
        delete r[column];
        return items.map((item) => {
          if (!target.aggregates) return rowOfResult(context, target.plan, item, set);
          const values = Array.from({ length: target.aggregates }, (_, k) => {
            const value = (item[`__a${k}`] ?? undefined) as Record<string, unknown> | undefined;
            delete item[`__a${k}`];
            return value;
          });
          const row = rowOfResult(context, target.plan, item, set);
          (row as Record<symbol, unknown>)[AGGREGATES] = values;
          return row;
        });
      });
      const row = rowOfResult(context, plan, r, set);
      (row as Record<symbol, unknown>)[RELATED] = got;
      return row;
    });
  } else {
    processed ??= await context.processWhere(name, where, opts, 'read');
    const results = await context.getDriver().find(name, processed, { ...opts, ctx: context.getTransactionContext(), em: context } as never);
    const platform = context.getPlatform();
    rows = results.map((data) => toRow(plan, data, set, platform));
  }
  for (const path of populate) await populateRows(context, plan, rows, path.split('.'), set);
  return rows as T[];
}

/**
 * The statements of `readRows`, by entity, filter and options: the same filter and options make
 * the same SQL (the filter's values are inlined in it as the ORM sends them), so a page asked
 * again (the same reader's county, the same cursor) costs its statement only, not the building
 * of it. A filter holding anything but plain data (an entity, a row, a raw fragment), or too long
 * to be worth keeping, is not kept.
 */
interface FindStatement {
  sql: string;
  bindings: unknown[];
  reverse: boolean;
  /**
   * The row types of the `related` reads, in order (columns `__r0`, `__r1`, …), with how many
   * aggregates each related row holds (`__a0`, …); null for a read it does not answer.
   */
  related?: ({ plan: Plan; aggregates: number } | null)[];
}
const statements = new Map<string, FindStatement | null>();

/** A text naming `where` and `options` exactly, or undefined when they hold more than plain data. */
function statementKey(name: string, where: unknown, options: unknown): string | undefined {
  const out: string[] = [name];
  const put = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object') {
      out.push(typeof value === 'string' ? JSON.stringify(value) : `${typeof value}:${String(value)}`);
      return true;
    }
    if (value instanceof Date) {
      out.push(`date:${value.getTime()}`);
      return true;
    }
    if (Array.isArray(value)) {
      out.push('[');
      for (const v of value) if (!put(v)) return false;
      out.push(']');
      return true;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype || Object.getOwnPropertySymbols(value).length) return false;
    out.push('{');
    for (const [k, v] of Object.entries(value)) {
      out.push(JSON.stringify(k), ':');
      if (!put(v)) return false;
    }
    out.push('}');
    return true;
  };
  if (!put(where) || !put(options)) return undefined;
  const key = out.join('');
  // A long filter (a list of many keys) is seldom asked again: not worth the memory it would hold.
  return key.length <= MAX_KEPT_KEY ? key : undefined;
}

const MAX_KEPT_KEY = 8192;

type FindDriver = Record<string, (...args: any[]) => any>;

/**
 * The statement `driver.find(name, where, options)` sends (AbstractSqlDriver.find at the pinned
 * MikroORM, step by step, without executing it), or null when it joins other tables (those
 * results need the ORM's merging, so such reads go through `driver.find`).
 */
async function compileFind(em: EntityManager, name: string, where: unknown, opts: Record<string, unknown>): Promise<FindStatement | null> {
  const driver = em.getDriver() as unknown as FindDriver;
  const options = { populate: [], orderBy: [], ...opts, em } as Record<string, any>;
  const meta = em.getMetadata().find(name)!;
  if (meta.virtual) return null;
  const populate = driver.autoJoinOneToOneOwner(meta, options.populate, options.fields);
  const joinedProps = driver.joinedProps(meta, populate, options);
  if (populate.length || joinedProps.length) return null;
  const schema = driver.getSchemaName(meta, options);
  const qb = driver.createQueryBuilder(name, undefined, options.connectionType, false, options.logging).withSchema(schema);
  const fields = driver.buildFields(meta, populate, joinedProps, qb, qb.alias, options, schema);
  const orderBy = driver.buildOrderBy(qb, meta, populate, options);
  const { first, last, before, after } = options;
  const cursor = [first, last, before, after].some((v) => v != null);
  for (const flag of [options.flags ?? []].flat()) qb.setFlag(flag);
  qb.select(fields)
    .where(where)
    .groupBy(options.groupBy)
    .having(options.having)
    .indexHint(options.indexHint)
    .comment(options.comments)
    .hintComment(options.hintComments);
  if (cursor) {
    const processed = driver.processCursorOptions(meta, options, orderBy);
    qb.andWhere(processed.where).orderBy(processed.orderBy);
  } else qb.orderBy(orderBy);
  if (options.limit != null || options.offset != null) qb.limit(options.limit, options.offset);
  if (options.lockMode) qb.setLockMode(options.lockMode, options.lockTableAliases);
  await qb.applyJoinedFilters(em, options.filters);
  if ((qb as { _populate?: unknown[] })._populate?.length) return null;
  const { sql, bindings } = qb.getKnexQuery().toSQL() as { sql: string; bindings: unknown[] };
  return { sql, bindings: [...bindings], reverse: cursor && !first && Boolean(last) };
}

/**
 * Columns whose JSON is what the driver gives for them (numbers, booleans, text, JSON, arrays of
 * text); any other is read as its text, which is what the driver receives and the row decodes
 * (amounts, big integers, dates, timestamps, enumerations).
 */
function jsonNative(prop: Pick<EntityProperty, 'columnTypes'>): boolean {
  const type = (prop.columnTypes?.[0] ?? '').toLowerCase();
  return (
    /^(int|integer|int4|smallint|int2|boolean|bool|real|float4|float8|double precision|json|jsonb|text|uuid)$/.test(type) ||
    /^(varchar|character varying|char|character)(\(\d+\))?$/.test(type) ||
    /^(text|varchar(\(\d+\))?)\[\]$/.test(type)
  );
}

/**
 * Columns whose text is not what the driver gives for them (a buffer, an interval's object, an
 * array of numbers or keys): a relation with one is not read as JSON.
 */
export function textDiffers(prop: Pick<EntityProperty, 'columnTypes'>): boolean {
  const type = (prop.columnTypes?.[0] ?? '').toLowerCase();
  return !jsonNative(prop) && (/^(bytea|interval|point|line|lseg|box|path|polygon|circle)\b/.test(type) || type.endsWith('[]'));
}

const ORDER_TERM = '"\\w+"\\."\\w+" (?:asc|desc)(?: nulls (?:first|last))?';
const PAGE_ORDER = new RegExp(` order by ((?:${ORDER_TERM})(?:, ${ORDER_TERM})*)(?: limit \\?)?$`);

/**
 * `page` with the `related` reads as columns `__r0`, `__r1`, …: for each row, a subquery builds
 * the JSON of the related rows, through the statement the keyed loader would send with the row's
 * key in place of the loader's keys. The page keeps its order (repeated over its outer query, as
 * a subquery's order is not kept). Null when a part does not fit (the caller reads without).
 */
function withRelated(em: EntityManager, root: Plan, page: FindStatement, related: readonly RelatedRead[]): FindStatement | null {
  const from = page.sql.match(new RegExp(` from "${root.meta.tableName}" as "(\\w+)"`));
  const order = page.sql.match(PAGE_ORDER);
  if (!from || !order) return null;
  const outerOrder = order[1].replaceAll(`"${from[1]}".`, '"__page".');
  if (/"\w+"\./.test(outerOrder.replaceAll('"__page".', ''))) return null;
  const subs: string[] = [];
  const bindings: unknown[] = [];
  const plans: ({ plan: Plan; aggregates: number } | null)[] = [];
  for (const [i, r] of related.entries()) {
    const fromProp = root.meta.properties[r.from];
    if (!fromProp || fromProp.fieldNames?.length !== 1) return null;
    const target = planOf(em, r.entity);
    // Not read as JSON: its loader reads it, as without the page.
    if (target.columns.some((name) => textDiffers(target.meta.properties[name]))) {
      plans.push(null);
      continue;
    }
    const qb = (em as unknown as { createQueryBuilder(name: string): any }).createQueryBuilder(target.meta.className);
    const a = qb.alias as string;
    const fields: unknown[] = target.columns.map((name) => {
      const prop = target.meta.properties[name];
      return jsonNative(prop) ? name : raw(`"${a}"."${prop.fieldNames[0]}"::text as "${prop.fieldNames[0]}"`);
    });
    const orderTerms = Object.entries(r.orderBy ?? {}).map(([name, dir], j) => {
      const prop = target.meta.properties[name];
      fields.push(raw(`"${a}"."${prop.fieldNames[0]}" as "__o${j}"`));
      return `"__r"."__o${j}" ${dir === 'desc' ? 'desc' : 'asc'}`;
    });
    qb.select(fields).where({ $and: [{ [r.key]: { $in: [KEYS] } }, r.filter] });
    const compiledInner = compile(qb);
    if (!compiledInner) return null;
    let inner = compiledInner;
    // Each aggregate: its first row's JSON, with the related row's own column as its key.
    const aggregates = r.aggregates ?? [];
    if (aggregates.length) {
      const select = ` from "${target.meta.tableName}" as "${a}"`;
      const at = inner.sql.indexOf(select);
      if (at < 0) return null;
      const columns: string[] = [];
      const values: unknown[] = [];
      for (const [k, aggregate] of aggregates.entries()) {
        const column = target.meta.properties[aggregate.from]?.fieldNames;
        if (column?.length !== 1) return null;
        const keyed = keyedBy(aggregate.statement, `"${a}"."${column[0]}"`);
        columns.push(`, (select row_to_json("__s") from (${keyed.sql}) as "__s" limit 1) as "__a${k}"`);
        values.push(...keyed.bindings);
      }
      // The select list comes before every other parameter of the statement.
      inner = {
        sql: inner.sql.slice(0, at) + columns.join('') + inner.sql.slice(at),
        bindings: [...values, ...inner.bindings],
        slot: inner.slot + values.length,
      };
    }
    // The loader's keys become the row's own column.
    const { sql, bindings: innerBindings } = keyedBy(inner, `"__page"."${fromProp.fieldNames[0]}"`);
    const agg = orderTerms.length ? `json_agg("__r" order by ${orderTerms.join(', ')})` : 'json_agg("__r")';
    subs.push(`(select coalesce(${agg}, '[]') from (${sql}) as "__r") as "__r${i}"`);
    bindings.push(...innerBindings);
    plans.push({ plan: target, aggregates: aggregates.length });
  }
  if (!subs.length) return null;
  return {
    sql: `select "__page".*, ${subs.join(', ')} from (${page.sql}) as "__page" order by ${outerOrder}`,
    bindings: [...bindings, ...page.bindings],
    reverse: page.reverse,
    related: plans,
  };
}

async function populateRows(em: EntityManager, plan: Plan, rows: object[], path: string[], set: RowSet): Promise<void> {
  const [name, ...rest] = path;
  const relation = plan.props.find((p) => p.prop.name === name && p.target);
  if (!relation) throw new Error(`${plan.meta.className}.${name}: only to-one relations are read with rows`);
  const target = relation.target!;
  const stubs = [...new Set(rows.map((r) => (r as Record<string, object | null | undefined>)[name]).filter((s): s is object => s != null))];
  const missing = stubs.filter((s) => !set.loaded.has(s));
  if (missing.length) {
    const keys = missing.map((s) => (s as Record<string, unknown>)[target.pk]);
    await readRows(em, target.meta.className, { [target.pk]: { $in: keys } } as FilterQuery<object>);
  }
  if (rest.length) await populateRows(em, target, stubs, rest, set);
}

/** Whether `value` is a row (or a stub) of the read path rather than a managed entity. */
export function isRow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { __entity?: boolean }).__entity === false;
}

/**
 * A keyed statement compiled once per identity (entity, key, filter, order, …): the ORM's query
 * builder turns the filter into SQL (joins, casts, array operators) as it does for `readRows`; the
 * keys are then the one parameter that changes, so a loader's batch costs its statement only.
 */
export interface Compiled {
  sql: string;
  bindings: unknown[];
  slot: number;
}

/** Stands for the keys in a statement being compiled: `{ $in: [KEYS] }`. */
export const KEYS = '\u0000keys';
const MAX_COMPILED = 2000;
const compiled = new Map<string, Compiled | null>();

/** `statement` with a column (or any SQL expression) in place of its keys' parameter. */
function keyedBy(statement: Compiled, column: string): { sql: string; bindings: unknown[] } {
  const parts = statement.sql.split('?');
  return {
    sql: parts.map((part, j) => (j === 0 ? part : (j - 1 === statement.slot ? column : '?') + part)).join(''),
    bindings: statement.bindings.filter((_, j) => j !== statement.slot),
  };
}

function compile(qb: { getKnexQuery(): { toSQL(): unknown } }): Compiled | null {
  const { sql, bindings } = qb.getKnexQuery().toSQL() as { sql: string; bindings: unknown[] };
  const slots = bindings.flatMap((b, i) => (b === KEYS ? [i] : []));
  // Only a statement whose keys are one `in (?)` parameter, and whose `?` are all parameters.
  const marks = sql.split('?').length - 1;
  if (slots.length !== 1 || marks !== bindings.length || sql.includes('??') || !new RegExp('in \\(\\?\\)').test(sql)) return null;
  return { sql, bindings, slot: slots[0] };
}

/** The keyed statement `build` makes, compiled once per `id` (see `executeByKeys`); null when it does not take its keys as one parameter. */
export function compileByKeys(id: string, build: () => { getKnexQuery(): { toSQL(): unknown } }): Compiled | null {
  let statement = compiled.get(id);
  if (statement === undefined) {
    statement = compile(build());
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(id, statement);
  }
  return statement;
}

/**
 * The raw result rows of the statement `build` makes (a query builder whose condition on the keys
 * is `{ $in: [KEYS] }`) for `keys`, compiled once per `id` — which must name everything the
 * statement depends on but the keys. Null when the statement does not take its keys as one
 * parameter: the caller then runs it as usual.
 */
export async function executeByKeys(
  em: EntityManager,
  id: string,
  build: () => { getKnexQuery(): { toSQL(): unknown } },
  keys: readonly unknown[],
): Promise<Record<string, unknown>[] | null> {
  const statement = compileByKeys(id, build);
  if (!statement) return null;
  const bindings = statement.bindings.slice();
  bindings[statement.slot] = [...keys];
  return executeBatched(em, statement.sql, bindings);
}

/**
 * The rows of `entity` whose `key` (a column or a to-one relation) is one of `keys` and that match
 * `filter`: what `readRows(em, entity, { $and: [{ [key]: { $in: keys } }, filter] }, { orderBy })`
 * returns, through a statement compiled once (see above). For the request's loaders.
 */
export async function readRowsByKeys<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  key: string,
  keys: readonly unknown[],
  filter: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>,
): Promise<Row<T>[]> {
  const plan = planOf(em, entity.name);
  const id = `${entity.name}|${key}|${JSON.stringify(filter)}|${JSON.stringify(orderBy ?? null)}`;
  const results = await executeByKeys(
    em,
    id,
    () => {
      const qb = (em as unknown as { createQueryBuilder(name: string): any }).createQueryBuilder(plan.meta.className);
      qb.select(plan.columns).where({ $and: [{ [key]: { $in: [KEYS] } }, filter] });
      if (orderBy) qb.orderBy(orderBy);
      return qb;
    },
    keys,
  );
  if (!results) return readRows(em, entity, { $and: [{ [key]: { $in: [...keys] } }, filter] } as FilterQuery<T>, { orderBy });
  const context = em.getContext();
  const set = rowSetOf(context);
  return results.map((r) => rowOfResult(context, plan, r, set) as T);
}

interface JoinedStatement {
  sql: string;
  /** The plan and column alias prefix of each table, the root first. */
  tables: { plan: Plan; alias: string }[];
}

const joinedStatements = new Map<string, JoinedStatement>();

function joinedStatement(em: EntityManager, root: Plan, columns: string[], paths: readonly string[]): JoinedStatement {
  const id = `${root.meta.className}|${columns.join(',')}|${paths.join(',')}`;
  let statement = joinedStatements.get(id);
  if (statement) return statement;
  const tables = [{ plan: root, alias: 't0' }];
  const aliasOf = new Map<string, { plan: Plan; alias: string }>([['', tables[0]]]);
  const joins: string[] = [];
  const field = (plan: Plan, name: string) => {
    const prop = plan.meta.properties[name];
    if (!prop || prop.fieldNames.length !== 1) throw new Error(`${plan.meta.className}.${name}: not a single column`);
    return prop.fieldNames[0];
  };
  for (const path of paths) {
    const steps = path.split('.');
    const from = aliasOf.get(steps.slice(0, -1).join('.'));
    const relation = from?.plan.props.find((p) => p.prop.name === steps[steps.length - 1] && p.target);
    if (!from || !relation) throw new Error(`${root.meta.className}.${path}: not a to-one relation (list its parent first)`);
    const table = { plan: relation.target!, alias: `t${tables.length}` };
    tables.push(table);
    aliasOf.set(path, table);
    const targetKey = field(table.plan, table.plan.pk);
    joins.push(
      `left join "${table.plan.meta.tableName}" as "${table.alias}" on "${table.alias}"."${targetKey}" = "${from.alias}"."${field(from.plan, relation.prop.name)}"`,
    );
  }
  const select = tables.flatMap(({ plan, alias }) => plan.columns.map((c) => `"${alias}"."${field(plan, c)}" as "${alias}__${field(plan, c)}"`));
  const where = columns.map((c) => `"t0"."${field(root, c)}" = ?`).join(' and ');
  statement = { sql: `select ${select.join(', ')} from "${root.meta.tableName}" as "t0" ${joins.join(' ')} where ${where}`, tables };
  if (joinedStatements.size >= MAX_COMPILED) joinedStatements.clear();
  joinedStatements.set(id, statement);
  return statement;
}

/**
 * The rows of `entity` whose columns equal `equals` (property → value), each with the to-one
 * relations along `paths` (`agency`, `agency.county`: parents first) read in the same statement
 * by left joins, without the targets' policy filters (like `em.find`'s joined populate). One
 * statement whatever the depth: for a lookup made on every request (the signed-in user).
 */
export async function readRowsJoined<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  equals: Record<string, unknown>,
  paths: readonly string[],
): Promise<Row<T>[]> {
  const context = em.getContext();
  const columns = Object.keys(equals);
  const { sql, tables } = joinedStatement(context, planOf(context, entity.name), columns, paths);
  const results = await executeBatched(context, sql, Object.values(equals));
  const set = rowSetOf(context);
  return results.map((r) => {
    let root: object | undefined;
    for (const { plan, alias } of tables) {
      const prefix = `${alias}__`;
      const raw: Record<string, unknown> = {};
      for (const key in r) if (key.startsWith(prefix)) raw[key.slice(prefix.length)] = r[key];
      // A left join that found nothing: the relation stays as its key says (null).
      if (raw[plan.pkColumn] == null) continue;
      const row = rowOfResult(context, plan, raw, set);
      root ??= row;
    }
    return root as T;
  });
}
