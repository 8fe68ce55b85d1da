import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { TestApp } from './app';
import { sqlAsAdmin } from './database';

/** The result part every project mutation returns. */
export const ProjectResult = graphql(`
  fragment ProjectResult on ProjectPayload {
    project {
      id
      code
      status
      constructionMonths
      acceptanceDueOn
      version
      level
      inPlan
      joint
      requirements {
        preliminaryDesign
        techReview
        expertReview
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
    errors {
      code
      rule
      field
      message
    }
  }
`);

export const CreateProject = graphql(`
  mutation CreateProject($input: ProjectCreateInput!) {
    projectCreate(input: $input) {
      ...ProjectResult
    }
  }
`);

export const UpdateProject = graphql(`
  mutation UpdateProject($input: ProjectUpdateInput!) {
    projectUpdate(input: $input) {
      ...ProjectResult
    }
  }
`);

export const AttachDocument = graphql(`
  mutation AttachDocument($input: ProjectDocumentAttachInput!) {
    projectDocumentAttach(input: $input) {
      ...ProjectResult
    }
  }
`);

export const AddParticipant = graphql(`
  mutation AddParticipant($input: ProjectParticipantAddInput!) {
    projectParticipantAdd(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ConfirmParticipation = graphql(`
  mutation ConfirmParticipation($input: ProjectParticipantConfirmInput!) {
    projectParticipantConfirm(input: $input) {
      ...ProjectResult
    }
  }
`);

export const SetImplementation = graphql(`
  mutation SetImplementation($input: ProjectImplementationInput!) {
    projectSetImplementation(input: $input) {
      ...ProjectResult
    }
  }
`);

export const SubmitProposal = graphql(`
  mutation SubmitProposal($input: ProjectSubmitProposalInput!) {
    projectSubmitProposal(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ApproveProposal = graphql(`
  mutation ApproveProposal($input: ProjectApproveProposalInput!) {
    projectApproveProposal(input: $input) {
      ...ProjectResult
    }
  }
`);

export const SubmitFeasibility = graphql(`
  mutation SubmitFeasibility($input: ProjectSubmitFeasibilityInput!) {
    projectSubmitFeasibility(input: $input) {
      ...ProjectResult
    }
  }
`);

export const InviteOpinion = graphql(`
  mutation InviteOpinion($input: ProjectInviteOpinionInput!) {
    projectInviteOpinion(input: $input) {
      ...ProjectResult
    }
  }
`);

export const RecordOpinion = graphql(`
  mutation RecordOpinion($input: ProjectRecordOpinionInput!) {
    projectRecordOpinion(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ReturnForRevision = graphql(`
  mutation ReturnForRevision($input: ProjectReturnForRevisionInput!) {
    projectReturnForRevision(input: $input) {
      ...ProjectResult
    }
  }
`);

export const Approve = graphql(`
  mutation Approve($input: ProjectApproveInput!) {
    projectApprove(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ReviseEstimate = graphql(`
  mutation ReviseEstimate($input: ProjectReviseEstimateInput!) {
    projectReviseEstimate(input: $input) {
      ...ProjectResult
    }
  }
`);

export const SubmitPreliminaryDesign = graphql(`
  mutation SubmitPreliminaryDesign($input: ProjectSubmitPreliminaryDesignInput!) {
    projectSubmitPreliminaryDesign(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ApprovePreliminaryDesign = graphql(`
  mutation ApprovePreliminaryDesign($input: ProjectApprovePreliminaryDesignInput!) {
    projectApprovePreliminaryDesign(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ReturnPreliminaryDesign = graphql(`
  mutation ReturnPreliminaryDesign($input: ProjectReturnPreliminaryDesignInput!) {
    projectReturnPreliminaryDesign(input: $input) {
      ...ProjectResult
    }
  }
`);

export const NameExpertPanel = graphql(`
  mutation ProjectNameExpertPanel($input: ProjectExpertPanelInput!) {
    projectNameExpertPanel(input: $input) {
      errors {
        code
        rule
      }
    }
  }
`);

export const RecordExpertOpinion = graphql(`
  mutation ProjectRecordExpertOpinion($input: ProjectExpertOpinionInput!) {
    projectRecordExpertOpinion(input: $input) {
      errors {
        code
        rule
      }
    }
  }
`);

export const ProjectReject = graphql(`
  mutation ProjectReject($input: ProjectRejectInput!) {
    projectReject(input: $input) {
      ...ProjectResult
    }
  }
`);

export const SubmitTechnicalPlan = graphql(`
  mutation SubmitTechnicalPlan($input: ProjectSubmitTechnicalPlanInput!) {
    projectSubmitTechnicalPlan(input: $input) {
      ...ProjectResult
    }
  }
`);

export const RecordExpertReview = graphql(`
  mutation RecordExpertReview($input: ProjectExpertReviewInput!) {
    projectRecordExpertReview(input: $input) {
      ...ProjectResult
    }
  }
`);

export const PassTechReview = graphql(`
  mutation PassTechReview($input: ProjectTechReviewInput!) {
    projectPassTechReview(input: $input) {
      ...ProjectResult
    }
  }
`);

export const FailTechReview = graphql(`
  mutation FailTechReview($input: ProjectTechReviewInput!) {
    projectFailTechReview(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ConfirmBudget = graphql(`
  mutation ConfirmBudget($input: ProjectConfirmBudgetInput!) {
    projectConfirmBudget(input: $input) {
      ...ProjectResult
    }
  }
`);

export const RecordProcurement = graphql(`
  mutation RecordProcurement($input: ProjectProcurementInput!) {
    projectRecordProcurement(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ConfirmProcurement = graphql(`
  mutation ConfirmProcurement($input: ProjectConfirmProcurementInput!) {
    projectConfirmProcurement(input: $input) {
      ...ProjectResult
    }
  }
`);

export const RecordSupervision = graphql(`
  mutation RecordSupervision($input: ProjectSupervisionInput!) {
    projectRecordSupervision(input: $input) {
      ...ProjectResult
    }
  }
`);

export const StartConstruction = graphql(`
  mutation StartConstruction($input: ProjectStartConstructionInput!) {
    projectStartConstruction(input: $input) {
      ...ProjectResult
    }
  }
`);

export const ALL_CHAPTERS = ['INTENSIVE_CONSTRUCTION', 'RESOURCE_SHARING', 'SECURITY_AND_CRYPTOGRAPHY'] as const;

/** A document input for content uploaded by `as`. */
export async function doc(app: TestApp, as: string, title: string, extra: { chapters?: readonly string[]; securityStatement?: string; conclusion?: string } = {}) {
  return {
    title,
    contentId: await app.upload(as, `${title} ${Math.random()}`),
    chapters: [...(extra.chapters ?? ALL_CHAPTERS)] as (typeof ALL_CHAPTERS)[number][],
    securityStatement: extra.securityStatement,
    conclusion: extra.conclusion,
  };
}

/** Global ID of a seeded agency by code. */
export async function agencyId(app: TestApp, code: string): Promise<string> {
  const [row] = await app.orm.em.fork().getConnection().execute<{ id: string }[]>('select id from agency where code = ?', [code]);
  return Buffer.from(`Agency:${row.id}`).toString('base64url');
}

/** Rules of a payload's errors, sorted, for compact assertions. */
export function rules(errors: { code: string; rule?: string | null }[]): string[] {
  return errors.map((e) => `${e.code} ${e.rule ?? ''}`.trim()).sort();
}

/** The blockers of one action in `availableActions`. */
export function blockersOf(project: { availableActions: { action: string; allowed: boolean; blockers: { code: string; rule?: string | null }[] }[] } | null | undefined, action: string) {
  const a = project?.availableActions.find((x) => x.action === action);
  if (!a) throw new Error(`no action ${action}`);
  return { allowed: a.allowed, rules: rules(a.blockers) };
}

const CatalogCreate = graphql(`
  mutation ProjectCatalogCreate($input: CatalogCreateInput!) {
    catalogCreate(input: $input) {
      catalog {
        id
        version
      }
      errors {
        code
        rule
        message
      }
    }
  }
`);

const CatalogEntryAdd = graphql(`
  mutation ProjectCatalogEntryAdd($input: CatalogEntryAddInput!) {
    catalogEntryAdd(input: $input) {
      errors {
        code
        rule
        message
      }
    }
  }
`);

const CatalogSubmit = graphql(`
  mutation ProjectCatalogSubmit($input: CatalogSubmitInput!) {
    catalogSubmit(input: $input) {
      catalog {
        status
      }
      errors {
        code
        rule
        message
      }
    }
  }
`);

/**
 * The construction unit compiles and submits the project's information-resource catalog with one
 * shared resource: what DRC's approval needs (PM-9(3)).
 */
export async function submitCatalog(app: TestApp, projectId: string, as: string, providerCode = '11360800MB0000000X'): Promise<void> {
  const created = await app.query(CatalogCreate, { input: { projectId } }, as);
  if (created.catalogCreate.errors.length) throw new Error(JSON.stringify(created.catalogCreate.errors));
  const catalogId = created.catalogCreate.catalog!.id;
  const entry = await app.query(
    CatalogEntryAdd,
    {
      input: {
        catalogId,
        entry: {
          classCode: '3',
          itemCode: '01',
          categoryCode: '001',
          resourceName: '项目业务办理信息',
          resourceCode: `301001/${String(Math.floor(Math.random() * 99999)).padStart(5, '0')}`,
          providerCode,
          abstract: '项目建成后产生的业务办理信息',
          formatClass: 'DATABASE',
          formatType: 'KingbaseES',
          informationItems: [{ name: '办理编号', dataType: 'CHARACTER' }],
          sharingType: 'UNCONDITIONAL',
          sharingMethod: 'PLATFORM_INTERFACE',
          openType: 'NOT_OPEN',
          updateCycle: 'DAILY',
          registeredOnExchange: true,
        },
      },
    },
    as,
  );
  if (entry.catalogEntryAdd.errors.length) throw new Error(JSON.stringify(entry.catalogEntryAdd.errors));
  const submitted = await app.query(CatalogSubmit, { input: { id: catalogId } }, as);
  if (submitted.catalogSubmit.errors.length) throw new Error(JSON.stringify(submitted.catalogSubmit.errors));
}

const FixturePlanCreate = graphql(`
  mutation FixturePlanCreate($input: PlanCreateInput!) {
    planCreate(input: $input) {
      plan {
        id
      }
      errors {
        code
        rule
        message
      }
    }
  }
`);

const FixturePlanEntryAdd = graphql(`
  mutation FixturePlanEntryAdd($input: PlanEntryAddInput!) {
    planEntryAdd(input: $input) {
      plan {
        entries {
          id
          name
        }
      }
      errors {
        code
        rule
        message
      }
    }
  }
`);

/** Runs a project mutation as `as` and fails unless it went through. */
async function must<T, V>(app: TestApp, document: TypedDocumentNode<T, V>, variables: V, as: string): Promise<void> {
  const data = (await app.query(document, variables, as)) as Record<string, { errors: unknown[] }>;
  const payload = Object.values(data)[0];
  if (payload.errors.length) throw new Error(`fixture step as ${as}: ${JSON.stringify(payload.errors)}`);
}

/** The states a project can be brought to here, each a step further than the one before it. */
export const MUNICIPAL_STAGES = [
  'DRAFT',
  'UNDER_REVIEW',
  'RETURNED',
  'REJECTED',
  'APPROVED',
  'UNDER_TECH_REVIEW',
  'TECH_REVIEW_FAILED',
  'TECH_REVIEW_PASSED',
  'PROCURED',
  'UNDER_CONSTRUCTION',
] as const;
export type MunicipalStage = (typeof MUNICIPAL_STAGES)[number];

let fixturePlan: string | undefined;
let fixtures = 0;

/**
 * A small in-plan municipal project of 市教育局 (CNY 800,000.00: BDC reviews it, no experts, no
 * preliminary design) brought to `stage` through the API the way the agencies would: filed with a
 * co-builder (市卫健委) that confirms, reviewed by DRC with Finance and NSC invited and Finance's
 * opinion recorded, approved with its catalog, through BDC's review, procurement and supervision.
 * A DRAFT keeps its co-builder unconfirmed; RETURNED and REJECTED leave the review, and
 * TECH_REVIEW_FAILED the technical review.
 */
export async function municipalProjectAt(app: TestApp, stage: MunicipalStage): Promise<string> {
  const at = (s: MunicipalStage) => MUNICIPAL_STAGES.indexOf(stage) >= MUNICIPAL_STAGES.indexOf(s);
  const unit = 'jyj.clerk';
  fixtures += 1;
  const name = `教育专项系统${fixtures}`;
  if (!fixturePlan) {
    const plan = await app.query(FixturePlanCreate, { input: { kind: 'ANNUAL', year: 2027, title: '吉安市2027年政务信息化项目年度计划', approvedOn: '2027-01-15' } }, 'drc.clerk');
    if (plan.planCreate.errors.length) throw new Error(JSON.stringify(plan.planCreate.errors));
    fixturePlan = plan.planCreate.plan!.id;
  }
  const added = await app.query(FixturePlanEntryAdd, { input: { planId: fixturePlan, name, unitId: await agencyId(app, 'JYJ'), estimatedInvestment: '800000.00' } }, 'drc.clerk');
  const planEntryId = added.planEntryAdd.plan!.entries.find((e) => e.name === name)!.id;
  const created = await app.query(
    CreateProject,
    {
      input: {
        name,
        category: 'BUSINESS_SYSTEM',
        buildType: 'REBUILD',
        network: 'EGOV_EXTRANET',
        investment: '800000.00',
        classified: false,
        fundingSource: 'MUNICIPAL_FISCAL',
        scale: '市本级',
        planEntryId,
        budgetLines: [{ kind: 'SOFTWARE_DEVELOPMENT', description: '改造', amount: '800000.00' }],
      },
    },
    unit,
  );
  if (created.projectCreate.errors.length) throw new Error(JSON.stringify(created.projectCreate.errors));
  const id = created.projectCreate.project!.id;
  await must(app, AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...(await doc(app, unit, '可研', { securityStatement: '安全可靠' })) } }, unit);
  await must(
    app,
    AddParticipant,
    { input: { id, agencyId: await agencyId(app, 'WJW'), businessFlow: '卫健数据核验', dataFlow: '卫健→教育 体检信息', interfaces: '数据交换接口' } },
    unit,
  );
  if (!at('UNDER_REVIEW')) return id;
  await must(app, ConfirmParticipation, { input: { id } }, 'wjw.clerk');
  await must(app, SubmitFeasibility, { input: { id } }, unit);
  await must(app, InviteOpinion, { input: { id, agencyId: await agencyId(app, 'FINANCE') } }, 'drc.reviewer');
  await must(app, InviteOpinion, { input: { id, agencyId: await agencyId(app, 'NSC') } }, 'drc.reviewer');
  await must(app, RecordOpinion, { input: { id, opinion: '资金来源明确' } }, 'finance.leader');
  if (stage === 'UNDER_REVIEW') return id;
  if (stage === 'RETURNED') {
    await must(app, ReturnForRevision, { input: { id, reasons: '请补充建设规模' } }, 'drc.reviewer');
    return id;
  }
  if (stage === 'REJECTED') {
    await must(app, ProjectReject, { input: { id, reasons: '与已建系统重复' } }, 'drc.leader');
    return id;
  }
  await submitCatalog(app, id, unit);
  await must(app, Approve, { input: { id, approvalDocument: await doc(app, 'drc.leader', '批复'), constructionMonths: 12 } }, 'drc.leader');
  if (stage === 'APPROVED') return id;
  await must(app, AttachDocument, { input: { id, kind: 'TECHNICAL_PLAN', ...(await doc(app, unit, '技术性方案')) } }, unit);
  await must(app, SubmitTechnicalPlan, { input: { id } }, unit);
  if (stage === 'UNDER_TECH_REVIEW') return id;
  if (stage === 'TECH_REVIEW_FAILED') {
    await must(app, FailTechReview, { input: { id, reasons: '未使用政务云', opinionDocument: await doc(app, 'bdc.leader', '审查意见') } }, 'bdc.leader');
    return id;
  }
  await must(app, PassTechReview, { input: { id, opinionDocument: await doc(app, 'bdc.leader', '审查意见') } }, 'bdc.leader');
  if (stage === 'TECH_REVIEW_PASSED') return id;
  await must(app, ConfirmBudget, { input: { id } }, 'finance.leader');
  await must(app, RecordProcurement, { input: { id, method: '公开招标', supplierName: '江西某信息技术有限公司', contractAmount: '780000.00' } }, unit);
  if (stage === 'PROCURED') return id;
  await must(app, ConfirmProcurement, { input: { id } }, 'finance.leader');
  await must(app, RecordSupervision, { input: { id, supervisorId: await agencyId(app, 'GANXIN-SUP'), contractNo: 'JL-2027-001', signedOn: '2027-02-01' } }, unit);
  await must(app, SetImplementation, { input: { id, implementingBody: '市教育局信息中心', projectLeader: '刘芳' } }, unit);
  await must(app, StartConstruction, { input: { id } }, unit);
  return id;
}

export const COUNTY_STAGES = ['DRAFT', 'PROPOSAL_UNDER_REVIEW', 'PROPOSAL_APPROVED', 'UNDER_REVIEW', 'APPROVED'] as const;
export type CountyStage = (typeof COUNTY_STAGES)[number];

/**
 * An out-of-plan project of 泰和县教育体育局 (CNY 3,000,000.00: below BDC's county threshold) with a
 * basis of urgency, through its proposal and the review of the county's approving department, 泰和县发改委 (PM-7.1, PM-7.3, PM-8.3).
 */
export async function countyProjectAt(app: TestApp, stage: CountyStage): Promise<string> {
  const at = (s: CountyStage) => COUNTY_STAGES.indexOf(stage) >= COUNTY_STAGES.indexOf(s);
  const unit = 'taihe.dept';
  fixtures += 1;
  const created = await app.query(
    CreateProject,
    {
      input: {
        name: `泰和县教育专项${fixtures}`,
        category: 'BUSINESS_SYSTEM',
        buildType: 'NEW',
        network: 'EGOV_EXTRANET',
        investment: '3000000.00',
        classified: false,
        fundingSource: 'COUNTY_FISCAL',
        scale: '全县中小学',
        urgencyBasis: 'PROVINCIAL_REQUIREMENT',
        urgencyReference: '赣教字〔2027〕3号',
        budgetLines: [{ kind: 'SOFTWARE_DEVELOPMENT', description: '平台开发', amount: '3000000.00' }],
      },
    },
    unit,
  );
  if (created.projectCreate.errors.length) throw new Error(JSON.stringify(created.projectCreate.errors));
  const id = created.projectCreate.project!.id;
  await must(app, AttachDocument, { input: { id, kind: 'PROPOSAL', ...(await doc(app, unit, '项目建议书', { chapters: [] })) } }, unit);
  if (!at('PROPOSAL_UNDER_REVIEW')) return id;
  await must(app, SubmitProposal, { input: { id } }, unit);
  if (!at('PROPOSAL_APPROVED')) return id;
  await must(app, ApproveProposal, { input: { id } }, 'taihe.drc.leader');
  if (!at('UNDER_REVIEW')) return id;
  await must(app, AttachDocument, { input: { id, kind: 'FEASIBILITY_STUDY', ...(await doc(app, unit, '可研', { securityStatement: '国产化产品' })) } }, unit);
  await must(app, SubmitFeasibility, { input: { id } }, unit);
  if (!at('APPROVED')) return id;
  await submitCatalog(app, id, unit);
  await must(app, Approve, { input: { id, approvalDocument: await doc(app, 'taihe.drc.leader', '县发改委批复'), constructionMonths: 12 } }, 'taihe.drc.leader');
  return id;
}

/** PM-8.2: BDC names the expert panel of a project under technical review, and each expert records its own opinion. */
export async function expertPanelOpinions(app: TestApp, id: string, panel: readonly string[] = ['expert.liu', 'expert.chen', 'expert.wang']): Promise<void> {
  const users = await sqlAsAdmin<{ id: string; username: string }>(app.database, `select id, username from "user" where username like 'expert.%'`);
  const expertIds = panel.map((u) => Buffer.from(`User:${users.find((r) => r.username === u)!.id}`, 'utf8').toString('base64url'));
  const named = await app.query(NameExpertPanel, { input: { id, expertIds } }, 'bdc.reviewer');
  if (named.projectNameExpertPanel.errors.length) throw new Error(JSON.stringify(named.projectNameExpertPanel.errors));
  for (const expert of panel) {
    const recorded = await app.query(RecordExpertOpinion, { input: { id, opinion: '方案可行' } }, expert);
    if (recorded.projectRecordExpertOpinion.errors.length) throw new Error(JSON.stringify(recorded.projectRecordExpertOpinion.errors));
  }
}
