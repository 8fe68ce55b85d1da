import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { municipalProjectAt } from '../support/projects';
import { Apply, cloudIds } from '../cloud/support';

const Page = graphql(`
  query ProjectPortalPage($first: Int) {
    projects(first: $first) {
      nodes {
        id
        code
        catalog {
          status
        }
        sharingReview {
          status
        }
        acceptanceRecords {
          status
        }
        cloudTenancies {
          systemName
        }
      }
    }
  }
`);

const Audit = graphql(`
  query AuditByTime($filter: AuditEventFilter) {
    auditEvents(first: 5, filter: $filter) {
      totalCount
      nodes {
        action
        occurredAt
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe("a portal's project page in one query", () => {
  it('shows each project with its catalog, sharing review, acceptance records and tenancies, statements not growing with rows', async () => {
    const approved = await municipalProjectAt(app, 'APPROVED');
    const ids = await cloudIds(app);
    const applied = await app.query(
      Apply,
      {
        input: {
          systemName: '教育专项系统（上云）',
          zoneId: ids.zone('CT-JIAN-EXTRANET'),
          mlpsLevel: 2,
          classified: false,
          migration: false,
          contactName: '刘工',
          contactPhone: '0796-8111111',
          projectId: approved,
          resources: [{ itemId: ids.item('ECS-VCPU'), quantity: 2 }],
        },
      },
      'jyj.clerk',
    );
    expect(applied.cloudTenancyApply.errors).toEqual([]);

    const page = await app.query(Page, { first: 20 }, 'jyj.clerk');
    expect(page.projects.nodes.find((p) => p.id === approved)).toMatchObject({
      catalog: { status: 'SUBMITTED' },
      sharingReview: null,
      acceptanceRecords: [],
      cloudTenancies: [{ systemName: '教育专项系统（上云）' }],
    });

    app.statements.reset();
    await app.query(Page, { first: 1 }, 'jyj.clerk');
    const one = app.statements.count;
    for (let i = 0; i < 3; i++) await municipalProjectAt(app, 'DRAFT');
    app.statements.reset();
    const many = await app.query(Page, { first: 20 }, 'jyj.clerk');
    expect(many.projects.nodes.length).toBeGreaterThan(3);
    expect(app.statements.count).toBe(one);
  });

  it('lets a page of 100 with its relations through the default cost limit, and refuses two of them at once', async () => {
    // the county portal's page of bench/compare/pages.ts: cost about 12,000 of the default 20,000
    const page = `projects(first: 100) { nodes { id code name status investment year constructionUnit { name } division { name }
      budgetLines { kind description amount } catalog { id status entryCount } sharingReview { status requestCount }
      acceptanceRecords { round status result } cloudTenancies { code systemName status mlpsLevel } } }`;
    const one = await app.request(`{ ${page} }`, {}, { as: 'taihe.drc.leader' });
    expect(one.errors).toBeUndefined();
    const two = await app.request(`{ a: ${page} b: ${page} }`, {}, { as: 'taihe.drc.leader', lang: 'en' });
    expect(two.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost' } });
  });

  it('filters the audit trail by time range (PM-18)', async () => {
    const all = await app.query(Audit, {}, 'audit.auditor');
    expect(all.auditEvents.totalCount).toBeGreaterThan(0);
    const newest = all.auditEvents.nodes[0].occurredAt;
    const future = await app.query(Audit, { filter: { occurredFrom: new Date(Date.now() + 3600_000).toISOString() } }, 'audit.auditor');
    expect(future.auditEvents.totalCount).toBe(0);
    const upToNewest = await app.query(Audit, { filter: { occurredBefore: newest } }, 'audit.auditor');
    expect(upToNewest.auditEvents.totalCount).toBeLessThan(all.auditEvents.totalCount);
    const window = await app.query(Audit, { filter: { occurredFrom: newest, occurredBefore: new Date(Date.now() + 3600_000).toISOString() } }, 'audit.auditor');
    expect(window.auditEvents.nodes.every((e) => e.occurredAt >= newest)).toBe(true);
    expect(window.auditEvents.totalCount + upToNewest.auditEvents.totalCount).toBe(all.auditEvents.totalCount);
  });
});
