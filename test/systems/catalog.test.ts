import { todayOf } from '../../src/calendar/clock';
import { addMonths } from '../../src/calendar/dates';
import { graphql } from '../gql';
import { startTestApp, type TestApp } from '../support/app';
import { sqlAsAdmin } from '../support/database';
import { agencyId, AttachDocument, CreateProject, doc, rules, SubmitProposal } from '../support/projects';
import { RecordCrypto, RecordSecurity, RegisterSystem, Systems } from './support';

const IssueOrder = graphql(`
  mutation SystemsIssueOrder($input: RectificationOrderIssueInput!) {
    rectificationOrderIssue(input: $input) {
      rectificationOrder {
        id
        status
        systemDefects {
          id
          kind
          cleared
          system {
            name
          }
        }
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

const CloseOrder = graphql(`
  mutation SystemsCloseOrder($input: RectificationOrderCloseInput!) {
    rectificationOrderClose(input: $input) {
      rectificationOrder {
        status
      }
      errors {
        code
        rule
        gate
        field
        message
      }
    }
  }
`);

const OrderDefects = graphql(`
  query SystemsOrderDefects($id: ID!) {
    rectificationOrder(id: $id) {
      status
      systemDefects {
        kind
        cleared
        clearedOn
        clearingNote
        system {
          name
        }
      }
      availableActions {
        action
        allowed
        blockers {
          rule
          gate
        }
      }
    }
  }
`);

const ClearDefect = graphql(`
  mutation SystemsClearDefect($input: SystemDefectClearInput!) {
    systemDefectClear(input: $input) {
      systemDefect {
        cleared
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

let app: TestApp;
let gaj: string;
let jyj: string;
const today = () => todayOf(app.services.clock);
beforeAll(async () => {
  app = await startTestApp();
  gaj = await agencyId(app, 'GAJ');
  jyj = await agencyId(app, 'JYJ');
});
afterAll(() => app.stop());

const count = async (table: string) => Number((await sqlAsAdmin<{ n: string }>(app.database, `select count(*) n from ${table}`))[0].n);
const lastEvent = async () =>
  (await sqlAsAdmin<{ outcome: string; rule: string; error_code: string | null; action: string; subject_type: string }>(
    app.database,
    'select outcome, rule, error_code, action, subject_type from audit_event order by seq desc limit 1',
  ))[0];

describe('the municipal catalog of information systems (PM-17): a unit registers, a PM-17 order names a system, its project waits', () => {
  const ids: Record<string, string> = {};
  let order: string;
  let project: string;

  it('PM-17: a unit registers its existing systems, and the audit chain records it', async () => {
    for (const [key, name, mlpsLevel] of [
      ['video', '公安视频图像共享系统', 3],
      ['hukou', '户籍人口管理系统', 3],
    ] as const) {
      const res = await app.query(RegisterSystem, { input: { name, inService: true, mlpsLevel } }, 'gaj.clerk');
      expect(res.informationSystemRegister.errors).toEqual([]);
      expect(res.informationSystemRegister.informationSystem).toMatchObject({ name, status: 'IN_SERVICE', owner: { code: 'GAJ' }, onCloud: false });
      ids[key] = res.informationSystemRegister.informationSystem!.id;
      expect(await lastEvent()).toEqual({ outcome: 'ALLOWED', rule: 'PM-17', error_code: null, action: 'register', subject_type: 'InformationSystem' });
    }
    const crypto = await app.query(RecordCrypto, { input: { id: ids.hukou, result: 'PASSED', assessedOn: today(), body: '江西省商用密码应用安全性评估中心' } }, 'gaj.clerk');
    expect(crypto.informationSystemRecordCryptoAssessment.errors).toEqual([]);
    expect(crypto.informationSystemRecordCryptoAssessment.informationSystem).toMatchObject({ cryptoAssessmentResult: 'PASSED', cryptoAssessmentCurrent: true });
  });

  it('PM-17: BDC, which keeps the catalog, registers a system for any unit; a department only for itself; the Audit Bureau writes nothing (PM-18)', async () => {
    const bdc = await app.query(RegisterSystem, { input: { ownerId: gaj, name: '警务地理信息系统', inService: true } }, 'bdc.clerk');
    expect(bdc.informationSystemRegister.errors).toEqual([]);
    expect(bdc.informationSystemRegister.informationSystem!.owner).toEqual({ code: 'GAJ' });
    ids.gis = bdc.informationSystemRegister.informationSystem!.id;
    const before = await count('information_system');
    const other = await app.query(RegisterSystem, { input: { ownerId: jyj, name: '教育系统', inService: true } }, 'gaj.clerk');
    expect(other.informationSystemRegister.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-17' })]);
    const leader = await app.query(RegisterSystem, { input: { name: '领导登记的系统', inService: true } }, 'gaj.leader');
    expect(leader.informationSystemRegister.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-17' })]);
    const audit = await app.query(RegisterSystem, { input: { ownerId: gaj, name: '审计登记的系统', inService: true } }, 'audit.auditor');
    expect(audit.informationSystemRegister.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    const auditCrypto = await app.query(RecordCrypto, { input: { id: ids.video, result: 'PASSED', assessedOn: today(), body: 'x' } }, 'audit.auditor');
    expect(auditCrypto.informationSystemRecordCryptoAssessment.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    expect(await lastEvent()).toMatchObject({ outcome: 'REFUSED', rule: 'PM-18', error_code: 'FORBIDDEN' });
    const twice = await app.query(RegisterSystem, { input: { name: '公安视频图像共享系统', inService: true } }, 'gaj.clerk');
    expect(twice.informationSystemRegister.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', rule: 'PM-17', field: 'name' })]);
    const bad = await app.query(RegisterSystem, { input: { name: ' ', inService: true, mlpsLevel: 6 } }, 'gaj.clerk');
    expect(rules(bad.informationSystemRegister.errors)).toEqual(['INVALID_INPUT CM-21', 'INVALID_INPUT PM-17']);
    expect(await count('information_system')).toBe(before);
  });

  it('PM-17: the filter finds the unit’s systems without a current 密评; each reader sees what its duty covers', async () => {
    const filter = { ownerId: gaj, withoutCurrentCryptoAssessment: true };
    const nsc = await app.query(Systems, { filter }, 'nsc.leader');
    expect(nsc.informationSystems.nodes.map((n) => n.name).sort()).toEqual(['公安视频图像共享系统', '警务地理信息系统']);
    expect(nsc.informationSystems.totalCount).toBe(2);
    const current = await app.query(Systems, { filter: { ownerId: gaj, withoutCurrentCryptoAssessment: false } }, 'nsc.leader');
    expect(current.informationSystems.nodes.map((n) => n.name)).toEqual(['户籍人口管理系统']);
    const all = { filter: { ownerId: gaj } };
    for (const as of ['gaj.clerk', 'bdc.reviewer', 'drc.reviewer', 'govoffice.reviewer', 'audit.auditor']) {
      expect([as, (await app.query(Systems, all, as)).informationSystems.totalCount]).toEqual([as, 3]);
    }
    for (const as of ['jyj.clerk', 'finance.clerk', 'telecom.operator', 'taihe.dept']) {
      expect([as, (await app.query(Systems, all, as)).informationSystems.totalCount]).toEqual([as, 0]);
    }
    // Relay pages are stable and counted in SQL.
    const page = await app.query(Systems, { filter: { ownerId: gaj }, first: 2 }, 'bdc.reviewer');
    expect(page.informationSystems.pageInfo.hasNextPage).toBe(true);
    const rest = await app.query(Systems, { filter: { ownerId: gaj }, first: 2, after: page.informationSystems.pageInfo.endCursor }, 'bdc.reviewer');
    expect(rest.informationSystems.nodes).toHaveLength(1);
  });

  it('PM-17: NSC orders the unit to rectify, naming the system and its defect; a defect the system has not, or not of the reason, is refused', async () => {
    const wrong = await app.query(
      IssueOrder,
      {
        input: {
          unitId: gaj,
          reason: 'CRYPTO_OR_SECURITY',
          description: '密码应用不合规',
          systems: [
            { systemId: ids.hukou, defect: 'NO_CRYPTO_ASSESSMENT' },
            { systemId: ids.video, defect: 'NOT_SHARING' },
          ],
        },
      },
      'nsc.leader',
    );
    expect(wrong.rectificationOrderIssue.errors.map((e) => `${e.code} ${e.rule} ${e.field}`)).toEqual([
      'INVALID_INPUT PM-17 systems.0.defect',
      'INVALID_INPUT PM-17 systems.1.defect',
    ]);
    const res = await app.query(
      IssueOrder,
      { input: { unitId: gaj, reason: 'CRYPTO_OR_SECURITY', description: '公安视频图像共享系统未开展密码应用安全性评估', systems: [{ systemId: ids.video, defect: 'NO_CRYPTO_ASSESSMENT' }] } },
      'nsc.leader',
    );
    expect(res.rectificationOrderIssue.errors).toEqual([]);
    expect(res.rectificationOrderIssue.rectificationOrder).toMatchObject({
      status: 'OPEN',
      systemDefects: [{ kind: 'NO_CRYPTO_ASSESSMENT', cleared: false, system: { name: '公安视频图像共享系统' } }],
    });
    order = res.rectificationOrderIssue.rectificationOrder!.id;
  });

  it('PM-17: while the order is open the unit’s new project is refused', async () => {
    const created = await app.query(
      CreateProject,
      { input: { name: '智慧警务二期', category: 'BUSINESS_SYSTEM', buildType: 'NEW', network: 'EGOV_EXTRANET', investment: '1800000.00', classified: false } },
      'gaj.clerk',
    );
    expect(created.projectCreate.errors).toEqual([]);
    project = created.projectCreate.project!.id;
    const attached = await app.query(AttachDocument, { input: { id: project, kind: 'PROPOSAL', ...(await doc(app, 'gaj.clerk', '项目建议书', { chapters: [] })) } }, 'gaj.clerk');
    expect(attached.projectDocumentAttach.errors).toEqual([]);
    const refused = await app.query(SubmitProposal, { input: { id: project } }, 'gaj.clerk');
    expect(rules(refused.projectSubmitProposal.errors)).toEqual(['PRECONDITION_FAILED PM-17']);
  });

  it('PM-17: closing is refused while the named system’s defect remains, naming it', async () => {
    const res = await app.query(CloseOrder, { input: { id: order, note: '已整改' } }, 'nsc.leader');
    expect(res.rectificationOrderClose.rectificationOrder).toBeNull();
    expect(res.rectificationOrderClose.errors.map((e) => [e.code, e.rule, e.gate, e.field])).toEqual([['PRECONDITION_FAILED', 'PM-17', 'systemDefectsCleared', 'systems']]);
    expect(res.rectificationOrderClose.errors[0].message).toBe('整改通知所列信息系统的问题尚未全部整改到位：「公安视频图像共享系统」无有效的密码应用安全性评估');
    const en = await app.request(CloseOrder, { input: { id: order, note: '已整改' } }, { as: 'nsc.leader', headers: { 'accept-language': 'en' } });
    expect(en.data!.rectificationOrderClose.errors[0].message).toBe(
      'Not every defect of the systems the order names has been cleared: “公安视频图像共享系统”: no current cryptography assessment',
    );
    const view = await app.query(OrderDefects, { id: order }, 'nsc.leader');
    expect(view.rectificationOrder.availableActions.find((a) => a.action === 'close')).toMatchObject({ allowed: false, blockers: [{ rule: 'PM-17', gate: 'systemDefectsCleared' }] });
  });

  it('PM-17: a data defect is cleared by recording the data, not by a clearing step; recording the passing 密评 clears it', async () => {
    const view = await app.query(OrderDefects, { id: order }, 'gaj.clerk');
    expect(view.rectificationOrder.systemDefects).toEqual([expect.objectContaining({ kind: 'NO_CRYPTO_ASSESSMENT', cleared: false })]);
    const [defect] = await sqlAsAdmin<{ id: string }>(app.database, 'select id from system_defect');
    const defectId = Buffer.from(`SystemDefect:${defect.id}`).toString('base64url');
    const byHand = await app.query(ClearDefect, { input: { id: defectId, note: '已整改' } }, 'nsc.leader');
    expect(byHand.systemDefectClear.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-17' })]);
    const failed = await app.query(RecordCrypto, { input: { id: ids.video, result: 'FAILED', assessedOn: today(), body: '江西省商用密码应用安全性评估中心' } }, 'gaj.clerk');
    expect(failed.informationSystemRecordCryptoAssessment.errors).toEqual([]);
    expect((await app.query(OrderDefects, { id: order }, 'gaj.clerk')).rectificationOrder.systemDefects[0].cleared).toBe(false);
    const passed = await app.query(RecordCrypto, { input: { id: ids.video, result: 'BASICALLY_PASSED', assessedOn: today(), body: '江西省商用密码应用安全性评估中心' } }, 'gaj.clerk');
    expect(passed.informationSystemRecordCryptoAssessment.informationSystem).toMatchObject({ cryptoAssessmentCurrent: true });
    const after = await app.query(OrderDefects, { id: order }, 'nsc.leader');
    expect(after.rectificationOrder.systemDefects).toEqual([
      expect.objectContaining({ kind: 'NO_CRYPTO_ASSESSMENT', cleared: true, clearedOn: today(), system: { name: '公安视频图像共享系统' } }),
    ]);
    const filtered = await app.query(Systems, { filter: { ownerId: gaj, withoutCurrentCryptoAssessment: true } }, 'nsc.leader');
    expect(filtered.informationSystems.nodes.map((n) => n.name)).toEqual(['警务地理信息系统']);
  });

  it('PM-17: with the defect cleared NSC closes the order, and the project proceeds', async () => {
    const res = await app.query(CloseOrder, { input: { id: order, note: '已完成密码应用安全性评估' } }, 'nsc.leader');
    expect(res.rectificationOrderClose).toEqual({ rectificationOrder: { status: 'CLOSED' }, errors: [] });
    const submitted = await app.query(SubmitProposal, { input: { id: project } }, 'gaj.clerk');
    expect(submitted.projectSubmitProposal.errors).toEqual([]);
    expect(submitted.projectSubmitProposal.project!.status).toBe('PROPOSAL_UNDER_REVIEW');
  });

  it('PM-17: a judged defect is cleared by the agency that ordered it (BDC for the catalog), not by the unit', async () => {
    const res = await app.query(
      IssueOrder,
      { input: { unitId: gaj, reason: 'NOT_IN_SYSTEM_CATALOG', description: '警务地理信息系统未经本单位登记入目录', systems: [{ systemId: ids.gis, defect: 'MISSING_FROM_CATALOG' }] } },
      'bdc.leader',
    );
    expect(res.rectificationOrderIssue.errors).toEqual([]);
    const catalogOrder = res.rectificationOrderIssue.rectificationOrder!;
    const defectId = catalogOrder.systemDefects[0].id;
    const unit = await app.query(ClearDefect, { input: { id: defectId, note: '已登记' } }, 'gaj.clerk');
    expect(unit.systemDefectClear.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-17' })]);
    const audit = await app.query(ClearDefect, { input: { id: defectId, note: '已登记' } }, 'audit.auditor');
    expect(audit.systemDefectClear.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', rule: 'PM-18' })]);
    const bdc = await app.query(ClearDefect, { input: { id: defectId, note: '单位已核实并完善目录登记' } }, 'bdc.leader');
    expect(bdc.systemDefectClear).toEqual({ systemDefect: { cleared: true }, errors: [] });
    const closed = await app.query(CloseOrder, { input: { id: catalogOrder.id, note: '已纳入目录' } }, 'bdc.leader');
    expect(closed.rectificationOrderClose.errors).toEqual([]);
  });

  it('PM-11: a 等保 test older than the rulebook’s validity is not current', async () => {
    const old = addMonths(today(), -13);
    const res = await app.query(RecordSecurity, { input: { id: ids.hukou, level: 3, result: 'PASSED', testedOn: old, body: '江西省信息安全测评中心' } }, 'gaj.clerk');
    expect(res.informationSystemRecordSecurityTest.informationSystem).toMatchObject({ securityTestResult: 'PASSED', securityTestCurrent: false });
    const without = await app.query(Systems, { filter: { ownerId: gaj, withoutCurrentSecurityTest: true } }, 'bdc.reviewer');
    expect(without.informationSystems.totalCount).toBe(3);
    const future = await app.query(RecordSecurity, { input: { id: ids.hukou, level: 3, result: 'PASSED', testedOn: addMonths(today(), 1), body: 'x' } }, 'gaj.clerk');
    expect(future.informationSystemRecordSecurityTest.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', rule: 'PM-11', field: 'testedOn' })]);
  });
});
