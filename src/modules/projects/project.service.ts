import Decimal from 'decimal.js';
import { forbidden, invalid, conflict, type Msg, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { isIsoDate, money } from '../../graphql/scalars';
import type { Command } from '../../workflow/command';
import { messageOf } from '../../workflow/messages';
import { addMonths } from '../../calendar/dates';
import { attachDocument, contentProblems, documentProblems, type KindedDocument } from '../documents/document.service';
import { DocumentKind } from '../documents/document.enums';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE, Division } from '../organizations/division.entity';
import { AgencyKind, AgencyLevel } from '../organizations/organization.enums';
import { PlanEntry } from '../plans/plan.entity';
import { BudgetLine } from './budget-line.entity';
import { NetworkKind, ProjectCategory, ProjectStatus } from './project.enums';
import { Project } from './project.entity';
import { noHardwareOrDataCenter, type ProjectFacts } from './project.machine';
import { ProjectParticipant } from './project-participant.entity';
import type {
  DocumentInput,
  ProjectApproveInput,
  ProjectApprovePreliminaryDesignInput,
  ProjectApproveProposalInput,
  ProjectConfirmBudgetInput,
  ProjectConfirmProcurementInput,
  ProjectCreateInput,
  ProjectDocumentAttachInput,
  ProjectExpertOpinionInput,
  ProjectExpertPanelInput,
  ProjectExpertReviewInput,
  ProjectImplementationInput,
  ProjectInviteOpinionInput,
  ProjectParticipantAddInput,
  ProjectParticipantConfirmInput,
  ProjectProcurementInput,
  ProjectRecordOpinionInput,
  ProjectRejectInput,
  ProjectRejectProposalInput,
  ProjectReturnForRevisionInput,
  ProjectReturnPreliminaryDesignInput,
  ProjectReviseEstimateInput,
  ProjectStartConstructionInput,
  ProjectSubmitFeasibilityInput,
  ProjectSubmitPreliminaryDesignInput,
  ProjectSubmitProposalInput,
  ProjectSubmitTechnicalPlanInput,
  ProjectSupervisionInput,
  ProjectTechReviewInput,
  ProjectUpdateInput,
} from './project.types';
import { projectWorkflow as workflow } from './project.workflow';
import { panelSteps } from '../experts/expert-panel';
import { ReviewOpinion } from './review-opinion.entity';

/** The fields of a filing, as created or edited. */
type ProjectFields = Omit<ProjectUpdateInput, 'id'> & { classified?: boolean };

const msg = (zh: string, en: string): Msg => ({ zh, en });

/** Input checks that hold whatever the state: PM-2, PM-9(1), PM-9(2), PM-20. */
function fieldProblems(input: ProjectFields): Problem[] {
  const problems: Problem[] = [];
  if (input.classified) {
    problems.push(invalid('PM-20', 'classified', msg('涉密项目按有关规定执行，不在本系统办理', 'Classified projects follow other rules and are not handled here')));
  }
  if (input.category === ProjectCategory.OFFICE_EQUIPMENT) problems.push(invalid('PM-2', 'category', messageOf('inScope')));
  if (input.network === NetworkKind.DEDICATED_NETWORK) problems.push(invalid('PM-9(2)', 'network', messageOf('extranetOnly')));
  if (input.name != null && !input.name.trim()) problems.push(invalid('PM-8.1', 'name', msg('项目名称不能为空', 'The project needs a name')));
  if (input.investment != null && new Decimal(input.investment).lte(0)) {
    problems.push(invalid('PM-8.1', 'investment', msg('投资概算须大于零', 'The investment estimate must be positive')));
  }
  (input.budgetLines ?? []).forEach((line, i) => {
    if (!noHardwareOrDataCenter.check({ budgetLines: [{ kind: line.kind, amount: new Decimal(line.amount) }] } as ProjectFacts)) {
      problems.push(invalid('PM-9(1)', `budgetLines.${i}.kind`, noHardwareOrDataCenter.message));
    }
    if (new Decimal(line.amount).lte(0)) problems.push(invalid('PM-8.1', `budgetLines.${i}.amount`, msg('金额须大于零', 'Amounts must be positive')));
  });
  return problems;
}

/** PM-6, PM-7.2: the plan entry named must be a free one of the unit's. */
async function planEntryProblems(cmd: Command, project: Project, input: ProjectFields): Promise<Problem[]> {
  if (input.planEntryId == null) return [];
  const key = keyOf(input.planEntryId, 'PlanEntry');
  const entry = key ? await cmd.em.findOne(PlanEntry, key) : null;
  // One plan entry stands for one project: a second live project cannot claim it (PM-7.2).
  const taken = entry ? await cmd.em.count(Project, { planEntry: entry, id: { $ne: project.id }, status: { $ne: ProjectStatus.REJECTED } }) : 0;
  return !entry || entry.unit.id !== project.constructionUnit.id || taken > 0
    ? [invalid('PM-6', 'planEntryId', msg('规划条目不存在、不属于本单位或已被其他项目使用', 'No free plan entry of this unit has this ID'))]
    : [];
}

async function findAgency(cmd: Command, id: string): Promise<Agency | null> {
  const key = keyOf(id, 'Agency');
  return key ? cmd.em.findOne(Agency, key) : null;
}

/**
 * PM-16.3: the competent department (项目主管部门) named must be a government department of the
 * project's own level — a bureau, not a public institution that itself belongs to one — and not the
 * construction unit itself.
 */
async function competentDepartmentProblems(cmd: Command, project: Project, input: ProjectFields): Promise<Problem[]> {
  if (input.competentDepartmentId == null) return [];
  const agency = await findAgency(cmd, input.competentDepartmentId);
  const sameLevel = agency && (agency.county?.code ?? CITY_CODE) === project.division.code;
  const bureau = agency && agency.kind === AgencyKind.DEPARTMENT && !agency.competentDepartment;
  return agency && sameLevel && bureau && agency.id !== project.constructionUnit.id
    ? []
    : [
        invalid(
          'PM-16.3',
          'competentDepartmentId',
          msg('项目主管部门须为项目同级的政府部门，且不能是建设单位自身', "The competent department is a government department of the project's level, not the construction unit itself"),
        ),
      ];
}

const filingProblems = async (cmd: Command, project: Project, input: ProjectFields): Promise<Problem[]> => [
  ...(await planEntryProblems(cmd, project, input)),
  ...(await competentDepartmentProblems(cmd, project, input)),
];

const REQUIRED_FIELDS = new Set(['name', 'category', 'buildType', 'network']);

async function applyFields(cmd: Command, project: Project, input: ProjectFields): Promise<void> {
  const { budgetLines, planEntryId, competentDepartmentId, investment, classified: _classified, ...plain } = input;
  for (const [k, v] of Object.entries(plain)) {
    // null clears an optional field; the required ones (name, category, …) keep their value.
    if (v === undefined || (v === null && REQUIRED_FIELDS.has(k))) continue;
    (project as unknown as Record<string, unknown>)[k] = typeof v === 'string' ? v.trim() || null : v;
  }
  if (investment != null) project.investment = money(investment);
  if (competentDepartmentId === null) project.competentDepartment = undefined;
  else if (competentDepartmentId !== undefined) project.competentDepartment = cmd.em.getReference(Agency, keyOf(competentDepartmentId, 'Agency')!);
  if (planEntryId === null) project.planEntry = undefined;
  else if (planEntryId !== undefined) project.planEntry = cmd.em.getReference(PlanEntry, keyOf(planEntryId, 'PlanEntry')!);
  if (budgetLines) {
    const existing = await cmd.em.find(BudgetLine, { project });
    existing.forEach((l) => cmd.em.remove(l));
    for (const line of budgetLines) {
      cmd.em.create(BudgetLine, { project, kind: line.kind, description: line.description.trim(), amount: money(line.amount) });
    }
  }
}

async function nextCode(cmd: Command, year: number): Promise<string> {
  const [row] = await cmd.em.execute<{ n: string }[]>(`select nextval('project_code_seq') as n`);
  return `JA-${year}-${row.n.padStart(5, '0')}`;
}

/** A construction unit files a new project (DRAFT); the unit and its division come from the filer. */
export const createProject = workflow.create<ProjectCreateInput>('create', {
  build: async (cmd, input) => {
    const unit = await cmd.em.findOneOrFail(Agency, cmd.ctx.principal!.user.agency.id, { populate: ['county'] });
    const year = Number(cmd.today.slice(0, 4));
    return cmd.em.create(
      Project,
      {
        code: await nextCode(cmd, year),
        name: input.name.trim(),
        constructionUnit: unit,
        division: cmd.em.getReference(Division, unit.county?.code ?? CITY_CODE),
        category: input.category,
        buildType: input.buildType,
        network: input.network,
        investment: money(input.investment),
        year,
        // PM-16.3: a public institution's project falls under the bureau it belongs to, unless named otherwise.
        competentDepartment: unit.competentDepartment,
      },
      { persist: false },
    );
  },
  validate: fieldProblems,
  check: filingProblems,
  apply: (cmd, project, input) => applyFields(cmd, project, input),
});

/** The unit edits its filing while it is a draft or returned for revision (PM-8.1). */
export const updateProject = workflow.step<ProjectUpdateInput>('update', {
  validate: fieldProblems,
  check: filingProblems,
  apply: (cmd, project, { id: _id, ...fields }) => applyFields(cmd, project, fields),
});

/** Kinds of document the construction unit attaches itself; decisions attach theirs with the decision. */
export const UNIT_DOCUMENTS: readonly DocumentKind[] = [
  DocumentKind.PROPOSAL,
  DocumentKind.FEASIBILITY_STUDY,
  DocumentKind.PRELIMINARY_DESIGN,
  DocumentKind.TECHNICAL_PLAN,
  DocumentKind.SUPERVISION_CONTRACT,
  DocumentKind.OTHER,
];

const documentOf = ({ id: _id, ...document }: ProjectDocumentAttachInput): KindedDocument => document;

/** The unit attaches a document of its own; each filing document only at its stage (the machine's gates). */
export const attachProjectDocument = workflow.step<ProjectDocumentAttachInput>('attachDocument', {
  validate: (input) => [
    ...(UNIT_DOCUMENTS.includes(input.kind)
      ? []
      : [invalid('PM-4', 'kind', msg('该类文件由审批部门随决定出具', "This kind of document comes with the deciding agency's decision"))]),
    ...documentProblems(documentOf(input)),
  ],
  check: (cmd, _project, input) => contentProblems(cmd, input.contentId),
  inputFacts: (_cmd, _project, input) => ({ attaching: input.kind }),
  apply: async (cmd, project, input) => {
    await attachDocument(cmd, project, documentOf(input));
  },
});

/** Kinds that can co-build (跨部门、跨地域、跨层级, PM-9(6)) and whose policies let them confirm. */
const CO_BUILDER_KINDS = [AgencyKind.DEPARTMENT, AgencyKind.COUNTY_GOV, AgencyKind.BDC];

const coBuilder = async (cmd: Command, agencyId: string): Promise<Agency | null> => {
  const key = keyOf(agencyId, 'Agency');
  return key ? cmd.em.findOne(Agency, key) : null;
};

/** PM-9(6): the lead unit names a co-builder and its part; the project becomes a joint one. */
export const addParticipant = workflow.step<ProjectParticipantAddInput>('addParticipant', {
  validate: (input) =>
    (['businessFlow', 'dataFlow', 'interfaces'] as const)
      .filter((f) => !input[f].trim())
      .map((f) => invalid('PM-9(6)', f, msg('须明确业务流、数据流及系统接口', 'State the business flow, data flow and interfaces'))),
  check: async (cmd, project, input) => {
    const agency = await coBuilder(cmd, input.agencyId);
    return agency && CO_BUILDER_KINDS.includes(agency.kind) && agency.id !== project.constructionUnit.id
      ? []
      : [invalid('PM-9(6)', 'agencyId', msg('共建单位须为牵头单位以外的部门、县级政府或市大数据中心', 'A co-builder is another department, a county government or the Big Data Center'))];
  },
  apply: async (cmd, project, input) => {
    const agency = (await coBuilder(cmd, input.agencyId))!;
    cmd.em.create(ProjectParticipant, {
      project,
      agency,
      businessFlow: input.businessFlow.trim(),
      dataFlow: input.dataFlow.trim(),
      interfaces: input.interfaces.trim(),
    });
    project.joint = true;
    project.participantAgencyIds = [...new Set([...project.participantAgencyIds, agency.id])];
  },
});

/** PM-9(6): a co-builder confirms its part of the joint project (the policy: only a co-builder may). */
export const confirmParticipation = workflow.step<ProjectParticipantConfirmInput>('confirmParticipation', {
  apply: async (cmd, project) => {
    const participant = await cmd.em.findOneOrFail(ProjectParticipant, { project, agency: cmd.ctx.principal!.user.agency.id });
    participant.confirmedAt = new Date();
    participant.confirmedBy = cmd.currentUser();
  },
});

/** PM-10: the unit names its implementing body and project leader (any time before construction). */
export const setImplementation = workflow.step<ProjectImplementationInput>('setImplementation', {
  validate: (input) => [
    ...(input.implementingBody.trim() ? [] : [invalid('PM-10', 'implementingBody', msg('请填写项目实施机构', 'Name the implementing body'))]),
    ...(input.projectLeader.trim() ? [] : [invalid('PM-10', 'projectLeader', msg('请填写项目责任人', 'Name the project leader'))]),
  ],
  apply: (_cmd, project, input) => {
    project.implementingBody = input.implementingBody.trim();
    project.projectLeader = input.projectLeader.trim();
  },
});

const required = (value: string | undefined, rule: string, field: string): Problem[] =>
  value?.trim() ? [] : [invalid(rule, field, msg('请填写理由或意见', 'Give the reasons'))];

const stampFiling = (_cmd: Command, project: Project): void => {
  project.filedAt ??= new Date();
};

export const submitProposal = workflow.step<ProjectSubmitProposalInput>('submitProposal', { apply: stampFiling });

export const approveProposal = workflow.step<ProjectApproveProposalInput>('approveProposal', { note: (i) => i.note });

export const rejectProposal = workflow.step<ProjectRejectProposalInput>('rejectProposal', {
  validate: (i) => required(i.reasons, 'PM-7.1', 'reasons'),
  note: (i) => i.reasons,
});

export const submitFeasibility = workflow.step<ProjectSubmitFeasibilityInput>('submitFeasibility', { apply: stampFiling });

const INVITABLE = [AgencyKind.PARTY_OFFICE, AgencyKind.GOV_OFFICE, AgencyKind.NSC, AgencyKind.FINANCE];

/** PM-5: the departments DRC's coordination mechanism names besides those kinds: 市工信局. */
const COORDINATING_DEPARTMENTS = ['GXJ'];

const invitable = (agency: Agency): boolean =>
  INVITABLE.includes(agency.kind) || (agency.kind === AgencyKind.DEPARTMENT && !agency.county && COORDINATING_DEPARTMENTS.includes(agency.code));

/**
 * PM-5, PM-8.1: the reviewing authority invites the members of the coordination mechanism of its
 * level: the Party office, Government office, NSC, Finance and, for municipal projects, 市工信局.
 */
export const inviteOpinion = workflow.step<ProjectInviteOpinionInput>('inviteOpinion', {
  check: async (cmd, project, input, facts) => {
    const key = keyOf(input.agencyId, 'Agency');
    const agency = key ? await cmd.em.findOne(Agency, key, { populate: ['county'] }) : null;
    const sameLevel = agency && (agency.county?.code ?? CITY_CODE) === project.division.code;
    if (!agency || !invitable(agency) || !sameLevel) {
      return [
        invalid(
          'PM-5',
          'agencyId',
          msg(
            '可邀请同级党委办公室、政府办公室、网信中心、财政部门及市工信局参与评审',
            'Invite the Party office, Government office, NSC or Finance of the same level, or the Industry and IT Bureau',
          ),
        ),
      ];
    }
    const invited = await cmd.em.count(ReviewOpinion, { project, agency, round: facts.reviewRound ?? 0 });
    return invited ? [conflict('PM-5', msg('已邀请该单位', 'Already invited'), 'agencyId')] : [];
  },
  apply: (cmd, project, input, { facts }) => {
    const agencyId = keyOf(input.agencyId, 'Agency')!;
    cmd.em.create(ReviewOpinion, {
      project,
      agency: cmd.em.getReference(Agency, agencyId),
      round: facts.reviewRound ?? 0,
      invitedBy: cmd.currentUser(),
    });
    project.invitedAgencyIds = [...new Set([...project.invitedAgencyIds, agencyId])];
  },
});

/**
 * An invited agency records its opinion, once per round; it informs the decision and does not make
 * it (PM-8.1). Its written opinion (REVIEW_OPINION), when attached, declares the three PM-9
 * chapters like the documents it reviews.
 */
export const recordOpinion = workflow.step<ProjectRecordOpinionInput>('recordOpinion', {
  validate: (i) => required(i.opinion, 'PM-8.1', 'opinion'),
  check: (cmd, _project, input) =>
    input.opinionDocument ? decisionDocument(DocumentKind.REVIEW_OPINION, input.opinionDocument, 'opinionDocument').problems(cmd) : [],
  apply: async (cmd, project, input, { facts }) => {
    if (input.opinionDocument) await decisionDocument(DocumentKind.REVIEW_OPINION, input.opinionDocument, 'opinionDocument').attach(cmd, project);
    const invitation = await cmd.em.findOneOrFail(ReviewOpinion, { project, agency: cmd.ctx.principal!.user.agency.id, round: facts.reviewRound ?? 0 });
    invitation.opinion = input.opinion.trim();
    invitation.recordedAt = new Date();
    invitation.recordedBy = cmd.currentUser();
  },
});

export const returnForRevision = workflow.step<ProjectReturnForRevisionInput>('returnForRevision', {
  validate: (i) => required(i.reasons, 'PM-8.1', 'reasons'),
  note: (i) => i.reasons,
});

export const reject = workflow.step<ProjectRejectInput>('reject', {
  validate: (i) => required(i.reasons, 'PM-8.1', 'reasons'),
  note: (i) => i.reasons,
});

/** A decision's document (DRC's approval, BDC's opinion, the experts' conclusion) is checked with the decision. */
const decisionDocument = (kind: DocumentKind, document: DocumentInput, field: string) => ({
  problems: (cmd: Command) => contentProblems(cmd, document.contentId, `${field}.`).then((p) => [...documentProblems({ ...document, kind }, `${field}.`), ...p]),
  attach: async (cmd: Command, project: Project) => {
    await attachDocument(cmd, project, { ...document, kind }, `${field}.`);
  },
});

/** PM-8.3: a county project carries its own county's approval. */
const approvalKind = (project: Project) => (project.level() === AgencyLevel.COUNTY ? DocumentKind.COUNTY_APPROVAL : DocumentKind.DRC_APPROVAL);

/**
 * The measures set no longest construction period; this bound only keeps the acceptance due date a
 * date the calendar and PostgreSQL hold (a hundred years).
 */
const CONSTRUCTION_MONTHS_REPRESENTABLE = 1200;

export const approve = workflow.step<ProjectApproveInput>('approve', {
  validate: (input) => {
    const months = input.constructionMonths;
    return Number.isInteger(months) && months >= 1 && months <= CONSTRUCTION_MONTHS_REPRESENTABLE
      ? []
      : [invalid('PM-16.2', 'constructionMonths', msg('建设周期须为正整数个月', 'The construction period is a positive whole number of months'))];
  },
  check: (cmd, project, input) => decisionDocument(approvalKind(project), input.approvalDocument, 'approvalDocument').problems(cmd),
  apply: async (cmd, project, input) => {
    project.constructionMonths = input.constructionMonths;
    await decisionDocument(approvalKind(project), input.approvalDocument, 'approvalDocument').attach(cmd, project);
  },
  note: (i) => i.note,
});

/** PM-7.2: the estimate revised after the feasibility study's approval; from 10M the preliminary design is then due. */
export const reviseEstimate = workflow.step<ProjectReviseEstimateInput>('reviseEstimate', {
  validate: ({ investment, budgetLines }) => fieldProblems({ investment, budgetLines }),
  inputFacts: (_cmd, _project, input) => ({
    investment: new Decimal(input.investment),
    budgetLines: input.budgetLines.map((l) => ({ kind: l.kind, amount: new Decimal(l.amount) })),
  }),
  apply: (cmd, project, { investment, budgetLines }) => applyFields(cmd, project, { investment, budgetLines }),
});

/** PM-7.2: the preliminary design and its estimate go to the DRC of the project's level. */
export const submitPreliminaryDesign = workflow.step<ProjectSubmitPreliminaryDesignInput>('submitPreliminaryDesign');

/** PM-8.1: the approval of the preliminary design is the project's approval; the technical plan may then go to BDC. */
export const approvePreliminaryDesign = workflow.step<ProjectApprovePreliminaryDesignInput>('approvePreliminaryDesign', {
  check: (cmd, project, input) => decisionDocument(approvalKind(project), input.approvalDocument, 'approvalDocument').problems(cmd),
  apply: (cmd, project, input) => decisionDocument(approvalKind(project), input.approvalDocument, 'approvalDocument').attach(cmd, project),
  note: (i) => i.note,
});

export const returnPreliminaryDesign = workflow.step<ProjectReturnPreliminaryDesignInput>('returnPreliminaryDesign', {
  validate: (i) => required(i.reasons, 'PM-8.1', 'reasons'),
  note: (i) => i.reasons,
});

export const submitTechnicalPlan = workflow.step<ProjectSubmitTechnicalPlanInput>('submitTechnicalPlan');

const expertOpinion = (input: ProjectExpertReviewInput) => decisionDocument(DocumentKind.EXPERT_REVIEW_OPINION, input.opinionDocument, 'opinionDocument');

/** PM-8.2: BDC names the technical review's panel; each expert on it records its own opinion. */
const projectPanel = panelSteps(workflow, 'PM-8.2');
export const nameExpertPanel = projectPanel.name;
export const recordExpertOpinion = projectPanel.recordOpinion;

/** PM-8.2: once every expert of the panel recorded its opinion, BDC attaches the review's opinion with its conclusion. */
export const recordExpertReview = workflow.step<ProjectExpertReviewInput>('recordExpertReview', {
  validate: (input) => [
    ...(input.opinionDocument.conclusion?.trim()
      ? []
      : [invalid('PM-8.2', 'opinionDocument.conclusion', msg('请填写专家论证评审结论', "Record the experts' conclusion"))]),
  ],
  check: (cmd, _project, input) => expertOpinion(input).problems(cmd),
  apply: (cmd, project, input) => expertOpinion(input).attach(cmd, project),
  note: (i) => i.opinionDocument.conclusion,
});

const techOpinion = (input: ProjectTechReviewInput) => decisionDocument(DocumentKind.BDC_TECH_OPINION, input.opinionDocument, 'opinionDocument');

export const passTechReview = workflow.step<ProjectTechReviewInput>('passTechReview', {
  check: (cmd, _project, input) => techOpinion(input).problems(cmd),
  apply: (cmd, project, input) => techOpinion(input).attach(cmd, project),
});

export const failTechReview = workflow.step<ProjectTechReviewInput>('failTechReview', {
  validate: (i) => required(i.reasons, 'PM-8.2', 'reasons'),
  check: (cmd, _project, input) => techOpinion(input).problems(cmd),
  apply: (cmd, project, input) => techOpinion(input).attach(cmd, project),
  note: (i) => i.reasons,
});

/** PM-4: Finance confirms the budget, once (the machine's gate). */
export const confirmBudget = workflow.step<ProjectConfirmBudgetInput>('confirmBudget', {
  apply: (_cmd, project) => {
    project.budgetConfirmedAt = new Date();
  },
  note: (i) => i.note,
});

export const recordProcurement = workflow.step<ProjectProcurementInput>('recordProcurement', {
  validate: (input) => [
    ...(input.method.trim() ? [] : [invalid('PM-10', 'method', msg('请填写采购方式', 'State the procurement method'))]),
    ...(input.supplierName.trim() ? [] : [invalid('PM-10', 'supplierName', msg('请填写中标（成交）供应商', 'Name the supplier'))]),
    ...(new Decimal(input.contractAmount).gt(0) ? [] : [invalid('PM-10', 'contractAmount', msg('合同金额须大于零', 'The contract amount must be positive'))]),
  ],
  apply: (_cmd, project, input) => {
    project.procurementMethod = input.method.trim();
    project.supplierName = input.supplierName.trim();
    project.contractAmount = money(input.contractAmount);
  },
});

/** PM-4: Finance confirms the procurement record, once (the machine's gate). */
export const confirmProcurement = workflow.step<ProjectConfirmProcurementInput>('confirmProcurement', {
  apply: (_cmd, project) => {
    project.procurementConfirmedAt = new Date();
  },
  note: (i) => i.note,
});

export const recordSupervision = workflow.step<ProjectSupervisionInput>('recordSupervision', {
  validate: (input) => [
    ...(input.contractNo.trim() ? [] : [invalid('PM-14', 'contractNo', msg('请填写监理合同编号', 'Give the contract number'))]),
    ...(isIsoDate(input.signedOn) ? [] : [invalid('PM-14', 'signedOn', msg('日期无效', 'Invalid date'))]),
  ],
  check: async (cmd, _project, input) => {
    const key = keyOf(input.supervisorId, 'Agency');
    const supervisor = key ? await cmd.em.findOne(Agency, key) : null;
    return supervisor?.kind === AgencyKind.SUPERVISOR ? [] : [invalid('PM-14', 'supervisorId', msg('须为工程监理单位', 'Name an engineering supervision firm'))];
  },
  apply: (cmd, project, input) => {
    project.supervisor = cmd.em.getReference(Agency, keyOf(input.supervisorId, 'Agency')!);
    project.supervisionContractNo = input.contractNo.trim();
    project.supervisionSignedOn = input.signedOn;
  },
});

export const startConstruction = workflow.step<ProjectStartConstructionInput>('startConstruction', {
  apply: (cmd, project) => {
    project.constructionStartedAt = new Date();
    // PM-16.2: due at the end of the approved construction period, not a date the unit picks.
    project.acceptanceDueOn = addMonths(cmd.today, project.constructionMonths ?? 0);
  },
});
