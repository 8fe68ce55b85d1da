import Decimal from 'decimal.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { and, findReadable, keyFilter, likePattern, type Where } from '../../graphql/query-helpers';
import { ConnectionArgs, paginate } from '../../graphql/relay';
import { relation, then } from '../../graphql/relations';
import { DecimalScalar } from '../../graphql/scalars';
import { AvailableAction } from '../../workflow/available-actions';
import { StateTransition } from '../../workflow/state-transition.entity';
import { ProjectDocument } from '../documents/document.entity';
import { Agency } from '../organizations/agency.entity';
import { Division } from '../organizations/division.entity';
import { PlanEntry } from '../plans/plan.entity';
import { BudgetLine } from './budget-line.entity';
import { expertReviewRequired, preliminaryDesignRequired, techReviewRequired } from './project.machine';
import { ProjectParticipant } from './project-participant.entity';
import { Project } from './project.entity';
import * as service from './project.service';
import { projectWorkflow } from './project.workflow';
import {
  ProjectApproveInput,
  ProjectApprovePreliminaryDesignInput,
  ProjectApproveProposalInput,
  ProjectConfirmBudgetInput,
  ProjectConfirmProcurementInput,
  ProjectConnection,
  ProjectCreateInput,
  ProjectDocumentAttachInput,
  ProjectExpertOpinionInput,
  ProjectExpertPanelInput,
  ProjectExpertReviewInput,
  ProjectFilter,
  ProjectImplementationInput,
  ProjectInviteOpinionInput,
  ProjectOrder,
  ProjectOrderField,
  ProjectParticipantAddInput,
  ProjectParticipantConfirmInput,
  ProjectPayload,
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
import { ReviewOpinion } from './review-opinion.entity';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Which review steps the rules require of this project' })
class ProjectRequirements {
  @Field(() => Boolean, { description: 'PM-7.2: preliminary design (investment ≥ threshold)' }) preliminaryDesign!: boolean;
  @Field(() => Boolean, { description: "PM-8.2, PM-8.3: BDC's technical review" }) techReview!: boolean;
  @Field(() => Boolean, { description: 'PM-8.2: expert review before BDC\'s opinion' }) expertReview!: boolean;
}

// The relations a page of projects reads with its rows when its query selects them.
const constructionUnitOf = relation(Project, 'constructionUnit', { kind: 'byKey', entity: Agency, key: 'id' }, 'constructionUnit');
const divisionOf = relation(Project, 'division', { kind: 'byKey', entity: Division, key: 'code' }, 'division');
const budgetLinesOf = relation(Project, 'budgetLines', { kind: 'childrenOf', entity: BudgetLine, key: 'project' }, 'id');

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects the reader may see. Ordering by FILED_AT lists filed projects only.' })
  projects(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Arg('orderBy', () => ProjectOrder, { nullable: true }) orderBy: ProjectOrder | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where: Where<Project> = [];
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter?.countyCode) where.push({ division: filter.countyCode });
    if (filter?.categories?.length) where.push({ category: { $in: filter.categories } });
    if (filter?.unitId) where.push({ constructionUnit: keyFilter(filter.unitId, 'Agency') });
    if (filter?.year) where.push({ year: filter.year });
    if (filter?.investmentMin) where.push({ investment: { $gte: filter.investmentMin } });
    if (filter?.investmentMax) where.push({ investment: { $lte: filter.investmentMax } });
    if (filter?.text) {
      const like = likePattern(filter.text);
      where.push({ $or: [{ name: { $ilike: like } }, { code: { $ilike: like } }] });
    }
    const direction = orderBy?.direction === 'ASC' ? 'asc' : 'desc';
    const field = orderBy?.field ?? ProjectOrderField.CREATED_AT;
    if (field === ProjectOrderField.FILED_AT) where.push({ filedAt: { $ne: null } });
    const order = { FILED_AT: { filedAt: direction }, INVESTMENT: { investment: direction }, CREATED_AT: { createdAt: direction } }[field];
    return paginate(ctx, Project, and(where), page, order as never, { info });
  }

  @Query(() => Project)
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findReadable(ctx, Project, id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Construction unit (项目建设单位); the lead unit of a joint project' })
  constructionUnit(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return constructionUnitOf(ctx, p);
  }

  @FieldResolver(() => Division, { nullable: true, description: "Ji'an City for municipal projects, else the county-level unit" })
  division(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return divisionOf(ctx, p);
  }

  @FieldResolver(() => PlanEntry, { nullable: true })
  planEntry(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return p.planEntry ? ctx.loaders.byKey(PlanEntry).load(p.planEntry.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: '项目主管部门 (PM-16.3): the department acceptance may be delegated to; null for a bureau\'s own project' })
  competentDepartment(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return p.competentDepartment ? ctx.loaders.byKey(Agency).load(p.competentDepartment.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Engineering supervision firm (PM-14)' })
  supervisor(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return p.supervisor ? ctx.loaders.byKey(Agency).load(p.supervisor.id) : null;
  }

  @FieldResolver(() => [BudgetLine])
  budgetLines(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return budgetLinesOf(ctx, p);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Sum of the budget lines' })
  budgetTotal(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return then(budgetLinesOf(ctx, p), (lines) => lines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0)).toFixed(2));
  }

  @FieldResolver(() => [ProjectDocument], { description: 'Documents in the order they were submitted' })
  documents(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.childrenOf(ProjectDocument, 'project').load(p.id);
  }

  @FieldResolver(() => [ProjectParticipant], { description: 'Co-builders of a joint project (PM-9(6))' })
  participants(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.childrenOf(ProjectParticipant, 'project').load(p.id);
  }

  @FieldResolver(() => [ReviewOpinion], { description: 'Agencies invited to the review and their opinions (PM-5, PM-8.1)' })
  opinions(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.childrenOf(ReviewOpinion, 'project').load(p.id);
  }

  @FieldResolver(() => [StateTransition], { description: 'Every step so far: who, which agency, when' })
  history(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.childrenOf(StateTransition, 'subjectId').load(p.id);
  }

  @FieldResolver(() => ProjectRequirements)
  requirements(@Root() p: Project) {
    const f = { level: p.level(), investment: new Decimal(p.investment) };
    return { preliminaryDesign: preliminaryDesignRequired(f), techReview: techReviewRequired(f), expertReview: expertReviewRequired(f) };
  }

  @FieldResolver(() => [AvailableAction], { description: 'Next steps for the current user, with every reason one is not possible now' })
  async availableActions(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return projectWorkflow.availableActions(ctx, p);
  }

  @Mutation(() => ProjectPayload, { description: 'The construction unit files a project (PM-2, PM-9(1), PM-9(2), PM-20)' })
  projectCreate(@Arg('input', () => ProjectCreateInput) input: ProjectCreateInput, @Ctx() ctx: RequestContext) {
    return service.createProject(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'Edit the filing while in draft or returned (PM-8.1)' })
  projectUpdate(@Arg('input', () => ProjectUpdateInput) input: ProjectUpdateInput, @Ctx() ctx: RequestContext) {
    return service.updateProject(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'Attach a document of the construction unit (PM-7.1, PM-9)' })
  projectDocumentAttach(@Arg('input', () => ProjectDocumentAttachInput) input: ProjectDocumentAttachInput, @Ctx() ctx: RequestContext) {
    return service.attachProjectDocument(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-9(6): add a co-builder with its part' })
  projectParticipantAdd(@Arg('input', () => ProjectParticipantAddInput) input: ProjectParticipantAddInput, @Ctx() ctx: RequestContext) {
    return service.addParticipant(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-9(6): a co-builder confirms its part' })
  projectParticipantConfirm(@Arg('input', () => ProjectParticipantConfirmInput) input: ProjectParticipantConfirmInput, @Ctx() ctx: RequestContext) {
    return service.confirmParticipation(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-10: name the implementing body and project leader' })
  projectSetImplementation(@Arg('input', () => ProjectImplementationInput) input: ProjectImplementationInput, @Ctx() ctx: RequestContext) {
    return service.setImplementation(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-7.1, PM-7.3: an out-of-plan project files its proposal' })
  projectSubmitProposal(@Arg('input', () => ProjectSubmitProposalInput) input: ProjectSubmitProposalInput, @Ctx() ctx: RequestContext) {
    return service.submitProposal(ctx, input);
  }

  @Mutation(() => ProjectPayload)
  projectApproveProposal(@Arg('input', () => ProjectApproveProposalInput) input: ProjectApproveProposalInput, @Ctx() ctx: RequestContext) {
    return service.approveProposal(ctx, input);
  }

  @Mutation(() => ProjectPayload)
  projectRejectProposal(@Arg('input', () => ProjectRejectProposalInput) input: ProjectRejectProposalInput, @Ctx() ctx: RequestContext) {
    return service.rejectProposal(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.1: submit the feasibility study (and preliminary design) for review' })
  projectSubmitFeasibility(@Arg('input', () => ProjectSubmitFeasibilityInput) input: ProjectSubmitFeasibilityInput, @Ctx() ctx: RequestContext) {
    return service.submitFeasibility(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-5, PM-8.1: invite an agency to give its opinion' })
  projectInviteOpinion(@Arg('input', () => ProjectInviteOpinionInput) input: ProjectInviteOpinionInput, @Ctx() ctx: RequestContext) {
    return service.inviteOpinion(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.1: an invited agency records its opinion' })
  projectRecordOpinion(@Arg('input', () => ProjectRecordOpinionInput) input: ProjectRecordOpinionInput, @Ctx() ctx: RequestContext) {
    return service.recordOpinion(ctx, input);
  }

  @Mutation(() => ProjectPayload)
  projectReturnForRevision(@Arg('input', () => ProjectReturnForRevisionInput) input: ProjectReturnForRevisionInput, @Ctx() ctx: RequestContext) {
    return service.returnForRevision(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.1, PM-9(3), PM-7.2: approve (DRC; the county for county projects, PM-8.3)' })
  projectApprove(@Arg('input', () => ProjectApproveInput) input: ProjectApproveInput, @Ctx() ctx: RequestContext) {
    return service.approve(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-7.2: the unit revises the investment estimate after the feasibility study was approved' })
  projectReviseEstimate(@Arg('input', () => ProjectReviseEstimateInput) input: ProjectReviseEstimateInput, @Ctx() ctx: RequestContext) {
    return service.reviseEstimate(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-7.2: from 10M, submit the preliminary design with its estimate once the feasibility study is approved' })
  projectSubmitPreliminaryDesign(@Arg('input', () => ProjectSubmitPreliminaryDesignInput) input: ProjectSubmitPreliminaryDesignInput, @Ctx() ctx: RequestContext) {
    return service.submitPreliminaryDesign(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: "PM-8.1: approve the preliminary design (the DRC of the project's level); it is the project's approval" })
  projectApprovePreliminaryDesign(@Arg('input', () => ProjectApprovePreliminaryDesignInput) input: ProjectApprovePreliminaryDesignInput, @Ctx() ctx: RequestContext) {
    return service.approvePreliminaryDesign(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.1: return the preliminary design for revision, with reasons' })
  projectReturnPreliminaryDesign(@Arg('input', () => ProjectReturnPreliminaryDesignInput) input: ProjectReturnPreliminaryDesignInput, @Ctx() ctx: RequestContext) {
    return service.returnPreliminaryDesign(ctx, input);
  }

  @Mutation(() => ProjectPayload)
  projectReject(@Arg('input', () => ProjectRejectInput) input: ProjectRejectInput, @Ctx() ctx: RequestContext) {
    return service.reject(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.2, PM-8.3: submit the technical plan to BDC' })
  projectSubmitTechnicalPlan(@Arg('input', () => ProjectSubmitTechnicalPlanInput) input: ProjectSubmitTechnicalPlanInput, @Ctx() ctx: RequestContext) {
    return service.submitTechnicalPlan(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.2: BDC names the expert panel of the technical review from the expert accounts' })
  projectNameExpertPanel(@Arg('input', () => ProjectExpertPanelInput) input: ProjectExpertPanelInput, @Ctx() ctx: RequestContext) {
    return service.nameExpertPanel(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.2: an expert on the panel records its own opinion' })
  projectRecordExpertOpinion(@Arg('input', () => ProjectExpertOpinionInput) input: ProjectExpertOpinionInput, @Ctx() ctx: RequestContext) {
    return service.recordExpertOpinion(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.2: once every expert of the panel recorded its opinion, BDC records the review' })
  projectRecordExpertReview(@Arg('input', () => ProjectExpertReviewInput) input: ProjectExpertReviewInput, @Ctx() ctx: RequestContext) {
    return service.recordExpertReview(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.2: BDC passes the technical review' })
  projectPassTechReview(@Arg('input', () => ProjectTechReviewInput) input: ProjectTechReviewInput, @Ctx() ctx: RequestContext) {
    return service.passTechReview(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.2: BDC fails the technical review; the unit may resubmit' })
  projectFailTechReview(@Arg('input', () => ProjectTechReviewInput) input: ProjectTechReviewInput, @Ctx() ctx: RequestContext) {
    return service.failTechReview(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-4: Finance confirms the budget' })
  projectConfirmBudget(@Arg('input', () => ProjectConfirmBudgetInput) input: ProjectConfirmBudgetInput, @Ctx() ctx: RequestContext) {
    return service.confirmBudget(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-8.2: record the procurement (refused before the technical review passed)' })
  projectRecordProcurement(@Arg('input', () => ProjectProcurementInput) input: ProjectProcurementInput, @Ctx() ctx: RequestContext) {
    return service.recordProcurement(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-4: Finance confirms the procurement record' })
  projectConfirmProcurement(@Arg('input', () => ProjectConfirmProcurementInput) input: ProjectConfirmProcurementInput, @Ctx() ctx: RequestContext) {
    return service.confirmProcurement(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-14: record the supervision contract' })
  projectRecordSupervision(@Arg('input', () => ProjectSupervisionInput) input: ProjectSupervisionInput, @Ctx() ctx: RequestContext) {
    return service.recordSupervision(ctx, input);
  }

  @Mutation(() => ProjectPayload, { description: 'PM-14, PM-10, PM-4: start construction; the acceptance is then due after the approved construction period (PM-16.2)' })
  projectStartConstruction(@Arg('input', () => ProjectStartConstructionInput) input: ProjectStartConstructionInput, @Ctx() ctx: RequestContext) {
    return service.startConstruction(ctx, input);
  }
}

@Resolver(() => ProjectParticipant)
export class ProjectParticipantResolver {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() p: ProjectParticipant, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(p.agency.id);
  }
}

@Resolver(() => ReviewOpinion)
export class ReviewOpinionResolver {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() o: ReviewOpinion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(o.agency.id);
  }
}

@Resolver(() => StateTransition)
export class StateTransitionResolver {
  @FieldResolver(() => Agency, { nullable: true })
  actorAgency(@Root() t: StateTransition, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byKey(Agency).load(t.actorAgency.id);
  }
}
