/**
 * Hostile strings in every argument of every mutation (and of every query with arguments), found by
 * introspecting the running schema, so that a new mutation is covered without touching this file.
 * Each String/ID position inside the arguments gets each hostile value in turn, the other required
 * arguments plausible defaults; the service must never answer 5xx or INTERNAL_SERVER_ERROR, never show
 * a stack, SQL or a path, and refuse what the input bounds refuse with the exact field path.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { MAX_LIST_ITEMS } from '../../src/graphql/input-bounds';
import { startTestApp, type TestApp } from '../support/app';
import { cloudIds, gid } from '../cloud/support';

let app: TestApp;
let schema: GraphQLSchema;
/** Plausible IDs by argument name: real rows where a name says what they are. */
let knownIds: Record<string, string>;
/** The `id` of a mutation by its noun: `projectApprove(id)` gets the project. */
let idsByPrefix: Record<string, string>;

beforeAll(async () => {
  // The standard introspection query is 15 levels deep.
  app = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '16' } });
  const res = await app.request<IntrospectionQuery, object>(getIntrospectionQuery(), {}, { as: 'drc.leader' });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  schema = buildClientSchema(res.data);
  const ids = await cloudIds(app);
  const created = await app.request<any, object>(
    `mutation { projectCreate(input: { name: "模糊测试项目", category: BUSINESS_SYSTEM, buildType: NEW, network: EGOV_EXTRANET, investment: "800000.00", classified: false }) { project { id } errors { code } } }`,
    {},
    { as: 'gaj.clerk' },
  );
  const projectId = created.data.projectCreate.project.id as string;
  const catalog = await app.request<any, object>(`mutation { catalogCreate(input: { projectId: "${projectId}" }) { catalog { id } errors { code } } }`, {}, { as: 'gaj.clerk' });
  const tenancy = await app.request<any, object>(
    `mutation ($input: CloudTenancyApplyInput!) { cloudTenancyApply(input: $input) { cloudTenancy { id } errors { code } } }`,
    {
      input: {
        systemName: '模糊测试系统',
        zoneId: ids.zone('CT-JIAN-EXTRANET'),
        classified: false,
        migration: false,
        mlpsLevel: 2,
        contactName: '张三',
        contactPhone: '0796-8888888',
        resources: [{ itemId: ids.item('ECS-VCPU'), quantity: 4 }],
      },
    },
    { as: 'gaj.clerk' },
  );
  const agency = ids.agency('GAJ');
  idsByPrefix = { project: projectId, catalog: catalog.data.catalogCreate.catalog.id, cloudTenancy: tenancy.data.cloudTenancyApply.cloudTenancy.id };
  knownIds = {
    projectId,
    catalogId: idsByPrefix.catalog,
    tenancyId: idsByPrefix.cloudTenancy,
    contentId: await app.upload('gaj.clerk', 'fuzz document', 'fuzz.pdf'),
    itemId: ids.item('ECS-VCPU'),
    zoneId: ids.zone('CT-JIAN-EXTRANET'),
    unitId: agency,
    agencyId: agency,
    tenantAgencyId: agency,
    providerId: agency,
    delegateId: agency,
    supervisorId: agency,
    consumerAgencyId: agency,
  };
});
afterAll(() => app.stop());

/** xorshift32: the same "random" IDs on every run. */
function seeded(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0).toString(16).padStart(8, '0');
  };
}
const next = seeded(0x5eed);
const randomId = () => gid('Project', `${next()}-${next().slice(0, 4)}-4${next().slice(0, 3)}-8${next().slice(0, 3)}-${next()}${next().slice(0, 4)}`);

/** Refused wherever they appear, with the field's path. */
const REFUSED: Record<string, string> = {
  NUL: 'a\u0000b',
  'lone surrogate': 'x\ud83d',
};
const LONG = '100k characters';
const MIXED = 'SQL-ish, LIKE wildcards, emoji, RTL and zero-width marks';
/** Allowed or refused by the bounds (by the field's kind), but never a fault. */
const HOSTILE: Record<string, string> = {
  [LONG]: 'x'.repeat(100_000),
  [MIXED]: "%_\\' OR '1'='1'; DROP TABLE project; -- 😀👨‍👩‍👧‍👦🇨🇳\u202Eevil\u202C\u200F\u200B\uFEFF",
  'line breaks and tab': 'a\r\nb\tc',
  '100 characters': '码'.repeat(100),
  '200 characters': '名'.repeat(200),
  '10,000 characters': '文'.repeat(10_000),
};
/** The ends of the Date and Decimal ranges, which must reach the services without a fault. */
const EDGE: Record<string, Record<string, unknown>> = {
  Date: { earliest: '1900-01-01', latest: '2199-12-31' },
  Decimal: { zero: '0', largest: '9999999999999.99' },
};

type Step = string | 0;
interface Target {
  arg: string;
  steps: Step[];
  leaf: GraphQLInputType;
}

function pathOf(t: { arg: string; steps: Step[] }): string {
  return t.arg + t.steps.map((s) => (s === 0 ? '[0]' : `.${s}`)).join('');
}

/** The ID an `id` argument or field of this root field most plausibly wants. */
function idFor(root: string, name: string): string {
  if (name !== 'id') return knownIds[name] ?? randomId();
  const noun = Object.keys(idsByPrefix)
    .filter((p) => root.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return noun && !/^catalogEntry|^catalogUsage/.test(root) ? idsByPrefix[noun] : randomId();
}

/** The root field whose arguments are being built: `defaultFor` picks its IDs by it. */
let rootName = '';

function defaultFor(type: GraphQLInputType, name: string, depth = 0): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [defaultFor(t.ofType, name, depth)];
  if (isInputObjectType(t)) {
    const value: Record<string, unknown> = {};
    if (depth > 4) return value;
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = defaultFor(f.type, f.name, depth + 1);
    }
    return value;
  }
  if (isEnumType(t)) return t.getValues()[0].value;
  switch (t.name) {
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    case 'Decimal':
      return '1.00';
    case 'Date':
      return '2026-01-01';
    case 'ID':
      return idFor(rootName, name);
    default:
      return '模糊测试';
  }
}

/** Every String, ID, Date and Decimal position inside an argument, and every list. */
function targetsOf(arg: string, type: GraphQLInputType, steps: Step[] = [], stack: string[] = []): Target[] {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [{ arg, steps, leaf: t }, ...targetsOf(arg, t.ofType, [...steps, 0], stack)];
  if (isInputObjectType(t)) {
    if (stack.includes(t.name)) return [];
    return Object.values(t.getFields()).flatMap((f) => targetsOf(arg, f.type, [...steps, f.name], [...stack, t.name]));
  }
  return isScalarType(t) && ['String', 'ID', 'Date', 'Decimal'].includes(t.name) ? [{ arg, steps, leaf: t }] : [];
}

/** Plausible arguments, with `value` at the target's position (its parents created as needed). */
function argumentsWith(field: GraphQLField<unknown, unknown>, target: Target | undefined, value: unknown): Record<string, unknown> {
  rootName = field.name;
  const args: Record<string, unknown> = {};
  if (!target) {
    for (const a of field.args) if (isNonNullType(a.type)) args[a.name] = defaultFor(a.type, a.name);
    return args;
  }
  for (const a of field.args) if (isNonNullType(a.type) || a.name === target.arg) args[a.name] = defaultFor(a.type, a.name);
  if (target.steps.length === 0) {
    args[target.arg] = value;
    return args;
  }
  let holder = args[target.arg] as Record<string | number, unknown>;
  let type = getNullableType(field.args.find((a) => a.name === target.arg)!.type) as GraphQLInputType;
  target.steps.forEach((step, i) => {
    const last = i === target.steps.length - 1;
    let stepType: GraphQLInputType;
    if (step === 0) {
      if (!isListType(type)) throw new Error('list step on a non-list');
      stepType = type.ofType;
      if (!Array.isArray(holder)) throw new Error('list expected');
    } else {
      if (!isInputObjectType(type)) throw new Error('field step on a non-object');
      stepType = type.getFields()[step].type;
    }
    if (last) holder[step] = value;
    else {
      if (holder[step] === undefined || holder[step] === null) holder[step] = defaultFor(stepType, String(step));
      holder = holder[step] as Record<string | number, unknown>;
    }
    type = getNullableType(stepType) as GraphQLInputType;
  });
  return args;
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): string {
  const used = field.args.filter((a) => a.name in args);
  const decl = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  let selection = '';
  if (isObjectType(named)) selection = 'errors' in named.getFields() ? ' { __typename errors { code field message } }' : ' { __typename }';
  else if (!isScalarType(named) && !isEnumType(named)) selection = ' { __typename }';
  return `${kind}${decl ? ` (${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

const LEAK = /stack|node_modules|\/work\/|\/home\/|\.ts:\d|\.js:\d|insert into|delete from|update "|select .* from|violates|duplicate key|syntax error at|invalid byte sequence|DriverException|MikroORM/i;

interface Case {
  label: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  target: Target;
  value: unknown;
  as: string;
  /** The path the refusal must name, when the value must be refused. */
  refusedAt?: string;
}

async function run(c: Case): Promise<string | undefined> {
  const args = argumentsWith(c.field, c.target, c.value);
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(c.as)}` },
    body: JSON.stringify({ query: operationText(c.kind, c.field, args), variables: args }),
  });
  const text = await res.text();
  const where = `${c.field.name} ${pathOf(c.target)} ← ${c.label} as ${c.as}`;
  if (res.status >= 500) return `${where}: HTTP ${res.status} ${text.slice(0, 300)}`;
  if (LEAK.test(text)) return `${where}: leaks ${text.match(LEAK)![0]} in ${text.slice(0, 300)}`;
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string; field?: string } }[] };
  if (body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) return `${where}: INTERNAL_SERVER_ERROR`;
  if (c.refusedAt) {
    const ext = body.errors?.[0]?.extensions;
    if (res.status !== 400 || ext?.code !== 'INVALID_INPUT' || ext.field !== c.refusedAt) {
      return `${where}: expected INVALID_INPUT at ${c.refusedAt}, got ${res.status} ${text.slice(0, 200)}`;
    }
  }
  return undefined;
}

const tokens = new Map<string, Promise<string>>();
function token(username: string): Promise<string> {
  let t = tokens.get(username);
  if (!t) tokens.set(username, (t = app.token(username)));
  return t;
}

async function pool<T>(items: T[], width: number, work: (item: T) => Promise<string | undefined>): Promise<string[]> {
  const failures: string[] = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (i < items.length) {
        const item = items[i++];
        const failure = await work(item);
        if (failure) failures.push(failure);
      }
    }),
  );
  return failures;
}

/** Seeded users with broad rights: a construction unit, DRC, BDC (cloud, calendar), Finance (fees). */
const USERS = ['gaj.clerk', 'drc.leader', 'drc.clerk', 'bdc.leader', 'finance.leader'];

/**
 * The user who gets furthest with plausible arguments: not refused by policy, ideally not refused at
 * all, so that the hostile values reach the service's checks and the database.
 */
async function bestUser(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Promise<string> {
  let best = { user: USERS[0], score: -1 };
  for (const user of USERS) {
    const args = argumentsWith(field, undefined, undefined);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(user)}` },
      body: JSON.stringify({ query: operationText(kind, field, args), variables: args }),
    });
    const body = (await res.json()) as { data?: Record<string, { errors?: { code: string }[] } | null>; errors?: unknown[] };
    const payload = body.data?.[field.name];
    const codes = payload?.errors?.map((e) => e.code) ?? [];
    const score = body.errors?.length ? 0 : codes.includes('FORBIDDEN') ? 1 : codes.length ? 2 : 3;
    if (score > best.score) best = { user, score };
    if (score >= 2) break;
  }
  return best.user;
}

async function casesFor(kind: 'query' | 'mutation', values: Record<string, string>): Promise<Case[]> {
  const root = kind === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
  const cases: Case[] = [];
  const fields = Object.values(root.getFields()).filter((f) => f.args.some((arg) => targetsOf(arg.name, arg.type).length));
  const users = new Map<string, string>();
  // One after the other: a probe may change an object's state, and the choice must not depend on timing.
  for (const field of fields) users.set(field.name, await bestUser(kind, field));
  for (const field of fields) {
    const as = users.get(field.name)!;
    for (const target of field.args.flatMap((arg) => targetsOf(arg.name, arg.type))) {
      const path = pathOf(target);
      const base = { kind, field, target, as };
      if (isListType(target.leaf)) {
        const itemType = target.leaf.ofType as GraphQLInputType;
        const name = target.steps.length ? String(target.steps.at(-1)) : target.arg;
        const items = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => defaultFor(itemType, name));
        cases.push({ ...base, label: `${MAX_LIST_ITEMS + 1} items`, value: items, refusedAt: path });
        continue;
      }
      const leaf = getNamedType(target.leaf).name;
      if (leaf in EDGE) {
        for (const [label, value] of Object.entries(EDGE[leaf])) cases.push({ ...base, label, value });
        continue;
      }
      for (const [label, value] of Object.entries(REFUSED)) cases.push({ ...base, label, value, refusedAt: path });
      // An ID is decoded to a key before any use: the long and the mixed value say enough.
      const hostile = leaf === 'ID' ? Object.entries(values).filter(([label]) => label === LONG || label === MIXED) : Object.entries(values);
      for (const [label, value] of hostile) cases.push({ ...base, label, value });
    }
  }
  return cases;
}

describe('fuzzing every argument found by introspection', () => {
  it('no mutation answers a hostile string with a fault or a leak', async () => {
    expect(Object.keys(schema.getMutationType()!.getFields()).length).toBeGreaterThan(70);
    const cases = await casesFor('mutation', HOSTILE);
    expect(cases.length).toBeGreaterThan(1000);
    expect(await pool(cases, 4, run)).toEqual([]);
  }, 180_000);

  it('no query answers a hostile string with a fault or a leak', async () => {
    expect(await pool(await casesFor('query', { [LONG]: HOSTILE[LONG], [MIXED]: HOSTILE[MIXED] }), 4, run)).toEqual([]);
  }, 120_000);
});
