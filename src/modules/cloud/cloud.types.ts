import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { PayloadType } from '../../graphql/payload';
import { ConnectionType } from '../../graphql/relay';
import { CloudChangeRequest } from './change-request.entity';
import { CloudChangeKind, CloudServiceCategory, CloudTenancyStatus, ExtensionDecision, FeeStatementStatus, IncidentResponsibility, ReviewDecision } from './cloud.enums';
import { FeeStatement } from './fee-statement.entity';
import { CloudIncident, CloudProviderAssessment } from './incident.entity';
import { CloudServiceItem } from './service-item.entity';
import { CloudTenancy } from './tenancy.entity';
import { CloudZoneCertificate } from './zone-certificate.entity';

export const CloudServiceItemConnection = ConnectionType(CloudServiceItem);
export const CloudTenancyConnection = ConnectionType(CloudTenancy);
export const FeeStatementConnection = ConnectionType(FeeStatement);
export const CloudProviderAssessmentConnection = ConnectionType(CloudProviderAssessment);

export const CloudServiceItemPayload = PayloadType('CloudServiceItemPayload', 'cloudServiceItem', CloudServiceItem);
export const CloudTenancyPayload = PayloadType('CloudTenancyPayload', 'cloudTenancy', CloudTenancy);
export const CloudChangeRequestPayload = PayloadType('CloudChangeRequestPayload', 'cloudChangeRequest', CloudChangeRequest);
export const FeeStatementPayload = PayloadType('FeeStatementPayload', 'feeStatement', FeeStatement);
export const CloudIncidentPayload = PayloadType('CloudIncidentPayload', 'cloudIncident', CloudIncident);
export const CloudProviderAssessmentPayload = PayloadType('CloudProviderAssessmentPayload', 'cloudProviderAssessment', CloudProviderAssessment);
export const CloudZoneCertificatePayload = PayloadType('CloudZoneCertificatePayload', 'cloudZoneCertificate', CloudZoneCertificate);

@InputType({ description: 'CM-22: a certificate of a cloud zone' })
export class CloudZoneCertificateRecordInput {
  @Field(() => ID) zoneId!: string;
  @Field(() => String, { description: 'The certifying body' }) certifyingBody!: string;
  @Field(() => String) number!: string;
  @Field(() => Int, { description: 'MLPS level certified, 1–5' }) mlpsLevel!: number;
  @Field(() => String, { description: 'What it covers' }) scope!: string;
  @Field(() => LocalDateScalar) issuedOn!: string;
  @Field(() => LocalDateScalar, { description: 'Last day in force' }) expiresOn!: string;
}

// Catalog (CM-5)

@InputType()
export class CloudServiceItemFilter {
  @Field(() => CloudServiceCategory, { nullable: true })
  category?: CloudServiceCategory;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'In the code or name' })
  text?: string;
}

@InputType()
export class CloudServiceItemCreateInput {
  @Field(() => String, { description: 'e.g. ECS-GPU' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => CloudServiceCategory)
  category!: CloudServiceCategory;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => DecimalScalar, { description: 'CNY per unit per month' })
  unitPrice!: string;

  @Field(() => LocalDateScalar, { description: 'Today or later' })
  effectiveFrom!: string;
}

@InputType()
export class CloudServiceItemUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Boolean, { nullable: true, description: 'False withdraws it from new requests' })
  active?: boolean;
}

@InputType()
export class CloudServicePriceSetInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => DecimalScalar, { description: 'CNY per unit per month' })
  unitPrice!: string;

  @Field(() => LocalDateScalar, { description: 'Tomorrow or later: a price never changes what was charged' })
  effectiveFrom!: string;
}

// Tenancies (CM-9 … CM-15)

@InputType({ description: 'A catalog item and a quantity of its unit' })
export class CloudQuantityInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class CloudTenancyApplyInput {
  @Field(() => String)
  systemName!: string;

  @Field(() => String, { nullable: true })
  systemDescription?: string;

  @Field(() => ID, { nullable: true, description: 'The project the system belongs to' })
  projectId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'CM-10, CM-7: a county filing names the county department whose system it is (required); a municipal department files its own and gives none',
  })
  userDepartmentId?: string;

  @Field(() => ID, { description: 'The cloud zone asked for (BDC may assign another on approval)' })
  zoneId!: string;

  @Field(() => Int, { description: 'MLPS level of the system (CM-21)' })
  mlpsLevel!: number;

  @Field(() => Boolean, { description: 'Does the system handle state secrets (涉密)? Such systems are refused (CM-2)' })
  classified!: boolean;

  @Field(() => Boolean, { description: 'Moves an existing system to the cloud (CM-4)' })
  migration!: boolean;

  @Field(() => String, { nullable: true })
  migratedSystemName?: string;

  @Field(() => String, { nullable: true })
  migratedSystemDescription?: string;

  @Field(() => String)
  contactName!: string;

  @Field(() => String)
  contactPhone!: string;

  @Field(() => [CloudQuantityInput])
  resources!: CloudQuantityInput[];
}

@InputType()
export class CloudTenancyResubmitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => [CloudQuantityInput], { nullable: true, description: 'The amended resources, when they change' })
  resources?: CloudQuantityInput[];

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType()
export class CloudTenancyReviewInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required when returning' })
  reasons?: string;

  @Field(() => ID, { nullable: true, description: 'The zone to place it in, when not the one asked for' })
  zoneId?: string;
}

@InputType({ description: 'CM-11: the expert review that fixes resource amounts, of a tenancy or of an expansion (CM-14)' })
export class CloudExpertReviewInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar)
  reviewedOn!: string;

  @Field(() => String, { description: 'The conclusion drawn from the opinions every expert of the panel recorded' })
  conclusion!: string;

  @Field(() => [CloudQuantityInput], { description: 'The resource amounts fixed; for an expansion, of the items of the request (an item left out keeps its amount)' })
  quota!: CloudQuantityInput[];
}

@InputType({ description: 'CM-11: BDC names the expert panel of a review from the expert accounts' })
export class CloudExpertPanelInput {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID], { description: 'User IDs of expert accounts (agency kind EXPERT)' })
  expertIds!: string[];
}

@InputType({ description: 'CM-11: an expert on the panel records its own opinion' })
export class CloudExpertOpinionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  opinion!: string;
}

@InputType()
export class CloudTenancySignDocumentsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: '《政务云使用责任书》 reference' })
  responsibilityLetterRef?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  responsibilityLetterSignedOn?: string;

  @Field(() => String, { nullable: true, description: '《吉安市政务云资源开通情况确认表》 reference' })
  confirmationFormRef?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  confirmationFormSignedOn?: string;
}

@InputType()
export class CloudTenancyDeploymentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar)
  testedOn!: string;

  @Field(() => String, { description: 'Security risk pre-assessment report reference' })
  securityPreassessmentRef!: string;

  @Field(() => LocalDateScalar)
  cutoverOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'A migration: the old system is kept until then, at least 3 months after cut-over' })
  oldSystemRetainedUntil?: string;
}

@InputType({ description: 'CM-13: more working days to deploy, asked before the due date' })
export class CloudTenancyDeploymentExtensionRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Working days asked for on top of the due date in force' })
  workingDays!: number;

  @Field(() => String, { description: 'Why the system cannot be deployed in time' })
  reasons!: string;
}

@InputType({ description: 'CM-13: BDC grants or refuses the pending request for more time to deploy' })
export class CloudTenancyDeploymentExtensionDecideInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ExtensionDecision)
  decision!: ExtensionDecision;

  @Field(() => Int, { nullable: true, description: 'A grant: the working days given, counted from the due date in force' })
  workingDays?: number;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType({ description: 'A step of a tenancy that needs nothing but the tenancy, with an optional note for its history' })
export class CloudTenancyStepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType()
export class CloudTenancyExitApplyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Why the system leaves the cloud (CM-15)' })
  reason!: string;
}

@InputType()
export class CloudTenancyFilter {
  @Field(() => [CloudTenancyStatus], { nullable: true })
  statuses?: CloudTenancyStatus[];

  @Field(() => ID, { nullable: true, description: 'The tenant agency' })
  tenantAgencyId?: string;

  @Field(() => String, { nullable: true, description: 'County code; 360800 for municipal tenancies' })
  countyCode?: string;

  @Field(() => ID, { nullable: true })
  providerId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only tenancies with a deadline past due (true), or none (false)' })
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: 'In the code or system name' })
  text?: string;
}

// Changes (CM-14)

@InputType()
export class CloudChangeRequestSubmitInput {
  @Field(() => ID)
  tenancyId!: string;

  @Field(() => CloudChangeKind, { description: 'EXPANSION or REDUCTION' })
  kind!: CloudChangeKind;

  @Field(() => String)
  reason!: string;

  @Field(() => [CloudQuantityInput], { description: 'The new total of each item that changes' })
  lines!: CloudQuantityInput[];
}

@InputType()
export class CloudChangeRequestReviewInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true })
  reasons?: string;

  @Field(() => [CloudQuantityInput], { nullable: true, description: 'A reduction: the amounts approved, when not those asked' })
  lines?: CloudQuantityInput[];
}

@InputType({ description: 'A step of a change request that needs nothing but the request, with an optional note for its history' })
export class CloudChangeRequestStepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType()
export class CloudTenancyAdjustInput {
  @Field(() => ID)
  tenancyId!: string;

  @Field(() => String, { description: 'The utilisation observed on the monitoring platform' })
  utilisation!: string;

  @Field(() => [CloudQuantityInput])
  lines!: CloudQuantityInput[];

  @Field(() => [ID], { nullable: true, description: 'CM-14: the utilisation readings of this tenancy the adjustment rests on' })
  readingIds?: string[];
}

// Incidents (CM-19) and assessments (CM-16)

@InputType()
export class CloudIncidentReportInput {
  @Field(() => ID)
  tenancyId!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  description!: string;
}

@InputType()
export class CloudIncidentResolveInput {
  @Field(() => ID)
  id!: string;

  @Field(() => IncidentResponsibility)
  responsibility!: IncidentResponsibility;

  @Field(() => String)
  resolution!: string;
}

@InputType({ description: 'CM-16: the points given on one criterion of the standard' })
export class CloudAssessmentScoreInput {
  @Field(() => String, { description: 'The criterion’s code in the standard version' })
  criterion!: string;

  @Field(() => Int, { description: '0 up to the criterion’s weight' })
  points!: number;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType({ description: 'CM-16: an assessment scored on every criterion of a published standard version; the total is computed' })
export class CloudProviderAssessmentInput {
  @Field(() => ID)
  providerId!: string;

  @Field(() => String, { description: 'YYYY-MM or YYYY-Qn' })
  period!: string;

  @Field(() => ID, { description: 'The published version of the standard it is scored against' })
  standardId!: string;

  @Field(() => [CloudAssessmentScoreInput], { description: 'One score per criterion of that version' })
  scores!: CloudAssessmentScoreInput[];

  @Field(() => DecimalScalar, { nullable: true })
  availabilityPercent?: string;

  @Field(() => String)
  findings!: string;
}

// Fees (CM-6)

@InputType()
export class FeeStatementFilter {
  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month?: string;

  @Field(() => ID, { nullable: true })
  tenantAgencyId?: string;

  @Field(() => FeeStatementStatus, { nullable: true })
  status?: FeeStatementStatus;
}

@InputType()
export class FeeStatementIssueInput {
  @Field(() => ID)
  tenantAgencyId!: string;

  @Field(() => String, { description: 'YYYY-MM, a month that has ended' })
  month!: string;
}

@InputType()
export class FeeStatementSettleInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Payment voucher or settlement reference' })
  settlementRef?: string;
}

@ObjectType({ description: 'A line of fees computed now from the data (not stored)' })
export class FeeLinePreview {
  tenancyId!: string;
  itemId!: string;

  @Field(() => Int) quantity!: number;
  @Field(() => DecimalScalar) unitPrice!: string;
  @Field(() => LocalDateScalar) firstDay!: string;
  @Field(() => LocalDateScalar) lastDay!: string;
  @Field(() => Int) days!: number;
  @Field(() => Int) daysInMonth!: number;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType({ description: 'A tenant’s fees for a month computed now from the quota and the prices (CM-6)' })
export class FeeStatementPreview {
  @Field(() => String) month!: string;
  @Field(() => LocalDateScalar) periodStart!: string;
  @Field(() => LocalDateScalar) periodEnd!: string;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => [FeeLinePreview]) lines!: FeeLinePreview[];
}
