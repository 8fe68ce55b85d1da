import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { createProject, RecordFinding, today } from '../acceptance/support';
import { agencyId, ConfirmParticipation, municipalProjectAt, rules, SubmitFeasibility } from '../support/projects';

const RecordInspection = graphql(`
  mutation RecordInspection($input: ProjectInspectionRecordInput!) {
    projectInspectionRecord(input: $input) {
      projectInspection {
        id
        inspectedOn
        scope
        findings
        recordedByName
        recordedByAgency {
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

const IssueOnFinding = graphql(`
  mutation IssueOnFinding($input: RectificationOrderIssueInput!) {
    rectificationOrderIssue(input: $input) {
      rectificationOrder {
        id
        status
        reason
        unit {
          code
        }
        issuedByAgency {
          code
        }
        finding {
          kind
          inspection {
            scope
          }
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

const CloseOrder = graphql(`
  mutation CloseInspectionOrder($input: RectificationOrderCloseInput!) {
    rectificationOrderClose(input: $input) {
      rectificationOrder {
        status
      }
      errors {
        code
        rule
      }
    }
  }
`);

const ProjectInspections = graphql(`
  query ProjectInspections($id: ID!) {
    node(id: $id) {
      ... on Project {
        inspections {
          scope
          projectFindings {
            kind
            measure
          }
        }
      }
    }
  }
`);

const InspectionList = graphql(`
  query InspectionList {
    projectInspections(first: 20) {
      totalCount
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const inspection = (projectId: string) => ({
  input: { projectId, inspectedOn: today(), scope: '电子政务外网接入与数据共享情况', findings: '人口信息接口未按目录共享，重复采集学籍数据' },
});
const count = async (table: string) => Number((await sqlAsAdmin<{ n: string }>(app.database, `select count(*) n from ${table}`))[0].n);

describe('Government Office inspections (PM-4) ground findings (PM-19) and orders (PM-17)', () => {
  let project: { gid: string };
  let inspectionId: string;
  let findingId: string;
  let orderId: string;
  let filing: string;

  beforeAll(async () => {
    project = await createProject(app, { unit: 'JYJ' });
    // A new project of the same unit, ready to file but for what an order would say.
    filing = await municipalProjectAt(app, 'DRAFT');
    const confirmed = await app.query(ConfirmParticipation, { input: { id: filing } }, 'wjw.clerk');
    expect(confirmed.projectParticipantConfirm.errors).toEqual([]);
  });

  it('PM-4: refuses an inspection from anyone but the Government Office, the Audit Bureau included (PM-18)', async () => {
    for (const as of ['nsc.leader', 'drc.leader', 'bdc.leader', 'jyj.clerk']) {
      const res = await app.query(RecordInspection, inspection(project.gid), as);
      expect(res.projectInspectionRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-4' })]);
    }
    const audit = await app.query(RecordInspection, inspection(project.gid), 'audit.auditor');
    expect(audit.projectInspectionRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    expect(await count('project_inspection')).toBe(0);
  });

  it('PM-4: refuses an inspection of a project not on the e-government extranet', async () => {
    const dedicated = await createProject(app, { unit: 'GAJ' });
    await sqlAsAdmin(app.database, `update project set network = 'DEDICATED_NETWORK' where id = '${Buffer.from(dedicated.gid, 'base64url').toString().split(':')[1]}'`);
    const res = await app.query(RecordInspection, inspection(dedicated.gid), 'govoffice.reviewer');
    expect(res.projectInspectionRecord.errors).toEqual([{ code: 'PRECONDITION_FAILED', rule: 'PM-4', field: null }]);
  });

  it('PM-4: the Government Office records its inspection; the unit sees it, another unit does not', async () => {
    const res = await app.query(RecordInspection, inspection(project.gid), 'govoffice.reviewer');
    expect(res.projectInspectionRecord.errors).toEqual([]);
    expect(res.projectInspectionRecord.projectInspection).toMatchObject({ recordedByAgency: { code: 'GOV-OFFICE' }, recordedByName: '市政府办公室 秘书 郑凯' });
    inspectionId = res.projectInspectionRecord.projectInspection!.id;
    expect((await app.query(InspectionList, {}, 'jyj.clerk')).projectInspections.totalCount).toBe(1);
    expect((await app.query(InspectionList, {}, 'gaj.clerk')).projectInspections.totalCount).toBe(0);
    expect((await app.query(InspectionList, {}, 'audit.auditor')).projectInspections.totalCount).toBe(1);
  });

  it("PM-19: the inspection's finding becomes a finding on the project, recorded by the Government Office's leader only", async () => {
    const input = { projectId: project.gid, kind: 'SHARING_VIOLATION' as const, measure: 'PUBLIC_CRITICISM' as const, description: '人口信息接口未按目录共享', inspectionId };
    const reviewer = await app.query(RecordFinding, { input }, 'govoffice.reviewer');
    expect(reviewer.projectFindingRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-19' })]);
    const { inspectionId: _none, ...without } = input;
    const ungrounded = await app.query(RecordFinding, { input: without }, 'govoffice.leader');
    expect(ungrounded.projectFindingRecord.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-19' })]);
    const res = await app.query(RecordFinding, { input }, 'govoffice.leader');
    expect(res.projectFindingRecord.errors).toEqual([]);
    expect(res.projectFindingRecord.projectFinding).toMatchObject({ kind: 'SHARING_VIOLATION', recordedByAgency: { code: 'GOV-OFFICE' } });
    findingId = res.projectFindingRecord.projectFinding!.id;
    const seen = await app.query(ProjectInspections, { id: project.gid }, 'jyj.clerk');
    expect(seen.node).toEqual({ inspections: [{ scope: '电子政务外网接入与数据共享情况', projectFindings: [{ kind: 'SHARING_VIOLATION', measure: 'PUBLIC_CRITICISM' }] }] });
  });

  it('PM-17: the Government Office orders rectification only on a finding of its own inspection, of the unit ordered', async () => {
    const jyj = await agencyId(app, 'JYJ');
    const ungrounded = await app.query(IssueOnFinding, { input: { unitId: jyj, reason: 'SHARING_FAILURE', description: '按目录共享人口信息' } }, 'govoffice.leader');
    expect(ungrounded.rectificationOrderIssue.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-17' })]);
    const byReviewer = await app.query(IssueOnFinding, { input: { unitId: jyj, reason: 'SHARING_FAILURE', description: '按目录共享人口信息', findingId } }, 'govoffice.reviewer');
    expect(byReviewer.rectificationOrderIssue.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-17' })]);
    // DRC may order any unit, but not on a finding about another unit's project.
    const wrongUnit = await app.query(IssueOnFinding, { input: { unitId: await agencyId(app, 'GAJ'), reason: 'SHARING_FAILURE', description: 'x', findingId } }, 'drc.leader');
    expect(wrongUnit.rectificationOrderIssue.errors).toEqual([{ code: 'INVALID_INPUT', rule: 'PM-17', field: 'findingId' }]);
    expect(await count('rectification_order')).toBe(0);
    const res = await app.query(IssueOnFinding, { input: { unitId: jyj, reason: 'SHARING_FAILURE', description: '按目录共享人口信息', findingId } }, 'govoffice.leader');
    expect(res.rectificationOrderIssue.errors).toEqual([]);
    expect(res.rectificationOrderIssue.rectificationOrder).toMatchObject({
      status: 'OPEN',
      unit: { code: 'JYJ' },
      issuedByAgency: { code: 'GOV-OFFICE' },
      finding: { kind: 'SHARING_VIOLATION', inspection: { scope: '电子政务外网接入与数据共享情况' } },
    });
    orderId = res.rectificationOrderIssue.rectificationOrder!.id;
  });

  it("PM-17: the order grounded on the inspection refuses the unit's new project until the Government Office closes it", async () => {
    const refused = await app.query(SubmitFeasibility, { input: { id: filing } }, 'jyj.clerk');
    expect(rules(refused.projectSubmitFeasibility.errors)).toEqual(['PRECONDITION_FAILED PM-17']);
    const byOther = await app.query(CloseOrder, { input: { id: orderId, note: '已整改' } }, 'bdc.leader');
    expect(byOther.rectificationOrderClose.errors).toEqual([{ code: 'FORBIDDEN', rule: 'PM-17' }]);
    const closed = await app.query(CloseOrder, { input: { id: orderId, note: '人口信息已按目录共享' } }, 'govoffice.leader');
    expect(closed.rectificationOrderClose).toEqual({ rectificationOrder: { status: 'CLOSED' }, errors: [] });
    const allowed = await app.query(SubmitFeasibility, { input: { id: filing } }, 'jyj.clerk');
    expect(allowed.projectSubmitFeasibility.errors).toEqual([]);
    expect(allowed.projectSubmitFeasibility.project!.status).toBe('UNDER_REVIEW');
  });
});
