/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, ISO 8601 (YYYY-MM-DD), in Asia/Shanghai */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** Exact amount in CNY as a string with two decimals, e.g. "10000000.00" */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** A government agency, unit or firm taking part in projects or the cloud */
export type Agency = Node & {
  __typename?: 'Agency';
  code: Scalars['String']['output'];
  county?: Maybe<Division>;
  /** GB/T 2260 code of its county-level unit; null when municipal */
  countyCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  level: AgencyLevel;
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  parent?: Maybe<Agency>;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<Agency>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFilter = {
  /** County-level unit code, e.g. 360826 */
  countyCode?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<AgencyKind>>;
  level?: InputMaybe<AgencyLevel>;
  /** Part of the name (Chinese or English) or code */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of agency in the duty split of PM-4 */
export type AgencyKind =
  | 'AUDIT'
  | 'BDC'
  | 'CLOUD_PROVIDER'
  | 'COUNTY_EGOV'
  | 'COUNTY_GOV'
  | 'DEPARTMENT'
  | 'DRC'
  | 'EXPERT'
  | 'FINANCE'
  | 'GOV_OFFICE'
  | 'NSC'
  | 'PARTY_OFFICE'
  | 'SUPERVISOR';

export type AgencyLevel =
  | 'COUNTY'
  | 'MUNICIPAL';

/** Result of re-hashing the audit chain */
export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  checked: Scalars['Int']['output'];
  /** First event that does not verify */
  firstBadSeq?: Maybe<Scalars['Int']['output']>;
  ok: Scalars['Boolean']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorAgencyId?: Maybe<Scalars['ID']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  actorUsername?: Maybe<Scalars['String']['output']>;
  /** Changed fields, before and after, per entity */
  changes: Scalars['JSON']['output'];
  /** Error code when refused */
  errorCode?: Maybe<Scalars['String']['output']>;
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  outcome: AuditOutcome;
  policyVersion: Scalars['String']['output'];
  prevHash: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
  /** Rule ID that decided */
  rule?: Maybe<Scalars['String']['output']>;
  /** Position in the chain, from 1 */
  seq: Scalars['Int']['output'];
  /** Service credential that acted for the user (OA systems) */
  serviceClient?: Maybe<Scalars['String']['output']>;
  subjectId?: Maybe<Scalars['ID']['output']>;
  subjectType: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the acting user */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  /** Global ID of the object acted on */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
};

export type AuditOutcome =
  | 'ALLOWED'
  | 'REFUSED';

/** A next step of a workflow object, for the current user */
export type AvailableAction = {
  __typename?: 'AvailableAction';
  /** The mutation verb, e.g. approve */
  action: Scalars['String']['output'];
  allowed: Scalars['Boolean']['output'];
  /** Why not: the policy refusal and every unmet gate */
  blockers: Array<UserError>;
};

export type BudgetLine = Node & {
  __typename?: 'BudgetLine';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: BudgetLineKind;
};

/** PM-9(1) */
export type BudgetLineKind =
  | 'CLOUD_SERVICES'
  | 'COMPUTE_STORAGE_HARDWARE'
  | 'DATA_CENTER_BUILD'
  | 'DATA_SERVICES'
  | 'EVALUATION_AND_TESTING'
  | 'OPERATION_AND_MAINTENANCE'
  | 'OTHER'
  | 'SECURITY_AND_CRYPTOGRAPHY'
  | 'SOFTWARE_DEVELOPMENT'
  | 'SUPERVISION'
  | 'SYSTEM_INTEGRATION'
  | 'TERMINAL_EQUIPMENT';

/** PM-2 */
export type BuildType =
  | 'EXPANSION'
  | 'NEW'
  | 'OPERATION'
  | 'REBUILD';

export type Catalog = Node & {
  __typename?: 'Catalog';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  status: CatalogStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  version: Scalars['Int']['output'];
};

export type CatalogEntry = Node & {
  __typename?: 'CatalogEntry';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** 信息资源代码 */
  resourceCode: Scalars['String']['output'];
  /** 信息资源名称 */
  resourceName: Scalars['String']['output'];
};

export type CatalogStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETURNED'
  | 'SUBMITTED';

/** Chapters required by PM-9 */
export type Chapter =
  | 'INTENSIVE_CONSTRUCTION'
  | 'RESOURCE_SHARING'
  | 'SECURITY_AND_CRYPTOGRAPHY';

export type CloudChangeExpertReviewInput = {
  conclusion: Scalars['String']['input'];
  experts: Array<Scalars['String']['input']>;
  /** The amounts fixed for the items of the request */
  lines: Array<CloudQuantityInput>;
  reviewedOn: Scalars['Date']['input'];
};

/** CM-14 */
export type CloudChangeKind =
  | 'ADJUSTMENT'
  | 'EXPANSION'
  | 'REDUCTION';

/** An item of a change: original, requested and decided quantity */
export type CloudChangeLine = Node & {
  __typename?: 'CloudChangeLine';
  createdAt: Scalars['DateTimeISO']['output'];
  /** As BDC (reduction, adjustment) or the experts (expansion) decided */
  decidedQuantity?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  item?: Maybe<CloudServiceItem>;
  /** In force when the change was filed */
  originalQuantity: Scalars['Int']['output'];
  requestedQuantity: Scalars['Int']['output'];
};

/** CM-14: a change (expansion, reduction, BDC adjustment) of a tenancy */
export type CloudChangeRequest = Node & {
  __typename?: 'CloudChangeRequest';
  approvedOn?: Maybe<Scalars['Date']['output']>;
  /** What the reader may do next, and why not */
  availableActions: Array<AvailableAction>;
  /** The new quota is in force from this date */
  completedOn?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  deadline?: Maybe<Deadline>;
  expertConclusion?: Maybe<Scalars['String']['output']>;
  expertReviewOn?: Maybe<Scalars['Date']['output']>;
  experts: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CloudChangeKind;
  lines: Array<CloudChangeLine>;
  /** BDC told the provider (CM-12, CM-14) */
  providerNotifiedOn?: Maybe<Scalars['Date']['output']>;
  /** An expansion: 3 working days after the notice (CM-12) */
  provisioningDueOn?: Maybe<Scalars['Date']['output']>;
  /** Why: the user’s reason, or the utilisation BDC observed (CM-14) */
  reason: Scalars['String']['output'];
  /** Who filed it: the user, or BDC for an adjustment */
  requestedByAgency?: Maybe<Agency>;
  returnReasons?: Maybe<Scalars['String']['output']>;
  status: CloudChangeStatus;
  submittedOn: Scalars['Date']['output'];
  tenancy?: Maybe<CloudTenancy>;
  version: Scalars['Int']['output'];
};

export type CloudChangeRequestPayload = {
  __typename?: 'CloudChangeRequestPayload';
  cloudChangeRequest?: Maybe<CloudChangeRequest>;
  errors: Array<UserError>;
};

export type CloudChangeRequestReviewInput = {
  decision: ReviewDecision;
  /** A reduction: the amounts approved, when not those asked */
  lines?: InputMaybe<Array<CloudQuantityInput>>;
  reasons?: InputMaybe<Scalars['String']['input']>;
};

export type CloudChangeRequestSubmitInput = {
  /** EXPANSION or REDUCTION */
  kind: CloudChangeKind;
  /** The new total of each item that changes */
  lines: Array<CloudQuantityInput>;
  reason: Scalars['String']['input'];
  tenancyId: Scalars['ID']['input'];
};

/** CM-14 */
export type CloudChangeStatus =
  | 'APPROVED'
  | 'COMPLETED'
  | 'PROVISIONING'
  | 'QUOTA_FIXED'
  | 'RETURNED'
  | 'SUBMITTED';

/** CM-13, CM-15 */
export type CloudExitReason =
  | 'LATE_DEPLOYMENT'
  | 'REQUESTED';

export type CloudExpertReviewInput = {
  conclusion: Scalars['String']['input'];
  experts: Array<Scalars['String']['input']>;
  /** The resource amounts fixed */
  quota: Array<CloudQuantityInput>;
  reviewedOn: Scalars['Date']['input'];
};

/** CM-19: a fault on a tenancy and how it was handled */
export type CloudIncident = Node & {
  __typename?: 'CloudIncident';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  reportedByAgency?: Maybe<Agency>;
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  responsibility?: Maybe<IncidentResponsibility>;
  status: CloudIncidentStatus;
  tenancy?: Maybe<CloudTenancy>;
};

export type CloudIncidentPayload = {
  __typename?: 'CloudIncidentPayload';
  cloudIncident?: Maybe<CloudIncident>;
  errors: Array<UserError>;
};

export type CloudIncidentReportInput = {
  description: Scalars['String']['input'];
  occurredAt: Scalars['DateTimeISO']['input'];
  tenancyId: Scalars['ID']['input'];
};

export type CloudIncidentResolveInput = {
  resolution: Scalars['String']['input'];
  responsibility: IncidentResponsibility;
};

/** CM-19 */
export type CloudIncidentStatus =
  | 'OPEN'
  | 'RESOLVED';

/** CM-16: BDC’s quality assessment of a provider for a period */
export type CloudProviderAssessment = Node & {
  __typename?: 'CloudProviderAssessment';
  /** Measured availability, percent (e.g. "99.95") */
  availabilityPercent?: Maybe<Scalars['Decimal']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  findings: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM or YYYY-Qn */
  period: Scalars['String']['output'];
  provider?: Maybe<Agency>;
  /** Score by BDC’s quality standard, 0–100 */
  score: Scalars['Int']['output'];
};

export type CloudProviderAssessmentConnection = {
  __typename?: 'CloudProviderAssessmentConnection';
  edges: Array<CloudProviderAssessmentEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<CloudProviderAssessment>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type CloudProviderAssessmentEdge = {
  __typename?: 'CloudProviderAssessmentEdge';
  cursor: Scalars['String']['output'];
  node: CloudProviderAssessment;
};

export type CloudProviderAssessmentInput = {
  availabilityPercent?: InputMaybe<Scalars['Decimal']['input']>;
  findings: Scalars['String']['input'];
  /** YYYY-MM or YYYY-Qn */
  period: Scalars['String']['input'];
  providerId: Scalars['ID']['input'];
  score: Scalars['Int']['input'];
};

export type CloudProviderAssessmentPayload = {
  __typename?: 'CloudProviderAssessmentPayload';
  cloudProviderAssessment?: Maybe<CloudProviderAssessment>;
  errors: Array<UserError>;
};

/** A catalog item and a quantity of its unit */
export type CloudQuantityInput = {
  itemId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** A quantity of a catalog item allocated to a tenancy over a period */
export type CloudQuotaLine = Node & {
  __typename?: 'CloudQuotaLine';
  createdAt: Scalars['DateTimeISO']['output'];
  effectiveFrom: Scalars['Date']['output'];
  /** First day no longer allocated; null while in force */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  item?: Maybe<CloudServiceItem>;
  quantity: Scalars['Int']['output'];
};

/** CM-5 */
export type CloudServiceCategory =
  | 'COMPUTE'
  | 'NETWORK'
  | 'PLATFORM'
  | 'SECURITY'
  | 'STORAGE';

/** CM-5: an item of the government cloud service catalog */
export type CloudServiceItem = Node & {
  __typename?: 'CloudServiceItem';
  active: Scalars['Boolean']['output'];
  category: CloudServiceCategory;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The price in force today */
  currentPrice?: Maybe<CloudServicePrice>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Every price, oldest first */
  prices: Array<CloudServicePrice>;
  /** The unit a quantity counts, e.g. 核 (vCPU), GB, Mbps, 个 */
  unit: Scalars['String']['output'];
};

export type CloudServiceItemConnection = {
  __typename?: 'CloudServiceItemConnection';
  edges: Array<CloudServiceItemEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<CloudServiceItem>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type CloudServiceItemCreateInput = {
  category: CloudServiceCategory;
  /** e.g. ECS-GPU */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Today or later */
  effectiveFrom: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  unit: Scalars['String']['input'];
  /** CNY per unit per month */
  unitPrice: Scalars['Decimal']['input'];
};

export type CloudServiceItemEdge = {
  __typename?: 'CloudServiceItemEdge';
  cursor: Scalars['String']['output'];
  node: CloudServiceItem;
};

export type CloudServiceItemFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<CloudServiceCategory>;
  /** In the code or name */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type CloudServiceItemPayload = {
  __typename?: 'CloudServiceItemPayload';
  cloudServiceItem?: Maybe<CloudServiceItem>;
  errors: Array<UserError>;
};

export type CloudServiceItemUpdateInput = {
  /** False withdraws it from new requests */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** CM-5: a unit price (CNY per unit per month) in force from a date */
export type CloudServicePrice = Node & {
  __typename?: 'CloudServicePrice';
  createdAt: Scalars['DateTimeISO']['output'];
  effectiveFrom: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** CNY per unit per month */
  unitPrice: Scalars['Decimal']['output'];
};

export type CloudServicePriceSetInput = {
  /** Tomorrow or later: a price never changes what was charged */
  effectiveFrom: Scalars['Date']['input'];
  itemId: Scalars['ID']['input'];
  /** CNY per unit per month */
  unitPrice: Scalars['Decimal']['input'];
};

/** CM-9: a government cloud tenancy of one information system */
export type CloudTenancy = Node & {
  __typename?: 'CloudTenancy';
  /** Date of the (last) filing */
  appliedOn: Scalars['Date']['output'];
  approvedOn?: Maybe<Scalars['Date']['output']>;
  /** What the reader may do next, and why not */
  availableActions: Array<AvailableAction>;
  /** Expansions, reductions and BDC’s adjustments (CM-14) */
  changeRequests: Array<CloudChangeRequest>;
  /** Filing number, e.g. YZ-2026-00012 */
  code: Scalars['String']['output'];
  /** 《吉安市政务云资源开通情况确认表》 reference (CM-12) */
  confirmationFormRef?: Maybe<Scalars['String']['output']>;
  confirmationFormSignedOn?: Maybe<Scalars['Date']['output']>;
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Cut-over to the cloud (割接上线) */
  cutoverOn?: Maybe<Scalars['Date']['output']>;
  /** The user confirmed its data migrated and cleared (CM-15) */
  dataClearedOn?: Maybe<Scalars['Date']['output']>;
  /** Running working-day deadlines of the tenancy and its changes */
  deadlines: Array<Deadline>;
  decommissionedOn?: Maybe<Scalars['Date']['output']>;
  deployedOn?: Maybe<Scalars['Date']['output']>;
  /** 30 working days after provisioning (CM-13) */
  deploymentDueOn?: Maybe<Scalars['Date']['output']>;
  /** GB/T 2260 code of the county, or the city’s (360800) */
  divisionCode: Scalars['String']['output'];
  /** BDC approved the exit, or the late deployment was exited */
  exitApprovedOn?: Maybe<Scalars['Date']['output']>;
  exitNote?: Maybe<Scalars['String']['output']>;
  exitReason?: Maybe<CloudExitReason>;
  exitRequestedOn?: Maybe<Scalars['Date']['output']>;
  /** End of the 20 working days of transition (CM-15) */
  exitTransitionDueOn?: Maybe<Scalars['Date']['output']>;
  expertConclusion?: Maybe<Scalars['String']['output']>;
  expertReviewOn?: Maybe<Scalars['Date']['output']>;
  /** Experts of the review (CM-11) */
  experts: Array<Scalars['String']['output']>;
  /** Who filed it (the department, or the county’s e-government authority) */
  filedBy?: Maybe<Agency>;
  id: Scalars['ID']['output'];
  /** Faults and how they were handled (CM-19) */
  incidents: Array<CloudIncident>;
  level: AgencyLevel;
  /** CM-4: where the existing system runs now */
  migratedSystemDescription?: Maybe<Scalars['String']['output']>;
  /** CM-4: the existing system it moves */
  migratedSystemName?: Maybe<Scalars['String']['output']>;
  /** Moves an existing system to the cloud (CM-4) */
  migration: Scalars['Boolean']['output'];
  /** MLPS level of the system, not above the zone’s certified level (CM-21) */
  mlpsLevel: Scalars['Int']['output'];
  /** Fees a month of the quota in force costs at today’s prices (CNY); null for readers without access to fees (providers) */
  monthlyFee?: Maybe<Scalars['Decimal']['output']>;
  /** The old system is kept until this date, at least 3 months (CM-13) */
  oldSystemRetainedUntil?: Maybe<Scalars['Date']['output']>;
  project?: Maybe<Project>;
  /** Assigned when BDC approves */
  provider?: Maybe<Agency>;
  /** BDC told the provider to provision (CM-12) */
  providerNotifiedOn?: Maybe<Scalars['Date']['output']>;
  provisionedOn?: Maybe<Scalars['Date']['output']>;
  /** 3 working days after the notice (CM-12) */
  provisioningDueOn?: Maybe<Scalars['Date']['output']>;
  /** The quota in force now */
  quota: Array<CloudQuotaLine>;
  /** Every quota line, past and present */
  quotaHistory: Array<CloudQuotaLine>;
  /** Resources applied for and the quota fixed (CM-9, CM-11) */
  resources: Array<CloudTenancyResource>;
  /** The provider confirmed the resources reclaimed (CM-15) */
  resourcesReclaimedOn?: Maybe<Scalars['Date']['output']>;
  /** 《政务云使用责任书》 reference (CM-12) */
  responsibilityLetterRef?: Maybe<Scalars['String']['output']>;
  responsibilityLetterSignedOn?: Maybe<Scalars['Date']['output']>;
  /** BDC’s reasons when it returned the application (CM-11) */
  returnReasons?: Maybe<Scalars['String']['output']>;
  /** Security risk pre-assessment report reference (CM-13) */
  securityPreassessmentRef?: Maybe<Scalars['String']['output']>;
  status: CloudTenancyStatus;
  systemDescription?: Maybe<Scalars['String']['output']>;
  /** The information system hosted */
  systemName: Scalars['String']['output'];
  /** The cloud user (云使用部门) */
  tenant?: Maybe<Agency>;
  testedOn?: Maybe<Scalars['Date']['output']>;
  version: Scalars['Int']['output'];
  zone?: Maybe<CloudZone>;
};

export type CloudTenancyAdjustInput = {
  lines: Array<CloudQuantityInput>;
  tenancyId: Scalars['ID']['input'];
  /** The utilisation observed on the monitoring platform */
  utilisation: Scalars['String']['input'];
};

export type CloudTenancyApplyInput = {
  /** Does the system handle state secrets (涉密)? Such systems are refused (CM-2) */
  classified: Scalars['Boolean']['input'];
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
  migratedSystemDescription?: InputMaybe<Scalars['String']['input']>;
  migratedSystemName?: InputMaybe<Scalars['String']['input']>;
  /** Moves an existing system to the cloud (CM-4) */
  migration: Scalars['Boolean']['input'];
  /** MLPS level of the system (CM-21) */
  mlpsLevel: Scalars['Int']['input'];
  /** The project the system belongs to */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  resources: Array<CloudQuantityInput>;
  systemDescription?: InputMaybe<Scalars['String']['input']>;
  systemName: Scalars['String']['input'];
  /** The cloud zone asked for (BDC may assign another on approval) */
  zoneId: Scalars['ID']['input'];
};

export type CloudTenancyConnection = {
  __typename?: 'CloudTenancyConnection';
  edges: Array<CloudTenancyEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<CloudTenancy>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type CloudTenancyDeploymentInput = {
  cutoverOn: Scalars['Date']['input'];
  /** A migration: the old system is kept until then, at least 3 months after cut-over */
  oldSystemRetainedUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Security risk pre-assessment report reference */
  securityPreassessmentRef: Scalars['String']['input'];
  testedOn: Scalars['Date']['input'];
};

export type CloudTenancyEdge = {
  __typename?: 'CloudTenancyEdge';
  cursor: Scalars['String']['output'];
  node: CloudTenancy;
};

export type CloudTenancyFilter = {
  /** County code; 360800 for municipal tenancies */
  countyCode?: InputMaybe<Scalars['String']['input']>;
  /** Only tenancies with a deadline past due (true), or none (false) */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<CloudTenancyStatus>>;
  /** The tenant agency */
  tenantAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** In the code or system name */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type CloudTenancyPayload = {
  __typename?: 'CloudTenancyPayload';
  cloudTenancy?: Maybe<CloudTenancy>;
  errors: Array<UserError>;
};

/** A resource requested in the application and the quota fixed for it */
export type CloudTenancyResource = Node & {
  __typename?: 'CloudTenancyResource';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  item?: Maybe<CloudServiceItem>;
  /** As fixed by the expert review (CM-11) */
  quotaQuantity?: Maybe<Scalars['Int']['output']>;
  /** As applied for (0 when the experts added the item) */
  requestedQuantity: Scalars['Int']['output'];
};

export type CloudTenancyResubmitInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  /** The amended resources, when they change */
  resources?: InputMaybe<Array<CloudQuantityInput>>;
};

export type CloudTenancyReviewInput = {
  decision: ReviewDecision;
  /** Required when returning */
  reasons?: InputMaybe<Scalars['String']['input']>;
  /** The zone to place it in, when not the one asked for */
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

export type CloudTenancySignDocumentsInput = {
  /** 《吉安市政务云资源开通情况确认表》 reference */
  confirmationFormRef?: InputMaybe<Scalars['String']['input']>;
  confirmationFormSignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 《政务云使用责任书》 reference */
  responsibilityLetterRef?: InputMaybe<Scalars['String']['input']>;
  responsibilityLetterSignedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** CM-9 */
export type CloudTenancyStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'DECOMMISSIONED'
  | 'EXITING'
  | 'EXIT_REQUESTED'
  | 'IN_SERVICE'
  | 'PROVISIONED'
  | 'PROVISIONING'
  | 'QUOTA_FIXED'
  | 'RETURNED';

/** A cloud zone of a provider and its certified MLPS level (CM-21) */
export type CloudZone = Node & {
  __typename?: 'CloudZone';
  active: Scalars['Boolean']['output'];
  /** MLPS level (网络安全等级保护) the zone is certified for, 1–5 (CM-21) */
  certifiedMlpsLevel: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The network it serves, e.g. 电子政务外网 */
  network: Scalars['String']['output'];
  provider?: Maybe<Agency>;
};

/** A running working-day deadline: when it is due, how many working days are left, and whose act is awaited */
export type Deadline = {
  __typename?: 'Deadline';
  changeRequest?: Maybe<CloudChangeRequest>;
  /** The last day to act on (Asia/Shanghai) */
  dueOn: Scalars['Date']['output'];
  kind: DeadlineKind;
  /** Today is after the due date and the act is still awaited */
  overdue: Scalars['Boolean']['output'];
  /** Whose act is awaited */
  responsibleAgency?: Maybe<Agency>;
  /** The rule that sets it (CM-12, CM-13, CM-15) */
  rule: Scalars['String']['output'];
  /** Working days after today up to the due date (0 on it); negative: working days past it. Null when today is in a year without calendar data */
  workingDaysLeft?: Maybe<Scalars['Int']['output']>;
};

export type DeadlineKind =
  | 'CHANGE_PROVISIONING'
  | 'DEPLOYMENT'
  | 'EXIT_TRANSITION'
  | 'PROVISIONING';

/** Ji'an City or one of its county-level units */
export type Division = {
  __typename?: 'Division';
  code: Scalars['String']['output'];
  kind: DivisionKind;
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
};

export type DivisionKind =
  | 'CITY'
  | 'COUNTY'
  | 'COUNTY_CITY'
  | 'DISTRICT'
  | 'ZONE';

export type DocumentKind =
  | 'AUDIT_REPORT'
  | 'BDC_TECH_OPINION'
  | 'CONSTRUCTION_SUMMARY'
  | 'COUNTY_APPROVAL'
  | 'CRYPTO_ASSESSMENT'
  | 'DRC_APPROVAL'
  | 'EXPERT_REVIEW_OPINION'
  | 'FEASIBILITY_STUDY'
  | 'FINANCIAL_REPORT'
  | 'INTENSIVE_SHARING_ASSESSMENT'
  | 'OTHER'
  | 'PRELIMINARY_DESIGN'
  | 'PROPOSAL'
  | 'REVIEW_OPINION'
  | 'SECURITY_RISK_ASSESSMENT'
  | 'SUPERVISION_CONTRACT'
  | 'TECHNICAL_PLAN';

/** A line of fees computed now from the data (not stored) */
export type FeeLinePreview = {
  __typename?: 'FeeLinePreview';
  amount: Scalars['Decimal']['output'];
  days: Scalars['Int']['output'];
  daysInMonth: Scalars['Int']['output'];
  firstDay: Scalars['Date']['output'];
  item?: Maybe<CloudServiceItem>;
  lastDay: Scalars['Date']['output'];
  quantity: Scalars['Int']['output'];
  tenancy?: Maybe<CloudTenancy>;
  unitPrice: Scalars['Decimal']['output'];
};

/** CM-6: a monthly cloud fee statement of one tenant agency */
export type FeeStatement = Node & {
  __typename?: 'FeeStatement';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  lines: Array<FeeStatementLine>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** The finance bureau that settles it (CM-6) */
  payer?: Maybe<Agency>;
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  settledOn?: Maybe<Scalars['Date']['output']>;
  /** Payment voucher or settlement reference */
  settlementRef?: Maybe<Scalars['String']['output']>;
  status: FeeStatementStatus;
  tenant?: Maybe<Agency>;
  /** Sum of the lines, CNY */
  total: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};

export type FeeStatementConnection = {
  __typename?: 'FeeStatementConnection';
  edges: Array<FeeStatementEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<FeeStatement>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type FeeStatementEdge = {
  __typename?: 'FeeStatementEdge';
  cursor: Scalars['String']['output'];
  node: FeeStatement;
};

export type FeeStatementFilter = {
  /** YYYY-MM */
  month?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FeeStatementStatus>;
  tenantAgencyId?: InputMaybe<Scalars['ID']['input']>;
};

export type FeeStatementIssueInput = {
  /** YYYY-MM, a month that has ended */
  month: Scalars['String']['input'];
  tenantAgencyId: Scalars['ID']['input'];
};

/** A quantity of an item at one price over consecutive days of the month */
export type FeeStatementLine = Node & {
  __typename?: 'FeeStatementLine';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  days: Scalars['Int']['output'];
  daysInMonth: Scalars['Int']['output'];
  firstDay: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  item?: Maybe<CloudServiceItem>;
  lastDay: Scalars['Date']['output'];
  quantity: Scalars['Int']['output'];
  tenancy?: Maybe<CloudTenancy>;
  /** CNY per unit per month, as in force on these days */
  unitPrice: Scalars['Decimal']['output'];
};

export type FeeStatementPayload = {
  __typename?: 'FeeStatementPayload';
  errors: Array<UserError>;
  feeStatement?: Maybe<FeeStatement>;
};

/** A tenant’s fees for a month computed now from the quota and the prices (CM-6) */
export type FeeStatementPreview = {
  __typename?: 'FeeStatementPreview';
  lines: Array<FeeLinePreview>;
  month: Scalars['String']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  total: Scalars['Decimal']['output'];
};

/** CM-6 */
export type FeeStatementStatus =
  | 'ISSUED'
  | 'SETTLED';

/** PM-8.1 */
export type FundingSource =
  | 'CENTRAL_OR_PROVINCIAL'
  | 'COUNTY_FISCAL'
  | 'MUNICIPAL_FISCAL'
  | 'OTHER'
  | 'OWN_FUNDS'
  | 'SPECIAL_BOND';

/** CM-19 */
export type IncidentResponsibility =
  | 'BDC'
  | 'PROVIDER'
  | 'SHARED'
  | 'USER';

export type Mutation = {
  __typename?: 'Mutation';
  /** CM-8: the provider confirms the expansion provisioned */
  cloudChangeRequestConfirmProvisioning: CloudChangeRequestPayload;
  /** CM-11 (by CM-14): the expert review fixes an expansion’s amounts */
  cloudChangeRequestExpertReview: CloudChangeRequestPayload;
  /** CM-12 (by CM-14): BDC notifies the provider of an expansion */
  cloudChangeRequestNotifyProvider: CloudChangeRequestPayload;
  /** CM-14: BDC approves (a reduction is then in force) or returns a change */
  cloudChangeRequestReview: CloudChangeRequestPayload;
  /** CM-14: the user applies for an expansion or a reduction */
  cloudChangeRequestSubmit: CloudChangeRequestPayload;
  /** CM-19: record a fault on a tenancy */
  cloudIncidentReport: CloudIncidentPayload;
  /** CM-19: record how a fault was resolved and whose it was */
  cloudIncidentResolve: CloudIncidentPayload;
  /** CM-16: BDC records a provider’s quality assessment */
  cloudProviderAssessmentRecord: CloudProviderAssessmentPayload;
  /** CM-5: BDC adds a catalog item with its first price */
  cloudServiceItemCreate: CloudServiceItemPayload;
  /** CM-5: BDC renames, withdraws or restores a catalog item */
  cloudServiceItemUpdate: CloudServiceItemPayload;
  /** CM-5: BDC sets a unit price from a future date */
  cloudServicePriceSet: CloudServiceItemPayload;
  /** CM-5, CM-14: BDC adjusts a tenancy from monitored utilisation */
  cloudTenancyAdjust: CloudChangeRequestPayload;
  /** CM-10: a municipal department applies; a county’s e-government authority applies in the county government’s name */
  cloudTenancyApply: CloudTenancyPayload;
  /** CM-15: after the transition, the user confirms its data cleared */
  cloudTenancyConfirmDataCleared: CloudTenancyPayload;
  /** CM-8, CM-12: the provider confirms provisioning; deployment is due in 30 working days */
  cloudTenancyConfirmProvisioning: CloudTenancyPayload;
  /** CM-15: after the transition, the provider confirms the resources reclaimed */
  cloudTenancyConfirmReclaimed: CloudTenancyPayload;
  /** CM-15: BDC decommissions the tenancy once both confirmed */
  cloudTenancyDecommission: CloudTenancyPayload;
  /** CM-15: the user applies to leave the cloud */
  cloudTenancyExitApply: CloudTenancyPayload;
  /** CM-15: BDC approves the exit; 20 working days of transition */
  cloudTenancyExitApprove: CloudTenancyPayload;
  /** CM-11: BDC records the expert review that fixes the quota */
  cloudTenancyExpertReview: CloudTenancyPayload;
  /** CM-12: BDC notifies the provider, who provisions within 3 working days */
  cloudTenancyNotifyProvider: CloudTenancyPayload;
  /** CM-7, CM-13: the user records deployment, tests, security pre-assessment and cut-over */
  cloudTenancyRecordDeployment: CloudTenancyPayload;
  /** CM-10: the applicant amends a returned application and files it again */
  cloudTenancyResubmit: CloudTenancyPayload;
  /** CM-11: BDC approves or returns the application */
  cloudTenancyReview: CloudTenancyPayload;
  /** CM-12: the user records the signed responsibility letter and confirmation form */
  cloudTenancySignDocuments: CloudTenancyPayload;
  /** CM-6: BDC issues a tenant’s statement of an ended month to the finance bureau of its level */
  feeStatementIssue: FeeStatementPayload;
  /** CM-6: the finance bureau of the statement’s level records it settled */
  feeStatementSettle: FeeStatementPayload;
  /** PM-17: record that the unit rectified */
  rectificationOrderClose: RectificationOrderPayload;
  /** PM-17: order a unit to rectify (NSC, BDC or DRC, each within its duty) */
  rectificationOrderIssue: RectificationOrderPayload;
  /** Adds a newly published year of the official calendar (BDC or the Government Office) */
  workingCalendarYearPublish: WorkingCalendarYearPayload;
};


export type MutationCloudChangeRequestConfirmProvisioningArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloudChangeRequestExpertReviewArgs = {
  id: Scalars['ID']['input'];
  input: CloudChangeExpertReviewInput;
};


export type MutationCloudChangeRequestNotifyProviderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloudChangeRequestReviewArgs = {
  id: Scalars['ID']['input'];
  input: CloudChangeRequestReviewInput;
};


export type MutationCloudChangeRequestSubmitArgs = {
  input: CloudChangeRequestSubmitInput;
};


export type MutationCloudIncidentReportArgs = {
  input: CloudIncidentReportInput;
};


export type MutationCloudIncidentResolveArgs = {
  id: Scalars['ID']['input'];
  input: CloudIncidentResolveInput;
};


export type MutationCloudProviderAssessmentRecordArgs = {
  input: CloudProviderAssessmentInput;
};


export type MutationCloudServiceItemCreateArgs = {
  input: CloudServiceItemCreateInput;
};


export type MutationCloudServiceItemUpdateArgs = {
  id: Scalars['ID']['input'];
  input: CloudServiceItemUpdateInput;
};


export type MutationCloudServicePriceSetArgs = {
  input: CloudServicePriceSetInput;
};


export type MutationCloudTenancyAdjustArgs = {
  input: CloudTenancyAdjustInput;
};


export type MutationCloudTenancyApplyArgs = {
  input: CloudTenancyApplyInput;
};


export type MutationCloudTenancyConfirmDataClearedArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloudTenancyConfirmProvisioningArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloudTenancyConfirmReclaimedArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloudTenancyDecommissionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloudTenancyExitApplyArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloudTenancyExitApproveArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloudTenancyExpertReviewArgs = {
  id: Scalars['ID']['input'];
  input: CloudExpertReviewInput;
};


export type MutationCloudTenancyNotifyProviderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloudTenancyRecordDeploymentArgs = {
  id: Scalars['ID']['input'];
  input: CloudTenancyDeploymentInput;
};


export type MutationCloudTenancyResubmitArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<CloudTenancyResubmitInput>;
};


export type MutationCloudTenancyReviewArgs = {
  id: Scalars['ID']['input'];
  input: CloudTenancyReviewInput;
};


export type MutationCloudTenancySignDocumentsArgs = {
  id: Scalars['ID']['input'];
  input: CloudTenancySignDocumentsInput;
};


export type MutationFeeStatementIssueArgs = {
  input: FeeStatementIssueInput;
};


export type MutationFeeStatementSettleArgs = {
  id: Scalars['ID']['input'];
  settlementRef?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRectificationOrderCloseArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRectificationOrderIssueArgs = {
  input: RectificationOrderIssueInput;
};


export type MutationWorkingCalendarYearPublishArgs = {
  input: WorkingCalendarYearPublishInput;
};

/** PM-9(2) */
export type NetworkKind =
  | 'DEDICATED_NETWORK'
  | 'EGOV_EXTRANET';

export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** PM-9(6) */
export type ParticipantRole =
  | 'CO_BUILDER';

export type Plan = Node & {
  __typename?: 'Plan';
  /** Approved by the municipal government on */
  approvedOn?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: PlanKind;
  title: Scalars['String']['output'];
  /** Year of an annual plan; first year of a master plan */
  year: Scalars['Int']['output'];
};

export type PlanEntry = Node & {
  __typename?: 'PlanEntry';
  createdAt: Scalars['DateTimeISO']['output'];
  estimatedInvestment?: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PlanKind =
  | 'ANNUAL'
  | 'MASTER';

export type Project = Node & {
  __typename?: 'Project';
  budgetConfirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  buildType: BuildType;
  category: ProjectCategory;
  /** Filing number, e.g. JA-2026-00012 */
  code: Scalars['String']['output'];
  constructionStartedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  contractAmount?: Maybe<Scalars['Decimal']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** First submission for review (申报日期) */
  filedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  fundingSource?: Maybe<FundingSource>;
  id: Scalars['ID']['output'];
  /** PM-10: implementing body (项目实施机构) */
  implementingBody?: Maybe<Scalars['String']['output']>;
  /** In the municipal plan (PM-6, PM-7.2) */
  inPlan: Scalars['Boolean']['output'];
  /** Investment estimate (投资概算), CNY */
  investment: Scalars['Decimal']['output'];
  /** PM-9(6): built jointly with co-builders */
  joint: Scalars['Boolean']['output'];
  level: AgencyLevel;
  name: Scalars['String']['output'];
  network: NetworkKind;
  procurementConfirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Procurement method (公开招标, 竞争性磋商, …) */
  procurementMethod?: Maybe<Scalars['String']['output']>;
  /** PM-10: project leader (项目责任人) */
  projectLeader?: Maybe<Scalars['String']['output']>;
  /** Construction scale (建设规模) */
  scale?: Maybe<Scalars['String']['output']>;
  status: ProjectStatus;
  supervisionContractNo?: Maybe<Scalars['String']['output']>;
  supervisionSignedOn?: Maybe<Scalars['Date']['output']>;
  supplierName?: Maybe<Scalars['String']['output']>;
  /** PM-7.3: basis of an out-of-plan project */
  urgencyBasis?: Maybe<UrgencyBasisKind>;
  /** PM-7.3: the document or instruction that requires it */
  urgencyReference?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** Year of filing */
  year: Scalars['Int']['output'];
};

/** Scope of the measures (PM-2) */
export type ProjectCategory =
  | 'BUSINESS_SYSTEM'
  | 'COMMON_APPLICATION'
  | 'COMMON_SUPPORT_PLATFORM'
  | 'DATA_EXCHANGE_PLATFORM'
  | 'EGOV_CLOUD'
  | 'EGOV_NETWORK'
  | 'OFFICE_EQUIPMENT'
  | 'RESOURCE_DATABASE'
  | 'SECURITY_INFRASTRUCTURE'
  | 'STANDARDS';

export type ProjectDocument = Node & {
  __typename?: 'ProjectDocument';
  /** Chapters the document declares (PM-9) */
  chapters: Array<Chapter>;
  /** Conclusion (expert review, opinions) */
  conclusion?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** PM-9(4): statement on the security and reliability of products */
  securityStatement?: Maybe<Scalars['String']['output']>;
  size: Scalars['Int']['output'];
  /** SM3 hash of the content, hex */
  sm3: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ProjectParticipant = Node & {
  __typename?: 'ProjectParticipant';
  /** 业务流 */
  businessFlow: Scalars['String']['output'];
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** 数据流 */
  dataFlow: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 系统接口 */
  interfaces: Scalars['String']['output'];
  role: ParticipantRole;
};

/** Workflow state (PM-7, PM-8) */
export type ProjectStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'PROCURED'
  | 'PROPOSAL_APPROVED'
  | 'PROPOSAL_UNDER_REVIEW'
  | 'REJECTED'
  | 'RETURNED'
  | 'TECH_REVIEW_FAILED'
  | 'TECH_REVIEW_PASSED'
  | 'UNDER_CONSTRUCTION'
  | 'UNDER_REVIEW'
  | 'UNDER_TECH_REVIEW';

export type Query = {
  __typename?: 'Query';
  /** Agencies the reader may see */
  agencies: AgencyConnection;
  agency: Agency;
  /** Re-hashes the whole chain and names the first bad event (PM-18) */
  auditChainStatus: AuditChainStatus;
  /** The audit trail, newest first (PM-18) */
  auditEvents: AuditEventConnection;
  /** CM-16: BDC’s quality assessments of providers */
  cloudProviderAssessments: CloudProviderAssessmentConnection;
  cloudServiceItem: CloudServiceItem;
  /** CM-5: the government cloud service catalog */
  cloudServiceItems: CloudServiceItemConnection;
  /** Cloud tenancies the reader may see (CM-9) */
  cloudTenancies: CloudTenancyConnection;
  cloudTenancy: CloudTenancy;
  /** Cloud zones and their certified MLPS levels (CM-21) */
  cloudZones: Array<CloudZone>;
  /** Ji'an City and its county-level units */
  divisions: Array<Division>;
  feeStatement: FeeStatement;
  /** CM-6: a tenant’s fees for a month recomputed now from the data (not stored) */
  feeStatementPreview: FeeStatementPreview;
  /** CM-6: monthly fee statements the reader may see */
  feeStatements: FeeStatementConnection;
  /** The signed-in user, with agency, county and roles */
  me: User;
  /** Any object by its global ID (NOT_FOUND when missing or not readable) */
  node: Node;
  /** Tenancies with a working-day deadline past due (CM-12, CM-13, CM-15); each deadline names whose act is awaited */
  overdueTenancies: CloudTenancyConnection;
  rectificationOrder: RectificationOrder;
  /** Rectification orders (PM-17) the reader may see */
  rectificationOrders: RectificationOrderConnection;
  user: User;
  /** Users the reader may see */
  users: UserConnection;
  /** The years of the official calendar that working-day deadlines can use */
  workingCalendarYears: Array<WorkingCalendarYear>;
  /** The due date of a deadline of `workingDays` working days after `start` (the start day does not count); refused when it would fall in a year without calendar data */
  workingDeadline: Scalars['Date']['output'];
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCloudProviderAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCloudServiceItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCloudServiceItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CloudServiceItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCloudTenanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CloudTenancyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCloudTenancyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeeStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeeStatementPreviewArgs = {
  month: Scalars['String']['input'];
  tenantAgencyId: Scalars['ID']['input'];
};


export type QueryFeeStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeeStatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOverdueTenanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRectificationOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRectificationOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkingDeadlineArgs = {
  start: Scalars['Date']['input'];
  workingDays: Scalars['Int']['input'];
};

export type RectificationOrder = Node & {
  __typename?: 'RectificationOrder';
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What was rectified */
  closingNote?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedBy?: Maybe<User>;
  issuedByAgency?: Maybe<Agency>;
  reason: RectificationReason;
  status: RectificationStatus;
  unit?: Maybe<Agency>;
};

export type RectificationOrderConnection = {
  __typename?: 'RectificationOrderConnection';
  edges: Array<RectificationOrderEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<RectificationOrder>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type RectificationOrderEdge = {
  __typename?: 'RectificationOrderEdge';
  cursor: Scalars['String']['output'];
  node: RectificationOrder;
};

export type RectificationOrderFilter = {
  status?: InputMaybe<RectificationStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type RectificationOrderIssueInput = {
  description: Scalars['String']['input'];
  reason: RectificationReason;
  /** The unit that must rectify */
  unitId: Scalars['ID']['input'];
};

export type RectificationOrderPayload = {
  __typename?: 'RectificationOrderPayload';
  errors: Array<UserError>;
  rectificationOrder?: Maybe<RectificationOrder>;
};

/** PM-17 */
export type RectificationReason =
  | 'CRYPTO_OR_SECURITY'
  | 'DUPLICATE_COLLECTION'
  | 'NOT_IN_SYSTEM_CATALOG'
  | 'SHARING_FAILURE';

export type RectificationStatus =
  | 'CLOSED'
  | 'OPEN';

export type ReviewDecision =
  | 'APPROVE'
  | 'RETURN';

export type ReviewOpinion = Node & {
  __typename?: 'ReviewOpinion';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  opinion?: Maybe<Scalars['String']['output']>;
  recordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type Role =
  | 'CLERK'
  | 'LEADER'
  | 'REVIEWER';

export type StateTransition = Node & {
  __typename?: 'StateTransition';
  createdAt: Scalars['DateTimeISO']['output'];
  event: Scalars['String']['output'];
  fromState: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Reasons, opinion or note given with the step */
  note?: Maybe<Scalars['String']['output']>;
  subjectType: Scalars['String']['output'];
  toState: Scalars['String']['output'];
};

/** PM-7.3 */
export type UrgencyBasisKind =
  | 'CITY_LEADERSHIP_REQUIREMENT'
  | 'MAJOR_STRATEGY'
  | 'NATIONAL_SECURITY'
  | 'PROVINCIAL_REQUIREMENT'
  | 'PUBLIC_SECURITY'
  | 'SOCIAL_STABILITY'
  | 'STATE_REQUIREMENT';

/** A person who signs in; their agency and roles decide their rights */
export type User = Node & {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  /** Null only when the reader may not see the agency */
  agency?: Maybe<Agency>;
  createdAt: Scalars['DateTimeISO']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  roles: Array<Role>;
  username: Scalars['String']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<User>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** Why a mutation changed nothing */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Input field at fault */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** Rule ID (RULES.md) that refused, e.g. PM-8.2 */
  rule?: Maybe<Scalars['String']['output']>;
};

export type UserErrorCode =
  | 'CONFLICT'
  | 'DEADLINE_PASSED'
  | 'FORBIDDEN'
  | 'INVALID_INPUT'
  | 'PRECONDITION_FAILED';

export type UserFilter = {
  /** Global ID of the agency */
  agencyId?: InputMaybe<Scalars['String']['input']>;
  /** Part of the username or display name */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One year of the official holiday and make-up working day calendar */
export type WorkingCalendarYear = Node & {
  __typename?: 'WorkingCalendarYear';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Days off by the notice (public holidays and the weekdays given off with them) */
  holidays: Array<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Where the data comes from: the package version, or the notice published */
  source: Scalars['String']['output'];
  /** Weekend days that are working days (调休上班) */
  workdays: Array<Scalars['Date']['output']>;
  year: Scalars['Int']['output'];
};

export type WorkingCalendarYearPayload = {
  __typename?: 'WorkingCalendarYearPayload';
  errors: Array<UserError>;
  workingCalendarYear?: Maybe<WorkingCalendarYear>;
};

export type WorkingCalendarYearPublishInput = {
  /** Every day off by the notice */
  holidays: Array<Scalars['Date']['input']>;
  /** The notice, e.g. 国办发明电〔2026〕7号 */
  source: Scalars['String']['input'];
  /** Weekend days that are working days (调休上班) */
  workdays: Array<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};

export type CalendarYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarYearsQuery = { __typename?: 'Query', workingCalendarYears: Array<{ __typename?: 'WorkingCalendarYear', year: number, source: string }> };

export type CalendarDeadlineQueryVariables = Exact<{
  start: Scalars['Date']['input'];
  days: Scalars['Int']['input'];
}>;


export type CalendarDeadlineQuery = { __typename?: 'Query', workingDeadline: string };

export type CalendarPublishMutationVariables = Exact<{
  input: WorkingCalendarYearPublishInput;
}>;


export type CalendarPublishMutation = { __typename?: 'Mutation', workingCalendarYearPublish: { __typename?: 'WorkingCalendarYearPayload', workingCalendarYear?: { __typename?: 'WorkingCalendarYear', year: number, holidays: Array<string>, workdays: Array<string>, source: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CalendarTenancyActionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CalendarTenancyActionsQuery = { __typename?: 'Query', cloudTenancy: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, message: string }> }> } };

export type CloudCatalogQueryVariables = Exact<{
  filter?: InputMaybe<CloudServiceItemFilter>;
}>;


export type CloudCatalogQuery = { __typename?: 'Query', cloudServiceItems: { __typename?: 'CloudServiceItemConnection', totalCount: number, nodes: Array<{ __typename?: 'CloudServiceItem', code: string, name: string, unit: string, category: CloudServiceCategory, active: boolean, currentPrice?: { __typename?: 'CloudServicePrice', unitPrice: string, effectiveFrom: string } | null }> }, cloudZones: Array<{ __typename?: 'CloudZone', code: string, certifiedMlpsLevel: number, provider?: { __typename?: 'Agency', code: string } | null }> };

export type CloudItemCreateMutationVariables = Exact<{
  input: CloudServiceItemCreateInput;
}>;


export type CloudItemCreateMutation = { __typename?: 'Mutation', cloudServiceItemCreate: { __typename?: 'CloudServiceItemPayload', cloudServiceItem?: { __typename?: 'CloudServiceItem', id: string, code: string, active: boolean, currentPrice?: { __typename?: 'CloudServicePrice', unitPrice: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudItemUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloudServiceItemUpdateInput;
}>;


export type CloudItemUpdateMutation = { __typename?: 'Mutation', cloudServiceItemUpdate: { __typename?: 'CloudServiceItemPayload', cloudServiceItem?: { __typename?: 'CloudServiceItem', code: string, name: string, active: boolean } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudAssessMutationVariables = Exact<{
  input: CloudProviderAssessmentInput;
}>;


export type CloudAssessMutation = { __typename?: 'Mutation', cloudProviderAssessmentRecord: { __typename?: 'CloudProviderAssessmentPayload', cloudProviderAssessment?: { __typename?: 'CloudProviderAssessment', period: string, score: number, availabilityPercent?: string | null, provider?: { __typename?: 'Agency', code: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudAssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CloudAssessmentsQuery = { __typename?: 'Query', cloudProviderAssessments: { __typename?: 'CloudProviderAssessmentConnection', totalCount: number, nodes: Array<{ __typename?: 'CloudProviderAssessment', period: string, score: number, provider?: { __typename?: 'Agency', code: string } | null }> } };

export type CloudTenancyProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudTenancyProjectQuery = { __typename?: 'Query', cloudTenancy: { __typename?: 'CloudTenancy', systemName: string, project?: { __typename?: 'Project', code: string, name: string } | null } };

export type CloudPriceSetMutationVariables = Exact<{
  input: CloudServicePriceSetInput;
}>;


export type CloudPriceSetMutation = { __typename?: 'Mutation', cloudServicePriceSet: { __typename?: 'CloudServiceItemPayload', cloudServiceItem?: { __typename?: 'CloudServiceItem', code: string, currentPrice?: { __typename?: 'CloudServicePrice', unitPrice: string, effectiveFrom: string } | null, prices: Array<{ __typename?: 'CloudServicePrice', unitPrice: string, effectiveFrom: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type FeeIssueMutationVariables = Exact<{
  input: FeeStatementIssueInput;
}>;


export type FeeIssueMutation = { __typename?: 'Mutation', feeStatementIssue: { __typename?: 'FeeStatementPayload', feeStatement?: { __typename?: 'FeeStatement', id: string, month: string, total: string, status: FeeStatementStatus, periodStart: string, periodEnd: string, tenant?: { __typename?: 'Agency', code: string } | null, payer?: { __typename?: 'Agency', code: string } | null, lines: Array<{ __typename?: 'FeeStatementLine', quantity: number, unitPrice: string, firstDay: string, lastDay: string, days: number, daysInMonth: number, amount: string, item?: { __typename?: 'CloudServiceItem', code: string } | null }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type FeeSettleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  ref?: InputMaybe<Scalars['String']['input']>;
}>;


export type FeeSettleMutation = { __typename?: 'Mutation', feeStatementSettle: { __typename?: 'FeeStatementPayload', feeStatement?: { __typename?: 'FeeStatement', status: FeeStatementStatus, settledOn?: string | null, settlementRef?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type FeeStatementsQueryVariables = Exact<{
  filter?: InputMaybe<FeeStatementFilter>;
}>;


export type FeeStatementsQuery = { __typename?: 'Query', feeStatements: { __typename?: 'FeeStatementConnection', totalCount: number, nodes: Array<{ __typename?: 'FeeStatement', month: string, total: string, status: FeeStatementStatus, tenant?: { __typename?: 'Agency', code: string } | null, payer?: { __typename?: 'Agency', code: string } | null }> } };

export type FeeStatementIdsQueryVariables = Exact<{
  filter?: InputMaybe<FeeStatementFilter>;
}>;


export type FeeStatementIdsQuery = { __typename?: 'Query', feeStatements: { __typename?: 'FeeStatementConnection', nodes: Array<{ __typename?: 'FeeStatement', id: string, status: FeeStatementStatus }> } };

export type FeePreviewQueryVariables = Exact<{
  tenant: Scalars['ID']['input'];
  month: Scalars['String']['input'];
}>;


export type FeePreviewQuery = { __typename?: 'Query', feeStatementPreview: { __typename?: 'FeeStatementPreview', total: string, lines: Array<{ __typename?: 'FeeLinePreview', quantity: number, unitPrice: string, firstDay: string, lastDay: string, days: number, amount: string, item?: { __typename?: 'CloudServiceItem', code: string } | null }> } };

export type CloudChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CloudChainStatusQuery = { __typename?: 'Query', auditChainStatus: { __typename?: 'AuditChainStatus', ok: boolean, checked: number } };

export type CloudApplyMutationVariables = Exact<{
  input: CloudTenancyApplyInput;
}>;


export type CloudApplyMutation = { __typename?: 'Mutation', cloudTenancyApply: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', id: string, code: string, status: CloudTenancyStatus, level: AgencyLevel, divisionCode: string, migration: boolean, migratedSystemName?: string | null, tenant?: { __typename?: 'Agency', code: string } | null, filedBy?: { __typename?: 'Agency', code: string } | null, provider?: { __typename?: 'Agency', code: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudResubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input?: InputMaybe<CloudTenancyResubmitInput>;
}>;


export type CloudResubmitMutation = { __typename?: 'Mutation', cloudTenancyResubmit: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloudTenancyReviewInput;
}>;


export type CloudReviewMutation = { __typename?: 'Mutation', cloudTenancyReview: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, returnReasons?: string | null, provider?: { __typename?: 'Agency', code: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudExpertReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloudExpertReviewInput;
}>;


export type CloudExpertReviewMutation = { __typename?: 'Mutation', cloudTenancyExpertReview: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, experts: Array<string>, resources: Array<{ __typename?: 'CloudTenancyResource', requestedQuantity: number, quotaQuantity?: number | null, item?: { __typename?: 'CloudServiceItem', code: string } | null }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudSignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloudTenancySignDocumentsInput;
}>;


export type CloudSignMutation = { __typename?: 'Mutation', cloudTenancySignDocuments: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, responsibilityLetterSignedOn?: string | null, confirmationFormSignedOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudNotifyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudNotifyMutation = { __typename?: 'Mutation', cloudTenancyNotifyProvider: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, providerNotifiedOn?: string | null, provisioningDueOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, message: string }> } };

export type CloudConfirmProvisioningMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudConfirmProvisioningMutation = { __typename?: 'Mutation', cloudTenancyConfirmProvisioning: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, provisionedOn?: string | null, deploymentDueOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudRecordDeploymentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloudTenancyDeploymentInput;
}>;


export type CloudRecordDeploymentMutation = { __typename?: 'Mutation', cloudTenancyRecordDeployment: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, deployedOn?: string | null, cutoverOn?: string | null, oldSystemRetainedUntil?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudExitApplyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CloudExitApplyMutation = { __typename?: 'Mutation', cloudTenancyExitApply: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, exitReason?: CloudExitReason | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudExitApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudExitApproveMutation = { __typename?: 'Mutation', cloudTenancyExitApprove: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, exitTransitionDueOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudConfirmClearedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudConfirmClearedMutation = { __typename?: 'Mutation', cloudTenancyConfirmDataCleared: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, dataClearedOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudConfirmReclaimedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudConfirmReclaimedMutation = { __typename?: 'Mutation', cloudTenancyConfirmReclaimed: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, resourcesReclaimedOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudDecommissionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudDecommissionMutation = { __typename?: 'Mutation', cloudTenancyDecommission: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', status: CloudTenancyStatus, decommissionedOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, message: string }> } };

export type CloudChangeSubmitMutationVariables = Exact<{
  input: CloudChangeRequestSubmitInput;
}>;


export type CloudChangeSubmitMutation = { __typename?: 'Mutation', cloudChangeRequestSubmit: { __typename?: 'CloudChangeRequestPayload', cloudChangeRequest?: { __typename?: 'CloudChangeRequest', id: string, kind: CloudChangeKind, status: CloudChangeStatus, lines: Array<{ __typename?: 'CloudChangeLine', originalQuantity: number, requestedQuantity: number, decidedQuantity?: number | null, item?: { __typename?: 'CloudServiceItem', code: string } | null }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudChangeReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloudChangeRequestReviewInput;
}>;


export type CloudChangeReviewMutation = { __typename?: 'Mutation', cloudChangeRequestReview: { __typename?: 'CloudChangeRequestPayload', cloudChangeRequest?: { __typename?: 'CloudChangeRequest', status: CloudChangeStatus, completedOn?: string | null, providerNotifiedOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudChangeExpertReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloudChangeExpertReviewInput;
}>;


export type CloudChangeExpertReviewMutation = { __typename?: 'Mutation', cloudChangeRequestExpertReview: { __typename?: 'CloudChangeRequestPayload', cloudChangeRequest?: { __typename?: 'CloudChangeRequest', status: CloudChangeStatus, lines: Array<{ __typename?: 'CloudChangeLine', decidedQuantity?: number | null }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudChangeNotifyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudChangeNotifyMutation = { __typename?: 'Mutation', cloudChangeRequestNotifyProvider: { __typename?: 'CloudChangeRequestPayload', cloudChangeRequest?: { __typename?: 'CloudChangeRequest', status: CloudChangeStatus, provisioningDueOn?: string | null, deadline?: { __typename?: 'Deadline', kind: DeadlineKind, dueOn: string, workingDaysLeft?: number | null, overdue: boolean, responsibleAgency?: { __typename?: 'Agency', code: string } | null } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudChangeConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudChangeConfirmMutation = { __typename?: 'Mutation', cloudChangeRequestConfirmProvisioning: { __typename?: 'CloudChangeRequestPayload', cloudChangeRequest?: { __typename?: 'CloudChangeRequest', status: CloudChangeStatus, completedOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudAdjustMutationVariables = Exact<{
  input: CloudTenancyAdjustInput;
}>;


export type CloudAdjustMutation = { __typename?: 'Mutation', cloudTenancyAdjust: { __typename?: 'CloudChangeRequestPayload', cloudChangeRequest?: { __typename?: 'CloudChangeRequest', id: string, kind: CloudChangeKind, status: CloudChangeStatus, completedOn?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudTenancyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudTenancyDetailQuery = { __typename?: 'Query', cloudTenancy: { __typename?: 'CloudTenancy', id: string, code: string, status: CloudTenancyStatus, contactName: string, contactPhone: string, monthlyFee?: string | null, provisioningDueOn?: string | null, deploymentDueOn?: string | null, exitTransitionDueOn?: string | null, quota: Array<{ __typename?: 'CloudQuotaLine', quantity: number, effectiveFrom: string, item?: { __typename?: 'CloudServiceItem', code: string } | null }>, quotaHistory: Array<{ __typename?: 'CloudQuotaLine', quantity: number, effectiveFrom: string, effectiveTo?: string | null, item?: { __typename?: 'CloudServiceItem', code: string } | null }>, changeRequests: Array<{ __typename?: 'CloudChangeRequest', kind: CloudChangeKind, status: CloudChangeStatus, reason: string, requestedByAgency?: { __typename?: 'Agency', code: string } | null }>, deadlines: Array<{ __typename?: 'Deadline', kind: DeadlineKind, rule: string, dueOn: string, workingDaysLeft?: number | null, overdue: boolean, responsibleAgency?: { __typename?: 'Agency', code: string } | null }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } };

export type CloudOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type CloudOverdueQuery = { __typename?: 'Query', overdueTenancies: { __typename?: 'CloudTenancyConnection', totalCount: number, nodes: Array<{ __typename?: 'CloudTenancy', code: string, deadlines: Array<{ __typename?: 'Deadline', kind: DeadlineKind, dueOn: string, workingDaysLeft?: number | null, overdue: boolean, responsibleAgency?: { __typename?: 'Agency', code: string } | null }> }> } };

export type CloudIncidentReportMutationVariables = Exact<{
  input: CloudIncidentReportInput;
}>;


export type CloudIncidentReportMutation = { __typename?: 'Mutation', cloudIncidentReport: { __typename?: 'CloudIncidentPayload', cloudIncident?: { __typename?: 'CloudIncident', id: string, status: CloudIncidentStatus, reportedByAgency?: { __typename?: 'Agency', code: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CloudIncidentResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloudIncidentResolveInput;
}>;


export type CloudIncidentResolveMutation = { __typename?: 'Mutation', cloudIncidentResolve: { __typename?: 'CloudIncidentPayload', cloudIncident?: { __typename?: 'CloudIncident', status: CloudIncidentStatus, responsibility?: IncidentResponsibility | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CloudListQueryVariables = Exact<{
  filter?: InputMaybe<CloudTenancyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CloudListQuery = { __typename?: 'Query', cloudTenancies: { __typename?: 'CloudTenancyConnection', totalCount: number, nodes: Array<{ __typename?: 'CloudTenancy', code: string, systemName: string, status: CloudTenancyStatus, monthlyFee?: string | null, contactName: string, tenant?: { __typename?: 'Agency', code: string } | null, provider?: { __typename?: 'Agency', code: string } | null }> } };

export type CloudDeepQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CloudDeepQuery = { __typename?: 'Query', cloudTenancies: { __typename?: 'CloudTenancyConnection', nodes: Array<{ __typename?: 'CloudTenancy', code: string, monthlyFee?: string | null, tenant?: { __typename?: 'Agency', code: string } | null, filedBy?: { __typename?: 'Agency', code: string } | null, provider?: { __typename?: 'Agency', code: string } | null, zone?: { __typename?: 'CloudZone', code: string, provider?: { __typename?: 'Agency', code: string } | null } | null, project?: { __typename?: 'Project', code: string } | null, resources: Array<{ __typename?: 'CloudTenancyResource', quotaQuantity?: number | null, item?: { __typename?: 'CloudServiceItem', code: string } | null }>, quota: Array<{ __typename?: 'CloudQuotaLine', quantity: number, item?: { __typename?: 'CloudServiceItem', code: string, currentPrice?: { __typename?: 'CloudServicePrice', unitPrice: string } | null } | null }>, changeRequests: Array<{ __typename?: 'CloudChangeRequest', kind: CloudChangeKind, lines: Array<{ __typename?: 'CloudChangeLine', requestedQuantity: number }>, deadline?: { __typename?: 'Deadline', dueOn: string } | null }>, incidents: Array<{ __typename?: 'CloudIncident', status: CloudIncidentStatus }>, deadlines: Array<{ __typename?: 'Deadline', dueOn: string, responsibleAgency?: { __typename?: 'Agency', code: string } | null }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean }> }> } };

export type CloudChangesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudChangesQuery = { __typename?: 'Query', cloudTenancy: { __typename?: 'CloudTenancy', changeRequests: Array<{ __typename?: 'CloudChangeRequest', id: string, status: CloudChangeStatus }> } };

export type CloudOverdueListQueryVariables = Exact<{ [key: string]: never; }>;


export type CloudOverdueListQuery = { __typename?: 'Query', overdueTenancies: { __typename?: 'CloudTenancyConnection', totalCount: number, nodes: Array<{ __typename?: 'CloudTenancy', systemName: string, deadlines: Array<{ __typename?: 'Deadline', kind: DeadlineKind, dueOn: string, overdue: boolean, responsibleAgency?: { __typename?: 'Agency', code: string } | null }> }> } };

export type CloudNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudNodeQuery = { __typename?: 'Query', node: { __typename?: 'Agency', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'BudgetLine', id: string } | { __typename?: 'Catalog', id: string } | { __typename?: 'CatalogEntry', id: string } | { __typename?: 'CloudChangeLine', id: string } | { __typename?: 'CloudChangeRequest', id: string } | { __typename?: 'CloudIncident', id: string } | { __typename?: 'CloudProviderAssessment', id: string } | { __typename?: 'CloudQuotaLine', id: string } | { __typename?: 'CloudServiceItem', id: string } | { __typename?: 'CloudServicePrice', id: string } | { __typename?: 'CloudTenancy', id: string } | { __typename?: 'CloudTenancyResource', id: string } | { __typename?: 'CloudZone', id: string } | { __typename?: 'FeeStatement', id: string } | { __typename?: 'FeeStatementLine', id: string } | { __typename?: 'Plan', id: string } | { __typename?: 'PlanEntry', id: string } | { __typename?: 'Project', id: string } | { __typename?: 'ProjectDocument', id: string } | { __typename?: 'ProjectParticipant', id: string } | { __typename?: 'RectificationOrder', id: string } | { __typename?: 'ReviewOpinion', id: string } | { __typename?: 'StateTransition', id: string } | { __typename?: 'User', id: string } | { __typename?: 'WorkingCalendarYear', id: string } };

export type AgenciesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
}>;


export type AgenciesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Agency', id: string, code: string, kind: AgencyKind, countyCode?: string | null }> } };

export type AgencyByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyByIdQuery = { __typename?: 'Query', agency: { __typename?: 'Agency', code: string } };

export type UsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, nodes: Array<{ __typename?: 'User', username: string, agency?: { __typename?: 'Agency', code: string } | null }> } };

export type IssueOrderMutationVariables = Exact<{
  input: RectificationOrderIssueInput;
}>;


export type IssueOrderMutation = { __typename?: 'Mutation', rectificationOrderIssue: { __typename?: 'RectificationOrderPayload', rectificationOrder?: { __typename?: 'RectificationOrder', id: string, reason: RectificationReason, status: RectificationStatus, unit?: { __typename?: 'Agency', code: string } | null, issuedByAgency?: { __typename?: 'Agency', code: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, message: string, field?: string | null }> } };

export type CloseOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type CloseOrderMutation = { __typename?: 'Mutation', rectificationOrderClose: { __typename?: 'RectificationOrderPayload', rectificationOrder?: { __typename?: 'RectificationOrder', status: RectificationStatus, closingNote?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type OrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersQuery = { __typename?: 'Query', rectificationOrders: { __typename?: 'RectificationOrderConnection', totalCount: number, nodes: Array<{ __typename?: 'RectificationOrder', id: string, reason: RectificationReason, unit?: { __typename?: 'Agency', code: string } | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, roles: Array<Role>, agency?: { __typename?: 'Agency', code: string, kind: AgencyKind, level: AgencyLevel, countyCode?: string | null, county?: { __typename?: 'Division', code: string, name: string } | null } | null } };


export const CalendarYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<CalendarYearsQuery, CalendarYearsQueryVariables>;
export const CalendarDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"workingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<CalendarDeadlineQuery, CalendarDeadlineQueryVariables>;
export const CalendarPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingCalendarYearPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendarYearPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendarYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workdays"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarPublishMutation, CalendarPublishMutationVariables>;
export const CalendarTenancyActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarTenancyActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarTenancyActionsQuery, CalendarTenancyActionsQueryVariables>;
export const CloudCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudServiceItemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudServiceItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cloudZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedMlpsLevel"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CloudCatalogQuery, CloudCatalogQueryVariables>;
export const CloudItemCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudItemCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudServiceItemCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudServiceItemCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudServiceItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudItemCreateMutation, CloudItemCreateMutationVariables>;
export const CloudItemUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudItemUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudServiceItemUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudServiceItemUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudServiceItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudItemUpdateMutation, CloudItemUpdateMutationVariables>;
export const CloudAssessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudAssess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudProviderAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudProviderAssessmentRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudProviderAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudAssessMutation, CloudAssessMutationVariables>;
export const CloudAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudProviderAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudAssessmentsQuery, CloudAssessmentsQueryVariables>;
export const CloudTenancyProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudTenancyProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemName"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CloudTenancyProjectQuery, CloudTenancyProjectQueryVariables>;
export const CloudPriceSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudPriceSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudServicePriceSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudServicePriceSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudServiceItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudPriceSetMutation, CloudPriceSetMutationVariables>;
export const FeeIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeeIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeeStatementIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeStatementIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"daysInMonth"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FeeIssueMutation, FeeIssueMutationVariables>;
export const FeeSettleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeeSettle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeStatementSettle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"settlementRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settledOn"}},{"kind":"Field","name":{"kind":"Name","value":"settlementRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<FeeSettleMutation, FeeSettleMutationVariables>;
export const FeeStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeeStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeeStatementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeeStatementsQuery, FeeStatementsQueryVariables>;
export const FeeStatementIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeeStatementIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeeStatementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FeeStatementIdsQuery, FeeStatementIdsQueryVariables>;
export const FeePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeStatementPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeePreviewQuery, FeePreviewQueryVariables>;
export const CloudChainStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}}]}}]}}]} as unknown as DocumentNode<CloudChainStatusQuery, CloudChainStatusQueryVariables>;
export const CloudApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudTenancyApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"migration"}},{"kind":"Field","name":{"kind":"Name","value":"migratedSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudApplyMutation, CloudApplyMutationVariables>;
export const CloudResubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudResubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudTenancyResubmitInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyResubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudResubmitMutation, CloudResubmitMutationVariables>;
export const CloudReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudTenancyReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReasons"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudReviewMutation, CloudReviewMutationVariables>;
export const CloudExpertReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudExpertReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudExpertReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyExpertReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"experts"}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"quotaQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudExpertReviewMutation, CloudExpertReviewMutationVariables>;
export const CloudSignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudTenancySignDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancySignDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilityLetterSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationFormSignedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudSignMutation, CloudSignMutationVariables>;
export const CloudNotifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudNotify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyNotifyProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provisioningDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloudNotifyMutation, CloudNotifyMutationVariables>;
export const CloudConfirmProvisioningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudConfirmProvisioning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyConfirmProvisioning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provisionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudConfirmProvisioningMutation, CloudConfirmProvisioningMutationVariables>;
export const CloudRecordDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudRecordDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudTenancyDeploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyRecordDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deployedOn"}},{"kind":"Field","name":{"kind":"Name","value":"cutoverOn"}},{"kind":"Field","name":{"kind":"Name","value":"oldSystemRetainedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudRecordDeploymentMutation, CloudRecordDeploymentMutationVariables>;
export const CloudExitApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudExitApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyExitApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudExitApplyMutation, CloudExitApplyMutationVariables>;
export const CloudExitApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudExitApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyExitApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exitTransitionDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudExitApproveMutation, CloudExitApproveMutationVariables>;
export const CloudConfirmClearedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudConfirmCleared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyConfirmDataCleared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dataClearedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudConfirmClearedMutation, CloudConfirmClearedMutationVariables>;
export const CloudConfirmReclaimedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudConfirmReclaimed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyConfirmReclaimed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesReclaimedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudConfirmReclaimedMutation, CloudConfirmReclaimedMutationVariables>;
export const CloudDecommissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudDecommission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyDecommission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decommissionedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloudDecommissionMutation, CloudDecommissionMutationVariables>;
export const CloudChangeSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudChangeSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudChangeRequestSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequestSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"requestedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"decidedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudChangeSubmitMutation, CloudChangeSubmitMutationVariables>;
export const CloudChangeReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudChangeReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudChangeRequestReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"providerNotifiedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudChangeReviewMutation, CloudChangeReviewMutationVariables>;
export const CloudChangeExpertReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudChangeExpertReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudChangeExpertReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequestExpertReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidedQuantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudChangeExpertReviewMutation, CloudChangeExpertReviewMutationVariables>;
export const CloudChangeNotifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudChangeNotify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequestNotifyProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provisioningDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudChangeNotifyMutation, CloudChangeNotifyMutationVariables>;
export const CloudChangeConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudChangeConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequestConfirmProvisioning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudChangeConfirmMutation, CloudChangeConfirmMutationVariables>;
export const CloudAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudTenancyAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancyAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudChangeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudAdjustMutation, CloudAdjustMutationVariables>;
export const CloudTenancyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudTenancyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"provisioningDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitTransitionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudTenancyDetailQuery, CloudTenancyDetailQueryVariables>;
export const CloudOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudOverdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueTenancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudOverdueQuery, CloudOverdueQueryVariables>;
export const CloudIncidentReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudIncidentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudIncidentReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudIncidentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudIncident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloudIncidentReportMutation, CloudIncidentReportMutationVariables>;
export const CloudIncidentResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloudIncidentResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudIncidentResolveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudIncidentResolve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudIncident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloudIncidentResolveMutation, CloudIncidentResolveMutationVariables>;
export const CloudListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CloudTenancyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"systemName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudListQuery, CloudListQueryVariables>;
export const CloudDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudDeepQuery, CloudDeepQueryVariables>;
export const CloudChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloudTenancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CloudChangesQuery, CloudChangesQueryVariables>;
export const CloudOverdueListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudOverdueList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueTenancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemName"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloudOverdueListQuery, CloudOverdueListQueryVariables>;
export const CloudNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CloudNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CloudNodeQuery, CloudNodeQueryVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AgencyByIdQuery, AgencyByIdQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const IssueOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrderIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IssueOrderMutation, IssueOrderMutationVariables>;
export const CloseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloseOrderMutation, CloseOrderMutationVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;