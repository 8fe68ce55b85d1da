import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { applyReady, createProject, findings, Organize, RecordResult, today } from '../acceptance/support';
import { cloudIds, provisionTenancy, RecordDeployment, useClock, type CloudIds } from '../cloud/support';
import { sqlAsAdmin } from '../support/database';
import { submitCatalog } from '../support/projects';
import { RegisterSystem, RetireSystem, SystemById, Systems, UpdateSystem } from './support';

const ProjectSystems = graphql(`
  query SystemsOfProject($id: ID!) {
    project(id: $id) {
      status
      informationSystems {
        name
        status
      }
    }
  }
`);

const TenancySystems = graphql(`
  query SystemsOfTenancy($id: ID!) {
    cloudTenancy(id: $id) {
      informationSystems {
        name
        status
        replaces {
          name
          status
        }
      }
    }
  }
`);

const Unregistered = graphql(`
  query ProjectsWithoutSystem($unitId: ID) {
    projectsWithoutInformationSystem(unitId: $unitId, first: 50) {
      totalCount
      nodes {
        code
      }
    }
  }
`);

const RetireOld = graphql(`
  mutation SystemsRetireOldSystem($input: CloudTenancyStepInput!) {
    cloudTenancyRetireOldSystem(input: $input) {
      cloudTenancy {
        oldSystemRetiredOn
      }
      errors {
        code
        rule
      }
    }
  }
`);

const Page = graphql(`
  query SystemsPage($first: Int, $filter: InformationSystemFilter) {
    informationSystems(first: $first, filter: $filter) {
      totalCount
      nodes {
        name
        owner {
          code
        }
        projects {
          role
          project {
            code
            informationSystems {
              name
            }
          }
        }
        tenancy {
          code
          informationSystems {
            name
          }
        }
        catalog {
          id
        }
        replaces {
          name
        }
        defects {
          kind
          order {
            status
          }
        }
        securityTestCurrent
        cryptoAssessmentCurrent
      }
    }
  }
`);

const IssueOrder = graphql(`
  mutation LifecycleIssueOrder($input: RectificationOrderIssueInput!) {
    rectificationOrderIssue(input: $input) {
      rectificationOrder {
        id
        systemDefects {
          kind
          cleared
        }
      }
      errors {
        code
        rule
      }
    }
  }
`);

const ProjectCatalog = graphql(`
  query LifecycleProjectCatalog($id: ID!) {
    project(id: $id) {
      catalog {
        id
      }
    }
  }
`);

let app: TestApp;
let ids: CloudIds;
beforeAll(async () => {
  app = await startTestApp();
  ids = await cloudIds(app);
});
afterAll(() => app.stop());

const transitions = async (name: string) =>
  (
    await sqlAsAdmin<{ event: string; to_state: string }>(
      app.database,
      `select t.event, t.to_state from state_transition t join information_system s on s.id = t.subject_id where s.name = $1 order by t.created_at, t.id`,
      [name],
    )
  ).map((t) => `${t.event}→${t.to_state}`);

describe('PM-16.3: a project’s acceptance puts the system it built in service', () => {
  it('PM-17: a building project that registered no system is listed; registering the system takes it off the list', async () => {
    const project = await createProject(app, { unit: 'GAJ', name: '吉安市公安局出入境自助办理系统建设项目' });
    const listed = await app.query(Unregistered, { unitId: ids.agency('GAJ') }, 'bdc.reviewer');
    expect(listed.projectsWithoutInformationSystem.nodes.map((n) => n.code)).toContain(project.code);
    expect((await app.query(Unregistered, { unitId: ids.agency('GAJ') }, 'jyj.clerk')).projectsWithoutInformationSystem.totalCount).toBe(0);

    const res = await app.query(RegisterSystem, { input: { name: '出入境自助办理系统', inService: false, projects: [{ projectId: project.gid, role: 'BUILT' }] } }, 'gaj.clerk');
    expect(res.informationSystemRegister.errors).toEqual([]);
    expect(res.informationSystemRegister.informationSystem).toMatchObject({ status: 'PLANNED', projects: [{ role: 'BUILT', project: { code: project.code } }] });
    const after = await app.query(Unregistered, { unitId: ids.agency('GAJ') }, 'bdc.reviewer');
    expect(after.projectsWithoutInformationSystem.nodes.map((n) => n.code)).not.toContain(project.code);

    const other = await createProject(app, { unit: 'JYJ' });
    const notOwn = await app.query(RegisterSystem, { input: { name: '别人的项目的系统', inService: false, projects: [{ projectId: other.gid }] } }, 'gaj.clerk');
    expect(notOwn.informationSystemRegister.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-17', field: 'projects.0.projectId' })]);

    const ready = await applyReady(app, project.gid, 'gaj.clerk');
    expect(ready.acceptanceApply.errors).toEqual([]);
    const recordId = ready.acceptanceApply.acceptanceRecord!.id;
    expect((await app.query(Organize, { input: { id: recordId } }, 'drc.leader')).acceptanceOrganize.errors).toEqual([]);
    const passed = await app.query(RecordResult, { input: { id: recordId, result: 'PASSED', heldOn: today(), ...findings() } }, 'drc.leader');
    expect(passed.acceptanceRecordResult.errors).toEqual([]);

    const seen = await app.query(ProjectSystems, { id: project.gid }, 'gaj.clerk');
    expect(seen.project).toEqual({ status: 'ACCEPTED', informationSystems: [{ name: '出入境自助办理系统', status: 'IN_SERVICE' }] });
    expect(await transitions('出入境自助办理系统')).toEqual(['register→PLANNED', 'accept→IN_SERVICE']);
  });
});

describe('CM-4, CM-13: a migration’s cut-over puts the new system in service and keeps the old one 3 months, then retires it', () => {
  let tenancy: string;
  let oldId: string;

  it('CM-4: a migrated system names the unit’s system in service that it replaces', async () => {
    useClock(app, '2026-03-02');
    const old = await app.query(RegisterSystem, { input: { name: '出入境管理系统（原机房）', inService: true, mlpsLevel: 2 } }, 'gaj.clerk');
    oldId = old.informationSystemRegister.informationSystem!.id;
    tenancy = await provisionTenancy(app, ids, { as: 'gaj.clerk', resources: [['ECS-VCPU', 2]], systemName: '出入境管理系统', migration: true });
    const foreign = await app.query(RegisterSystem, { input: { name: '教育局的系统', inService: true } }, 'jyj.clerk');
    const refused = await app.query(
      RegisterSystem,
      { input: { name: '出入境管理系统（政务云）', inService: false, tenancyId: tenancy, replacesId: foreign.informationSystemRegister.informationSystem!.id } },
      'gaj.clerk',
    );
    expect(refused.informationSystemRegister.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'CM-4', gate: 'replacedSystemInService' })]);
    const res = await app.query(RegisterSystem, { input: { name: '出入境管理系统（政务云）', inService: false, tenancyId: tenancy, replacesId: oldId } }, 'gaj.clerk');
    expect(res.informationSystemRegister.errors).toEqual([]);
    expect(res.informationSystemRegister.informationSystem).toMatchObject({ status: 'PLANNED', onCloud: true, replaces: { name: '出入境管理系统（原机房）' } });
  });

  it('CM-13: the tenancy’s cut-over puts the new system in service and makes the old one the fallback (MIGRATING)', async () => {
    useClock(app, '2026-03-10');
    const res = await app.query(
      RecordDeployment,
      { input: { id: tenancy, testedOn: '2026-03-09', securityPreassessmentRef: 'FX-9', cutoverOn: '2026-03-10', oldSystemRetainedUntil: '2026-06-10' } },
      'gaj.clerk',
    );
    expect(res.cloudTenancyRecordDeployment.errors).toEqual([]);
    const seen = await app.query(TenancySystems, { id: tenancy }, 'gaj.clerk');
    expect(seen.cloudTenancy.informationSystems).toEqual([
      { name: '出入境管理系统（政务云）', status: 'IN_SERVICE', replaces: { name: '出入境管理系统（原机房）', status: 'MIGRATING' } },
    ]);
    expect(await transitions('出入境管理系统（政务云）')).toEqual(['register→PLANNED', 'cutOver→IN_SERVICE']);
    expect(await transitions('出入境管理系统（原机房）')).toEqual(['register→IN_SERVICE', 'startMigration→MIGRATING']);
  });

  it('CM-13: the old system cannot be retired before 3 months after the cut-over', async () => {
    useClock(app, '2026-06-09');
    const early = await app.query(RetireSystem, { input: { id: oldId } }, 'gaj.clerk');
    expect(early.informationSystemRetire.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'CM-13', gate: 'oldSystemKeptThreeMonths' }]);
    const view = await app.query(SystemById, { id: oldId }, 'gaj.clerk');
    expect(view.informationSystem.availableActions.find((a) => a.action === 'retire')).toMatchObject({ allowed: false, blockers: [{ rule: 'CM-13', gate: 'oldSystemKeptThreeMonths' }] });
  });

  it('CM-13: the tenancy’s record of the old system retired retires it in the catalog, in the same step', async () => {
    useClock(app, '2026-06-10');
    const res = await app.query(RetireOld, { input: { id: tenancy, note: '原机房系统已下线' } }, 'gaj.clerk');
    expect(res.cloudTenancyRetireOldSystem).toEqual({ cloudTenancy: { oldSystemRetiredOn: '2026-06-10' }, errors: [] });
    const view = await app.query(SystemById, { id: oldId }, 'gaj.clerk');
    expect(view.informationSystem).toMatchObject({ status: 'RETIRED', retiredOn: '2026-06-10' });
    expect(await transitions('出入境管理系统（原机房）')).toEqual(['register→IN_SERVICE', 'startMigration→MIGRATING', 'retire→RETIRED']);
    const again = await app.query(RetireSystem, { input: { id: oldId } }, 'gaj.clerk');
    expect(again.informationSystemRetire.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-17' })]);
  });

  it('PM-17: a retired system is no longer kept; a system not replaced is retired by its unit at once', async () => {
    const update = await app.query(UpdateSystem, { input: { id: oldId, name: '改名' } }, 'bdc.clerk');
    expect(update.informationSystemUpdate.errors).toEqual([expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-17' })]);
    const spare = await app.query(RegisterSystem, { input: { name: '旧版网上办事系统', inService: true } }, 'gaj.clerk');
    const id = spare.informationSystemRegister.informationSystem!.id;
    const byOther = await app.request(RetireSystem, { input: { id } }, { as: 'jyj.clerk' });
    expect(byOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const retired = await app.query(RetireSystem, { input: { id, note: '功能并入新系统' } }, 'gaj.clerk');
    expect(retired.informationSystemRetire).toEqual({ informationSystem: { status: 'RETIRED' }, errors: [] });
  });
});

describe('PM-17: the filter’s other questions, and a resource catalog recorded clears NO_RESOURCE_CATALOG', () => {
  it('PM-17: by project, on or off the cloud, with or without a resource catalog', async () => {
    const gaj = { ownerId: ids.agency('GAJ') };
    const names = async (filter: Record<string, unknown>) =>
      (await app.query(Systems, { filter: { ...gaj, ...filter } }, 'bdc.reviewer')).informationSystems.nodes.map((n) => n.name).sort();
    expect(await names({ notOnCloud: false })).toEqual(['出入境管理系统（政务云）']);
    expect(await names({ notOnCloud: true })).not.toContain('出入境管理系统（政务云）');
    expect(await names({ status: 'RETIRED' })).toEqual(['出入境管理系统（原机房）', '旧版网上办事系统']);
    const [project] = await sqlAsAdmin<{ id: string }>(app.database, "select id from project where name = '吉安市公安局出入境自助办理系统建设项目'");
    const projectId = Buffer.from(`Project:${project.id}`).toString('base64url');
    expect(await names({ projectId })).toEqual(['出入境自助办理系统']);
    expect(await names({ withoutResourceCatalog: false })).toEqual([]);
  });

  it('PM-17, PM-9(3): BDC orders the system’s resource catalog; linking the project’s catalog clears it', async () => {
    const [row] = await sqlAsAdmin<{ id: string; project_id: string }>(
      app.database,
      "select s.id, l.project_id from information_system s join information_system_project l on l.system_id = s.id where s.name = '出入境自助办理系统'",
    );
    const systemId = Buffer.from(`InformationSystem:${row.id}`).toString('base64url');
    const projectId = Buffer.from(`Project:${row.project_id}`).toString('base64url');
    const issued = await app.query(
      IssueOrder,
      { input: { unitId: ids.agency('GAJ'), reason: 'SHARING_FAILURE', description: '未编制信息资源目录', systems: [{ systemId, defect: 'NO_RESOURCE_CATALOG' }] } },
      'bdc.leader',
    );
    expect(issued.rectificationOrderIssue.errors).toEqual([]);
    const orderId = issued.rectificationOrderIssue.rectificationOrder!.id;
    await submitCatalog(app, projectId, 'gaj.clerk');
    const catalogId = (await app.query(ProjectCatalog, { id: projectId }, 'gaj.clerk')).project.catalog!.id;
    const foreign = await app.query(UpdateSystem, { input: { id: systemId, tenancyId: 'Q2xvdWRUZW5hbmN5Om5vbmU' } }, 'gaj.clerk');
    expect(foreign.informationSystemUpdate.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'CM-7', field: 'tenancyId' })]);
    const linked = await app.query(UpdateSystem, { input: { id: systemId, catalogId } }, 'gaj.clerk');
    expect(linked.informationSystemUpdate.errors).toEqual([]);
    const [defect] = await sqlAsAdmin<{ cleared_on: string | null }>(app.database, 'select cleared_on from system_defect d join rectification_order o on o.id = d.order_id where o.description = $1', ['未编制信息资源目录']);
    expect(defect.cleared_on).not.toBeNull();
    expect(orderId).toBeTruthy();
    expect((await app.query(Systems, { filter: { ownerId: ids.agency('GAJ'), withoutResourceCatalog: false } }, 'bdc.reviewer')).informationSystems.nodes.map((n) => n.name)).toEqual(['出入境自助办理系统']);
  });
});

describe('reads of the catalog (DataLoaders)', () => {
  it('PM-17: costs the same number of SQL statements for a page of a few systems as for one of more, relations and all', async () => {
    const filter = { ownerId: ids.agency('GAJ') };
    const page = async () => {
      app.statements.reset();
      const res = await app.query(Page, { first: 50, filter }, 'bdc.reviewer');
      return { rows: res.informationSystems.nodes.length, statements: app.statements.count };
    };
    const before = await page();
    for (const n of [1, 2, 3]) {
      const project = await createProject(app, { unit: 'GAJ', name: `读取测试项目${n}` });
      const res = await app.query(RegisterSystem, { input: { name: `读取测试系统${n}`, inService: false, projects: [{ projectId: project.gid }] } }, 'gaj.clerk');
      expect(res.informationSystemRegister.errors).toEqual([]);
    }
    const after = await page();
    expect(after.rows).toBe(before.rows + 3);
    expect(after.statements).toBe(before.statements);
  });
});
