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

export type BudgetLineInput = {
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
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

/** A document whose content was uploaded with POST /documents */
export type DocumentInput = {
  /** Chapters the document contains (PM-9) */
  chapters?: InputMaybe<Array<Chapter>>;
  /** Conclusion (expert reviews, opinions) */
  conclusion?: InputMaybe<Scalars['String']['input']>;
  /** ID answered by POST /documents */
  contentId: Scalars['ID']['input'];
  /** PM-9(4): security and reliability of the products */
  securityStatement?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

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

/** PM-8.1 */
export type FundingSource =
  | 'CENTRAL_OR_PROVINCIAL'
  | 'COUNTY_FISCAL'
  | 'MUNICIPAL_FISCAL'
  | 'OTHER'
  | 'OWN_FUNDS'
  | 'SPECIAL_BOND';

export type Mutation = {
  __typename?: 'Mutation';
  /** PM-6: DRC records a plan approved by the government */
  planCreate: PlanPayload;
  /** PM-6: add an entry (a project to be built) to a plan */
  planEntryAdd: PlanPayload;
  /** PM-8.1, PM-9(3), PM-7.2: approve (DRC; the county for county projects, PM-8.3) */
  projectApprove: ProjectPayload;
  projectApproveProposal: ProjectPayload;
  /** PM-4: Finance confirms the budget */
  projectConfirmBudget: ProjectPayload;
  /** PM-4: Finance confirms the procurement record */
  projectConfirmProcurement: ProjectPayload;
  /** The construction unit files a project (PM-2, PM-9(1), PM-9(2), PM-20) */
  projectCreate: ProjectPayload;
  /** Attach a document of the construction unit (PM-7.1, PM-9) */
  projectDocumentAttach: ProjectPayload;
  /** PM-8.2: BDC fails the technical review; the unit may resubmit */
  projectFailTechReview: ProjectPayload;
  /** PM-5, PM-8.1: invite an agency to give its opinion */
  projectInviteOpinion: ProjectPayload;
  /** PM-9(6): add a co-builder with its part */
  projectParticipantAdd: ProjectPayload;
  /** PM-9(6): a co-builder confirms its part */
  projectParticipantConfirm: ProjectPayload;
  /** PM-8.2: BDC passes the technical review */
  projectPassTechReview: ProjectPayload;
  /** PM-8.2: record the expert review BDC organized */
  projectRecordExpertReview: ProjectPayload;
  /** PM-8.1: an invited agency records its opinion */
  projectRecordOpinion: ProjectPayload;
  /** PM-8.2: record the procurement (refused before the technical review passed) */
  projectRecordProcurement: ProjectPayload;
  /** PM-14: record the supervision contract */
  projectRecordSupervision: ProjectPayload;
  projectReject: ProjectPayload;
  projectRejectProposal: ProjectPayload;
  projectReturnForRevision: ProjectPayload;
  /** PM-10: name the implementing body and project leader */
  projectSetImplementation: ProjectPayload;
  /** PM-14, PM-10, PM-4: start construction; sets the acceptance due date (PM-16.2) */
  projectStartConstruction: ProjectPayload;
  /** PM-8.1: submit the feasibility study (and preliminary design) for review */
  projectSubmitFeasibility: ProjectPayload;
  /** PM-7.1, PM-7.3: an out-of-plan project files its proposal */
  projectSubmitProposal: ProjectPayload;
  /** PM-8.2, PM-8.3: submit the technical plan to BDC */
  projectSubmitTechnicalPlan: ProjectPayload;
  /** Edit the filing while in draft or returned */
  projectUpdate: ProjectPayload;
  /** PM-17: record that the unit rectified */
  rectificationOrderClose: RectificationOrderPayload;
  /** PM-17: order a unit to rectify (NSC, BDC or DRC, each within its duty) */
  rectificationOrderIssue: RectificationOrderPayload;
};


export type MutationPlanCreateArgs = {
  input: PlanCreateInput;
};


export type MutationPlanEntryAddArgs = {
  input: PlanEntryAddInput;
};


export type MutationProjectApproveArgs = {
  input: ProjectApproveInput;
};


export type MutationProjectApproveProposalArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationProjectConfirmBudgetArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationProjectConfirmProcurementArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationProjectCreateArgs = {
  input: ProjectCreateInput;
};


export type MutationProjectDocumentAttachArgs = {
  input: ProjectDocumentAttachInput;
};


export type MutationProjectFailTechReviewArgs = {
  input: ProjectTechReviewInput;
};


export type MutationProjectInviteOpinionArgs = {
  agencyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationProjectParticipantAddArgs = {
  input: ProjectParticipantAddInput;
};


export type MutationProjectParticipantConfirmArgs = {
  projectId: Scalars['ID']['input'];
};


export type MutationProjectPassTechReviewArgs = {
  input: ProjectTechReviewInput;
};


export type MutationProjectRecordExpertReviewArgs = {
  input: ProjectExpertReviewInput;
};


export type MutationProjectRecordOpinionArgs = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};


export type MutationProjectRecordProcurementArgs = {
  input: ProjectProcurementInput;
};


export type MutationProjectRecordSupervisionArgs = {
  input: ProjectSupervisionInput;
};


export type MutationProjectRejectArgs = {
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
};


export type MutationProjectRejectProposalArgs = {
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
};


export type MutationProjectReturnForRevisionArgs = {
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
};


export type MutationProjectSetImplementationArgs = {
  input: ProjectImplementationInput;
};


export type MutationProjectStartConstructionArgs = {
  acceptanceDueOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationProjectSubmitFeasibilityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProjectSubmitProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProjectSubmitTechnicalPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProjectUpdateArgs = {
  input: ProjectUpdateInput;
};


export type MutationRectificationOrderCloseArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRectificationOrderIssueArgs = {
  input: RectificationOrderIssueInput;
};

/** PM-9(2) */
export type NetworkKind =
  | 'DEDICATED_NETWORK'
  | 'EGOV_EXTRANET';

export type Node = {
  id: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

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
  entries: Array<PlanEntry>;
  id: Scalars['ID']['output'];
  kind: PlanKind;
  title: Scalars['String']['output'];
  /** Year of an annual plan; first year of a master plan */
  year: Scalars['Int']['output'];
};

export type PlanConnection = {
  __typename?: 'PlanConnection';
  edges: Array<PlanEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<Plan>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type PlanCreateInput = {
  /** Approved by the municipal government on (PM-6) */
  approvedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: PlanKind;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type PlanEdge = {
  __typename?: 'PlanEdge';
  cursor: Scalars['String']['output'];
  node: Plan;
};

export type PlanEntry = Node & {
  __typename?: 'PlanEntry';
  createdAt: Scalars['DateTimeISO']['output'];
  estimatedInvestment?: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  unit?: Maybe<Agency>;
};

export type PlanEntryAddInput = {
  estimatedInvestment?: InputMaybe<Scalars['Decimal']['input']>;
  name: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  /** The unit that will build it */
  unitId: Scalars['ID']['input'];
};

export type PlanKind =
  | 'ANNUAL'
  | 'MASTER';

export type PlanPayload = {
  __typename?: 'PlanPayload';
  errors: Array<UserError>;
  plan?: Maybe<Plan>;
};

export type Project = Node & {
  __typename?: 'Project';
  /** PM-16.2: acceptance due date */
  acceptanceDueOn?: Maybe<Scalars['Date']['output']>;
  /** Next steps for the current user, with every reason one is not possible now */
  availableActions: Array<AvailableAction>;
  budgetConfirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  budgetLines: Array<BudgetLine>;
  /** Sum of the budget lines */
  budgetTotal: Scalars['Decimal']['output'];
  buildType: BuildType;
  category: ProjectCategory;
  /** Filing number, e.g. JA-2026-00012 */
  code: Scalars['String']['output'];
  constructionStartedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Construction unit (项目建设单位); the lead unit of a joint project */
  constructionUnit?: Maybe<Agency>;
  contractAmount?: Maybe<Scalars['Decimal']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Ji'an City for municipal projects, else the county-level unit */
  division?: Maybe<Division>;
  /** Documents in the order they were submitted */
  documents: Array<ProjectDocument>;
  /** First submission for review (申报日期) */
  filedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  fundingSource?: Maybe<FundingSource>;
  /** Every step so far: who, which agency, when */
  history: Array<StateTransition>;
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
  /** Agencies invited to the review and their opinions (PM-5, PM-8.1) */
  opinions: Array<ReviewOpinion>;
  /** Co-builders of a joint project (PM-9(6)) */
  participants: Array<ProjectParticipant>;
  planEntry?: Maybe<PlanEntry>;
  procurementConfirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Procurement method (公开招标, 竞争性磋商, …) */
  procurementMethod?: Maybe<Scalars['String']['output']>;
  /** PM-10: project leader (项目责任人) */
  projectLeader?: Maybe<Scalars['String']['output']>;
  requirements: ProjectRequirements;
  /** Construction scale (建设规模) */
  scale?: Maybe<Scalars['String']['output']>;
  status: ProjectStatus;
  supervisionContractNo?: Maybe<Scalars['String']['output']>;
  supervisionSignedOn?: Maybe<Scalars['Date']['output']>;
  /** Engineering supervision firm (PM-14) */
  supervisor?: Maybe<Agency>;
  supplierName?: Maybe<Scalars['String']['output']>;
  /** PM-7.3: basis of an out-of-plan project */
  urgencyBasis?: Maybe<UrgencyBasisKind>;
  /** PM-7.3: the document or instruction that requires it */
  urgencyReference?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** Year of filing */
  year: Scalars['Int']['output'];
};

export type ProjectApproveInput = {
  /** The approval document (批复), with the PM-9 chapters */
  approvalDocument: DocumentInput;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
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

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<Project>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type ProjectCreateInput = {
  budgetLines?: InputMaybe<Array<BudgetLineInput>>;
  buildType: BuildType;
  category: ProjectCategory;
  /** PM-20: classified projects are refused (they follow other rules) */
  classified: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  fundingSource?: InputMaybe<FundingSource>;
  /** Investment estimate (投资概算), CNY */
  investment: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  network: NetworkKind;
  /** Plan entry (PM-6); none means out of plan (PM-7.3) */
  planEntryId?: InputMaybe<Scalars['ID']['input']>;
  /** Construction scale (建设规模) */
  scale?: InputMaybe<Scalars['String']['input']>;
  urgencyBasis?: InputMaybe<UrgencyBasisKind>;
  urgencyReference?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectDocument = Node & {
  __typename?: 'ProjectDocument';
  /** Chapters the document declares (PM-9) */
  chapters: Array<Chapter>;
  /** Conclusion (expert review, opinions) */
  conclusion?: Maybe<Scalars['String']['output']>;
  /** The content: GET /documents/<contentId> returns its bytes */
  contentId: Scalars['ID']['output'];
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

export type ProjectDocumentAttachInput = {
  /** Chapters the document contains (PM-9) */
  chapters?: InputMaybe<Array<Chapter>>;
  /** Conclusion (expert reviews, opinions) */
  conclusion?: InputMaybe<Scalars['String']['input']>;
  /** ID answered by POST /documents */
  contentId: Scalars['ID']['input'];
  kind: DocumentKind;
  projectId: Scalars['ID']['input'];
  /** PM-9(4): security and reliability of the products */
  securityStatement?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectExpertReviewInput = {
  /** Names of the experts */
  experts: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** The experts' review opinion with its conclusion */
  opinionDocument: DocumentInput;
};

export type ProjectFilter = {
  categories?: InputMaybe<Array<ProjectCategory>>;
  /** County-level unit code; 360800 for municipal projects */
  countyCode?: InputMaybe<Scalars['String']['input']>;
  investmentMax?: InputMaybe<Scalars['Decimal']['input']>;
  investmentMin?: InputMaybe<Scalars['Decimal']['input']>;
  statuses?: InputMaybe<Array<ProjectStatus>>;
  /** Part of the name or code */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Construction unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectImplementationInput = {
  id: Scalars['ID']['input'];
  /** 项目实施机构 */
  implementingBody: Scalars['String']['input'];
  /** 项目责任人 */
  projectLeader: Scalars['String']['input'];
};

export type ProjectOrder = {
  direction?: OrderDirection;
  field: ProjectOrderField;
};

export type ProjectOrderField =
  | 'CREATED_AT'
  | 'FILED_AT'
  | 'INVESTMENT';

export type ProjectParticipant = Node & {
  __typename?: 'ProjectParticipant';
  agency?: Maybe<Agency>;
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

export type ProjectParticipantAddInput = {
  /** The co-building agency */
  agencyId: Scalars['ID']['input'];
  /** 业务流 */
  businessFlow: Scalars['String']['input'];
  /** 数据流 */
  dataFlow: Scalars['String']['input'];
  /** 系统接口 */
  interfaces: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type ProjectPayload = {
  __typename?: 'ProjectPayload';
  errors: Array<UserError>;
  project?: Maybe<Project>;
};

export type ProjectProcurementInput = {
  contractAmount: Scalars['Decimal']['input'];
  id: Scalars['ID']['input'];
  /** 采购方式 (公开招标, 竞争性磋商, …) */
  method: Scalars['String']['input'];
  supplierName: Scalars['String']['input'];
};

/** Which review steps the rules require of this project */
export type ProjectRequirements = {
  __typename?: 'ProjectRequirements';
  /** PM-8.2: expert review before BDC's opinion */
  expertReview: Scalars['Boolean']['output'];
  /** PM-7.2: preliminary design (investment ≥ threshold) */
  preliminaryDesign: Scalars['Boolean']['output'];
  /** PM-8.2, PM-8.3: BDC's technical review */
  techReview: Scalars['Boolean']['output'];
};

/** Workflow state (PM-7, PM-8) */
export type ProjectStatus =
  | 'ACCEPTED'
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

export type ProjectSupervisionInput = {
  contractNo: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  signedOn: Scalars['Date']['input'];
  /** The engineering supervision firm (PM-14) */
  supervisorId: Scalars['ID']['input'];
};

export type ProjectTechReviewInput = {
  id: Scalars['ID']['input'];
  /** BDC's written technical opinion, with the PM-9 chapters */
  opinionDocument: DocumentInput;
  /** Reasons (required when failing) */
  reasons?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectUpdateInput = {
  /** Replaces all budget lines */
  budgetLines?: InputMaybe<Array<BudgetLineInput>>;
  buildType?: InputMaybe<BuildType>;
  category?: InputMaybe<ProjectCategory>;
  description?: InputMaybe<Scalars['String']['input']>;
  fundingSource?: InputMaybe<FundingSource>;
  id: Scalars['ID']['input'];
  investment?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  network?: InputMaybe<NetworkKind>;
  planEntryId?: InputMaybe<Scalars['ID']['input']>;
  scale?: InputMaybe<Scalars['String']['input']>;
  urgencyBasis?: InputMaybe<UrgencyBasisKind>;
  urgencyReference?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Agencies the reader may see */
  agencies: AgencyConnection;
  agency: Agency;
  /** Re-hashes the whole chain and names the first bad event (PM-18) */
  auditChainStatus: AuditChainStatus;
  /** The audit trail, newest first (PM-18) */
  auditEvents: AuditEventConnection;
  /** Ji'an City and its county-level units */
  divisions: Array<Division>;
  /** The signed-in user, with agency, county and roles */
  me: User;
  /** Any object by its global ID (NOT_FOUND when missing or not readable) */
  node: Node;
  /** Informatization plans and annual plans (PM-6) */
  plans: PlanConnection;
  project: Project;
  /** Projects the reader may see. Ordering by FILED_AT lists filed projects only. */
  projects: ProjectConnection;
  rectificationOrder: RectificationOrder;
  /** Rectification orders (PM-17) the reader may see */
  rectificationOrders: RectificationOrderConnection;
  user: User;
  /** Users the reader may see */
  users: UserConnection;
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


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProjectOrder>;
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

export type ReviewOpinion = Node & {
  __typename?: 'ReviewOpinion';
  agency?: Maybe<Agency>;
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
  actorAgency?: Maybe<Agency>;
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

export type ProjectListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  orderBy?: InputMaybe<ProjectOrder>;
}>;


export type ProjectListQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Project', id: string, code: string, investment: string, division?: { __typename?: 'Division', code: string } | null }> } };

export type DeepProjectsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeepProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', nodes: Array<{ __typename?: 'Project', code: string, constructionUnit?: { __typename?: 'Agency', name: string, county?: { __typename?: 'Division', name: string } | null } | null, division?: { __typename?: 'Division', name: string } | null, budgetLines: Array<{ __typename?: 'BudgetLine', amount: string }>, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind }>, participants: Array<{ __typename?: 'ProjectParticipant', agency?: { __typename?: 'Agency', code: string } | null }>, history: Array<{ __typename?: 'StateTransition', event: string, actorAgency?: { __typename?: 'Agency', code: string } | null }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean }> }> } };

export type RejectProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
}>;


export type RejectProjectMutation = { __typename?: 'Mutation', projectReject: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type PlanCreateMutationVariables = Exact<{
  input: PlanCreateInput;
}>;


export type PlanCreateMutation = { __typename?: 'Mutation', planCreate: { __typename?: 'PlanPayload', plan?: { __typename?: 'Plan', id: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type PlanEntryAddMutationVariables = Exact<{
  input: PlanEntryAddInput;
}>;


export type PlanEntryAddMutation = { __typename?: 'Mutation', planEntryAdd: { __typename?: 'PlanPayload', plan?: { __typename?: 'Plan', entries: Array<{ __typename?: 'PlanEntry', id: string, name: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type IssueOrderOnUnitMutationVariables = Exact<{
  input: RectificationOrderIssueInput;
}>;


export type IssueOrderOnUnitMutation = { __typename?: 'Mutation', rectificationOrderIssue: { __typename?: 'RectificationOrderPayload', rectificationOrder?: { __typename?: 'RectificationOrder', id: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode }> } };

export type CloseOrderOfUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type CloseOrderOfUnitMutation = { __typename?: 'Mutation', rectificationOrderClose: { __typename?: 'RectificationOrderPayload', errors: Array<{ __typename?: 'UserError', code: UserErrorCode }> } };

export type ProjectHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectHistoryQuery = { __typename?: 'Query', project: { __typename?: 'Project', status: ProjectStatus, history: Array<{ __typename?: 'StateTransition', event: string, fromState: string, toState: string, actorAgency?: { __typename?: 'Agency', code: string } | null }>, opinions: Array<{ __typename?: 'ReviewOpinion', opinion?: string | null, agency?: { __typename?: 'Agency', code: string } | null }>, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, sm3: string, contentId: string }> } };

export type ProjectResultFragment = { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> };

export type CreateProjectMutationVariables = Exact<{
  input: ProjectCreateInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', projectCreate: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type UpdateProjectMutationVariables = Exact<{
  input: ProjectUpdateInput;
}>;


export type UpdateProjectMutation = { __typename?: 'Mutation', projectUpdate: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type AttachDocumentMutationVariables = Exact<{
  input: ProjectDocumentAttachInput;
}>;


export type AttachDocumentMutation = { __typename?: 'Mutation', projectDocumentAttach: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type AddParticipantMutationVariables = Exact<{
  input: ProjectParticipantAddInput;
}>;


export type AddParticipantMutation = { __typename?: 'Mutation', projectParticipantAdd: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type ConfirmParticipationMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ConfirmParticipationMutation = { __typename?: 'Mutation', projectParticipantConfirm: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type SetImplementationMutationVariables = Exact<{
  input: ProjectImplementationInput;
}>;


export type SetImplementationMutation = { __typename?: 'Mutation', projectSetImplementation: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type SubmitProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitProposalMutation = { __typename?: 'Mutation', projectSubmitProposal: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type ApproveProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveProposalMutation = { __typename?: 'Mutation', projectApproveProposal: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type SubmitFeasibilityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitFeasibilityMutation = { __typename?: 'Mutation', projectSubmitFeasibility: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type InviteOpinionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  agencyId: Scalars['ID']['input'];
}>;


export type InviteOpinionMutation = { __typename?: 'Mutation', projectInviteOpinion: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type RecordOpinionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type RecordOpinionMutation = { __typename?: 'Mutation', projectRecordOpinion: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type ReturnForRevisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
}>;


export type ReturnForRevisionMutation = { __typename?: 'Mutation', projectReturnForRevision: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type ApproveMutationVariables = Exact<{
  input: ProjectApproveInput;
}>;


export type ApproveMutation = { __typename?: 'Mutation', projectApprove: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type SubmitTechnicalPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitTechnicalPlanMutation = { __typename?: 'Mutation', projectSubmitTechnicalPlan: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type RecordExpertReviewMutationVariables = Exact<{
  input: ProjectExpertReviewInput;
}>;


export type RecordExpertReviewMutation = { __typename?: 'Mutation', projectRecordExpertReview: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type PassTechReviewMutationVariables = Exact<{
  input: ProjectTechReviewInput;
}>;


export type PassTechReviewMutation = { __typename?: 'Mutation', projectPassTechReview: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type FailTechReviewMutationVariables = Exact<{
  input: ProjectTechReviewInput;
}>;


export type FailTechReviewMutation = { __typename?: 'Mutation', projectFailTechReview: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type ConfirmBudgetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmBudgetMutation = { __typename?: 'Mutation', projectConfirmBudget: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type RecordProcurementMutationVariables = Exact<{
  input: ProjectProcurementInput;
}>;


export type RecordProcurementMutation = { __typename?: 'Mutation', projectRecordProcurement: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type ConfirmProcurementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmProcurementMutation = { __typename?: 'Mutation', projectConfirmProcurement: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type RecordSupervisionMutationVariables = Exact<{
  input: ProjectSupervisionInput;
}>;


export type RecordSupervisionMutation = { __typename?: 'Mutation', projectRecordSupervision: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type StartConstructionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  acceptanceDueOn: Scalars['String']['input'];
}>;


export type StartConstructionMutation = { __typename?: 'Mutation', projectStartConstruction: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus, version: number, level: AgencyLevel, inPlan: boolean, joint: boolean, requirements: { __typename?: 'ProjectRequirements', preliminaryDesign: boolean, techReview: boolean, expertReview: boolean }, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export const ProjectResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ProjectResultFragment, unknown>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AgencyByIdQuery, AgencyByIdQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const IssueOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrderIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IssueOrderMutation, IssueOrderMutationVariables>;
export const CloseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloseOrderMutation, CloseOrderMutationVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ProjectListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"investment"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectListQuery, ProjectListQueryVariables>;
export const DeepProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepProjectsQuery, DeepProjectsQueryVariables>;
export const RejectProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RejectProjectMutation, RejectProjectMutationVariables>;
export const PlanCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<PlanCreateMutation, PlanCreateMutationVariables>;
export const PlanEntryAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanEntryAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanEntryAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planEntryAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<PlanEntryAddMutation, PlanEntryAddMutationVariables>;
export const IssueOrderOnUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueOrderOnUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrderIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IssueOrderOnUnitMutation, IssueOrderOnUnitMutationVariables>;
export const CloseOrderOfUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOrderOfUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CloseOrderOfUnitMutation, CloseOrderOfUnitMutationVariables>;
export const ProjectHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sm3"}},{"kind":"Field","name":{"kind":"Name","value":"contentId"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectHistoryQuery, ProjectHistoryQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const AttachDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectDocumentAttachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectDocumentAttach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AttachDocumentMutation, AttachDocumentMutationVariables>;
export const AddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectParticipantAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectParticipantAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AddParticipantMutation, AddParticipantMutationVariables>;
export const ConfirmParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectParticipantConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ConfirmParticipationMutation, ConfirmParticipationMutationVariables>;
export const SetImplementationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetImplementation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectImplementationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectSetImplementation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SetImplementationMutation, SetImplementationMutationVariables>;
export const SubmitProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectSubmitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const ApproveProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectApproveProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ApproveProposalMutation, ApproveProposalMutationVariables>;
export const SubmitFeasibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeasibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectSubmitFeasibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitFeasibilityMutation, SubmitFeasibilityMutationVariables>;
export const InviteOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectInviteOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<InviteOpinionMutation, InviteOpinionMutationVariables>;
export const RecordOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectRecordOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordOpinionMutation, RecordOpinionMutationVariables>;
export const ReturnForRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnForRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectReturnForRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ReturnForRevisionMutation, ReturnForRevisionMutationVariables>;
export const ApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectApproveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ApproveMutation, ApproveMutationVariables>;
export const SubmitTechnicalPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTechnicalPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectSubmitTechnicalPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitTechnicalPlanMutation, SubmitTechnicalPlanMutationVariables>;
export const RecordExpertReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpertReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectExpertReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectRecordExpertReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordExpertReviewMutation, RecordExpertReviewMutationVariables>;
export const PassTechReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PassTechReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectTechReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectPassTechReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PassTechReviewMutation, PassTechReviewMutationVariables>;
export const FailTechReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FailTechReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectTechReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectFailTechReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<FailTechReviewMutation, FailTechReviewMutationVariables>;
export const ConfirmBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectConfirmBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ConfirmBudgetMutation, ConfirmBudgetMutationVariables>;
export const RecordProcurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProcurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectProcurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectRecordProcurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordProcurementMutation, RecordProcurementMutationVariables>;
export const ConfirmProcurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmProcurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectConfirmProcurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ConfirmProcurementMutation, ConfirmProcurementMutationVariables>;
export const RecordSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectRecordSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionMutation, RecordSupervisionMutationVariables>;
export const StartConstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acceptanceDueOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectStartConstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"acceptanceDueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acceptanceDueOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryDesign"}},{"kind":"Field","name":{"kind":"Name","value":"techReview"}},{"kind":"Field","name":{"kind":"Name","value":"expertReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StartConstructionMutation, StartConstructionMutationVariables>;