import type { RequestContext } from '../../context';
import { invalid, type Problem, Refusal, refuseIfAny, UserErrorCode } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { runCommand, type Command } from '../../workflow/command';
import { DocumentContent } from '../documents/document.entity';
import { attachDocument } from '../documents/document.service';
import type { DocumentKind } from '../documents/document.enums';
import { Agency } from '../organizations/agency.entity';
import { AgencyKind, AgencyLevel } from '../organizations/organization.enums';
import type { Project } from '../projects/project.entity';
import { ProjectStatus } from '../projects/project.enums';
import { AcceptanceRecord } from './acceptance-record.entity';
import { ACCEPTANCE_REPORTS, AcceptanceResult, AcceptanceStatus, FindingConclusion } from './acceptance.enums';
import { commandFacts } from './acceptance.facts';
import { acceptanceOrganizer, actorName, blank, lockProject } from './acceptance.helpers';
import { recordTransition } from '../../workflow/transition';
import { acceptanceMachine, NONE } from './acceptance.machine';

export interface AcceptanceReportInput {
  kind: DocumentKind;
  title: string;
  contentId: string;
  conclusion?: string | null;
}

export interface AcceptanceApplyInput {
  projectId: string;
  note?: string | null;
  /** Reports attached with the application; those attached earlier count too. */
  reports?: AcceptanceReportInput[] | null;
}

export interface FindingInput {
  conclusion: FindingConclusion;
  note: string;
}

export interface AcceptanceResultInput {
  result: AcceptanceResult;
  heldOn: string;
  productSecurity: FindingInput;
  cryptography: FindingInput;
  energyEfficiency: FindingInput;
  failureReasons?: string | null;
}

/**
 * PM-15, PM-16.1, PM-16.2: the construction unit applies for acceptance — to DRC, or to its county
 * government for a county project — with the six reports, after BDC's sharing confirmation and
 * within the due date. Every unmet prerequisite is listed at once. After a failed acceptance the
 * same mutation files the new application.
 */
export function applyForAcceptance(ctx: RequestContext, input: AcceptanceApplyInput) {
  return runCommand(ctx, { action: 'apply', subjectType: 'AcceptanceRecord' }, async (cmd) => {
    const project = await lockProject(cmd, input.projectId);
    if (!project) throw cmd.notFound('Project');
    const facts = commandFacts(cmd);
    const organizer = await acceptanceOrganizer(cmd.em, project);
    const review = await facts.sharingReview(project.id);
    const records = await facts.acceptanceRecords(project.id);
    const latest = records.at(-1);
    const state = latest?.status ?? NONE;
    const record = Object.assign(new AcceptanceRecord(), {
      project,
      round: (latest?.round ?? 0) + 1,
      previous: latest?.status === AcceptanceStatus.FAILED ? latest : undefined,
      organizerAgency: organizer,
      sharingReview: review ?? undefined,
      applicationNote: input.note?.trim() || undefined,
      appliedBy: cmd.currentUser(),
    });
    if (!cmd.canRead(record)) throw cmd.notFound('Project');
    cmd.authorize('apply', record);
    cmd.subjectId = record.id;

    const f = await facts.acceptanceFacts(project.id);
    const problems: Problem[] = [];
    const attached = new Set(f.reports);
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
        await attachDocument(cmd, project, { kind: report.kind, title: report.title, contentId: report.contentId, conclusion: report.conclusion ?? undefined }, `reports.${i}.`);
        attached.add(report.kind);
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;
        problems.push(...e.problems);
      }
    }
    problems.push(...acceptanceMachine.blockers(state, 'apply', { ...f, reports: attached }));
    refuseIfAny(problems);

    cmd.em.persist(record);
    recordTransition(cmd, record, 'apply', NONE, record.status, input.note);
    return record;
  });
}

async function loadRecord(cmd: Command, id: string): Promise<AcceptanceRecord> {
  const key = keyOf(id, 'AcceptanceRecord');
  const record = key ? await cmd.em.findOne(AcceptanceRecord, key, { populate: ['project'] }) : null;
  if (!record || !cmd.canRead(record)) throw cmd.notFound('AcceptanceRecord');
  return record;
}

function onRecord<T>(ctx: RequestContext, action: string, id: string, body: (cmd: Command, record: AcceptanceRecord) => Promise<T>) {
  return runCommand(ctx, { action, subjectType: 'AcceptanceRecord', subjectId: keyOf(id, 'AcceptanceRecord') ?? undefined }, async (cmd) => {
    const record = await loadRecord(cmd, id);
    cmd.authorize(action, record);
    return body(cmd, record);
  });
}

/** PM-16.3: DRC takes the acceptance on itself. */
export function organizeAcceptance(ctx: RequestContext, id: string, note?: string | null) {
  return onRecord(ctx, 'organize', id, async (cmd, record) => {
    const facts = await commandFacts(cmd).acceptanceFacts(record.project.id, record);
    refuseIfAny(acceptanceMachine.blockers(record.status, 'organize', facts));
    const from = record.status;
    record.status = AcceptanceStatus.UNDER_ACCEPTANCE;
    record.assignedAt = new Date();
    record.assignmentNote = note?.trim() || undefined;
    recordTransition(cmd, record, 'organize', from, record.status, note);
    return record;
  });
}

/**
 * PM-16.3: DRC delegates the acceptance to the competent department (项目主管部门): a department of
 * the project's own level, which will record the result and report it back.
 */
export function delegateAcceptance(ctx: RequestContext, id: string, input: { delegateId: string; note?: string | null }) {
  return onRecord(ctx, 'delegate', id, async (cmd, record) => {
    const delegateKey = keyOf(input.delegateId, 'Agency');
    const delegate = delegateKey ? await cmd.em.findOne(Agency, delegateKey) : null;
    const facts = await commandFacts(cmd).acceptanceFacts(record.project.id, record);
    const problems = acceptanceMachine.blockers(record.status, 'delegate', facts);
    const sameLevel = delegate && (delegate.county?.code ?? null) === (isMunicipal(record.project) ? null : record.project.division.code);
    if (!delegate || delegate.kind !== AgencyKind.DEPARTMENT || !sameLevel) {
      problems.push(
        invalid('PM-16.3', 'delegateId', {
          zh: '验收只能委托项目同级的主管部门',
          en: "Acceptance is delegated to a competent department of the project's own level",
        }),
      );
    }
    refuseIfAny(problems);
    const from = record.status;
    record.status = AcceptanceStatus.DELEGATED;
    record.delegated = true;
    record.delegate = delegate!;
    record.assignedAt = new Date();
    record.assignmentNote = input.note?.trim() || undefined;
    recordTransition(cmd, record, 'delegate', from, record.status, `${delegate!.name}${input.note?.trim() ? '：' + input.note.trim() : ''}`);
    return record;
  });
}

function isMunicipal(project: Project): boolean {
  return project.level() === AgencyLevel.MUNICIPAL;
}

function resultProblems(input: AcceptanceResultInput, today: string): Problem[] {
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
  if (input.heldOn > today) {
    problems.push(invalid('PM-16.3', 'heldOn', { zh: '验收日期不能晚于今天', en: 'The acceptance cannot be dated in the future' }));
  }
  return problems;
}

/** A pass makes the project ACCEPTED, with its own state transition. */
function acceptProject(cmd: Command, project: Project, record: AcceptanceRecord): void {
  if (record.status !== AcceptanceStatus.PASSED) return;
  const from = project.status;
  project.status = ProjectStatus.ACCEPTED;
  recordTransition(cmd, project, 'accept', from, project.status, `验收通过（第 ${record.round} 次申请）`);
}

/**
 * PM-12, PM-16.3: whoever runs the acceptance — DRC itself or its delegate, nobody else — records
 * the findings and the result. DRC's own result is final at once; a delegate's awaits its report.
 */
export function recordAcceptanceResult(ctx: RequestContext, id: string, input: AcceptanceResultInput) {
  return onRecord(ctx, 'recordResult', id, async (cmd, record) => {
    const facts = await commandFacts(cmd).acceptanceFacts(record.project.id, record);
    const problems = [
      ...acceptanceMachine.blockers(record.status, 'recordResult', { ...facts, result: input.result }),
      ...resultProblems(input, facts.today),
    ];
    refuseIfAny(problems);
    const outcome = acceptanceMachine.decide(record.status, 'recordResult', { ...facts, result: input.result });
    if (!outcome.ok) throw new Refusal(outcome.problems);
    const from = record.status;
    Object.assign(record, {
      status: outcome.to as AcceptanceStatus,
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
    recordTransition(cmd, record, 'recordResult', from, record.status, input.failureReasons ?? input.result);
    acceptProject(cmd, record.project, record);
    return record;
  });
}

/** PM-16.3: the delegate reports its result and materials back to DRC, which makes it final. */
export function reportAcceptanceToDrc(ctx: RequestContext, id: string, note?: string | null) {
  return onRecord(ctx, 'reportToDrc', id, async (cmd, record) => {
    const facts = await commandFacts(cmd).acceptanceFacts(record.project.id, record);
    const outcome = acceptanceMachine.decide(record.status, 'reportToDrc', facts);
    if (!outcome.ok) throw new Refusal(outcome.problems);
    const from = record.status;
    record.status = outcome.to as AcceptanceStatus;
    record.reportedAt = new Date();
    record.reportedBy = cmd.currentUser();
    record.reportNote = note?.trim() || undefined;
    recordTransition(cmd, record, 'reportToDrc', from, record.status, note);
    acceptProject(cmd, record.project, record);
    return record;
  });
}

