import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { agencyGid, applyReady, createProject, Delegate, findings, Organize, RecordResult, ReportToDrc, today } from './support';

/**
 * PM-16.3: a project records its competent department (项目主管部门); DRC may delegate the
 * acceptance to that department only, which records the result and reports it back.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const Filing = graphql(`
  mutation CompetentFiling($input: ProjectCreateInput!) {
    projectCreate(input: $input) {
      project {
        id
        competentDepartment {
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

const Refiling = graphql(`
  mutation CompetentRefiling($input: ProjectUpdateInput!) {
    projectUpdate(input: $input) {
      project {
        competentDepartment {
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

const Institution = graphql(`
  query CompetentInstitution($filter: AgencyFilter) {
    agencies(first: 10, filter: $filter) {
      nodes {
        code
        name
        competentDepartment {
          code
        }
      }
    }
  }
`);

const filing = (name: string, competentDepartmentId?: string) => ({
  name,
  category: 'BUSINESS_SYSTEM' as const,
  buildType: 'NEW' as const,
  network: 'EGOV_EXTRANET' as const,
  investment: '900000.00',
  classified: false,
  competentDepartmentId,
});

describe('the competent department of a project (PM-16.3)', () => {
  it('is seeded for public institutions: the bureau each belongs to', async () => {
    const under = async (code: string) => {
      const res = await app.query(Institution, { filter: { text: code } }, 'drc.leader');
      return res.agencies.nodes.find((n) => n.code === code)?.competentDepartment?.code;
    };
    expect(await under('ZXRMYY')).toBe('WJW');
    expect(await under('JAZYJSXY')).toBe('JYJ');
    expect(await under('GGZYJY')).toBe('XZSPJ');
    expect(await under('WJW')).toBeUndefined();
  });

  it("defaults to the unit's own bureau; a bureau's own project has none", async () => {
    const hospital = await app.query(Filing, { input: filing('中心医院互联网医院平台') }, 'zxrmyy.clerk');
    expect(hospital.projectCreate.errors).toEqual([]);
    expect(hospital.projectCreate.project!.competentDepartment?.code).toBe('WJW');
    const bureau = await app.query(Filing, { input: filing('公安局警务协同平台') }, 'gaj.clerk');
    expect(bureau.projectCreate.project!.competentDepartment).toBeNull();
  });

  it("must be a government department of the project's level, not the unit itself", async () => {
    for (const code of ['JAZYJSXY', 'ZXRMYY', 'TAIHE-DEPT', 'CT-JIAN', 'TAIHE-DRC']) {
      const res = await app.query(Filing, { input: filing('职业学院智慧校园', await agencyGid(app, code)) }, 'jazy.clerk');
      expect(res.projectCreate.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-16.3', field: 'competentDepartmentId' }]);
    }
    const named = await app.query(Filing, { input: filing('职业学院智慧校园', await agencyGid(app, 'JYJ')) }, 'jazy.clerk');
    expect(named.projectCreate.project!.competentDepartment?.code).toBe('JYJ');
    const id = named.projectCreate.project!.id;
    const self = await app.query(Refiling, { input: { id, competentDepartmentId: await agencyGid(app, 'JAZYJSXY') } }, 'jazy.clerk');
    expect(self.projectUpdate.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-16.3', field: 'competentDepartmentId' }]);
    const cleared = await app.query(Refiling, { input: { id, competentDepartmentId: null } }, 'jazy.clerk');
    expect(cleared.projectUpdate.project!.competentDepartment).toBeNull();
    const county = await app.query(Filing, { input: filing('泰和县学校安防', await agencyGid(app, 'JYJ')) }, 'taihe.dept');
    expect(county.projectCreate.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-16.3', field: 'competentDepartmentId' }]);
  });
});

describe('delegated acceptance (PM-16.3)', () => {
  it('goes only to the competent department, which decides and reports back to DRC', async () => {
    const project = await createProject(app, { unit: 'ZXRMYY', name: '吉安市中心人民医院互联网医院平台' });
    const applied = await applyReady(app, project.gid, 'zxrmyy.clerk');
    expect(applied.acceptanceApply.errors).toEqual([]);
    const id = applied.acceptanceApply.acceptanceRecord!.id;
    for (const code of ['ZXRMYY', 'JYJ', 'GXJ']) {
      const refused = await app.query(Delegate, { input: { id, delegateId: await agencyGid(app, code) } }, 'drc.leader');
      expect(refused.acceptanceDelegate.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-16.3', field: 'delegateId' }]);
    }
    const delegated = await app.query(Delegate, { input: { id, delegateId: await agencyGid(app, 'WJW') } }, 'drc.leader');
    expect(delegated.acceptanceDelegate).toEqual({ acceptanceRecord: { status: 'DELEGATED', delegated: true, delegate: { code: 'WJW' } }, errors: [] });

    const pass = { result: 'PASSED' as const, heldOn: today(), ...findings('MET') };
    const byUnit = await app.query(RecordResult, { input: { id, ...pass } }, 'zxrmyy.leader');
    expect(byUnit.acceptanceRecordResult.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-16.3' })]);
    const decided = await app.query(RecordResult, { input: { id, ...pass } }, 'wjw.leader');
    expect(decided.acceptanceRecordResult.acceptanceRecord).toMatchObject({ status: 'AWAITING_REPORT', reportReceived: false, decidedByAgency: { code: 'WJW' } });
    const reported = await app.query(ReportToDrc, { input: { id, note: '验收报告及材料已报市发改委' } }, 'wjw.clerk');
    expect(reported.acceptanceReportToDrc.acceptanceRecord).toMatchObject({ status: 'PASSED', reportReceived: true });
    const [row] = await sqlAsAdmin<{ status: string }>(app.database, 'select status from project where id = $1', [project.id]);
    expect(row.status).toBe('ACCEPTED');
  });

  it("is refused for a bureau's own project, which DRC accepts itself", async () => {
    const project = await createProject(app, { unit: 'GAJ' });
    const applied = await applyReady(app, project.gid, 'gaj.clerk');
    const id = applied.acceptanceApply.acceptanceRecord!.id;
    const refused = await app.query(Delegate, { input: { id, delegateId: await agencyGid(app, 'GXJ') } }, 'drc.leader');
    expect(refused.acceptanceDelegate.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-16.3', field: null }]);
    const organized = await app.query(Organize, { input: { id } }, 'drc.leader');
    expect(organized.acceptanceOrganize.errors).toEqual([]);
  });
});
