import Decimal from 'decimal.js';
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../context';
import { invalid as invalidInput, Refusal, UserErrorCode, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { isIsoDate, money } from '../../graphql/scalars';
import { runCommand, type Command } from '../../workflow/command';
import { recordTransition } from '../../workflow/transition';
import { todayOf } from '../../calendar/clock';
import { addMonths } from '../../calendar/dates';
import { rulebook } from '../../rulebook/rulebook';
import { attachDocument, type DocumentInput } from '../documents/document.service';
import { DocumentKind } from '../documents/document.enums';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE, Division } from '../organizations/division.entity';
import { AgencyKind, AgencyLevel } from '../organizations/organization.enums';
import { PlanEntry } from '../plans/plan.entity';
import { BudgetLine } from './budget-line.entity';
import { BudgetLineKind, BuildType, FundingSource, NetworkKind, ProjectCategory, ProjectStatus, UrgencyBasisKind } from './project.enums';
import { Project } from './project.entity';
import { ProjectFactSource } from './project.facts';
import { EDITABLE, noHardwareOrDataCenter, projectMachine, type ProjectFacts } from './project.machine';
import { ProjectParticipant } from './project-participant.entity';
import { ReviewOpinion } from './review-opinion.entity';

export interface BudgetLineInput {
  kind: BudgetLineKind;
  description: string;
  amount: string;
}

export interface ProjectFields {
  name?: string;
  description?: string;
  category?: ProjectCategory;
  buildType?: BuildType;
  network?: NetworkKind;
  investment?: string;
  fundingSource?: FundingSource;
  scale?: string;
  planEntryId?: string | null;
  urgencyBasis?: UrgencyBasisKind | null;
  urgencyReference?: string | null;
  budgetLines?: BudgetLineInput[];
}

export interface ProjectCreateInput extends ProjectFields {
  name: string;
  category: ProjectCategory;
  buildType: BuildType;
  network: NetworkKind;
  investment: string;
  /** PM-20: classified projects follow other rules and are refused here. */
  classified: boolean;
}

const invalid = (rule: string, field: string, zh: string, en: string): Problem => invalidInput(rule, field, { zh, en });

/** Input checks that hold whatever the state: PM-2, PM-9(1), PM-9(2), PM-20. */
function fieldProblems(input: ProjectFields & { classified?: boolean }): Problem[] {
  const problems: Problem[] = [];
  if (input.classified) {
    problems.push(invalid('PM-20', 'classified', '涉密项目按有关规定执行，不在本系统办理', 'Classified projects follow other rules and are not handled here'));
  }
  if (input.category === ProjectCategory.OFFICE_EQUIPMENT) {
    problems.push(invalid('PM-2', 'category', '零星办公电脑、耗材添置不属于政务信息化项目', 'Office computers and consumables are outside the scope of the measures'));
  }
  if (input.network === NetworkKind.DEDICATED_NETWORK) {
    problems.push(invalid('PM-9(2)', 'network', '非涉密项目不得建设专网，应依托市政务外网', 'Non-classified projects use the e-gov extranet, not a dedicated network'));
  }
  if (input.name != null && !input.name.trim()) problems.push(invalid('PM-8.1', 'name', '项目名称不能为空', 'The project needs a name'));
  if (input.investment != null && new Decimal(input.investment).lte(0)) {
    problems.push(invalid('PM-8.1', 'investment', '投资概算须大于零', 'The investment estimate must be positive'));
  }
  (input.budgetLines ?? []).forEach((line, i) => {
    if (!noHardwareOrDataCenter.check({ budgetLines: [{ kind: line.kind, amount: new Decimal(line.amount) }] } as ProjectFacts)) {
      problems.push({ code: UserErrorCode.INVALID_INPUT, rule: 'PM-9(1)', field: `budgetLines.${i}.kind`, message: noHardwareOrDataCenter.message });
    }
    if (new Decimal(line.amount).lte(0)) problems.push(invalid('PM-8.1', `budgetLines.${i}.amount`, '金额须大于零', 'Amounts must be positive'));
  });
  return problems;
}

const REQUIRED_FIELDS = new Set(['name', 'category', 'buildType', 'network']);

async function applyFields(cmd: Command, project: Project, input: ProjectFields): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { budgetLines, planEntryId, investment, ...plain } = input;
  for (const [k, v] of Object.entries(plain)) {
    // null clears an optional field; the required ones (name, category, …) keep their value.
    if (v === undefined || (v === null && REQUIRED_FIELDS.has(k))) continue;
    (project as unknown as Record<string, unknown>)[k] = typeof v === 'string' ? v.trim() || null : v;
  }
  if (investment != null) project.investment = money(investment);
  if (planEntryId !== undefined) {
    if (planEntryId === null) project.planEntry = undefined;
    else {
      const key = keyOf(planEntryId, 'PlanEntry');
      const entry = key ? await cmd.em.findOne(PlanEntry, key) : null;
      // One plan entry stands for one project: a second live project cannot claim it (PM-7.2).
      const taken = entry
        ? await cmd.em.count(Project, { planEntry: entry, id: { $ne: project.id }, status: { $ne: ProjectStatus.REJECTED } })
        : 0;
      if (!entry || entry.unit.id !== project.constructionUnit.id || taken > 0) {
        problems.push(invalid('PM-6', 'planEntryId', '规划条目不存在、不属于本单位或已被其他项目使用', 'No free plan entry of this unit has this ID'));
      } else project.planEntry = entry;
    }
  }
  if (budgetLines) {
    const existing = await cmd.em.find(BudgetLine, { project });
    existing.forEach((l) => cmd.em.remove(l));
    for (const line of budgetLines) {
      cmd.em.create(BudgetLine, { project, kind: line.kind, description: line.description.trim(), amount: money(line.amount) });
    }
  }
  return problems;
}

async function nextCode(cmd: Command, year: number): Promise<string> {
  const [row] = await cmd.em.execute<{ n: string }[]>(`select nextval('project_code_seq') as n`);
  return `JA-${year}-${row.n.padStart(5, '0')}`;
}

/** A construction unit files a new project (DRAFT); the unit and its division come from the filer. */
export function createProject(ctx: RequestContext, input: ProjectCreateInput) {
  return runCommand(ctx, { action: 'create', subjectType: 'Project' }, async (cmd) => {
    const unit = await cmd.em.findOneOrFail(Agency, ctx.principal!.user.agency.id, { populate: ['county'] });
    const year = Number(todayOf(ctx.services.clock).slice(0, 4));
    const project = cmd.em.create(Project, {
      code: await nextCode(cmd, year),
      name: input.name.trim(),
      constructionUnit: unit,
      division: cmd.em.getReference(Division, unit.county?.code ?? CITY_CODE),
      category: input.category,
      buildType: input.buildType,
      network: input.network,
      investment: money(input.investment),
      year,
    });
    cmd.subjectId = project.id;
    cmd.authorize('create', project);
    const problems = [...fieldProblems(input), ...(await applyFields(cmd, project, input))];
    if (problems.length) throw new Refusal(problems);
    recordTransition(cmd, project, 'create', '', project.status);
    return project;
  });
}

async function loadProject(cmd: Command, globalId: string): Promise<Project> {
  const key = keyOf(globalId, 'Project');
  const project = key
    ? await cmd.em.findOne(Project, key, { populate: ['constructionUnit', 'division', 'planEntry'] })
    : null;
  if (!project || !cmd.canRead(project)) throw cmd.notFound('Project');
  cmd.subjectId = project.id;
  return project;
}

/** The unit edits its filing while it is a draft or returned for revision. */
export function updateProject(ctx: RequestContext, id: string, input: ProjectFields) {
  return runCommand(ctx, { action: 'update', subjectType: 'Project', subjectId: keyOf(id, 'Project') ?? undefined }, async (cmd) => {
    const project = await loadProject(cmd, id);
    cmd.authorize('update', project);
    const problems = fieldProblems(input);
    if (!EDITABLE.includes(project.status)) {
      problems.push({
        code: UserErrorCode.PRECONDITION_FAILED,
        rule: 'PM-8.1',
        message: { zh: '项目已报审，不能修改申报内容', en: 'The filing can only be edited while in draft or returned for revision' },
      });
    }
    if (problems.length) throw new Refusal(problems);
    const more = await applyFields(cmd, project, input);
    if (more.length) throw new Refusal(more);
    return project;
  });
}

/** Kinds of document the construction unit attaches itself; decisions attach theirs with the decision. */
export const UNIT_DOCUMENTS: readonly DocumentKind[] = [
  DocumentKind.PROPOSAL,
  DocumentKind.FEASIBILITY_STUDY,
  DocumentKind.PRELIMINARY_DESIGN,
  DocumentKind.TECHNICAL_PLAN,
  DocumentKind.SUPERVISION_CONTRACT,
  DocumentKind.OTHER,
];

/** When the unit may submit each filing document: what was reviewed is what was filed. */
const DOCUMENT_STATES: Partial<Record<DocumentKind, { states: ProjectStatus[]; rule: string }>> = {
  [DocumentKind.PROPOSAL]: { states: [ProjectStatus.DRAFT], rule: 'PM-7.1' },
  [DocumentKind.FEASIBILITY_STUDY]: { states: [...EDITABLE], rule: 'PM-8.1' },
  [DocumentKind.PRELIMINARY_DESIGN]: { states: [...EDITABLE], rule: 'PM-8.1' },
  [DocumentKind.TECHNICAL_PLAN]: { states: [ProjectStatus.APPROVED, ProjectStatus.TECH_REVIEW_FAILED], rule: 'PM-8.2' },
  [DocumentKind.SUPERVISION_CONTRACT]: {
    states: [ProjectStatus.TECH_REVIEW_PASSED, ProjectStatus.PROCURED, ProjectStatus.APPROVED, ProjectStatus.UNDER_CONSTRUCTION],
    rule: 'PM-14',
  },
};

export function attachProjectDocument(ctx: RequestContext, projectId: string, input: DocumentInput) {
  return runCommand(ctx, { action: 'attachDocument', subjectType: 'Project', subjectId: keyOf(projectId, 'Project') ?? undefined }, async (cmd) => {
    const project = await loadProject(cmd, projectId);
    cmd.authorize('attachDocument', project);
    if (!UNIT_DOCUMENTS.includes(input.kind)) {
      throw Refusal.of(UserErrorCode.INVALID_INPUT, 'PM-4', { zh: '该类文件由审批部门随决定出具', en: 'This kind of document comes with the deciding agency\'s decision' }, 'kind');
    }
    const when = DOCUMENT_STATES[input.kind];
    if (when && !when.states.includes(project.status)) {
      throw Refusal.of(UserErrorCode.PRECONDITION_FAILED, when.rule, {
        zh: '当前阶段不能提交或更换该类文件',
        en: 'This kind of document cannot be submitted or replaced at this stage',
      });
    }
    await attachDocument(cmd, project, input);
    return project;
  });
}

/** Kinds that can co-build (跨部门、跨地域、跨层级, PM-9(6)) and whose policies let them confirm. */
const CO_BUILDER_KINDS = [AgencyKind.DEPARTMENT, AgencyKind.COUNTY_GOV, AgencyKind.BDC];

export interface ParticipantInput {
  agencyId: string;
  businessFlow: string;
  dataFlow: string;
  interfaces: string;
}

/** PM-9(6): the lead unit names a co-builder and its part; the project becomes a joint one. */
export function addParticipant(ctx: RequestContext, projectId: string, input: ParticipantInput) {
  return runCommand(ctx, { action: 'addParticipant', subjectType: 'Project', subjectId: keyOf(projectId, 'Project') ?? undefined }, async (cmd) => {
    const project = await loadProject(cmd, projectId);
    cmd.authorize('addParticipant', project);
    const problems: Problem[] = [];
    const key = keyOf(input.agencyId, 'Agency');
    const agency = key ? await cmd.em.findOne(Agency, key) : null;
    if (!agency || !CO_BUILDER_KINDS.includes(agency.kind) || agency.id === project.constructionUnit.id) {
      problems.push(
        invalid('PM-9(6)', 'agencyId', '共建单位须为牵头单位以外的部门、县级政府或市大数据中心', 'A co-builder is another department, a county government or the Big Data Center'),
      );
    }
    for (const f of ['businessFlow', 'dataFlow', 'interfaces'] as const) {
      if (!input[f].trim()) problems.push(invalid('PM-9(6)', f, '须明确业务流、数据流及系统接口', 'State the business flow, data flow and interfaces'));
    }
    if (!EDITABLE.includes(project.status)) {
      problems.push({ code: UserErrorCode.PRECONDITION_FAILED, rule: 'PM-9(6)', message: { zh: '项目已报审，不能修改共建单位', en: 'Co-builders can only change before submission' } });
    }
    if (problems.length) throw new Refusal(problems);
    cmd.em.create(ProjectParticipant, {
      project,
      agency: agency!,
      businessFlow: input.businessFlow.trim(),
      dataFlow: input.dataFlow.trim(),
      interfaces: input.interfaces.trim(),
    });
    project.joint = true;
    project.participantAgencyIds = [...new Set([...project.participantAgencyIds, agency!.id])];
    return project;
  });
}

/** PM-9(6): a co-builder confirms its part of the joint project. */
export function confirmParticipation(ctx: RequestContext, projectId: string) {
  return runCommand(ctx, { action: 'confirmParticipation', subjectType: 'ProjectParticipant' }, async (cmd) => {
    const project = await loadProject(cmd, projectId);
    // Locked: two confirmations at once take turns, and the second finds the first.
    const participant = await cmd.em.findOne(
      ProjectParticipant,
      { project, agency: ctx.principal!.user.agency.id },
      { populate: ['agency'], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!participant) {
      throw Refusal.of(UserErrorCode.FORBIDDEN, 'PM-9(6)', { zh: '本单位不是该项目的共建单位', en: 'Your agency is not a co-builder of this project' });
    }
    cmd.subjectId = participant.id;
    cmd.authorize('confirmParticipation', participant);
    if (participant.confirmedAt) {
      throw Refusal.of(UserErrorCode.PRECONDITION_FAILED, 'PM-9(6)', { zh: '已确认', en: 'Already confirmed' });
    }
    participant.confirmedAt = new Date();
    participant.confirmedBy = cmd.currentUser();
    return project;
  });
}

interface StepOptions {
  note?: string;
  /** Problems of the step's own input, reported together with the unmet gates. */
  validate?: (cmd: Command, project: Project, facts: ProjectFacts) => Promise<Problem[]> | Problem[];
  /** What the step records besides the state change; runs only when nothing refused. */
  apply?: (cmd: Command, project: Project, facts: ProjectFacts) => Promise<void> | void;
}

/**
 * One workflow step: load (NOT_FOUND if not readable), authorize the event (policy), then check
 * the step's input and every gate of the machine at once, then change state and stamp the step.
 */
export function projectStep(ctx: RequestContext, projectId: string, event: string, options: StepOptions = {}) {
  return runCommand(ctx, { action: event, subjectType: 'Project', subjectId: keyOf(projectId, 'Project') ?? undefined }, async (cmd) => {
    const project = await loadProject(cmd, projectId);
    cmd.authorize(event, project);
    const facts = await new ProjectFactSource(cmd.em).of(project);
    const problems = [...((await options.validate?.(cmd, project, facts)) ?? []), ...projectMachine.blockers(project.status, event, facts)];
    if (problems.length) throw new Refusal(problems);
    const outcome = projectMachine.decide(project.status, event, facts);
    if (!outcome.ok) throw new Refusal(outcome.problems);
    const from = project.status;
    await options.apply?.(cmd, project, facts);
    project.status = outcome.to;
    recordTransition(cmd, project, event, from, outcome.to, options.note);
    return project;
  });
}

const required = (value: string | undefined, rule: string, field: string): Problem[] =>
  value?.trim() ? [] : [invalid(rule, field, '请填写理由或意见', 'Give the reasons')];

/** A decision that carries its document (DRC's approval, BDC's opinion, the experts' conclusion). */
function withDocument(kind: DocumentKind, document: Omit<DocumentInput, 'kind'> | undefined, field: string, note?: string): StepOptions {
  return {
    note,
    validate: () =>
      document ? [] : [invalid('PM-9', field, '请随决定上传相应文件', 'The decision must come with its document')],
    apply: async (cmd, project) => {
      await attachDocument(cmd, project, { ...document!, kind }, `${field}.`);
    },
  };
}

export const steps = {
  submitProposal: (ctx: RequestContext, id: string) => projectStep(ctx, id, 'submitProposal', { apply: stampFiling }),
  approveProposal: (ctx: RequestContext, id: string, note?: string) => projectStep(ctx, id, 'approveProposal', { note }),
  rejectProposal: (ctx: RequestContext, id: string, reasons: string) =>
    projectStep(ctx, id, 'rejectProposal', { note: reasons, validate: () => required(reasons, 'PM-7.1', 'reasons') }),
  submitFeasibility: (ctx: RequestContext, id: string) => projectStep(ctx, id, 'submitFeasibility', { apply: stampFiling }),
  returnForRevision: (ctx: RequestContext, id: string, reasons: string) =>
    projectStep(ctx, id, 'returnForRevision', { note: reasons, validate: () => required(reasons, 'PM-8.1', 'reasons') }),
  reject: (ctx: RequestContext, id: string, reasons: string) =>
    projectStep(ctx, id, 'reject', { note: reasons, validate: () => required(reasons, 'PM-8.1', 'reasons') }),
  approve: (ctx: RequestContext, id: string, document: Omit<DocumentInput, 'kind'> | undefined, constructionMonths: number, note?: string) =>
    projectStep(ctx, id, 'approve', {
      ...withDocument(DocumentKind.DRC_APPROVAL, document, 'approvalDocument', note),
      validate: () => {
        const max = rulebook.deadline('constructionMonthsMax');
        return [
          ...(document ? [] : [invalid('PM-9', 'approvalDocument', '请随决定上传相应文件', 'The decision must come with its document')]),
          ...(Number.isInteger(constructionMonths) && constructionMonths >= 1 && constructionMonths <= max.value
            ? []
            : [invalid(max.because, 'constructionMonths', `建设周期须为 1 至 ${max.value} 个月`, `The construction period is 1 to ${max.value} months`)]),
        ];
      },
      apply: async (cmd, project) => {
        project.constructionMonths = constructionMonths;
        // PM-8.3: a county project carries its own county's approval.
        const kind = project.level() === AgencyLevel.COUNTY ? DocumentKind.COUNTY_APPROVAL : DocumentKind.DRC_APPROVAL;
        await attachDocument(cmd, project, { ...document!, kind }, 'approvalDocument.');
      },
    }),
  submitTechnicalPlan: (ctx: RequestContext, id: string) => projectStep(ctx, id, 'submitTechnicalPlan'),
  recordExpertReview: (ctx: RequestContext, id: string, document: Omit<DocumentInput, 'kind'> | undefined, experts: string[]) =>
    projectStep(ctx, id, 'recordExpertReview', {
      note: experts.join('、'),
      validate: () => [
        ...(experts.filter((e) => e.trim()).length ? [] : [invalid('PM-8.2', 'experts', '请列明参加论证评审的专家', 'Name the experts of the review')]),
        ...(document?.conclusion?.trim() ? [] : [invalid('PM-8.2', 'opinionDocument.conclusion', '请填写专家论证评审结论', 'Record the experts\' conclusion')]),
      ],
      apply: async (cmd, project) => {
        await attachDocument(cmd, project, { ...document!, kind: DocumentKind.EXPERT_REVIEW_OPINION }, 'opinionDocument.');
      },
    }),
  passTechReview: (ctx: RequestContext, id: string, document: Omit<DocumentInput, 'kind'> | undefined) =>
    projectStep(ctx, id, 'passTechReview', withDocument(DocumentKind.BDC_TECH_OPINION, document, 'opinionDocument')),
  failTechReview: (ctx: RequestContext, id: string, document: Omit<DocumentInput, 'kind'> | undefined, reasons: string) => {
    const base = withDocument(DocumentKind.BDC_TECH_OPINION, document, 'opinionDocument', reasons);
    return projectStep(ctx, id, 'failTechReview', {
      ...base,
      validate: async (cmd, p, f) => [...required(reasons, 'PM-8.2', 'reasons'), ...((await base.validate?.(cmd, p, f)) ?? [])],
    });
  },
  confirmBudget: (ctx: RequestContext, id: string, note?: string) =>
    projectStep(ctx, id, 'confirmBudget', {
      note,
      validate: (_c, project) =>
        project.budgetConfirmedAt ? [{ code: UserErrorCode.PRECONDITION_FAILED, rule: 'PM-4', message: { zh: '预算已确认', en: 'The budget is already confirmed' } }] : [],
      apply: (_c, project) => {
        project.budgetConfirmedAt = new Date();
      },
    }),
  recordProcurement: (ctx: RequestContext, id: string, input: { method: string; supplierName: string; contractAmount: string }) =>
    projectStep(ctx, id, 'recordProcurement', {
      validate: () => [
        ...(input.method.trim() ? [] : [invalid('PM-10', 'method', '请填写采购方式', 'State the procurement method')]),
        ...(input.supplierName.trim() ? [] : [invalid('PM-10', 'supplierName', '请填写中标（成交）供应商', 'Name the supplier')]),
        ...(new Decimal(input.contractAmount).gt(0) ? [] : [invalid('PM-10', 'contractAmount', '合同金额须大于零', 'The contract amount must be positive')]),
      ],
      apply: (_c, project) => {
        project.procurementMethod = input.method.trim();
        project.supplierName = input.supplierName.trim();
        project.contractAmount = money(input.contractAmount);
      },
    }),
  confirmProcurement: (ctx: RequestContext, id: string, note?: string) =>
    projectStep(ctx, id, 'confirmProcurement', {
      note,
      validate: (_c, project) =>
        project.procurementConfirmedAt
          ? [{ code: UserErrorCode.PRECONDITION_FAILED, rule: 'PM-4', message: { zh: '采购结果已确认', en: 'The procurement is already confirmed' } }]
          : [],
      apply: (_c, project) => {
        project.procurementConfirmedAt = new Date();
      },
    }),
  recordSupervision: (ctx: RequestContext, id: string, input: { supervisorId: string; contractNo: string; signedOn: string }) =>
    projectStep(ctx, id, 'recordSupervision', {
      validate: async (cmd) => {
        const key = keyOf(input.supervisorId, 'Agency');
        const supervisor = key ? await cmd.em.findOne(Agency, key) : null;
        return [
          ...(supervisor?.kind === AgencyKind.SUPERVISOR ? [] : [invalid('PM-14', 'supervisorId', '须为工程监理单位', 'Name an engineering supervision firm')]),
          ...(input.contractNo.trim() ? [] : [invalid('PM-14', 'contractNo', '请填写监理合同编号', 'Give the contract number')]),
          ...(isIsoDate(input.signedOn) ? [] : [invalid('PM-14', 'signedOn', '日期无效', 'Invalid date')]),
        ];
      },
      apply: (cmd, project) => {
        project.supervisor = cmd.em.getReference(Agency, keyOf(input.supervisorId, 'Agency')!);
        project.supervisionContractNo = input.contractNo.trim();
        project.supervisionSignedOn = input.signedOn;
      },
    }),
  startConstruction: (ctx: RequestContext, id: string) =>
    projectStep(ctx, id, 'startConstruction', {
      apply: (_c, project) => {
        project.constructionStartedAt = new Date();
        // PM-16.2: due at the end of the approved construction period, not a date the unit picks.
        project.acceptanceDueOn = addMonths(todayOf(ctx.services.clock), project.constructionMonths ?? 0);
      },
    }),
};

function stampFiling(_cmd: Command, project: Project): void {
  project.filedAt ??= new Date();
}

/** PM-10: the unit names its implementing body and project leader (any time before construction). */
export function setImplementation(ctx: RequestContext, id: string, implementingBody: string, projectLeader: string) {
  return runCommand(ctx, { action: 'update', subjectType: 'Project', subjectId: keyOf(id, 'Project') ?? undefined }, async (cmd) => {
    const project = await loadProject(cmd, id);
    cmd.authorize('update', project);
    const problems = [
      ...(implementingBody.trim() ? [] : [invalid('PM-10', 'implementingBody', '请填写项目实施机构', 'Name the implementing body')]),
      ...(projectLeader.trim() ? [] : [invalid('PM-10', 'projectLeader', '请填写项目责任人', 'Name the project leader')]),
    ];
    if ([ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.ACCEPTED, ProjectStatus.REJECTED].includes(project.status)) {
      problems.push({ code: UserErrorCode.PRECONDITION_FAILED, rule: 'PM-10', message: { zh: '须在开工前确定', en: 'Set before construction starts' } });
    }
    if (problems.length) throw new Refusal(problems);
    project.implementingBody = implementingBody.trim();
    project.projectLeader = projectLeader.trim();
    return project;
  });
}

const INVITABLE = [AgencyKind.PARTY_OFFICE, AgencyKind.GOV_OFFICE, AgencyKind.NSC, AgencyKind.FINANCE];

/** PM-5, PM-8.1: the reviewing authority invites the Party office, Government office, NSC or Finance. */
export function inviteOpinion(ctx: RequestContext, id: string, agencyId: string) {
  return projectStep(ctx, id, 'inviteOpinion', {
    validate: async (cmd, project) => {
      const key = keyOf(agencyId, 'Agency');
      const agency = key ? await cmd.em.findOne(Agency, key, { populate: ['county'] }) : null;
      const sameLevel = agency && (agency.county?.code ?? CITY_CODE) === project.division.code;
      if (!agency || !INVITABLE.includes(agency.kind) || !sameLevel) {
        return [invalid('PM-5', 'agencyId', '可邀请同级党委办公室、政府办公室、网信中心、财政部门参与评审', 'Invite the Party office, Government office, NSC or Finance of the same level')];
      }
      return [];
    },
    apply: async (cmd, project) => {
      const round = await reviewRound(cmd, project);
      const existing = await cmd.em.findOne(ReviewOpinion, { project, agency: keyOf(agencyId, 'Agency')!, round });
      if (existing) throw Refusal.of(UserErrorCode.CONFLICT, 'PM-5', { zh: '已邀请该单位', en: 'Already invited' }, 'agencyId');
      cmd.em.create(ReviewOpinion, { project, agency: cmd.em.getReference(Agency, keyOf(agencyId, 'Agency')!), round, invitedBy: cmd.currentUser() });
    },
  });
}

/** The current review round: the number of submissions of the feasibility study so far. */
async function reviewRound(cmd: Command, project: Project): Promise<number> {
  const [row] = await cmd.em.execute<{ n: string }[]>(
    `select count(*) as n from state_transition where subject_type = 'Project' and subject_id = ? and event = 'submitFeasibility'`,
    [project.id],
  );
  return Number(row.n);
}

/** An invited agency records its opinion; it informs the decision and does not make it (PM-8.1). */
export function recordOpinion(ctx: RequestContext, id: string, opinion: string) {
  let invitation: ReviewOpinion | null = null;
  return projectStep(ctx, id, 'recordOpinion', {
    validate: async (cmd, project) => {
      invitation = await cmd.em.findOne(
        ReviewOpinion,
        { project, agency: ctx.principal!.user.agency.id, round: await reviewRound(cmd, project) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      return [
        ...(invitation ? [] : [{ code: UserErrorCode.FORBIDDEN, rule: 'PM-5', message: { zh: '本单位未受邀参与该项目评审', en: 'Your agency was not invited to this review' } }]),
        ...(invitation?.recordedAt ? [{ code: UserErrorCode.CONFLICT, rule: 'PM-5', message: { zh: '意见已提交', en: 'The opinion is already recorded' } }] : []),
        ...required(opinion, 'PM-8.1', 'opinion'),
      ];
    },
    apply: (cmd) => {
      invitation!.opinion = opinion.trim();
      invitation!.recordedAt = new Date();
      invitation!.recordedBy = cmd.currentUser();
    },
  });
}
