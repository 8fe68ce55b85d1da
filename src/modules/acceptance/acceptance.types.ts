import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { ConnectionType } from '../../graphql/relay';
import { PayloadType } from '../../graphql/payload';
import { DocumentKind } from '../documents/document.enums';
import { AcceptanceExtension } from './acceptance-extension.entity';
import { AcceptanceRecord } from './acceptance-record.entity';
import {
  AcceptanceResult,
  AcceptanceStatus,
  ExtensionStatus,
  FindingConclusion,
  FindingKind,
  FindingMeasure,
  SecurityTestKind,
  SecurityTestResult,
  SharingReviewStatus,
} from './acceptance.enums';
import { OmContract } from './om-contract.entity';
import { ProjectFinding } from './project-finding.entity';
import { SecurityTest } from './security-test.entity';
import { SharingReview } from './sharing-review.entity';

// ── outputs ───────────────────────────────────────────────────────────────────────────────────

@ObjectType({ description: 'PM-12: the conclusion on one subject of the acceptance' })
export class AcceptanceFinding {
  @Field(() => FindingConclusion) conclusion!: FindingConclusion;
  @Field(() => String) note!: string;
}

@ObjectType({ description: 'PM-12: what an acceptance must look at' })
export class AcceptanceFindings {
  @Field(() => AcceptanceFinding, { description: 'Security and reliability of hardware and software products' })
  productSecurity!: AcceptanceFinding;

  @Field(() => AcceptanceFinding, { description: 'Cryptography application and security review' })
  cryptography!: AcceptanceFinding;

  @Field(() => AcceptanceFinding, { description: 'Energy efficiency of hardware and new data centres' })
  energyEfficiency!: AcceptanceFinding;
}

@ObjectType({ description: 'PM-16.2: a project under construction past its acceptance due date' })
export class OverdueAcceptance {
  /** The project row (for the resolvers); not a field. */
  projectId!: string;

  @Field(() => String) projectCode!: string;
  @Field(() => String) projectName!: string;
  @Field(() => LocalDateScalar) dueOn!: string;
  @Field(() => Int, { description: 'Calendar days past the due date, in Asia/Shanghai' }) daysOverdue!: number;
  constructionUnitId!: string;
}

export const SharingReviewConnection = ConnectionType(SharingReview);
export const AcceptanceRecordConnection = ConnectionType(AcceptanceRecord);
export const AcceptanceExtensionConnection = ConnectionType(AcceptanceExtension);
export const OverdueAcceptanceConnection = ConnectionType(OverdueAcceptance);
export const OmContractConnection = ConnectionType(OmContract);
export const SecurityTestConnection = ConnectionType(SecurityTest);
export const ProjectFindingConnection = ConnectionType(ProjectFinding);

export const SharingReviewPayload = PayloadType('SharingReviewPayload', 'sharingReview', SharingReview);
export const AcceptanceRecordPayload = PayloadType('AcceptanceRecordPayload', 'acceptanceRecord', AcceptanceRecord);
export const AcceptanceExtensionPayload = PayloadType('AcceptanceExtensionPayload', 'acceptanceExtension', AcceptanceExtension);
export const OmContractPayload = PayloadType('OmContractPayload', 'omContract', OmContract);
export const SecurityTestPayload = PayloadType('SecurityTestPayload', 'securityTest', SecurityTest);
export const ProjectFindingPayload = PayloadType('ProjectFindingPayload', 'projectFinding', ProjectFinding);

// ── filters ───────────────────────────────────────────────────────────────────────────────────

@InputType()
export class SharingReviewFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => SharingReviewStatus, { nullable: true }) status?: SharingReviewStatus;
}

@InputType()
export class AcceptanceRecordFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => [AcceptanceStatus], { nullable: true }) statuses?: AcceptanceStatus[];
  @Field(() => ID, { nullable: true, description: 'Applications delegated to this agency' }) delegateId?: string;
}

@InputType()
export class AcceptanceExtensionFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ExtensionStatus, { nullable: true }) status?: ExtensionStatus;
}

@InputType()
export class ProjectRecordFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
}

// ── inputs ────────────────────────────────────────────────────────────────────────────────────

@InputType()
export class SharingReviewRequestInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { description: 'What the project shares: catalog entries, exchange-platform interfaces, usage feedback' })
  note!: string;
}

@InputType()
export class SharingReviewConfirmInput {
  @Field(() => ID, { description: 'The sharing review' }) id!: string;
  @Field(() => String, { description: "BDC's confirmation opinion (数据共享完成确认意见)" }) confirmation!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the confirmation; today when omitted' }) confirmedOn?: string;
}

@InputType()
export class SharingReviewReturnInput {
  @Field(() => ID, { description: 'The sharing review' }) id!: string;
  @Field(() => String, { description: 'What the review found wanting' }) findings!: string;
}

@InputType()
export class AcceptanceOrganizeInput {
  @Field(() => ID, { description: 'The acceptance application' }) id!: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType()
export class AcceptanceReportToDrcInput {
  @Field(() => ID, { description: 'The acceptance application' }) id!: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType({ description: 'One of the six acceptance reports (PM-16.1), uploaded first with POST /documents' })
export class AcceptanceReportInput {
  @Field(() => DocumentKind) kind!: DocumentKind;
  @Field(() => String) title!: string;
  @Field(() => ID, { description: 'Global ID of the uploaded content' }) contentId!: string;
  @Field(() => String, { nullable: true }) conclusion?: string;
}

@InputType()
export class AcceptanceApplyInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => [AcceptanceReportInput], { nullable: true, description: 'Reports to attach now; those attached before count too' })
  reports?: AcceptanceReportInput[];
}

@InputType()
export class AcceptanceDelegateInput {
  @Field(() => ID, { description: 'The acceptance application' }) id!: string;
  @Field(() => ID, { description: 'The competent department (项目主管部门) of the project\'s level' }) delegateId!: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType()
export class AcceptanceFindingInput {
  @Field(() => FindingConclusion) conclusion!: FindingConclusion;
  @Field(() => String) note!: string;
}

@InputType()
export class AcceptanceResultInput {
  @Field(() => ID, { description: 'The acceptance application' }) id!: string;
  @Field(() => AcceptanceResult) result!: AcceptanceResult;
  @Field(() => LocalDateScalar, { description: 'Date the acceptance was held' }) heldOn!: string;
  @Field(() => AcceptanceFindingInput, { description: 'PM-12' }) productSecurity!: AcceptanceFindingInput;
  @Field(() => AcceptanceFindingInput, { description: 'PM-12' }) cryptography!: AcceptanceFindingInput;
  @Field(() => AcceptanceFindingInput, { description: 'PM-12; NOT_APPLICABLE without hardware or data centre' })
  energyEfficiency!: AcceptanceFindingInput;
  @Field(() => String, { nullable: true, description: 'Required when the result is FAILED' }) failureReasons?: string;
}

@InputType()
export class AcceptanceExtensionApplyInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { description: 'Why the project cannot be accepted on time' }) reasons!: string;
  @Field(() => LocalDateScalar) requestedDueOn!: string;
}

@InputType()
export class AcceptanceExtensionDecideInput {
  @Field(() => ID, { description: 'The extension application' }) id!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The new due date; the requested one when omitted' }) newDueOn?: string;
  @Field(() => String, { nullable: true, description: 'Reasons; required for a refusal' }) note?: string;
}

@InputType()
export class OmContractRecordInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String) supplierName!: string;
  @Field(() => String, { nullable: true }) contractNo?: string;
  @Field(() => LocalDateScalar, { description: "End of the builder's free warranty" }) warrantyEndsOn!: string;
  @Field(() => LocalDateScalar) startsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the term' }) endsOn!: string;
  @Field(() => DecimalScalar, { nullable: true }) amount?: string;
}

@InputType()
export class SecurityTestRecordInput {
  @Field(() => ID) projectId!: string;
  @Field(() => SecurityTestKind) kind!: SecurityTestKind;
  @Field(() => LocalDateScalar) testedOn!: string;
  @Field(() => String, { description: 'The testing or assessment body' }) tester!: string;
  @Field(() => SecurityTestResult) result!: SecurityTestResult;
  @Field(() => Int, { nullable: true, description: 'MLPS protection level, for MLPS tests' }) mlpsLevel?: number;
  @Field(() => String, { nullable: true }) reportNo?: string;
  @Field(() => String, { nullable: true }) summary?: string;
}

@InputType()
export class ProjectFindingRecordInput {
  @Field(() => ID) projectId!: string;
  @Field(() => FindingKind) kind!: FindingKind;
  @Field(() => FindingMeasure) measure!: FindingMeasure;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) responsible?: string;
  @Field(() => ID, { nullable: true, description: "PM-4: the Government Office's inspection of the project the finding comes from" })
  inspectionId?: string;
}
