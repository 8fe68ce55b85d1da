import {
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppConfig } from '../config';
import { LocalizedError, type Lang, type Msg } from './errors';
import { DEFAULT_PAGE, MAX_PAGE } from './relay';

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

function intArg(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** Plain lists nested in objects (documents of a project, entries of a change) are assumed this long. */
const LIST_ESTIMATE = 10;

/** A page size as priced: what `paginate` will serve, a nonsense value priced as the largest page. */
function pageSize(value: number | undefined): number {
  if (value === undefined) return DEFAULT_PAGE;
  return value >= 1 && value <= MAX_PAGE ? value : MAX_PAGE;
}

/**
 * Depth, aliases and cost of an operation, fragments expanded. Cost counts one per field; what is
 * below a connection's `nodes` and `edges` is multiplied by its page size (`first`/`last`, else
 * the default page), what is below any other list by an estimate, and a connection's own fields
 * (`totalCount`, `pageInfo`) count once. Each fragment is measured once per page size it is spread
 * under and reused, so the work is linear in the document, whatever the fan-out.
 */
export function measure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Measure {
  const memo = new Map<string, Measure>();
  // `rows`: the page size when `set` is a connection's selection, whose lists are its page.
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined, seen: Set<string>, rows?: number): Measure => {
    const m: Measure = { depth: 0, aliases: 0, cost: 0 };
    const add = (sub: Measure, times: number, deeper: number) => {
      m.cost += times * sub.cost;
      m.aliases += sub.aliases;
      m.depth = Math.max(m.depth, sub.depth + deeper);
    };
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) m.aliases += 1;
        m.depth = Math.max(m.depth, 1);
        m.cost += 1;
        if (!sel.selectionSet) continue;
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
        const named = def ? getNamedType(def.type) : undefined;
        const args = Object.fromEntries((sel.arguments ?? []).map((a) => [a.name.value, a.value]));
        const child = named && isCompositeType(named) ? named : undefined;
        if (named?.name.endsWith('Connection')) {
          add(walk(sel.selectionSet, child, seen, pageSize(intArg(args.first, variables) ?? intArg(args.last, variables))), 1, 1);
          continue;
        }
        const list = def && getNullableType(def.type) instanceof GraphQLList;
        add(walk(sel.selectionSet, child, seen), list ? (rows ?? LIST_ESTIMATE) : 1, 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        add(walk(sel.selectionSet, cond && isCompositeType(cond) ? cond : parent, seen, rows), 1, 0);
      } else {
        const name = sel.name.value;
        const fragment = fragments[name];
        if (seen.has(name) || !fragment) continue; // cycles are refused by validation anyway
        const key = `${name}@${rows ?? ''}`;
        let sub = memo.get(key);
        if (!sub) {
          const cond = schema.getType(fragment.typeCondition.name.value);
          sub = walk(fragment.selectionSet, cond && isCompositeType(cond) ? cond : parent, new Set([...seen, name]), rows);
          memo.set(key, sub);
        }
        add(sub, 1, 0);
      }
    }
    return m;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return walk(operation.selectionSet, root ?? undefined, new Set());
}

type Fragments = Record<string, FragmentDefinitionNode>;

/** The root fields of an operation, through the fragments spread at its root. */
function rootFields(set: SelectionSetNode, fragments: Fragments, seen = new Set<string>()): string[] {
  return set.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return [sel.name.value];
    if (sel.kind === Kind.INLINE_FRAGMENT) return rootFields(sel.selectionSet, fragments, seen);
    const fragment = fragments[sel.name.value];
    if (!fragment || seen.has(sel.name.value)) return [];
    seen.add(sel.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * An operation that only asks for the schema: a query whose root fields are `__schema` or
 * `__type` (and `__typename`). Anything else at its root, directly or through a fragment, makes it
 * an ordinary operation, measured whole.
 */
export function isIntrospection(operation: OperationDefinitionNode, fragments: Fragments): boolean {
  if (operation.operation !== 'query') return false;
  const fields = rootFields(operation.selectionSet, fragments);
  return fields.some((f) => f === '__schema' || f === '__type') && fields.every((f) => f === '__schema' || f === '__type' || f === '__typename');
}

/** The lists of a type in introspection: following one of them from another is what multiplies. */
const TYPE_LISTS = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues']);

/**
 * The most lists of a type (`fields`, `interfaces`, …) on one path of an introspection operation.
 * The introspection query of tools (graphql's `getIntrospectionQuery`, codegen, GraphiQL) has one:
 * `types { fields { type { ofType … } } }`; each more multiplies the answer by the schema's size.
 */
export function typeListNesting(operation: OperationDefinitionNode, fragments: Fragments): number {
  const memo = new Map<string, number>();
  const walk = (set: SelectionSetNode, seen: Set<string>): number => {
    let most = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const below = sel.selectionSet ? walk(sel.selectionSet, seen) : 0;
        most = Math.max(most, below + (TYPE_LISTS.has(sel.name.value) ? 1 : 0));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        most = Math.max(most, walk(sel.selectionSet, seen));
      } else {
        const name = sel.name.value;
        const fragment = fragments[name];
        if (seen.has(name) || !fragment) continue;
        if (!memo.has(name)) memo.set(name, walk(fragment.selectionSet, new Set([...seen, name])));
        most = Math.max(most, memo.get(name)!);
      }
    }
    return most;
  };
  return walk(operation.selectionSet, new Set());
}

/**
 * `limit` names the limit exceeded (depth, aliases, cost, or introspection: lists of a type nested
 * in an introspection operation), `max` its value, `actual` the query's.
 */
function tooComplex(lang: Lang, limit: keyof Measure | 'introspection', actual: number, max: number, message: Msg): GraphQLError {
  return new LocalizedError(lang, message, { code: 'QUERY_TOO_COMPLEX', limit, actual, max, http: { status: 400 } });
}

/**
 * Refuses operations deeper, more aliased or costlier than configured, before any resolver runs.
 * An operation that only introspects the schema (every caller here is signed in: the context
 * refuses a request without a valid token with 401 before any operation is looked at) is held to
 * the alias limit and to one list of a type per path instead of depth and cost: its answer is
 * bounded by the schema, and tools' introspection queries are deeper than any data query needs.
 */
export function limitsPlugin(limits: AppConfig['graphql']): ApolloServerPlugin<{ lang: Lang }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const m = measure(schema, operation, fragments, request.variables ?? {});
          const { lang } = contextValue;
          const introspection = isIntrospection(operation, fragments);
          if (introspection) {
            const nesting = typeListNesting(operation, fragments);
            if (nesting > 1) {
              throw tooComplex(lang, 'introspection', nesting, 1, {
                zh: `内省查询在一条路径上嵌套了 ${nesting} 层类型列表（fields、interfaces 等），最多 1 层`,
                en: `Introspection nests ${nesting} lists of a type (fields, interfaces, …) on one path, more than 1`,
              });
            }
          }
          if (!introspection && m.depth > limits.maxDepth) {
            throw tooComplex(lang, 'depth', m.depth, limits.maxDepth, {
              zh: `查询嵌套深度 ${m.depth} 超过上限 ${limits.maxDepth}`,
              en: `Query depth ${m.depth} exceeds ${limits.maxDepth}`,
            });
          }
          if (m.aliases > limits.maxAliases) {
            throw tooComplex(lang, 'aliases', m.aliases, limits.maxAliases, {
              zh: `查询使用了 ${m.aliases} 个别名，超过上限 ${limits.maxAliases}`,
              en: `Query uses ${m.aliases} aliases, more than ${limits.maxAliases}`,
            });
          }
          if (!introspection && m.cost > limits.maxCost) {
            throw tooComplex(lang, 'cost', m.cost, limits.maxCost, {
              zh: `查询成本 ${m.cost} 超过上限 ${limits.maxCost}（每页条数会成倍计入其下各字段）`,
              en: `Query cost ${m.cost} exceeds ${limits.maxCost} (a page size multiplies the fields below it)`,
            });
          }
        },
      };
    },
  };
}
