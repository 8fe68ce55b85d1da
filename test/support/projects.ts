import { graphql } from '../gql';
import type { TestApp } from './app';

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
