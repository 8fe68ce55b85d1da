import { invalid, type Problem, Refusal } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import type { Command } from '../../workflow/command';
import { DocumentContent } from '../documents/document.entity';
import { attachDocument } from '../documents/document.service';
import type { DocumentKind } from '../documents/document.enums';
import { Agency } from '../organizations/agency.entity';
import { projectWorkflow } from '../projects/project.workflow';
import { AcceptanceRecord } from './acceptance-record.entity';
import { ACCEPTANCE_REPORTS, AcceptanceResult, AcceptanceStatus, FindingConclusion } from './acceptance.enums';
import { acceptanceOrganizer, actorName, blank, lockProject } from './acceptance.helpers';
import type {
  AcceptanceApplyInput,
  AcceptanceDelegateInput,
  AcceptanceOrganizeInput,
  AcceptanceReportToDrcInput,
  AcceptanceResultInput,
} from './acceptance.types';
import { acceptanceWorkflow as workflow, factSource } from './acceptance.workflow';
import { onProjectAccepted } from '../systems/system.service';

/**
 * PM-15, PM-16.1, PM-16.2: the construction unit applies for acceptance — to DRC, or to its county's
 * approving department (COUNTY_DRC) for a county project — with the six reports, after BDC's sharing
 * confirmation and within the due date. Every unmet prerequisite is listed at once. After a failed
 * acceptance the same mutation files the new application.
 */
const attached = new WeakMap<AcceptanceApplyInput, Problem[]>();

export const applyForAcceptance = workflow.create<AcceptanceApplyInput>('apply', {
  async build(cmd, input) {
    const project = await lockProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const facts = factSource(cmd.ctx, cmd.em);
    const organizer = await acceptanceOrganizer(cmd.em, project);
    const review = await facts.sharingReview(project.id);
    const earlier = await facts.acceptanceRecords(project.id);
    const latest = earlier.at(-1);
    const record = Object.assign(new AcceptanceRecord(), {
      project,
      round: (latest?.round ?? 0) + 1,
      previous: latest?.status === AcceptanceStatus.FAILED ? latest : undefined,
      organizerAgency: organizer,
      sharingReview: review ?? undefined,
      applicationNote: input.note?.trim() || undefined,
      appliedBy: cmd.currentUser(),
    });
    // Whoever sees the project or one of its applications (a delegate) is told whether they may
    // file (FORBIDDEN); nobody else learns of it.
    if (!cmd.canRead(record) && !cmd.canRead(project) && !earlier.some((r) => cmd.canRead(r))) throw cmd.notFound('Project');
    return record;
  },
  // The reports of the input are attached first: the gates then see them with those attached before.
  async inputFacts(cmd, record, input, facts) {
    const reports = input.reports ?? [];
    if (reports.length > ACCEPTANCE_REPORTS.length) {
      // Not even read: at most one report of each of the six kinds.
      throw new Refusal([
        invalid('PM-16.1', 'reports', {
          zh: `验收申请最多附 ${ACCEPTANCE_REPORTS.length} 份报告（每类一份）`,
          en: `An acceptance application carries at most ${ACCEPTANCE_REPORTS.length} reports, one of each kind`,
        }),
      ]);
    }
    const problems: Problem[] = [];
    const kinds = new Set(facts.reports);
    // The uploaded contents of all reports in one statement; attaching each then finds its content loaded.
    const contentKeys = reports.map((r) => keyOf(r.contentId, 'DocumentContent')).filter((k): k is string => Boolean(k));
    if (contentKeys.length) await cmd.em.find(DocumentContent, { id: { $in: contentKeys } }, { populate: ['uploadedBy'] });
    const seenKinds = new Set<DocumentKind>();
    for (const [i, report] of reports.entries()) {
      if (!ACCEPTANCE_REPORTS.includes(report.kind)) {
        problems.push(
          invalid('PM-16.1', `reports.${i}.kind`, {
            zh: '验收申请只附建设总结、财务、审计、集约化和共享评估、安全风险评估、密码应用安全性评估报告',
            en: 'An acceptance application carries only the six acceptance reports',
          }),
        );
        continue;
      }
      if (seenKinds.has(report.kind)) {
        problems.push(invalid('PM-16.1', `reports.${i}.kind`, { zh: '同一类报告只能附一份', en: 'One report of each kind' }));
        continue;
      }
      seenKinds.add(report.kind);
      try {
        await attachDocument(cmd, record.project, { kind: report.kind, title: report.title, contentId: report.contentId, conclusion: report.conclusion ?? undefined }, `reports.${i}.`);
        kinds.add(report.kind);
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;
        problems.push(...e.problems);
      }
    }
    attached.set(input, problems);
    return { reports: kinds };
  },
  check: (_cmd, _record, input) => attached.get(input) ?? [],
  note: (i) => i.note,
});

/** PM-16.3: DRC takes the acceptance on itself. */
export const organizeAcceptance = workflow.step<AcceptanceOrganizeInput>('organize', {
  apply(_cmd, record, input) {
    record.assignedAt = new Date();
    record.assignmentNote = input.note?.trim() || undefined;
  },
  note: (i) => i.note,
});

/**
 * PM-16.3: DRC (the county DRC for a county project) delegates the acceptance to the project's
 * competent department (项目主管部门), which will record the result and report it back. The gate
 * `delegateIsCompetentDepartment` refuses any other agency.
 */
export const delegateAcceptance = workflow.step<AcceptanceDelegateInput>('delegate', {
  inputFacts: (_cmd, _record, input) => ({ delegating: keyOf(input.delegateId, 'Agency') ?? `unknown:${input.delegateId}` }),
  async apply(cmd, record, input) {
    record.delegated = true;
    record.delegate = (await findDelegate(cmd, input))!;
    record.assignedAt = new Date();
    record.assignmentNote = input.note?.trim() || undefined;
  },
  note: (i) => i.note,
});

async function findDelegate(cmd: Command, input: AcceptanceDelegateInput): Promise<Agency | null> {
  const key = keyOf(input.delegateId, 'Agency');
  return key ? cmd.em.findOne(Agency, key) : null;
}

function resultProblems(input: AcceptanceResultInput): Problem[] {
  const problems: Problem[] = [];
  const findings = [
    ['productSecurity', input.productSecurity, { zh: '软硬件产品安全可靠情况', en: 'security and reliability of products' }],
    ['cryptography', input.cryptography, { zh: '密码应用和安全审查情况', en: 'cryptography application and security review' }],
    ['energyEfficiency', input.energyEfficiency, { zh: '硬件设备和新建数据中心能源利用效率情况', en: 'energy efficiency of hardware and new data centres' }],
  ] as const;
  for (const [field, finding, name] of findings) {
    if (blank(finding.note)) {
      problems.push(invalid('PM-12', `${field}.note`, { zh: `验收须记录${name.zh}`, en: `Acceptance records the ${name.en}` }));
    }
    if (finding.conclusion === FindingConclusion.NOT_APPLICABLE && field !== 'energyEfficiency') {
      problems.push(invalid('PM-12', `${field}.conclusion`, { zh: `${name.zh}必须给出结论`, en: `The ${name.en} needs a conclusion` }));
    }
  }
  if (input.result === AcceptanceResult.PASSED && findings.some(([, f]) => f.conclusion === FindingConclusion.NOT_MET)) {
    problems.push(
      invalid('PM-12', 'result', {
        zh: '产品安全可靠、密码应用和安全审查、能源利用效率是验收的重要内容：有未达要求的事项，不能通过验收',
        en: 'A project that falls short on product security, cryptography or energy efficiency cannot pass acceptance',
      }),
    );
  }
  if (input.result === AcceptanceResult.FAILED && blank(input.failureReasons)) {
    problems.push(invalid('PM-16.3', 'failureReasons', { zh: '验收不通过须说明原因', en: 'A failed acceptance states its reasons' }));
  }
  return problems;
}

/** A pass makes the project ACCEPTED, with its own state transition. */
async function acceptProject(cmd: Command, record: AcceptanceRecord): Promise<void> {
  if (record.status !== AcceptanceStatus.PASSED) return;
  await projectWorkflow.advance(cmd, record.project, 'accept', `验收通过（第 ${record.round} 次申请）`);
  // PM-16.3, PM-17: the systems it built or changed, still planned, are now in service.
  await onProjectAccepted(cmd, record.project);
}

/**
 * PM-12, PM-16.3: whoever runs the acceptance — DRC itself or its delegate, nobody else — records
 * the findings and the result. DRC's own result is final at once; a delegate's awaits its report.
 */
export const recordAcceptanceResult = workflow.step<AcceptanceResultInput>('recordResult', {
  inputFacts: (_cmd, _record, input) => ({ result: input.result }),
  validate: resultProblems,
  check: (cmd, _record, input) =>
    input.heldOn > cmd.today ? [invalid('PM-16.3', 'heldOn', { zh: '验收日期不能晚于今天', en: 'The acceptance cannot be dated in the future' })] : [],
  async apply(cmd, record, input) {
    Object.assign(record, {
      result: input.result,
      heldOn: input.heldOn,
      failureReasons: input.result === AcceptanceResult.FAILED ? input.failureReasons!.trim() : undefined,
      productSecurityConclusion: input.productSecurity.conclusion,
      productSecurityNote: input.productSecurity.note.trim(),
      cryptographyConclusion: input.cryptography.conclusion,
      cryptographyNote: input.cryptography.note.trim(),
      energyEfficiencyConclusion: input.energyEfficiency.conclusion,
      energyEfficiencyNote: input.energyEfficiency.note.trim(),
      decidedAt: new Date(),
      decidedBy: cmd.currentUser(),
      decidedByName: actorName(cmd),
      decidedByAgency: cmd.currentAgency(),
    });
    await acceptProject(cmd, record);
  },
  note: (i) => i.failureReasons ?? i.result,
});

/** PM-16.3: the delegate reports its result and materials back to DRC, which makes it final. */
export const reportAcceptanceToDrc = workflow.step<AcceptanceReportToDrcInput>('reportToDrc', {
  async apply(cmd, record, input) {
    record.reportedAt = new Date();
    record.reportedBy = cmd.currentUser();
    record.reportNote = input.note?.trim() || undefined;
    await acceptProject(cmd, record);
  },
  note: (i) => i.note,
});
