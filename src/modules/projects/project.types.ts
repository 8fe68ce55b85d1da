import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { PayloadType } from '../../graphql/payload';
import { ConnectionType } from '../../graphql/relay';
import { Chapter, DocumentKind } from '../documents/document.enums';
import { BudgetLineKind, BuildType, FundingSource, NetworkKind, ProjectCategory, ProjectStatus, UrgencyBasisKind } from './project.enums';
import { Project } from './project.entity';

export const ProjectConnection = ConnectionType(Project);
export const ProjectPayload = PayloadType('ProjectPayload', 'project', Project);

@InputType()
export class BudgetLineInput {
  @Field(() => BudgetLineKind) kind!: BudgetLineKind;
  @Field(() => String) description!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@InputType()
export class ProjectCreateInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => ProjectCategory) category!: ProjectCategory;
  @Field(() => BuildType) buildType!: BuildType;
  @Field(() => NetworkKind) network!: NetworkKind;
  @Field(() => DecimalScalar, { description: 'Investment estimate (投资概算), CNY' }) investment!: string;
  @Field(() => FundingSource, { nullable: true }) fundingSource?: FundingSource;
  @Field(() => String, { nullable: true, description: 'Construction scale (建设规模)' }) scale?: string;
  @Field(() => ID, { nullable: true, description: 'Plan entry (PM-6); none means out of plan (PM-7.3)' }) planEntryId?: string;
  @Field(() => UrgencyBasisKind, { nullable: true }) urgencyBasis?: UrgencyBasisKind;
  @Field(() => String, { nullable: true }) urgencyReference?: string;
  @Field(() => [BudgetLineInput], { nullable: true }) budgetLines?: BudgetLineInput[];
  @Field(() => ID, {
    nullable: true,
    description: "项目主管部门 (PM-16.3): a government department of the project's level, not the unit itself; defaults to the unit's own competent department",
  })
  competentDepartmentId?: string;
  @Field(() => Boolean, { description: 'PM-20: classified projects are refused (they follow other rules)' }) classified!: boolean;
}

@InputType()
export class ProjectUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => ProjectCategory, { nullable: true }) category?: ProjectCategory;
  @Field(() => BuildType, { nullable: true }) buildType?: BuildType;
  @Field(() => NetworkKind, { nullable: true }) network?: NetworkKind;
  @Field(() => DecimalScalar, { nullable: true }) investment?: string;
  @Field(() => FundingSource, { nullable: true }) fundingSource?: FundingSource;
  @Field(() => String, { nullable: true }) scale?: string;
  @Field(() => ID, { nullable: true }) planEntryId?: string;
  @Field(() => UrgencyBasisKind, { nullable: true }) urgencyBasis?: UrgencyBasisKind;
  @Field(() => String, { nullable: true }) urgencyReference?: string;
  @Field(() => [BudgetLineInput], { nullable: true, description: 'Replaces all budget lines' }) budgetLines?: BudgetLineInput[];
  @Field(() => ID, { nullable: true, description: '项目主管部门 (PM-16.3); null clears it (a bureau\'s own project)' }) competentDepartmentId?: string | null;
}

@InputType({ description: 'A document whose content was uploaded with POST /documents' })
export class DocumentInput {
  @Field(() => String) title!: string;
  @Field(() => ID, { description: 'ID answered by POST /documents' }) contentId!: string;
  @Field(() => [Chapter], { nullable: true, description: 'Chapters the document contains (PM-9)' }) chapters?: Chapter[];
  @Field(() => String, { nullable: true, description: 'PM-9(4): security and reliability of the products' }) securityStatement?: string;
  @Field(() => String, { nullable: true, description: 'Conclusion (expert reviews, opinions)' }) conclusion?: string;
}

@InputType()
export class ProjectDocumentAttachInput extends DocumentInput {
  @Field(() => ID) id!: string;
  @Field(() => DocumentKind) kind!: DocumentKind;
}

@InputType()
export class ProjectParticipantAddInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The co-building agency' }) agencyId!: string;
  @Field(() => String, { description: '业务流' }) businessFlow!: string;
  @Field(() => String, { description: '数据流' }) dataFlow!: string;
  @Field(() => String, { description: '系统接口' }) interfaces!: string;
}

/** A step that needs nothing but the project. */
@InputType()
abstract class ProjectStepInput {
  @Field(() => ID) id!: string;
}

/** A decision that may carry a note. */
@InputType()
abstract class ProjectNotedStepInput extends ProjectStepInput {
  @Field(() => String, { nullable: true }) note?: string;
}

/** A decision that must give its reasons. */
@InputType()
abstract class ProjectReasonedStepInput extends ProjectStepInput {
  @Field(() => String) reasons!: string;
}

@InputType() export class ProjectParticipantConfirmInput extends ProjectStepInput {}
@InputType() export class ProjectSubmitProposalInput extends ProjectStepInput {}
@InputType() export class ProjectApproveProposalInput extends ProjectNotedStepInput {}
@InputType() export class ProjectRejectProposalInput extends ProjectReasonedStepInput {}
@InputType() export class ProjectSubmitFeasibilityInput extends ProjectStepInput {}
@InputType() export class ProjectReturnForRevisionInput extends ProjectReasonedStepInput {}
@InputType() export class ProjectRejectInput extends ProjectReasonedStepInput {}
@InputType() export class ProjectSubmitTechnicalPlanInput extends ProjectStepInput {}
@InputType() export class ProjectConfirmBudgetInput extends ProjectNotedStepInput {}
@InputType() export class ProjectConfirmProcurementInput extends ProjectNotedStepInput {}
@InputType() export class ProjectStartConstructionInput extends ProjectStepInput {}
@InputType() export class ProjectSubmitPreliminaryDesignInput extends ProjectStepInput {}
@InputType() export class ProjectReturnPreliminaryDesignInput extends ProjectReasonedStepInput {}

@InputType({ description: 'PM-7.2: the investment estimate (概算) revised after the feasibility study was approved' })
export class ProjectReviseEstimateInput extends ProjectStepInput {
  @Field(() => DecimalScalar, { description: 'The revised investment, CNY' }) investment!: string;
  @Field(() => [BudgetLineInput], { description: 'The budget lines, replacing all; they add up to the investment' }) budgetLines!: BudgetLineInput[];
}

@InputType()
export class ProjectApprovePreliminaryDesignInput extends ProjectNotedStepInput {
  @Field(() => DocumentInput, { description: 'The approval of the preliminary design and estimate (初步设计批复), with the PM-9 chapters' })
  approvalDocument!: DocumentInput;
}

@InputType()
export class ProjectInviteOpinionInput extends ProjectStepInput {
  @Field(() => ID, { description: 'The agency invited to give its opinion (PM-5)' }) agencyId!: string;
}

@InputType()
export class ProjectRecordOpinionInput extends ProjectStepInput {
  @Field(() => String) opinion!: string;
  @Field(() => DocumentInput, {
    nullable: true,
    description: 'The written opinion (REVIEW_OPINION): it declares the three PM-9 chapters like the documents it reviews',
  })
  opinionDocument?: DocumentInput;
}

@InputType()
export class ProjectApproveInput {
  @Field(() => ID) id!: string;
  @Field(() => DocumentInput, { description: "The approval document (批复), with the PM-9 chapters" }) approvalDocument!: DocumentInput;
  @Field(() => Int, { description: '建设周期 in months: the acceptance is due this long after construction starts (PM-16.2)' }) constructionMonths!: number;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType()
export class ProjectExpertReviewInput {
  @Field(() => ID) id!: string;
  @Field(() => DocumentInput, { description: "The experts' review opinion with its conclusion, once every expert of the panel recorded its own" })
  opinionDocument!: DocumentInput;
}

@InputType({ description: 'PM-8.2: BDC names the expert panel of the technical review from the expert accounts' })
export class ProjectExpertPanelInput {
  @Field(() => ID) id!: string;
  @Field(() => [ID], { description: 'User IDs of expert accounts (agency kind EXPERT)' }) expertIds!: string[];
}

@InputType({ description: 'PM-8.2: an expert on the panel records its own opinion' })
export class ProjectExpertOpinionInput {
  @Field(() => ID) id!: string;
  @Field(() => String) opinion!: string;
}

@InputType()
export class ProjectTechReviewInput {
  @Field(() => ID) id!: string;
  @Field(() => DocumentInput, { description: "BDC's written technical opinion, with the PM-9 chapters" }) opinionDocument!: DocumentInput;
  @Field(() => String, { nullable: true, description: 'Reasons (required when failing)' }) reasons?: string;
}

@InputType()
export class ProjectProcurementInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '采购方式 (公开招标, 竞争性磋商, …)' }) method!: string;
  @Field(() => String) supplierName!: string;
  @Field(() => DecimalScalar) contractAmount!: string;
}

@InputType()
export class ProjectSupervisionInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The engineering supervision firm (PM-14)' }) supervisorId!: string;
  @Field(() => String) contractNo!: string;
  @Field(() => LocalDateScalar) signedOn!: string;
}

@InputType()
export class ProjectImplementationInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '项目实施机构' }) implementingBody!: string;
  @Field(() => String, { description: '项目责任人' }) projectLeader!: string;
}

@InputType()
export class ProjectFilter {
  @Field(() => [ProjectStatus], { nullable: true }) statuses?: ProjectStatus[];
  @Field(() => String, { nullable: true, description: 'County-level unit code; 360800 for municipal projects' }) countyCode?: string;
  @Field(() => [ProjectCategory], { nullable: true }) categories?: ProjectCategory[];
  @Field(() => ID, { nullable: true, description: 'Construction unit' }) unitId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => DecimalScalar, { nullable: true }) investmentMin?: string;
  @Field(() => DecimalScalar, { nullable: true }) investmentMax?: string;
  @Field(() => String, { nullable: true, description: 'Part of the name or code' }) text?: string;
}

export enum ProjectOrderField {
  FILED_AT = 'FILED_AT',
  INVESTMENT = 'INVESTMENT',
  CREATED_AT = 'CREATED_AT',
}
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(ProjectOrderField, { name: 'ProjectOrderField' });
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType()
export class ProjectOrder {
  @Field(() => ProjectOrderField) field!: ProjectOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC }) direction!: OrderDirection;
}
