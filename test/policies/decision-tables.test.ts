import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { accessFilter, NOTHING } from '../../src/authz/access-filter';
import { buildAbility } from '../../src/authz/ability';
import { explain } from '../../src/authz/explain';
import { loadPolicies } from '../../src/authz/policy-loader';
import { principalAttributes } from '../../src/context';
import { entities } from '../../src/db/entities';
import { User } from '../../src/modules/organizations/user.entity';
import { openTestOrm, type TestOrm } from '../support/database';
import { attributeSubject, loadDecisionTables, resolveAttributes, type DecisionCase } from '../support/decision-tables';

const policies = loadPolicies();
const byName = new Map(entities.map((e) => [e.name, e as EntityClass<any>]));
let orm: MikroORM;
let db: TestOrm;
beforeAll(async () => {
  db = await openTestOrm();
  orm = db.orm;
});
afterAll(() => db.close());

const label = (c: DecisionCase) =>
  `${c.user} ${c.allowed ? 'may' : 'may not'} ${c.action} ${c.subject}${c.field ? '.' + c.field : ''}` +
  `${c.find ? ' ' + JSON.stringify(c.find) : ''}${c.attributes ? ' ' + JSON.stringify(c.attributes) : ''} (${c.rule})`;

describe.each(loadDecisionTables())('decision table %s', (_file, table) => {
  it.each(table.cases.map((c) => [label(c), c] as const))('%s', async (_label, c) => {
    const em = orm.em.fork();
    const user = await em.findOneOrFail(User, { username: c.user }, { populate: ['agency', 'agency.county'] });
    const ability = buildAbility(policies, principalAttributes(user));
    let resource: unknown = c.subject;
    if (c.find) {
      resource = await em.findOneOrFail(byName.get(c.subject)!, c.find);
    } else if (c.attributes) {
      resource = attributeSubject(c.subject, (await resolveAttributes(em, c.attributes)) as Record<string, unknown>);
    }
    const decision = explain(ability, c.action, resource, c.field);
    expect({ allowed: decision.allowed, rule: decision.rule }).toEqual({ allowed: c.allowed, rule: c.rule });

    // A stored row is also checked through the SQL filter that lists use: both must agree.
    if (c.find && !c.field) {
      const filter = accessFilter(ability, c.action, c.subject);
      const visible = filter === NOTHING ? 0 : await em.count(byName.get(c.subject)!, { $and: [c.find, filter] });
      expect(visible === 1).toBe(c.allowed);
    }
  });
});
