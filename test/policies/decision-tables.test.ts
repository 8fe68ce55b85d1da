import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { accessFilter, NOTHING } from '../../src/authz/access-filter';
import { buildAbility, type AppAbility } from '../../src/authz/ability';
import { buildDecisionTableSchema } from '../../src/authz/decision-table-schema';
import { explain } from '../../src/authz/explain';
import { loadPolicies } from '../../src/authz/policy-loader';
import { principalAttributes } from '../../src/context';
import { entities } from '../../src/db/entities';
import { User } from '../../src/modules/organizations/user.entity';
import { openTestOrm, type TestOrm } from '../support/database';
import {
  attributeSubject,
  decisionTablesDir,
  DecisionTableError,
  expandTable,
  loadDecisionTables,
  resolveAttributes,
  tableName,
  type DecisionCell,
  type DecisionTable,
} from '../support/decision-tables';

const policies = loadPolicies();
const byName = new Map(entities.map((e) => [e.name, e as EntityClass<any>]));
const files = loadDecisionTables();
let orm: MikroORM;
let db: TestOrm;
beforeAll(async () => {
  db = await openTestOrm();
  orm = db.orm;
});
afterAll(() => db.close());

const describeCell = (c: DecisionCell) =>
  `${c.principal} (${c.user}) × ${c.resource} × ${c.action}: expected ${c.allowed ? 'allowed' : 'refused'} by ${c.rule}`;

describe('decision tables are well-formed', () => {
  const validate = new Ajv({ allErrors: false, strict: false }).compile(buildDecisionTableSchema());

  it('policies/tests/decision-table.schema.json equals the schema built from the vocabulary', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(decisionTablesDir, 'decision-table.schema.json'), 'utf8'));
    expect(committed).toEqual(buildDecisionTableSchema());
  });

  it.each(files)('%s follows the schema', (_file, data) => {
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('refuses a cell outside the table, listed twice, or both allowed and denied', () => {
    const base: DecisionTable = {
      subject: 'Plan',
      principals: { drc: 'drc.clerk' },
      resources: { any: {} },
      allowed: [{ who: 'drc', on: 'any', actions: 'create', rule: 'PM-6' }],
    };
    expect(expandTable(base, 't').map((c) => [c.action, c.allowed, c.rule, c.listed])).toEqual([
      ['read', false, 'PM-6', false],
      ['create', true, 'PM-6', true],
    ]);
    const bad: [Partial<DecisionTable>, RegExp][] = [
      [{ allowed: [{ who: 'bdc', on: 'any', actions: 'create', rule: 'PM-6' }] }, /unknown principal "bdc"/],
      [{ allowed: [{ who: 'drc', on: 'all', actions: 'create', rule: 'PM-6' }] }, /unknown resource "all"/],
      [{ allowed: [{ who: 'drc', on: 'any', actions: 'approve', rule: 'PM-6' }] }, /unknown action "approve"/],
      [{ actions: ['approve'] }, /Plan has no action approve/],
      [{ allowed: [{ who: 'drc', on: 'any', actions: 'create' }] }, /names the rule/],
      [{ allowed: [{ who: '*', on: 'any', actions: 'create', rule: 'PM-6' }] }, /no "\*"/],
      [{ allowed: [...base.allowed, { who: 'drc', on: 'any', actions: 'create', rule: 'PM-6' }] }, /listed twice/],
      [{ denied: [{ who: 'drc', on: 'any', actions: 'create' }] }, /both allowed and denied/],
    ];
    for (const [change, pattern] of bad) {
      expect(() => expandTable({ ...base, ...change }, 't')).toThrow(DecisionTableError);
      expect(() => expandTable({ ...base, ...change }, 't')).toThrow(pattern);
    }
    // "*" in a denied entry takes the cells not allowed and not stated otherwise.
    const audit = expandTable(
      {
        ...base,
        actions: ['create'],
        principals: { drc: 'drc.clerk', audit: 'audit.auditor' },
        denied: [{ who: 'audit', on: '*', actions: '*', rule: 'PM-18' }],
      },
      't',
    );
    expect(audit.map((c) => [c.principal, c.allowed, c.rule])).toEqual([
      ['drc', true, 'PM-6'],
      ['audit', false, 'PM-18'],
    ]);
  });
});

async function decide(em: EntityManager, ability: AppAbility, c: DecisionCell): Promise<{ allowed: boolean; rule: string; filterAgrees?: boolean }> {
  let resource: unknown = c.subject;
  if (c.find) resource = await em.findOneOrFail(byName.get(c.subject)!, c.find);
  else if (c.attributes) resource = attributeSubject(c.subject, (await resolveAttributes(em as any, c.attributes)) as Record<string, unknown>);
  const decision = explain(ability, c.action, resource, c.field);
  // A stored row is also checked through the SQL filter that lists use: both must agree.
  if (c.find && !c.field) {
    const filter = accessFilter(ability, c.action, c.subject);
    const visible = filter === NOTHING ? 0 : await em.count(byName.get(c.subject)!, { $and: [c.find, filter] });
    return { allowed: decision.allowed, rule: decision.rule, filterAgrees: (visible === 1) === decision.allowed };
  }
  return { allowed: decision.allowed, rule: decision.rule };
}

describe.each(files)('decision table %s', (_file, data) => {
  const tables = data.tables.map((t, i) => [tableName(t, i), t] as const);
  it.each(tables)('%s: the listed cells are allowed, every other cell is refused', async (name, table) => {
    const cells = expandTable(table, name);
    const em = orm.em.fork();
    const abilities = new Map<string, AppAbility>();
    for (const username of new Set(Object.values(table.principals))) {
      const user = await em.findOneOrFail(User, { username }, { populate: ['agency', 'agency.county'] });
      abilities.set(username, buildAbility(policies, principalAttributes(user)));
    }
    const wrong: string[] = [];
    for (const c of cells) {
      const got = await decide(em, abilities.get(c.user)!, c);
      if (got.allowed !== c.allowed || got.rule !== c.rule)
        wrong.push(`${describeCell(c)}, got ${got.allowed ? 'allowed' : 'refused'} by ${got.rule}`);
      if (got.filterAgrees === false) wrong.push(`${describeCell(c)}: the SQL filter disagrees`);
    }
    expect(wrong).toEqual([]);
    expect(cells.length).toBeGreaterThan(0);
  });
});
