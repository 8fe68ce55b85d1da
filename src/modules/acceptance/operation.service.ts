import Decimal from 'decimal.js';
import type { RequestContext } from '../../context';
import { invalid, precondition, type Problem, refuseIfAny } from '../../graphql/errors';
import { rulebook } from '../../rulebook/rulebook';
import { runCommand } from '../../workflow/command';
import { ProjectStatus } from '../projects/project.enums';
import { addYears } from '../../calendar/dates';
import { FindingKind, FindingMeasure, SecurityTestKind, SecurityTestResult } from './acceptance.enums';
import { actorName, blank, findProject } from './acceptance.helpers';
import { OmContract } from './om-contract.entity';
import { ProjectFinding } from './project-finding.entity';
import type { OmContractRecordInput, ProjectFindingRecordInput, SecurityTestRecordInput } from './acceptance.types';
import { SecurityTest } from './security-test.entity';
import { keyOf } from '../../graphql/global-id';
import { ProjectInspection } from '../inspections/inspection.entity';

/** The longest O&M procurement contract (PM-13), in years, from the rulebook. */
export function omContractMaxYears(): number {
  return rulebook.deadline('omContractMaxYears').value;
}

/**
 * PM-13: the construction unit records an O&M procurement contract of its accepted project. O&M
 * within the warranty is free, so a paid contract starts after the warranty ends; it runs at most
 * `deadlines.omContractMaxYears` years (the last day before the same date that many years on).
 */
export function recordOmContract(ctx: RequestContext, input: OmContractRecordInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'OmContract' }, async (cmd) => {
    const project = await findProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const contract = Object.assign(new OmContract(), {
      project,
      supplierName: input.supplierName.trim(),
      contractNo: input.contractNo?.trim() || undefined,
      warrantyEndsOn: input.warrantyEndsOn,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      amount: input.amount ?? undefined,
      recordedBy: cmd.currentUser(),
      recordedByAgency: cmd.currentAgency(),
    });
    if (!cmd.canRead(contract)) throw cmd.notFound('Project');
    cmd.authorize('record', contract);
    cmd.subjectId = contract.id;

    const problems: Problem[] = [];
    if (project.status !== ProjectStatus.ACCEPTED) {
      problems.push(precondition('PM-13', { zh: '项目验收通过后方可登记运维采购合同', en: 'O&M contracts are recorded for accepted projects' }));
    }
    if (blank(input.supplierName)) {
      problems.push(invalid('PM-13', 'supplierName', { zh: '请填写运维服务供应商', en: 'Name the O&M supplier' }));
    }
    if (input.startsOn <= input.warrantyEndsOn) {
      problems.push(
        invalid('PM-13', 'startsOn', {
          zh: '维保期内的运维由承建商免费提供：运维采购合同须在维保期结束后开始',
          en: "O&M is free within the builder's warranty: a paid contract starts after the warranty ends",
        }),
      );
    }
    const maxYears = omContractMaxYears();
    if (input.endsOn <= input.startsOn) {
      problems.push(invalid('PM-13', 'endsOn', { zh: '合同终止日须晚于起始日', en: 'The contract must end after it starts' }));
    } else if (input.endsOn >= addYears(input.startsOn, maxYears)) {
      problems.push(
        invalid('PM-13', 'endsOn', {
          zh: `运维采购合同履行期限不得超过 ${maxYears} 年（最晚至 ${addYears(input.startsOn, maxYears)} 前一日）`,
          en: `An O&M procurement contract runs at most ${maxYears} years (until the day before ${addYears(input.startsOn, maxYears)})`,
        }),
      );
    }
    if (input.amount && !new Decimal(input.amount).gt(0)) {
      problems.push(invalid('PM-13', 'amount', { zh: '合同金额须大于零', en: 'The amount must be positive' }));
    }
    refuseIfAny(problems);
    cmd.em.persist(contract);
    return contract;
  });
}

const TESTED_STATES = [ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.ACCEPTED];

/**
 * PM-11: a network-security test or risk assessment, planned, built and run with the system:
 * recorded by the construction unit (or NSC, which supervises project security) while the project
 * is built and once it runs.
 */
export function recordSecurityTest(ctx: RequestContext, input: SecurityTestRecordInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'SecurityTest' }, async (cmd) => {
    const project = await findProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const test = Object.assign(new SecurityTest(), {
      project,
      kind: input.kind,
      testedOn: input.testedOn,
      tester: input.tester.trim(),
      result: input.result,
      mlpsLevel: input.mlpsLevel ?? undefined,
      reportNo: input.reportNo?.trim() || undefined,
      summary: input.summary?.trim() || undefined,
      recordedBy: cmd.currentUser(),
      recordedByAgency: cmd.currentAgency(),
    });
    if (!cmd.canRead(test)) throw cmd.notFound('Project');
    cmd.authorize('record', test);
    cmd.subjectId = test.id;

    const problems: Problem[] = [];
    if (!TESTED_STATES.includes(project.status)) {
      problems.push(
        precondition('PM-11', { zh: '项目建设中或验收后方可登记安全检测与风险评估', en: 'Security tests are recorded once the project is under construction' }),
      );
    }
    if (blank(input.tester)) {
      problems.push(invalid('PM-11', 'tester', { zh: '请填写检测评估机构', en: 'Name the tester' }));
    }
    if (input.testedOn > cmd.today) {
      problems.push(invalid('PM-11', 'testedOn', { zh: '检测日期不能晚于今天', en: 'The test cannot be dated in the future' }));
    }
    const level = input.mlpsLevel;
    if (input.kind === SecurityTestKind.MLPS_TEST && (level === null || level === undefined || level < 1 || level > 5)) {
      problems.push(invalid('PM-11', 'mlpsLevel', { zh: '等级保护测评须填写保护等级（1-5）', en: 'An MLPS test gives the protection level (1-5)' }));
    }
    if (input.kind !== SecurityTestKind.MLPS_TEST && level !== null && level !== undefined) {
      problems.push(invalid('PM-11', 'mlpsLevel', { zh: '仅等级保护测评填写保护等级', en: 'Only an MLPS test gives a protection level' }));
    }
    refuseIfAny(problems);
    cmd.em.persist(test);
    return test;
  });
}

const FUND_KINDS = [FindingKind.FUND_MISAPPROPRIATION, FindingKind.IMPROPER_OM_FUNDING, FindingKind.SERIOUS_OVERSPEND];

/**
 * PM-19: DRC, Finance, NSC or BDC records a violation found on a project, each within its duty
 * (the policies say which kinds), and the Government Office one found by its inspection of the
 * project (PM-4: the finding names the inspection); the Audit Bureau reads them.
 */
export function recordProjectFinding(ctx: RequestContext, input: ProjectFindingRecordInput) {
  return runCommand(ctx, { action: 'record', subjectType: 'ProjectFinding' }, async (cmd) => {
    const project = await findProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const finding = Object.assign(new ProjectFinding(), {
      project,
      kind: input.kind,
      measure: input.measure,
      description: input.description.trim(),
      responsible: input.responsible?.trim() || undefined,
      recordedBy: cmd.currentUser(),
      recordedByName: actorName(cmd),
      recordedByAgency: cmd.currentAgency(),
    });
    const inspectionKey = input.inspectionId ? keyOf(input.inspectionId, 'ProjectInspection') : null;
    const inspection = inspectionKey ? await cmd.em.findOne(ProjectInspection, inspectionKey) : null;
    // Only an inspection of this very project, that the recorder may see, grounds the finding.
    if (inspection && inspection.project.id === project.id && cmd.canRead(inspection)) finding.inspection = inspection;
    if (!cmd.canRead(finding)) throw cmd.notFound('Project');
    cmd.authorize('record', finding);
    cmd.subjectId = finding.id;

    const problems: Problem[] = [];
    if (input.inspectionId && !finding.inspection) {
      problems.push(invalid('PM-19', 'inspectionId', { zh: '未找到该项目的此次检查', en: 'No inspection of this project has this ID' }));
    }
    if (blank(input.description)) {
      problems.push(invalid('PM-19', 'description', { zh: '请写明违规事实', en: 'Describe what was found' }));
    }
    if (input.measure === FindingMeasure.FINANCIAL_PENALTY && !FUND_KINDS.includes(input.kind)) {
      problems.push(
        invalid('PM-19', 'measure', {
          zh: '依《财政违法行为处罚处分条例》查处仅适用于截留、挪用资金、违规安排运维经费或严重超支',
          en: 'Financial penalties apply to misused funds, improper O&M funding or serious overspending',
        }),
      );
    }
    refuseIfAny(problems);
    cmd.em.persist(finding);
    return finding;
  });
}

