import { MikroORM } from '@mikro-orm/postgresql';
import { buildAbility } from '../../src/authz/ability';
import { principalAttributes } from '../../src/context';
import { Agency } from '../../src/modules/organizations/agency.entity';
import { CITY_CODE, Division } from '../../src/modules/organizations/division.entity';
import { User } from '../../src/modules/organizations/user.entity';
import { ProjectStatus } from '../../src/modules/projects/project.enums';
import { Project } from '../../src/modules/projects/project.entity';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { Approve, doc, submitCatalog } from '../support/projects';

const Projects = graphql(`
  query ProjectList($first: Int, $after: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {
    projects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        investment
        division {
          code
        }
      }
    }
  }
`);

const DeepProjects = graphql(`
  query DeepProjects($first: Int) {
    projects(first: $first) {
      nodes {
        code
        constructionUnit {
          name
          county {
            name
          }
        }
        division {
          name
        }
        budgetLines {
          amount
        }
        documents {
          kind
        }
        participants {
          agency {
            code
          }
        }
        history {
          event
          actorAgency {
            code
          }
        }
        availableActions {
          action
          allowed
        }
      }
    }
  }
`);

let app: TestApp;
const unitCodes = ['GAJ', 'JYJ', 'TAIHE-DEPT', 'JISHUI-DEPT', 'ETDZ-DEPT'];

/** Projects recorded directly (their workflow is tested elsewhere): a spread of units, states, amounts. */
async function seedProjects(orm: MikroORM, perUnit: number) {
  const em = orm.em.fork();
  const units = await em.find(Agency, { code: { $in: unitCodes } }, { populate: ['county'] });
  let n = 0;
  for (const unit of units) {
    for (let i = 0; i < perUnit; i++) {
      n += 1;
      em.create(Project, {
        code: `FX-${unit.code}-${i}`,
        name: `${unit.name}项目${i}`,
        constructionUnit: unit,
        division: em.getReference(Division, unit.county?.code ?? CITY_CODE),
        category: 'BUSINESS_SYSTEM' as never,
        buildType: 'NEW' as never,
        network: 'EGOV_EXTRANET' as never,
        investment: `${(n * 1234567.89).toFixed(2)}`,
        year: 2026,
        status: [ProjectStatus.DRAFT, ProjectStatus.UNDER_REVIEW, ProjectStatus.UNDER_TECH_REVIEW][i % 3],
        filedAt: i % 3 === 0 ? undefined : new Date(Date.UTC(2026, 0, n)),
      });
    }
  }
  await em.flush();
}

beforeAll(async () => {
  app = await startTestApp();
  await seedProjects(app.orm, 6);
});
afterAll(() => app.stop());

async function all(as: string, filter?: object) {
  const codes: string[] = [];
  let after: string | null | undefined;
  let total = 0;
  do {
    const data = await app.query(Projects, { first: 7, after, filter }, as);
    total = data.projects.totalCount;
    codes.push(...data.projects.nodes.map((n) => n.code));
    after = data.projects.pageInfo.hasNextPage ? data.projects.pageInfo.endCursor : null;
  } while (after);
  return { codes, total };
}

describe('projects: lists filtered in SQL by the same policies as single checks (PM-4, PM-8.3)', () => {
  it('gives a county user its county\'s projects only, with a totalCount to match', async () => {
    const { codes, total } = await all('taihe.gov');
    expect(total).toBe(6);
    expect(codes).toHaveLength(6);
    expect(codes.every((c) => c.startsWith('FX-TAIHE-DEPT-'))).toBe(true);
  });

  it('gives a department its own projects only', async () => {
    const { codes } = await all('jyj.clerk');
    expect(new Set(codes.map((c) => c.replace(/-\d+$/, '')))).toEqual(new Set(['FX-JYJ']));
  });

  it.each(['drc.leader', 'taihe.finance', 'finance.leader', 'expert.liu', 'partyoffice.reviewer', 'telecom.operator', 'audit.auditor'])(
    '%s: the list holds exactly the projects a CASL check allows',
    async (username) => {
      const { codes, total } = await all(username);
      expect(codes).toHaveLength(total);
      const em = app.orm.em.fork();
      const user = await em.findOneOrFail(User, { username }, { populate: ['agency', 'agency.county'] });
      const ability = buildAbility(app.services.policies, principalAttributes(user));
      const projects = await em.find(Project, {}, { populate: ['constructionUnit', 'division'] });
      const allowed = projects.filter((p) => ability.can('read', p)).map((p) => p.code).sort();
      expect([...codes].sort()).toEqual(allowed);
    },
  );

  it('filters by county, investment range and status, and orders by investment', async () => {
    const data = await app.query(
      Projects,
      { first: 50, filter: { countyCode: '360826', investmentMin: '1000000.00', statuses: ['UNDER_REVIEW', 'UNDER_TECH_REVIEW'] }, orderBy: { field: 'INVESTMENT', direction: 'ASC' } },
      'drc.leader',
    );
    const amounts = data.projects.nodes.map((n) => Number(n.investment));
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    expect(data.projects.totalCount).toBe(4);
    expect(data.projects.nodes.every((n) => n.division?.code === '360826')).toBe(true);
  });

  it('orders by filing date, listing filed projects only', async () => {
    const data = await app.query(Projects, { first: 50, orderBy: { field: 'FILED_AT', direction: 'DESC' } }, 'drc.leader');
    expect(data.projects.totalCount).toBe(20);
  });
});

describe('projects: SQL statements per request grow with depth, not with rows', () => {
  it('costs the same number of statements for 3 projects as for 12', async () => {
    const count = async (first: number) => {
      app.statements.reset();
      const data = await app.query(DeepProjects, { first }, 'audit.auditor');
      expect(data.projects.nodes).toHaveLength(first);
      return app.statements.count;
    };
    const few = await count(3);
    const many = await count(12);
    expect(many).toBe(few);
    expect(few).toBeGreaterThan(1);
    expect(few).toBeLessThanOrEqual(20);
  });

  it('counts the rows on all pages only when totalCount is selected, once however often it is', async () => {
    const count = async (selection: string) => {
      app.statements.reset();
      const res = await app.request(`{ projects(first: 3) { ${selection} nodes { code } } }`, {}, { as: 'drc.leader' });
      expect(res.errors).toBeUndefined();
      return { statements: app.statements.count, data: res.data as { projects: Record<string, number> } };
    };
    const page = await count('');
    const counted = await count('totalCount');
    const twice = await count('totalCount again: totalCount');
    expect(counted.statements).toBe(page.statements + 1);
    expect(twice.statements).toBe(counted.statements);
    expect(counted.data.projects.totalCount).toBeGreaterThan(3);
    expect(twice.data.projects.again).toBe(counted.data.projects.totalCount);
  });
});

describe('projects: two decisions racing on one project (CONFLICT)', () => {
  it('lets exactly one of two simultaneous approvals through', async () => {
    const em = app.orm.em.fork();
    const project = await em.findOneOrFail(Project, { code: 'FX-GAJ-1' });
    // The approval gate reads the project's catalog (PM-9(3)).
    await submitCatalog(app, project.globalId(), 'gaj.clerk');
    const approval = await doc(app, 'drc.leader', '批复');
    const id = project.globalId();
    const results = await Promise.all([1, 2, 3].map(() => app.query(Approve, { input: { id, approvalDocument: approval, constructionMonths: 18 } }, 'drc.leader')));
    const ok = results.filter((r) => r.projectApprove.errors.length === 0);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.projectApprove.errors.length)) {
      expect(['CONFLICT', 'PRECONDITION_FAILED']).toContain(r.projectApprove.errors[0].code);
    }
    const [row] = await em.getConnection().execute<{ n: string }[]>(
      `select count(*) n from state_transition where subject_id = ? and event = 'approve'`,
      [project.id],
    );
    expect(row.n).toBe('1');
  });
});
