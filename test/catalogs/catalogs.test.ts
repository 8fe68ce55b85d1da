import { accessFilter, NOTHING } from '../../src/authz/access-filter';
import { ManualClock } from '../../src/calendar/clock';
import { buildAbility } from '../../src/authz/ability';
import { principalAttributes } from '../../src/context';
import { Catalog, CatalogEntry, CatalogUsage } from '../../src/modules/catalogs/catalog.entity';
import { User } from '../../src/modules/organizations/user.entity';
import { graphql } from '../gql';
import type { CatalogEntryInput } from '../gql/graphql';
import { Project } from '../../src/modules/projects/project.entity';
import { ProjectFactSource } from '../../src/modules/projects/project.facts';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { agencyGlobalId, createProject, type ProjectFixture } from './support';

const CatalogFields = graphql(`
  fragment CatalogFields on Catalog {
    id
    status
    version
    projectCode
    constructionUnit {
      code
    }
    division {
      code
    }
    entryCount
    findings {
      resourceCode
      text
    }
  }
`);

const Create = graphql(`
  mutation CatalogCreate($input: CatalogCreateInput!) {
    catalogCreate(input: $input) {
      catalog {
        ...CatalogFields
      }
      errors {
        code
        rule
        field
        message
      }
    }
  }
`);

const AddEntry = graphql(`
  mutation CatalogEntryAdd($input: CatalogEntryAddInput!) {
    catalogEntryAdd(input: $input) {
      catalogEntry {
        id
        resourceCode
        classificationCode
        sharingType
        provider {
          code
        }
        publishDate
      }
      errors {
        code
        rule
        field
        message
      }
    }
  }
`);

const UpdateEntry = graphql(`
  mutation CatalogEntryUpdate($input: CatalogEntryUpdateInput!) {
    catalogEntryUpdate(input: $input) {
      catalogEntry {
        id
        resourceName
        sharingType
        sharingCondition
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const RemoveEntry = graphql(`
  mutation CatalogEntryRemove($input: CatalogEntryRemoveInput!) {
    catalogEntryRemove(input: $input) {
      catalog {
        entryCount
      }
      errors {
        code
        rule
      }
    }
  }
`);

const Submit = graphql(`
  mutation CatalogSubmit($input: CatalogSubmitInput!) {
    catalogSubmit(input: $input) {
      catalog {
        ...CatalogFields
      }
      errors {
        code
        rule
        field
        message
      }
    }
  }
`);

const Publish = graphql(`
  mutation CatalogPublish($input: CatalogPublishInput!) {
    catalogPublish(input: $input) {
      catalog {
        ...CatalogFields
        publishedAt
        sharingSummary {
          total
          unconditional
          conditional
          notShared
          registeredOnExchange
        }
        entries {
          resourceCode
          publishDate
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Return = graphql(`
  mutation CatalogReturn($input: CatalogReturnInput!) {
    catalogReturn(input: $input) {
      catalog {
        ...CatalogFields
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const CatalogById = graphql(`
  query CatalogById($id: ID!) {
    catalog(id: $id) {
      ...CatalogFields
      project {
        id
      }
      history {
        event
        fromState
        toState
        note
      }
      availableActions {
        action
        allowed
        blockers {
          code
          rule
        }
      }
    }
  }
`);

const Catalogs = graphql(`
  query Catalogs($filter: CatalogFilter) {
    catalogs(first: 50, filter: $filter) {
      totalCount
      nodes {
        projectCode
        status
      }
    }
  }
`);

const Entries = graphql(`
  query CatalogEntries($filter: CatalogEntryFilter) {
    catalogEntries(first: 100, filter: $filter) {
      totalCount
      nodes {
        id
        resourceCode
        sharingType
        provider {
          code
        }
      }
    }
  }
`);

const RecordUsage = graphql(`
  mutation CatalogUsageRecord($input: CatalogUsageRecordInput!) {
    catalogUsageRecord(input: $input) {
      catalogUsage {
        id
        outcome
        issue
        usedOn
        consumerAgency {
          code
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

const Usages = graphql(`
  query CatalogUsages($filter: CatalogUsageFilter) {
    catalogUsages(first: 50, filter: $filter) {
      totalCount
      nodes {
        purpose
        outcome
        issue
        consumerAgency {
          code
        }
        recordedBy {
          username
        }
        entry {
          resourceCode
        }
      }
    }
  }
`);

const EntryUsages = graphql(`
  query EntryUsages($id: ID!) {
    catalogEntry(id: $id) {
      resourceCode
      usages {
        purpose
        outcome
        consumerAgency {
          code
        }
      }
    }
  }
`);

let app: TestApp;
let gajProject: ProjectFixture;
let jyjProject: ProjectFixture;
let taiheProject: ProjectFixture;
let gajCatalog: string;
let jyjCatalog: string;
let taiheCatalog: string;
let wjw: string;
let jyj: string;

/** A complete shareable entry; overrides make it whatever a case needs. */
function entry(code: string, overrides: Partial<CatalogEntryInput> = {}): CatalogEntryInput {
  const [classification] = code.split('/');
  return {
    classCode: classification.slice(0, 1),
    itemCode: classification.slice(1, 3),
    categoryCode: classification.slice(3, 6),
    subcategoryCode: classification.slice(6) || null,
    resourceName: `信息资源 ${code}`,
    resourceCode: code,
    providerCode: '11360800MB1234567X',
    abstract: '人口基础信息，按月更新',
    formatClass: 'DATABASE',
    formatType: 'KingbaseES',
    informationItems: [
      { name: '姓名', dataType: 'CHARACTER' },
      { name: '出生日期', dataType: 'DATE' },
    ],
    sharingType: 'UNCONDITIONAL',
    sharingMethod: 'PLATFORM_INTERFACE',
    openType: 'NOT_OPEN',
    updateCycle: 'MONTHLY',
    registeredOnExchange: true,
    ...overrides,
  };
}

/** PM-9(3): whether the project workflow counts the project's catalog as submitted (the approval gate's fact). */
const catalogSubmitted = async (projectId: string) => {
  const em = app.orm.em.fork();
  return (await new ProjectFactSource(em).of(await em.findOneOrFail(Project, projectId))).catalogSubmitted;
};

const entryCount = async () => Number((await sqlAsAdmin<{ n: string }>(app.database, 'select count(*) n from catalog_entry'))[0].n);
const lastEvent = async () =>
  (await sqlAsAdmin<{ outcome: string; rule: string; error_code: string | null; action: string; subject_type: string }>(
    app.database,
    'select outcome, rule, error_code, action, subject_type from audit_event order by seq desc limit 1',
  ))[0];

beforeAll(async () => {
  app = await startTestApp();
  gajProject = await createProject(app.orm, { code: 'JA-2026-C0001', unit: 'GAJ', coBuilders: ['WJW'] });
  jyjProject = await createProject(app.orm, { code: 'JA-2026-C0002', unit: 'JYJ' });
  taiheProject = await createProject(app.orm, { code: 'TH-2026-C0001', unit: 'TAIHE-DEPT', division: '360826' });
  wjw = await agencyGlobalId(app.orm, 'WJW');
  jyj = await agencyGlobalId(app.orm, 'JYJ');
});
afterAll(() => app.stop());

describe('catalog creation (PM-9(3)): the construction unit starts its project catalog', () => {
  it("lets the unit's clerk create the catalog of its project, once", async () => {
    const res = await app.query(Create, { input: { projectId: gajProject.globalId } }, 'gaj.clerk');
    expect(res.catalogCreate.errors).toEqual([]);
    expect(res.catalogCreate.catalog).toMatchObject({
      status: 'DRAFT',
      projectCode: 'JA-2026-C0001',
      constructionUnit: { code: 'GAJ' },
      division: { code: '360800' },
      entryCount: 0,
      findings: [],
    });
    gajCatalog = res.catalogCreate.catalog!.id;
    expect(await lastEvent()).toMatchObject({ outcome: 'ALLOWED', rule: 'PM-9(3)', action: 'create', subject_type: 'Catalog' });

    const again = await app.query(Create, { input: { projectId: gajProject.globalId } }, 'gaj.clerk');
    expect(again.catalogCreate.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-9(3)', field: 'projectId' })]);

    jyjCatalog = (await app.query(Create, { input: { projectId: jyjProject.globalId } }, 'jyj.clerk')).catalogCreate.catalog!.id;
    taiheCatalog = (await app.query(Create, { input: { projectId: taiheProject.globalId } }, 'taihe.dept')).catalogCreate.catalog!.id;
  });

  it("refuses the unit's leader (a clerk prepares), a stranger, and the Audit Bureau (PM-9(3), PM-18)", async () => {
    const other = await createProject(app.orm, { code: 'JA-2026-C0003', unit: 'GAJ' });
    const leader = await app.query(Create, { input: { projectId: other.globalId } }, 'gaj.leader');
    expect(leader.catalogCreate).toEqual({ catalog: null, errors: [expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-9(3)' })] });
    const stranger = await app.request(Create, { input: { projectId: other.globalId } }, { as: 'jyj.clerk' });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const audit = await app.query(Create, { input: { projectId: other.globalId } }, 'audit.auditor');
    expect(audit.catalogCreate.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    expect(await lastEvent()).toMatchObject({ outcome: 'REFUSED', rule: 'PM-18', action: 'create' });
  });
});

describe('catalog entries (PM-9(3)): what the catalog may say', () => {
  it('adds complete entries, provided by the unit or a co-builder (PM-9(6))', async () => {
    const a = await app.query(AddEntry, { input: { catalogId: gajCatalog, entry: entry('301001/00001') } }, 'gaj.clerk');
    expect(a.catalogEntryAdd.errors).toEqual([]);
    expect(a.catalogEntryAdd.catalogEntry).toMatchObject({ resourceCode: '301001/00001', classificationCode: '301001', provider: { code: 'GAJ' } });
    const b = await app.query(
      AddEntry,
      { input: { catalogId: gajCatalog, entry: entry('3010020001/00002', { providerId: wjw, sharingType: 'CONDITIONAL', sharingCondition: '仅限政务部门依职责使用' }) } },
      'gaj.clerk',
    );
    expect(b.catalogEntryAdd.errors).toEqual([]);
    expect(b.catalogEntryAdd.catalogEntry?.provider).toEqual({ code: 'WJW' });
    const c = await app.query(
      AddEntry,
      { input: { catalogId: gajCatalog, entry: entry('301003/00003', {
            sharingType: 'NOT_SHARED',
            sharingMethod: null,
            notSharedBasis: '《中华人民共和国个人信息保护法》第十三条',
            restrictedToOrganizations: ['中国人民银行征信中心'],
            registeredOnExchange: false,
          }) } },
      'gaj.clerk',
    );
    expect(c.catalogEntryAdd.errors).toEqual([]);
  });

  it.each([
    [
      'shareable data restricted to named companies',
      entry('301001/00009', { restrictedToOrganizations: ['某某数据科技有限公司'] }),
      'entry.restrictedToOrganizations',
    ],
    ['the restriction written into the sharing condition', entry('301001/00009', { sharingType: 'CONDITIONAL', sharingCondition: '仅向某某数据科技有限公司开放' }), 'entry.sharingCondition'],
    ['a conditional entry without its condition', entry('301001/00009', { sharingType: 'CONDITIONAL' }), 'entry.sharingCondition'],
    ['a not-shared entry without its legal basis', entry('301001/00009', { sharingType: 'NOT_SHARED', sharingMethod: null }), 'entry.notSharedBasis'],
    ['a duplicate resource code', entry('301001/00001'), 'entry.resourceCode'],
    ['a provider that is neither the unit nor a co-builder', entry('301001/00009', { providerId: 'QWdlbmN5OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA' }), 'entry.providerId'],
  ])('PM-9(3): refuses %s, changing nothing', async (_what, input, field) => {
    const before = await entryCount();
    const res = await app.query(AddEntry, { input: { catalogId: gajCatalog, entry: input } }, 'gaj.clerk');
    expect(res.catalogEntryAdd.catalogEntry).toBeNull();
    expect(res.catalogEntryAdd.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-9(3)', field })]);
    expect(await entryCount()).toBe(before);
    expect(await lastEvent()).toMatchObject({ outcome: 'REFUSED', rule: 'PM-9(3)', error_code: 'INVALID_INPUT', action: 'update' });
  });

  it('lets a county department catalog its resources; its county government sees them, other counties do not (PM-8.3)', async () => {
    const res = await app.query(AddEntry, { input: { catalogId: taiheCatalog, entry: entry('302004001/00001', { providerCode: '12360826MB0000001K' }) } }, 'taihe.dept');
    expect(res.catalogEntryAdd.errors).toEqual([]);
    expect(res.catalogEntryAdd.catalogEntry?.provider).toEqual({ code: 'TAIHE-DEPT' });
    expect((await app.query(Entries, { filter: { catalogId: taiheCatalog } }, 'taihe.gov')).catalogEntries.totalCount).toBe(1);
    expect((await app.query(Entries, { filter: { catalogId: taiheCatalog } }, 'jishui.gov')).catalogEntries.totalCount).toBe(0);
  });

  it('lists every problem of an entry at once', async () => {
    const res = await app.query(
      AddEntry,
      { input: { catalogId: gajCatalog, entry: entry('301001/00009', { sharingType: 'CONDITIONAL', itemCode: '1', restrictedToOrganizations: ['某公司'] }) } },
      'gaj.clerk',
    );
    expect(res.catalogEntryAdd.errors.map((e) => e.field).sort()).toEqual(
      ['entry.itemCode', 'entry.resourceCode', 'entry.restrictedToOrganizations', 'entry.sharingCondition'].sort(),
    );
  });

  it("hides a draft catalog from other units: adding to it is NOT_FOUND; the unit's leader may not edit", async () => {
    const res = await app.request(AddEntry, { input: { catalogId: gajCatalog, entry: entry('301001/00010') } }, { as: 'jyj.clerk' });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const leader = await app.query(AddEntry, { input: { catalogId: gajCatalog, entry: entry('301001/00010') } }, 'gaj.leader');
    expect(leader.catalogEntryAdd.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-9(3)' })]);
  });

  it('updates and removes entries of a draft', async () => {
    const extra = await app.query(AddEntry, { input: { catalogId: gajCatalog, entry: entry('301001/00011') } }, 'gaj.clerk');
    const id = extra.catalogEntryAdd.catalogEntry!.id;
    const upd = await app.query(UpdateEntry, { input: { id, entry: entry('301001/00011', { resourceName: '改名后的资源', sharingType: 'CONDITIONAL', sharingCondition: '经审批后共享' }) } }, 'gaj.clerk');
    expect(upd.catalogEntryUpdate).toEqual({ catalogEntry: { id, resourceName: '改名后的资源', sharingType: 'CONDITIONAL', sharingCondition: '经审批后共享' }, errors: [] });
    const bad = await app.query(UpdateEntry, { input: { id, entry: entry('301001/00011', { sharingType: 'NOT_SHARED', sharingMethod: null }) } }, 'gaj.clerk');
    expect(bad.catalogEntryUpdate.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'entry.notSharedBasis' }]);
    const rm = await app.query(RemoveEntry, { input: { id } }, 'gaj.clerk');
    expect(rm.catalogEntryRemove).toEqual({ catalog: { entryCount: 3 }, errors: [] });
  });
});

describe('catalog life (PM-9(3)): submitted by the unit, published or returned by BDC', () => {
  it('refuses to submit an empty catalog, and the gate for project approval stays closed', async () => {
    const res = await app.query(Submit, { input: { id: jyjCatalog } }, 'jyj.clerk');
    expect(res.catalogSubmit.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-9(3)' })]);
    expect(await catalogSubmitted(jyjProject.id)).toBe(false);
    expect(await catalogSubmitted(gajProject.id)).toBe(false);
  });

  it('shows the unit what it may do next, and why not', async () => {
    const res = await app.query(CatalogById, { id: jyjCatalog }, 'jyj.clerk');
    const actions = Object.fromEntries(res.catalog.availableActions.map((a) => [a.action, a]));
    expect(actions.update).toEqual({ action: 'update', allowed: true, blockers: [] });
    expect(actions.submit).toEqual({ action: 'submit', allowed: false, blockers: [{ code: 'PRECONDITION_FAILED', rule: 'PM-9(3)' }] });
    expect(actions.publish.allowed).toBe(false);
    expect(actions.publish.blockers).toContainEqual({ code: 'FORBIDDEN', rule: 'PM-9(3)' });
  });

  it("refuses the unit's leader to submit; the clerk submits; edits are then closed", async () => {
    const leader = await app.query(Submit, { input: { id: gajCatalog } }, 'gaj.leader');
    expect(leader.catalogSubmit.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-9(3)' })]);
    const res = await app.query(Submit, { input: { id: gajCatalog, note: '请审查' } }, 'gaj.clerk');
    expect(res.catalogSubmit.errors).toEqual([]);
    expect(res.catalogSubmit.catalog).toMatchObject({ status: 'SUBMITTED', entryCount: 3 });
    expect(await catalogSubmitted(gajProject.id)).toBe(true);
    const add = await app.query(AddEntry, { input: { catalogId: gajCatalog, entry: entry('301001/00012') } }, 'gaj.clerk');
    expect(add.catalogEntryAdd.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-9(3)' })]);
  });

  it('lets BDC alone decide: a BDC clerk, DRC and the unit may not publish or return', async () => {
    for (const user of ['bdc.clerk', 'drc.leader', 'gaj.clerk']) {
      const pub = await app.query(Publish, { input: { id: gajCatalog } }, user);
      expect(pub.catalogPublish.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-9(3)' })]);
      const ret = await app.query(Return, { input: { id: gajCatalog, findings: [{ text: 'x' }] } }, user);
      expect(ret.catalogReturn.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-9(3)' })]);
    }
    const reviewer = await app.query(Publish, { input: { id: gajCatalog } }, 'bdc.reviewer');
    expect(reviewer.catalogPublish.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-9(3)' })]);
  });

  it('lets a BDC reviewer return it with findings; the unit edits and resubmits', async () => {
    const empty = await app.query(Return, { input: { id: gajCatalog, findings: [] } }, 'bdc.reviewer');
    expect(empty.catalogReturn.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'findings' })]);
    const unknown = await app.query(Return, { input: { id: gajCatalog, findings: [{ resourceCode: '399/1', text: 'x' }] } }, 'bdc.reviewer');
    expect(unknown.catalogReturn.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'findings[0].resourceCode' })]);
    // PM-9(3): every finding's problem at once, not the first only
    const several = await app.query(
      Return,
      { input: { id: gajCatalog, findings: [{ text: '  ' }, { resourceCode: '399/1', text: 'x' }, { resourceCode: '399/2', text: '' }] } },
      'bdc.reviewer',
    );
    // the input's own problems first, then those found against the catalog
    expect(several.catalogReturn.errors.map((e) => [e.code, e.rule, e.field])).toEqual([
      ['INVALID_INPUT', 'PM-9(3)', 'findings[0].text'],
      ['INVALID_INPUT', 'PM-9(3)', 'findings[2].text'],
      ['INVALID_INPUT', 'PM-9(3)', 'findings[1].resourceCode'],
      ['INVALID_INPUT', 'PM-9(3)', 'findings[2].resourceCode'],
    ]);

    const findings = [
      { resourceCode: '3010020001/00002', text: '共享条件过宽，请明确使用范围' },
      { text: '请补充更新周期说明' },
    ];
    const res = await app.query(Return, { input: { id: gajCatalog, findings } }, 'bdc.reviewer');
    expect(res.catalogReturn.errors).toEqual([]);
    expect(res.catalogReturn.catalog).toMatchObject({ status: 'RETURNED', findings: [findings[0], { resourceCode: null, text: findings[1].text }] });
    expect(await catalogSubmitted(gajProject.id)).toBe(false);

    const entries = await app.query(Entries, { filter: { catalogId: gajCatalog } }, 'gaj.clerk');
    const conditional = entries.catalogEntries.nodes.find((n) => n.resourceCode === '3010020001/00002')!;
    const upd = await app.query(
      UpdateEntry,
      { input: { id: conditional.id, entry: entry('3010020001/00002', { providerId: wjw, sharingType: 'CONDITIONAL', sharingCondition: '仅限卫生健康部门依职责使用' }) } },
      'gaj.clerk',
    );
    expect(upd.catalogEntryUpdate.errors).toEqual([]);
    const again = await app.query(Submit, { input: { id: gajCatalog } }, 'gaj.clerk');
    expect(again.catalogSubmit.catalog?.status).toBe('SUBMITTED');

    const view = await app.query(CatalogById, { id: gajCatalog }, 'gaj.clerk');
    expect(view.catalog.history.map((h) => [h.event, h.fromState, h.toState])).toEqual([
      ['submit', 'DRAFT', 'SUBMITTED'],
      ['return', 'SUBMITTED', 'RETURNED'],
      ['submit', 'RETURNED', 'SUBMITTED'],
    ]);
    expect(view.catalog.history[1].note).toContain('共享条件过宽');
  });

  it("refuses a publication on a stale version (CONFLICT); BDC's leader publishes and dates the entries", async () => {
    const current = await app.query(CatalogById, { id: gajCatalog }, 'bdc.leader');
    const actions = Object.fromEntries(current.catalog.availableActions.map((a) => [a.action, a.allowed]));
    expect(actions).toEqual({ update: false, submit: false, publish: true, return: true });
    const stale = await app.query(Publish, { input: { id: gajCatalog, version: current.catalog.version - 1 } }, 'bdc.leader');
    expect(stale.catalogPublish.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    // Entries are dated by the service clock (one "today" for every module), not the system's.
    app.services.clock = new ManualClock('2026-01-04');
    const res = await app.query(Publish, { input: { id: gajCatalog, version: current.catalog.version } }, 'bdc.leader').finally(() => {
      app.services.clock = undefined;
    });
    expect(res.catalogPublish.errors).toEqual([]);
    expect(res.catalogPublish.catalog?.status).toBe('PUBLISHED');
    for (const e of res.catalogPublish.catalog!.entries) expect(e.publishDate).toBe('2026-01-04');
    // the audit event holds the step and the dated entries
    const [event] = await sqlAsAdmin<{ action: string; changes: { entity: string; type: string; after: Record<string, unknown> | null }[] }>(
      app.database,
      'select action, changes from audit_event order by seq desc limit 1',
    );
    expect(event.action).toBe('publish');
    expect(event.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'Catalog', type: 'update', after: expect.objectContaining({ status: 'PUBLISHED' }) }),
        expect.objectContaining({ entity: 'StateTransition', type: 'create' }),
        expect.objectContaining({ entity: 'CatalogEntry', type: 'update', after: { publishDate: expect.any(String) } }),
      ]),
    );
    // PM-9(3): the scope and degree of sharing, a basis of the investment and O&M funds
    expect(res.catalogPublish.catalog?.sharingSummary).toEqual({ total: 3, unconditional: 1, conditional: 1, notShared: 1, registeredOnExchange: 2 });
    expect(await catalogSubmitted(gajProject.id)).toBe(true);
    const twice = await app.query(Publish, { input: { id: gajCatalog } }, 'bdc.leader');
    expect(twice.catalogPublish.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-9(3)' })]);
  });
});

describe('who reads which catalog (PM-9(3), PM-8.3, PM-18)', () => {
  const codes = async (user: string, filter = {}) => (await app.query(Catalogs, { filter }, user)).catalogs.nodes.map((n) => n.projectCode).sort();

  it('shares published catalogs with every government agency; drafts stay with their unit', async () => {
    expect(await codes('gaj.clerk')).toEqual(['JA-2026-C0001']);
    expect(await codes('jyj.clerk')).toEqual(['JA-2026-C0001', 'JA-2026-C0002']);
    expect(await codes('finance.clerk')).toEqual(['JA-2026-C0001']);
    expect(await codes('taihe.dept')).toEqual(['JA-2026-C0001', 'TH-2026-C0001']);
    expect(await codes('jishui.dept')).toEqual(['JA-2026-C0001']);
  });

  it("shows a county government and e-gov office their county's catalogs in every state", async () => {
    expect(await codes('taihe.gov')).toEqual(['JA-2026-C0001', 'TH-2026-C0001']);
    expect(await codes('taihe.egov')).toEqual(['JA-2026-C0001', 'TH-2026-C0001']);
    expect(await codes('jishui.gov')).toEqual(['JA-2026-C0001']);
  });

  it('lets BDC and the Audit Bureau read all; firms nothing', async () => {
    expect(await codes('bdc.clerk')).toEqual(['JA-2026-C0001', 'JA-2026-C0002', 'TH-2026-C0001']);
    expect(await codes('audit.auditor')).toEqual(['JA-2026-C0001', 'JA-2026-C0002', 'TH-2026-C0001']);
    expect(await codes('bdc.clerk', { divisionCode: '360826' })).toEqual(['TH-2026-C0001']);
    expect(await codes('bdc.clerk', { constructionUnitId: jyj })).toEqual(['JA-2026-C0002']);
    expect(await codes('bdc.clerk', { status: 'PUBLISHED' })).toEqual(['JA-2026-C0001']);
    expect(await codes('bdc.clerk', { projectId: taiheProject.globalId })).toEqual(['TH-2026-C0001']);
    expect(await codes('telecom.operator')).toEqual([]);
    expect(await codes('expert.liu')).toEqual([]);
    const res = await app.request(CatalogById, { id: gajCatalog }, { as: 'ganxin.engineer' });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('filters entries by provider, sharing type, classification and text', async () => {
    const all = await app.query(Entries, {}, 'jyj.clerk');
    expect(all.catalogEntries.nodes.map((n) => n.resourceCode)).toEqual(['301001/00001', '3010020001/00002', '301003/00003']);
    expect((await app.query(Entries, { filter: { providerId: wjw } }, 'jyj.clerk')).catalogEntries.nodes.map((n) => n.provider?.code)).toEqual(['WJW']);
    expect((await app.query(Entries, { filter: { sharingType: 'NOT_SHARED' } }, 'jyj.clerk')).catalogEntries.totalCount).toBe(1);
    expect((await app.query(Entries, { filter: { classification: '301002' } }, 'jyj.clerk')).catalogEntries.nodes.map((n) => n.resourceCode)).toEqual(['3010020001/00002']);
    expect((await app.query(Entries, { filter: { text: '00003' } }, 'jyj.clerk')).catalogEntries.totalCount).toBe(1);
    expect((await app.query(Entries, {}, 'telecom.operator')).catalogEntries.totalCount).toBe(0);
  });
});

describe('sharing feedback (PM-9(3)): consumers record use, the provider sees it', () => {
  let shared: string;
  let notShared: string;
  let wjwEntry: string;

  beforeAll(async () => {
    const nodes = (await app.query(Entries, { filter: { catalogId: gajCatalog } }, 'jyj.clerk')).catalogEntries.nodes;
    shared = nodes.find((n) => n.resourceCode === '301001/00001')!.id;
    wjwEntry = nodes.find((n) => n.resourceCode === '3010020001/00002')!.id;
    notShared = nodes.find((n) => n.resourceCode === '301003/00003')!.id;
  });

  it('lets another agency record its use of a published shared resource', async () => {
    const res = await app.query(RecordUsage, { input: { entryId: shared, purpose: '入学资格审核', outcome: 'EFFECTIVE', usedOn: '2026-01-05' } }, 'jyj.clerk');
    expect(res.catalogUsageRecord.errors).toEqual([]);
    expect(res.catalogUsageRecord.catalogUsage).toMatchObject({ outcome: 'EFFECTIVE', consumerAgency: { code: 'JYJ' }, usedOn: '2026-01-05' });
    const issue = await app.query(
      RecordUsage,
      { input: { entryId: wjwEntry, purpose: '医保结算核验', outcome: 'QUALITY_ISSUE', issue: '部分出生日期为空', usedOn: '2026-01-06' } },
      'taihe.dept',
    );
    expect(issue.catalogUsageRecord.errors).toEqual([]);
    expect(await lastEvent()).toMatchObject({ outcome: 'ALLOWED', rule: 'PM-9(3)', action: 'record', subject_type: 'CatalogUsage' });
  });

  it.each([
    ['a resource that is not shared', () => ({ entryId: notShared, purpose: 'x', outcome: 'EFFECTIVE' as const, usedOn: '2026-01-05' }), 'jyj.clerk', 'PRECONDITION_FAILED', 'entryId'],
    ["the provider's own resource", () => ({ entryId: shared, purpose: 'x', outcome: 'EFFECTIVE' as const, usedOn: '2026-01-05' }), 'gaj.clerk', 'INVALID_INPUT', 'entryId'],
    ['a quality issue without its description', () => ({ entryId: shared, purpose: 'x', outcome: 'QUALITY_ISSUE' as const, usedOn: '2026-01-05' }), 'jyj.clerk', 'INVALID_INPUT', 'issue'],
    ['a use in the future', () => ({ entryId: shared, purpose: 'x', outcome: 'EFFECTIVE' as const, usedOn: '2199-01-01' }), 'jyj.clerk', 'INVALID_INPUT', 'usedOn'],
  ])('PM-9(3): refuses feedback on %s', async (_what, input, user, code, field) => {
    const res = await app.query(RecordUsage, { input: input() }, user);
    expect(res.catalogUsageRecord).toEqual({ catalogUsage: null, errors: [{ code, rule: 'PM-9(3)', field }] });
  });

  it('PM-9(3): "the future" is after today by the service clock', async () => {
    app.services.clock = new ManualClock('2026-01-04');
    try {
      const res = await app.query(RecordUsage, { input: { entryId: shared, purpose: 'x', outcome: 'EFFECTIVE', usedOn: '2026-01-05' } }, 'jyj.clerk');
      expect(res.catalogUsageRecord).toEqual({ catalogUsage: null, errors: [{ code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'usedOn' }] });
    } finally {
      app.services.clock = undefined;
    }
  });

  it('PM-9(3): lists every problem of a feedback at once', async () => {
    const res = await app.query(RecordUsage, { input: { entryId: notShared, purpose: ' ', outcome: 'NOT_OBTAINED', usedOn: '2199-01-01' } }, 'gaj.clerk');
    // the input's problems first, then the unmet prerequisites
    expect(res.catalogUsageRecord.errors).toEqual([
      { code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'purpose' },
      { code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'issue' },
      { code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'usedOn' },
      { code: 'PRECONDITION_FAILED', rule: 'PM-9(3)', field: 'entryId' },
      { code: 'INVALID_INPUT', rule: 'PM-9(3)', field: 'entryId' },
    ]);
  });

  it('refuses the Audit Bureau (PM-18); unpublished or unreadable resources are NOT_FOUND', async () => {
    const audit = await app.query(RecordUsage, { input: { entryId: shared, purpose: 'x', outcome: 'EFFECTIVE', usedOn: '2026-01-05' } }, 'audit.auditor');
    expect(audit.catalogUsageRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    const firm = await app.request(RecordUsage, { input: { entryId: shared, purpose: 'x', outcome: 'EFFECTIVE', usedOn: '2026-01-05' } }, { as: 'telecom.operator' });
    expect(firm.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows the provider the feedback on its resources, the consumer its own, others nothing', async () => {
    const provider = await app.query(Usages, {}, 'gaj.clerk');
    expect(provider.catalogUsages.nodes.map((n) => [n.entry?.resourceCode, n.consumerAgency?.code, n.outcome, n.issue]).sort()).toEqual([
      ['301001/00001', 'JYJ', 'EFFECTIVE', null],
      ['3010020001/00002', 'TAIHE-DEPT', 'QUALITY_ISSUE', '部分出生日期为空'],
    ]);
    // the consumer's users are not the provider's colleagues: who recorded it stays hidden
    expect(provider.catalogUsages.nodes.map((n) => n.recordedBy)).toEqual([null, null]);
    const coBuilder = await app.query(Usages, {}, 'wjw.clerk');
    expect(coBuilder.catalogUsages.nodes.map((n) => n.entry?.resourceCode)).toEqual(['3010020001/00002']);
    const consumer = await app.query(Usages, {}, 'jyj.clerk');
    expect(consumer.catalogUsages.nodes.map((n) => [n.purpose, n.recordedBy?.username])).toEqual([['入学资格审核', 'jyj.clerk']]);
    expect((await app.query(Usages, {}, 'zjj.clerk')).catalogUsages.totalCount).toBe(0);
    expect((await app.query(Usages, {}, 'bdc.reviewer')).catalogUsages.totalCount).toBe(2);
    expect((await app.query(Usages, {}, 'taihe.gov')).catalogUsages.totalCount).toBe(0);
    const onEntry = await app.query(EntryUsages, { id: shared }, 'gaj.clerk');
    expect(onEntry.catalogEntry.usages).toEqual([{ purpose: '入学资格审核', outcome: 'EFFECTIVE', consumerAgency: { code: 'JYJ' } }]);
    expect((await app.query(Usages, { filter: { consumerAgencyId: jyj } }, 'bdc.leader')).catalogUsages.totalCount).toBe(1);
  });
});

describe('lists and single-object checks agree through relations (policies on project.constructionUnit.id, project.division.code)', () => {
  const users = ['gaj.clerk', 'wjw.clerk', 'jyj.clerk', 'taihe.dept', 'taihe.gov', 'taihe.egov', 'jishui.gov', 'drc.clerk', 'bdc.reviewer', 'finance.clerk', 'audit.auditor', 'telecom.operator'];

  it.each(users)('%s: the SQL filter admits exactly the rows the CASL instance check allows', async (username) => {
    const em = app.orm.em.fork();
    const user = await em.findOneOrFail(User, { username }, { populate: ['agency', 'agency.county'] });
    const ability = buildAbility(app.services.policies, principalAttributes(user));
    const check = async <T extends { id: string }>(entity: new () => T, populate: string[]) => {
      const all = (await em.find(entity as never, {}, { populate: populate as never })) as T[];
      const filter = accessFilter(ability, 'read', entity.name);
      const listed = filter === NOTHING ? [] : ((await em.find(entity as never, filter as never)) as T[]);
      expect(all.length).toBeGreaterThan(0);
      expect(listed.map((r) => r.id).sort()).toEqual(all.filter((r) => ability.can('read', r)).map((r) => r.id).sort());
    };
    await check(Catalog, ['project']);
    await check(CatalogEntry, ['catalog.project']);
    await check(CatalogUsage, ['entry.catalog.project']);
  });
});

describe('races: a transition happens once', () => {
  it('two simultaneous submissions: one wins, the other is refused, one step is recorded', async () => {
    const project = await createProject(app.orm, { code: 'JA-2026-C0009', unit: 'JYJ' });
    const id = (await app.query(Create, { input: { projectId: project.globalId } }, 'jyj.clerk')).catalogCreate.catalog!.id;
    await app.query(AddEntry, { input: { catalogId: id, entry: entry('301009/00001') } }, 'jyj.clerk');
    const results = await Promise.all([0, 1, 2].map(() => app.query(Submit, { input: { id } }, 'jyj.clerk')));
    const codes = results.map((r): string => r.catalogSubmit.errors[0]?.code ?? 'OK').sort();
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    for (const c of codes.filter((x) => x !== 'OK')) expect(['CONFLICT', 'PRECONDITION_FAILED']).toContain(c);
    const view = await app.query(CatalogById, { id }, 'jyj.clerk');
    expect(view.catalog.history.map((h) => h.event)).toEqual(['submit']);
  });
});
