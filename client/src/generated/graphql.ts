import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  /** Calendar date, ISO 8601 (YYYY-MM-DD), in Asia/Shanghai, from 1900-01-01 to 2199-12-31 */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** Exact amount in CNY as a string: digits without leading zeros, optionally a point and one or two decimals ("10000000", "10000000.5", "10000000.00"); answered with two decimals */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptanceApplyInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  /** Reports to attach now; those attached before count too */
  reports?: InputMaybe<Array<AcceptanceReportInput>>;
};

export type AcceptanceDelegateInput = {
  /** The competent department (项目主管部门) of the project's level */
  delegateId: Scalars['ID']['input'];
  /** The acceptance application */
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** PM-16.2: an application to extend the acceptance due date */
export type AcceptanceExtension = Node & {
  __typename?: 'AcceptanceExtension';
  /** Filed after the due date had passed */
  appliedAfterDue: Scalars['Boolean']['output'];
  /** The new due date, when approved */
  approvedDueOn?: Maybe<Scalars['Date']['output']>;
  availableActions: Array<AvailableAction>;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** DRC, or the county DRC for a county project */
  decidingAgency?: Maybe<Agency>;
  /** Reasons of the decision */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Application and decision, oldest first */
  history: Array<StateTransition>;
  id: Scalars['ID']['output'];
  /** The due date when the unit applied */
  previousDueOn?: Maybe<Scalars['Date']['output']>;
  /** Null when the reader may not see the project */
  project?: Maybe<Project>;
  /** Why the project cannot be accepted on time */
  reasons: Scalars['String']['output'];
  requestedDueOn: Scalars['Date']['output'];
  status: ExtensionStatus;
  version: Scalars['Int']['output'];
};

export type AcceptanceExtensionApplyInput = {
  projectId: Scalars['ID']['input'];
  /** Why the project cannot be accepted on time */
  reasons: Scalars['String']['input'];
  requestedDueOn: Scalars['Date']['input'];
};

export type AcceptanceExtensionConnection = {
  __typename?: 'AcceptanceExtensionConnection';
  edges: Array<AcceptanceExtensionEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<AcceptanceExtension>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type AcceptanceExtensionDecideInput = {
  approve: Scalars['Boolean']['input'];
  /** The extension application */
  id: Scalars['ID']['input'];
  /** The new due date; the requested one when omitted */
  newDueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Reasons; required for a refusal */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type AcceptanceExtensionEdge = {
  __typename?: 'AcceptanceExtensionEdge';
  cursor: Scalars['String']['output'];
  node: AcceptanceExtension;
};

export type AcceptanceExtensionFilter = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ExtensionStatus>;
};

export type AcceptanceExtensionPayload = {
  __typename?: 'AcceptanceExtensionPayload';
  acceptanceExtension?: Maybe<AcceptanceExtension>;
  errors: Array<UserError>;
};

/** PM-12: the conclusion on one subject of the acceptance */
export type AcceptanceFinding = {
  __typename?: 'AcceptanceFinding';
  conclusion: FindingConclusion;
  note: Scalars['String']['output'];
};

export type AcceptanceFindingInput = {
  conclusion: FindingConclusion;
  note: Scalars['String']['input'];
};

/** PM-12: what an acceptance must look at */
export type AcceptanceFindings = {
  __typename?: 'AcceptanceFindings';
  /** Cryptography application and security review */
  cryptography: AcceptanceFinding;
  /** Energy efficiency of hardware and new data centres */
  energyEfficiency: AcceptanceFinding;
  /** Security and reliability of hardware and software products */
  productSecurity: AcceptanceFinding;
};

export type AcceptanceOrganizeInput = {
  /** The acceptance application */
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** PM-16: an acceptance application and its outcome */
export type AcceptanceRecord = Node & {
  __typename?: 'AcceptanceRecord';
  applicationNote?: Maybe<Scalars['String']['output']>;
  appliedBy?: Maybe<User>;
  /** When DRC took the acceptance on itself or delegated it */
  assignedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** DRC's note on organizing or delegating */
  assignmentNote?: Maybe<Scalars['String']['output']>;
  availableActions: Array<AvailableAction>;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who recorded the result (null unless the reader may see that user; see decidedByName) */
  decidedBy?: Maybe<User>;
  /** PM-16.3: who decided: DRC or its delegate */
  decidedByAgency?: Maybe<Agency>;
  /** Who recorded the result, as recorded then */
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** PM-16.3: the competent department it was delegated to */
  delegate?: Maybe<Agency>;
  /** Delegated to the competent department (PM-16.3) */
  delegated: Scalars['Boolean']['output'];
  /** Why it failed */
  failureReasons?: Maybe<Scalars['String']['output']>;
  /** PM-12 findings, once the result is recorded */
  findings?: Maybe<AcceptanceFindings>;
  /** Date the acceptance was held */
  heldOn?: Maybe<Scalars['Date']['output']>;
  /** Every step, oldest first */
  history: Array<StateTransition>;
  id: Scalars['ID']['output'];
  /** DRC, or the county DRC for a county project */
  organizerAgency?: Maybe<Agency>;
  /** The failed application this one follows */
  previous?: Maybe<AcceptanceRecord>;
  /** Null when the reader may not see the project */
  project?: Maybe<Project>;
  reportNote?: Maybe<Scalars['String']['output']>;
  /** PM-16.3: DRC holds the result: it decided itself, or the delegate has reported to it */
  reportReceived: Scalars['Boolean']['output'];
  /** When DRC received the delegate's result and materials */
  reportedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  result?: Maybe<AcceptanceResult>;
  /** First application 1; each new application after a failure one more */
  round: Scalars['Int']['output'];
  /** PM-15: BDC's confirmation the application relies on */
  sharingReview?: Maybe<SharingReview>;
  status: AcceptanceStatus;
  version: Scalars['Int']['output'];
};

export type AcceptanceRecordConnection = {
  __typename?: 'AcceptanceRecordConnection';
  edges: Array<AcceptanceRecordEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<AcceptanceRecord>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type AcceptanceRecordEdge = {
  __typename?: 'AcceptanceRecordEdge';
  cursor: Scalars['String']['output'];
  node: AcceptanceRecord;
};

export type AcceptanceRecordFilter = {
  /** Applications delegated to this agency */
  delegateId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<AcceptanceStatus>>;
};

export type AcceptanceRecordPayload = {
  __typename?: 'AcceptanceRecordPayload';
  acceptanceRecord?: Maybe<AcceptanceRecord>;
  errors: Array<UserError>;
};

/** One of the six acceptance reports (PM-16.1), uploaded first with POST /documents */
export type AcceptanceReportInput = {
  conclusion?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the uploaded content */
  contentId: Scalars['ID']['input'];
  kind: DocumentKind;
  title: Scalars['String']['input'];
};

export type AcceptanceReportToDrcInput = {
  /** The acceptance application */
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** PM-16.3 */
export type AcceptanceResult =
  | 'FAILED'
  | 'PASSED';

export type AcceptanceResultInput = {
  /** PM-12 */
  cryptography: AcceptanceFindingInput;
  /** PM-12; NOT_APPLICABLE without hardware or data centre */
  energyEfficiency: AcceptanceFindingInput;
  /** Required when the result is FAILED */
  failureReasons?: InputMaybe<Scalars['String']['input']>;
  /** Date the acceptance was held */
  heldOn: Scalars['Date']['input'];
  /** The acceptance application */
  id: Scalars['ID']['input'];
  /** PM-12 */
  productSecurity: AcceptanceFindingInput;
  result: AcceptanceResult;
};

/** Workflow state of an acceptance application (PM-16) */
export type AcceptanceStatus =
  | 'APPLIED'
  | 'AWAITING_REPORT'
  | 'DELEGATED'
  | 'FAILED'
  | 'PASSED'
  | 'UNDER_ACCEPTANCE';

/** A government agency, unit or firm taking part in projects or the cloud */
export type Agency = Node & {
  __typename?: 'Agency';
  code: Scalars['String']['output'];
  /** PM-16.3: for a public institution, the bureau it belongs to (主管部门); null for a bureau */
  competentDepartment?: Maybe<Agency>;
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
  | 'COUNTY_DRC'
  | 'COUNTY_EGOV'
  | 'COUNTY_GOV'
  | 'DEPARTMENT'
  | 'DRC'
  | 'EXPERT'
  | 'FINANCE'
  | 'GOV_OFFICE'
  | 'MONITORING'
  | 'NSC'
  | 'PARTY_OFFICE'
  | 'SUPERVISOR';

export type AgencyLevel =
  | 'COUNTY'
  | 'MUNICIPAL';

/** 符合 / 基本符合 / 不符合 (PM-11) */
export type AssessmentResult =
  | 'BASICALLY_PASSED'
  | 'FAILED'
  | 'PASSED';

/** Result of re-hashing the audit chain and checking it against its signed checkpoints */
export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  /** The chain reaches the newest signed checkpoint unchanged; events after it are covered by the chain only */
  anchored: Scalars['Boolean']['output'];
  /** Events verified from the genesis before the first bad one */
  checked: Scalars['Int']['output'];
  /** The newest checkpoint whose signature verifies */
  checkpoint?: Maybe<AuditCheckpoint>;
  /** Bad checkpoint files: each is tampering in itself */
  checkpointProblems: Array<AuditCheckpointProblem>;
  /** First event that does not verify */
  firstBadSeq?: Maybe<Scalars['Int']['output']>;
  /** The chain verifies, agrees with every signed checkpoint, and no checkpoint file is bad */
  ok: Scalars['Boolean']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

/** A signed checkpoint of the chain head, kept outside the database */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  /** File name in the checkpoint directory */
  file: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  /** First 16 hex digits of SM3 over the SM2 public key that signed */
  keyId: Scalars['String']['output'];
  /** When the head event occurred */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Sequence number of the head event it vouches for */
  seq: Scalars['Int']['output'];
  signedAt: Scalars['DateTimeISO']['output'];
};

/** A checkpoint file that is forged, altered, unreadable or signed by an unknown key */
export type AuditCheckpointProblem = {
  __typename?: 'AuditCheckpointProblem';
  file: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  seq?: Maybe<Scalars['Int']['output']>;
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
  /** Events before this instant */
  occurredBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Events at or after this instant */
  occurredFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
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
  /** update (the entries), submit, publish, return: whether the reader may, and why not */
  availableActions: Array<AvailableAction>;
  /** The construction unit (项目建设单位) that compiles the catalog */
  constructionUnit?: Maybe<Agency>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The project's division: the city or a county-level unit */
  division?: Maybe<Division>;
  /** The entries the reader may see, by resource code */
  entries: Array<CatalogEntry>;
  entryCount: Scalars['Int']['output'];
  /** BDC's findings of the last return; empty when never returned */
  findings: Array<CatalogFinding>;
  /** Submissions, publication and returns, oldest first */
  history: Array<StateTransition>;
  id: Scalars['ID']['output'];
  /** The project, when the reader may read it (the project's policies) */
  project?: Maybe<Project>;
  /** The project's filing number */
  projectCode: Scalars['String']['output'];
  /** The project's name */
  projectName: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  publishedBy?: Maybe<User>;
  returnedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** PM-9(3): scope and degree of sharing, a basis of investment and O&M funds */
  sharingSummary: CatalogSharingSummary;
  status: CatalogStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  version: Scalars['Int']['output'];
};

export type CatalogConnection = {
  __typename?: 'CatalogConnection';
  edges: Array<CatalogEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<Catalog>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type CatalogCreateInput = {
  /** The project the catalog describes (one catalog per project) */
  projectId: Scalars['ID']['input'];
};

export type CatalogEdge = {
  __typename?: 'CatalogEdge';
  cursor: Scalars['String']['output'];
  node: Catalog;
};

export type CatalogEntry = Node & {
  __typename?: 'CatalogEntry';
  /** 信息资源摘要 */
  abstract: Scalars['String']['output'];
  catalog?: Maybe<Catalog>;
  /** 目 (3 digits) */
  categoryCode: Scalars['String']['output'];
  /** 类 (1 基础, 2 主题, 3 部门信息资源) */
  classCode: Scalars['String']['output'];
  /** The classification digits: 类+项+目+细目 */
  classificationCode: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 信息资源格式分类 */
  formatClass: ResourceFormatClass;
  /** 信息资源格式类型 (OFD, xlsx, Oracle, …) */
  formatType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 信息项 */
  informationItems: Array<CatalogInformationItem>;
  /** 项 (2 digits) */
  itemCode: Scalars['String']['output'];
  /** 不予共享依据: law, regulation or policy; required when not shared (PM-9(3)) */
  notSharedBasis?: Maybe<Scalars['String']['output']>;
  /** 开放条件: required when conditionally opened */
  openCondition?: Maybe<Scalars['String']['output']>;
  /** 开放属性 */
  openType: OpenType;
  /** 信息资源提供方 */
  provider?: Maybe<Agency>;
  /** 信息资源提供方代码 */
  providerCode: Scalars['String']['output'];
  /** 发布日期; set on publication when empty */
  publishDate?: Maybe<Scalars['Date']['output']>;
  /** Registered on the municipal data-sharing exchange platform (PM-9(3)) */
  registeredOnExchange: Scalars['Boolean']['output'];
  /** 关联资源代码 */
  relatedResourceCodes: Array<Scalars['String']['output']>;
  /** 信息资源代码: classification digits, "/", sequence */
  resourceCode: Scalars['String']['output'];
  /** 信息资源名称 */
  resourceName: Scalars['String']['output'];
  /** 仅向特定企业、社会组织开放: must be empty for shareable data (PM-9(3)) */
  restrictedToOrganizations: Array<Scalars['String']['output']>;
  /** 共享条件: required when conditional (PM-9(3)) */
  sharingCondition?: Maybe<Scalars['String']['output']>;
  /** 共享方式; null when not shared */
  sharingMethod?: Maybe<SharingMethod>;
  /** 共享类型 (PM-9(3)) */
  sharingType: SharingType;
  /** 细目 (digits) */
  subcategoryCode?: Maybe<Scalars['String']['output']>;
  /** 更新周期 */
  updateCycle: UpdateCycle;
  /** Usage feedback the reader may see (the provider sees all of it) */
  usages: Array<CatalogUsage>;
};

export type CatalogEntryAddInput = {
  catalogId: Scalars['ID']['input'];
  entry: CatalogEntryInput;
};

export type CatalogEntryConnection = {
  __typename?: 'CatalogEntryConnection';
  edges: Array<CatalogEntryEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<CatalogEntry>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type CatalogEntryEdge = {
  __typename?: 'CatalogEntryEdge';
  cursor: Scalars['String']['output'];
  node: CatalogEntry;
};

export type CatalogEntryFilter = {
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  /** Leading classification digits (类, 类+项, …), e.g. "301" */
  classification?: InputMaybe<Scalars['String']['input']>;
  /** The providing agency */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  sharingType?: InputMaybe<SharingType>;
  /** Words in the name, abstract or code */
  text?: InputMaybe<Scalars['String']['input']>;
  updateCycle?: InputMaybe<UpdateCycle>;
};

/** The metadata of one information resource (national catalog guide, 2017) */
export type CatalogEntryInput = {
  abstract: Scalars['String']['input'];
  /** 目: 3 digits */
  categoryCode: Scalars['String']['input'];
  /** 类: 1 基础, 2 主题, 3 部门信息资源 */
  classCode: Scalars['String']['input'];
  formatClass: ResourceFormatClass;
  formatType: Scalars['String']['input'];
  informationItems?: Array<CatalogInformationItemInput>;
  /** 项: 2 digits */
  itemCode: Scalars['String']['input'];
  /** Required when NOT_SHARED: law, regulation or policy (PM-9(3)) */
  notSharedBasis?: InputMaybe<Scalars['String']['input']>;
  /** Required when opened conditionally */
  openCondition?: InputMaybe<Scalars['String']['input']>;
  openType: OpenType;
  /** 信息资源提供方代码, e.g. the unified social credit code */
  providerCode: Scalars['String']['input'];
  /** The providing agency: the construction unit (default) or a co-builder */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  publishDate?: InputMaybe<Scalars['Date']['input']>;
  registeredOnExchange?: Scalars['Boolean']['input'];
  relatedResourceCodes?: Array<Scalars['String']['input']>;
  /** Classification digits, "/", sequence digits, e.g. 301001001/00001 */
  resourceCode: Scalars['String']['input'];
  resourceName: Scalars['String']['input'];
  /** 仅向特定企业、社会组织开放: refused for shareable data (PM-9(3)) */
  restrictedToOrganizations?: Array<Scalars['String']['input']>;
  /** Required when CONDITIONAL (PM-9(3)) */
  sharingCondition?: InputMaybe<Scalars['String']['input']>;
  /** Required when shareable */
  sharingMethod?: InputMaybe<SharingMethod>;
  sharingType: SharingType;
  /** 细目: digits */
  subcategoryCode?: InputMaybe<Scalars['String']['input']>;
  updateCycle: UpdateCycle;
};

export type CatalogEntryPayload = {
  __typename?: 'CatalogEntryPayload';
  catalogEntry?: Maybe<CatalogEntry>;
  errors: Array<UserError>;
};

export type CatalogEntryRemoveInput = {
  /** The entry to remove */
  id: Scalars['ID']['input'];
};

/** Replaces the metadata of an entry */
export type CatalogEntryUpdateInput = {
  entry: CatalogEntryInput;
  id: Scalars['ID']['input'];
};

/** A catalog file in the national template columns */
export type CatalogFile = {
  __typename?: 'CatalogFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  mediaType: Scalars['String']['output'];
};

/** File format of catalog import and export */
export type CatalogFileFormat =
  | 'CSV'
  | 'XLSX';

export type CatalogFilter = {
  /** The construction unit of the project */
  constructionUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Division code of the project (360800 for municipal) */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CatalogStatus>;
};

/** A finding of BDC on a returned catalog, on one resource or on the whole */
export type CatalogFinding = {
  __typename?: 'CatalogFinding';
  /** The resource code the finding is about; null for the whole catalog */
  resourceCode?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type CatalogFindingInput = {
  /** The resource code the finding is about; none for the whole catalog */
  resourceCode?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type CatalogImportInput = {
  /** The file, base64-encoded, in the columns of the national catalog template */
  contentBase64: Scalars['String']['input'];
  format: CatalogFileFormat;
  /** The catalog */
  id: Scalars['ID']['input'];
  mode: CatalogImportMode;
};

/** Whether an import replaces or adds to the entries */
export type CatalogImportMode =
  | 'APPEND'
  | 'REPLACE';

/** The result of an import: everything or, with errors naming row and column, nothing */
export type CatalogImportPayload = {
  __typename?: 'CatalogImportPayload';
  catalog?: Maybe<Catalog>;
  errors: Array<UserError>;
  /** Entries the file held (0 when refused) */
  importedCount: Scalars['Int']['output'];
};

/** 信息项: a data item of a resource, with its data type */
export type CatalogInformationItem = {
  __typename?: 'CatalogInformationItem';
  dataType: InformationItemDataType;
  name: Scalars['String']['output'];
};

export type CatalogInformationItemInput = {
  dataType: InformationItemDataType;
  name: Scalars['String']['input'];
};

export type CatalogPayload = {
  __typename?: 'CatalogPayload';
  catalog?: Maybe<Catalog>;
  errors: Array<UserError>;
};

export type CatalogPublishInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version the caller saw; CONFLICT when the catalog changed since */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type CatalogReturnInput = {
  /** At least one finding */
  findings: Array<CatalogFindingInput>;
  id: Scalars['ID']['input'];
  /** The version the caller saw; CONFLICT when the catalog changed since */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** PM-9(3): how much of a catalog is shared (信息资源共享的范围、程度) */
export type CatalogSharingSummary = {
  __typename?: 'CatalogSharingSummary';
  /** 有条件共享 */
  conditional: Scalars['Int']['output'];
  /** 不予共享 */
  notShared: Scalars['Int']['output'];
  /** Registered on the data-sharing exchange platform */
  registeredOnExchange: Scalars['Int']['output'];
  /** Entries */
  total: Scalars['Int']['output'];
  /** 无条件共享 */
  unconditional: Scalars['Int']['output'];
};

/** PM-9(3): drafted and submitted by the unit, published or returned by BDC */
export type CatalogStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETURNED'
  | 'SUBMITTED';

export type CatalogSubmitInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version the caller saw; CONFLICT when the catalog changed since */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type CatalogUsage = Node & {
  __typename?: 'CatalogUsage';
  /** The agency that used the resource */
  consumerAgency?: Maybe<Agency>;
  createdAt: Scalars['DateTimeISO']['output'];
  entry?: Maybe<CatalogEntry>;
  id: Scalars['ID']['output'];
  /** The quality issue or why the data could not be obtained */
  issue?: Maybe<Scalars['String']['output']>;
  outcome: CatalogUsageOutcome;
  /** What the resource was used for (使用用途) */
  purpose: Scalars['String']['output'];
  /** Null unless the reader may see the user (colleagues) */
  recordedBy?: Maybe<User>;
  /** When it was used */
  usedOn: Scalars['Date']['output'];
};

export type CatalogUsageConnection = {
  __typename?: 'CatalogUsageConnection';
  edges: Array<CatalogUsageEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<CatalogUsage>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type CatalogUsageEdge = {
  __typename?: 'CatalogUsageEdge';
  cursor: Scalars['String']['output'];
  node: CatalogUsage;
};

export type CatalogUsageFilter = {
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  /** The agency that used it */
  consumerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  entryId?: InputMaybe<Scalars['ID']['input']>;
  outcome?: InputMaybe<CatalogUsageOutcome>;
  /** The agency that provides the resource */
  providerId?: InputMaybe<Scalars['ID']['input']>;
};

/** 使用情况反馈 (PM-9(3)) */
export type CatalogUsageOutcome =
  | 'EFFECTIVE'
  | 'NOT_OBTAINED'
  | 'QUALITY_ISSUE';

export type CatalogUsagePayload = {
  __typename?: 'CatalogUsagePayload';
  catalogUsage?: Maybe<CatalogUsage>;
  errors: Array<UserError>;
};

export type CatalogUsageRecordInput = {
  /** The published resource that was used */
  entryId: Scalars['ID']['input'];
  /** Required unless EFFECTIVE: the quality issue, or why it could not be obtained */
  issue?: InputMaybe<Scalars['String']['input']>;
  outcome: CatalogUsageOutcome;
  /** What it was used for */
  purpose: Scalars['String']['input'];
  usedOn: Scalars['Date']['input'];
};

/** Chapters required by PM-9 */
export type Chapter =
  | 'INTENSIVE_CONSTRUCTION'
  | 'RESOURCE_SHARING'
  | 'SECURITY_AND_CRYPTOGRAPHY';

/** CM-16: a criterion of an assessment standard, with its weight (points of 100) */
export type CloudAssessmentCriterion = Node & {
  __typename?: 'CloudAssessmentCriterion';
  /** Stable within the version, e.g. AVAILABILITY */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** Points of 100; the weights of a version sum to 100 */
  weight: Scalars['Int']['output'];
};

export type CloudAssessmentCriterionInput = {
  /** Capitals, digits, underscores, e.g. AVAILABILITY */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Points of 100 */
  weight: Scalars['Int']['input'];
};

/** CM-16: the points an assessment gives on one criterion */
export type CloudAssessmentScore = Node & {
  __typename?: 'CloudAssessmentScore';
  createdAt: Scalars['DateTimeISO']['output'];
  criterion?: Maybe<CloudAssessmentCriterion>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** 0 up to the criterion’s weight */
  points: Scalars['Int']['output'];
};

/** CM-16: the points given on one criterion of the standard */
export type CloudAssessmentScoreInput = {
  /** The criterion’s code in the standard version */
  criterion: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** 0 up to the criterion’s weight */
  points: Scalars['Int']['input'];
};

/** CM-16: a published version of BDC’s service-quality assessment standard */
export type CloudAssessmentStandard = Node & {
  __typename?: 'CloudAssessmentStandard';
  createdAt: Scalars['DateTimeISO']['output'];
  /** In their order */
  criteria: Array<CloudAssessmentCriterion>;
  id: Scalars['ID']['output'];
  /** Made by the migration for the assessments recorded as a bare score before standards existed */
  migrated: Scalars['Boolean']['output'];
  publishedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  /** 1, 2, …: in the order published */
  version: Scalars['Int']['output'];
};

export type CloudAssessmentStandardPayload = {
  __typename?: 'CloudAssessmentStandardPayload';
  cloudAssessmentStandard?: Maybe<CloudAssessmentStandard>;
  errors: Array<UserError>;
};

/** CM-16: a new version of the standard, published whole */
export type CloudAssessmentStandardPublishInput = {
  /** Weights summing to 100 */
  criteria: Array<CloudAssessmentCriterionInput>;
  title: Scalars['String']['input'];
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
  /** CM-11: the expert panel BDC named, each expert with the opinion it recorded itself */
  expertPanel: Array<ExpertSeat>;
  expertReviewOn?: Maybe<Scalars['Date']['output']>;
  /** Experts of the review (CM-11): the panel’s names as the review recorded them */
  experts: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CloudChangeKind;
  lines: Array<CloudChangeLine>;
  /** BDC told the provider (CM-12, CM-14) */
  providerNotifiedOn?: Maybe<Scalars['Date']['output']>;
  /** An expansion: 3 working days after the notice (CM-12) */
  provisioningDueOn?: Maybe<Scalars['Date']['output']>;
  /** CM-14: the utilisation readings a BDC adjustment rests on */
  readings: Array<UtilisationReading>;
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
  id: Scalars['ID']['input'];
  /** A reduction: the amounts approved, when not those asked */
  lines?: InputMaybe<Array<CloudQuantityInput>>;
  reasons?: InputMaybe<Scalars['String']['input']>;
};

/** A step of a change request that needs nothing but the request, with an optional note for its history */
export type CloudChangeRequestStepInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
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
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PROVISIONING'
  | 'QUOTA_FIXED'
  | 'RETURNED'
  | 'SUBMITTED';

/** CM-13 */
export type CloudDeploymentExtensionDecision =
  | 'GRANT'
  | 'REFUSE';

/** CM-13, CM-15 */
export type CloudExitReason =
  | 'LATE_DEPLOYMENT'
  | 'REQUESTED';

/** CM-11: an expert on the panel records its own opinion */
export type CloudExpertOpinionInput = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};

/** CM-11: BDC names the expert panel of a review from the expert accounts */
export type CloudExpertPanelInput = {
  /** User IDs of expert accounts (agency kind EXPERT) */
  expertIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};

/** CM-11: the expert review that fixes resource amounts, of a tenancy or of an expansion (CM-14) */
export type CloudExpertReviewInput = {
  /** The conclusion drawn from the opinions every expert of the panel recorded */
  conclusion: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** The resource amounts fixed; for an expansion, of the items of the request (an item left out keeps its amount) */
  quota: Array<CloudQuantityInput>;
  reviewedOn: Scalars['Date']['input'];
};

/** CM-19: a fault on a tenancy and how it was handled */
export type CloudIncident = Node & {
  __typename?: 'CloudIncident';
  /** What the reader may do next, and why not */
  availableActions: Array<AvailableAction>;
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
  version: Scalars['Int']['output'];
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
  id: Scalars['ID']['input'];
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
  /** The total of the points given on the standard’s criteria, 0–100 (computed) */
  score: Scalars['Int']['output'];
  /** CM-16: the points on each criterion, in the standard’s order (they sum to `score`) */
  scores: Array<CloudAssessmentScore>;
  /** CM-16: the standard version it was scored against */
  standard?: Maybe<CloudAssessmentStandard>;
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

/** CM-16: an assessment scored on every criterion of a published standard version; the total is computed */
export type CloudProviderAssessmentInput = {
  availabilityPercent?: InputMaybe<Scalars['Decimal']['input']>;
  findings: Scalars['String']['input'];
  /** YYYY-MM or YYYY-Qn */
  period: Scalars['String']['input'];
  providerId: Scalars['ID']['input'];
  /** One score per criterion of that version */
  scores: Array<CloudAssessmentScoreInput>;
  /** The published version of the standard it is scored against */
  standardId: Scalars['ID']['input'];
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
  id: Scalars['ID']['input'];
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
  /** The deployment due date in force: 30 working days after provisioning, moved by the working days BDC granted (CM-13) */
  deploymentDueOn?: Maybe<Scalars['Date']['output']>;
  /** Working days BDC has granted in all on top of the 30 (CM-13) */
  deploymentExtendedDays: Scalars['Int']['output'];
  /** The reasons of the pending request (CM-13) */
  deploymentExtensionReasons?: Maybe<Scalars['String']['output']>;
  /** Working days asked for by the pending request (CM-13) */
  deploymentExtensionRequestedDays?: Maybe<Scalars['Int']['output']>;
  /** The user asked BDC for more working days to deploy; null when none is pending (CM-13) */
  deploymentExtensionRequestedOn?: Maybe<Scalars['Date']['output']>;
  /** GB/T 2260 code of the county, or the city’s (360800) */
  divisionCode: Scalars['String']['output'];
  /** CM-12: the signed responsibility letters and confirmation forms, oldest first, each with its SM3 hash; provisioning needs an uploaded one of each kind */
  documents: Array<CloudTenancyDocument>;
  /** BDC approved the exit, or the late deployment was exited */
  exitApprovedOn?: Maybe<Scalars['Date']['output']>;
  exitNote?: Maybe<Scalars['String']['output']>;
  exitReason?: Maybe<CloudExitReason>;
  exitRequestedOn?: Maybe<Scalars['Date']['output']>;
  /** End of the 20 working days of transition (CM-15) */
  exitTransitionDueOn?: Maybe<Scalars['Date']['output']>;
  expertConclusion?: Maybe<Scalars['String']['output']>;
  /** CM-11: the expert panel BDC named, each expert with the opinion it recorded itself */
  expertPanel: Array<ExpertSeat>;
  expertReviewOn?: Maybe<Scalars['Date']['output']>;
  /** Experts of the review (CM-11): the panel’s names as the review recorded them */
  experts: Array<Scalars['String']['output']>;
  /** Who filed it (the department, or the county’s e-government authority) */
  filedBy?: Maybe<Agency>;
  id: Scalars['ID']['output'];
  /** Faults and how they were handled (CM-19) */
  incidents: Array<CloudIncident>;
  /** CM-4: the systems of the catalog it hosts, of those the reader may see */
  informationSystems: Array<InformationSystem>;
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
  /** The user recorded the old system retired, no earlier than 3 months after cut-over (CM-13) */
  oldSystemRetiredOn?: Maybe<Scalars['Date']['output']>;
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
  /** CM-10, CM-7: the county department whose system it is, filed in the county government’s name; null for a municipal tenancy */
  userDepartment?: Maybe<Agency>;
  version: Scalars['Int']['output'];
  zone?: Maybe<CloudZone>;
};

export type CloudTenancyAdjustInput = {
  lines: Array<CloudQuantityInput>;
  /** CM-14: the utilisation readings of this tenancy the adjustment rests on */
  readingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  /** CM-10, CM-7: a county filing names the county department whose system it is (required); a municipal department files its own and gives none */
  userDepartmentId?: InputMaybe<Scalars['ID']['input']>;
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

/** CM-13: BDC grants or refuses the pending request for more time to deploy */
export type CloudTenancyDeploymentExtensionDecideInput = {
  decision: CloudDeploymentExtensionDecision;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** A grant: the working days given, counted from the due date in force */
  workingDays?: InputMaybe<Scalars['Int']['input']>;
};

/** CM-13: more working days to deploy, asked before the due date */
export type CloudTenancyDeploymentExtensionRequestInput = {
  id: Scalars['ID']['input'];
  /** Why the system cannot be deployed in time */
  reasons: Scalars['String']['input'];
  /** Working days asked for on top of the due date in force */
  workingDays: Scalars['Int']['input'];
};

export type CloudTenancyDeploymentInput = {
  cutoverOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** A migration: the old system is kept until then, at least 3 months after cut-over */
  oldSystemRetainedUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Security risk pre-assessment report reference */
  securityPreassessmentRef: Scalars['String']['input'];
  testedOn: Scalars['Date']['input'];
};

/** CM-12: a signed document of a tenancy (责任书, 开通情况确认表) */
export type CloudTenancyDocument = Node & {
  __typename?: 'CloudTenancyDocument';
  /** The content: GET /documents/<contentId> returns its bytes (null for a reference recorded before uploads) */
  contentId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  fileName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CloudTenancyDocumentKind;
  /** Its number or reference (文号/编号), if it has one */
  reference?: Maybe<Scalars['String']['output']>;
  /** Date signed */
  signedOn: Scalars['Date']['output'];
  size?: Maybe<Scalars['Int']['output']>;
  /** SM3 hash of the content, hex */
  sm3?: Maybe<Scalars['String']['output']>;
  /** The signed document itself was uploaded (CM-12): only then does it count for provisioning */
  uploaded: Scalars['Boolean']['output'];
};

/** CM-12: a signed document, its bytes uploaded first with POST /documents */
export type CloudTenancyDocumentInput = {
  /** The uploaded content (POST /documents answers its ID and SM3 hash) */
  contentId: Scalars['ID']['input'];
  /** Its number or reference (文号/编号), if it has one */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Date signed */
  signedOn: Scalars['Date']['input'];
};

/** CM-12 */
export type CloudTenancyDocumentKind =
  | 'PROVISIONING_CONFIRMATION'
  | 'RESPONSIBILITY_LETTER';

export type CloudTenancyEdge = {
  __typename?: 'CloudTenancyEdge';
  cursor: Scalars['String']['output'];
  node: CloudTenancy;
};

export type CloudTenancyExitApplyInput = {
  id: Scalars['ID']['input'];
  /** Why the system leaves the cloud (CM-15) */
  reason: Scalars['String']['input'];
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
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The amended resources, when they change */
  resources?: InputMaybe<Array<CloudQuantityInput>>;
};

export type CloudTenancyReviewInput = {
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
  /** Required when returning */
  reasons?: InputMaybe<Scalars['String']['input']>;
  /** The zone to place it in, when not the one asked for */
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

export type CloudTenancySignDocumentsInput = {
  /** 《吉安市政务云资源开通情况确认表》, filled in and signed */
  confirmationForm?: InputMaybe<CloudTenancyDocumentInput>;
  id: Scalars['ID']['input'];
  /** 《政务云使用责任书》, signed */
  responsibilityLetter?: InputMaybe<CloudTenancyDocumentInput>;
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

/** A step of a tenancy that needs nothing but the tenancy, with an optional note for its history */
export type CloudTenancyStepInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A cloud zone of a provider and its certified MLPS level (CM-21) */
export type CloudZone = Node & {
  __typename?: 'CloudZone';
  active: Scalars['Boolean']['output'];
  /** CM-22: its certificates, latest expiry first */
  certificates: Array<CloudZoneCertificate>;
  /** CM-22: a certificate is in force today, so the zone takes new tenancies and expansions */
  certified: Scalars['Boolean']['output'];
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

/** CM-22: a certificate of a cloud zone (等级保护测评、安全评估等) */
export type CloudZoneCertificate = Node & {
  __typename?: 'CloudZoneCertificate';
  /** The certifying body (认证/测评机构) */
  certifyingBody: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last day in force */
  expiresOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  /** MLPS level certified, 1–5 */
  mlpsLevel: Scalars['Int']['output'];
  /** Certificate number */
  number: Scalars['String']['output'];
  /** What it covers */
  scope: Scalars['String']['output'];
  zone?: Maybe<CloudZone>;
};

export type CloudZoneCertificatePayload = {
  __typename?: 'CloudZoneCertificatePayload';
  cloudZoneCertificate?: Maybe<CloudZoneCertificate>;
  errors: Array<UserError>;
};

/** CM-22: a certificate of a cloud zone */
export type CloudZoneCertificateRecordInput = {
  /** The certifying body */
  certifyingBody: Scalars['String']['input'];
  /** Last day in force */
  expiresOn: Scalars['Date']['input'];
  issuedOn: Scalars['Date']['input'];
  /** MLPS level certified, 1–5 */
  mlpsLevel: Scalars['Int']['input'];
  number: Scalars['String']['input'];
  /** What it covers */
  scope: Scalars['String']['input'];
  zoneId: Scalars['ID']['input'];
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

export type DomainEvent = Node & {
  __typename?: 'DomainEvent';
  /** Username of who took the step */
  actorUsername: Scalars['String']['output'];
  /** State before the step (`NONE` when the step created the object) */
  fromState: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Request ID of the audit event of the same command */
  requestId: Scalars['String']['output'];
  /** Position in the stream of all events, from 1 (a 64-bit integer as a string); the cursor of `events` */
  sequence: Scalars['String']['output'];
  /** Global ID of the object that moved (for `node(id)`) */
  subjectId: Scalars['ID']['output'];
  /** Type of the object that moved (a GraphQL type name) */
  subjectType: Scalars['String']['output'];
  /** State after the step */
  toState: Scalars['String']['output'];
  /** `<SubjectType>.<event>`, e.g. `Project.approve` */
  type: Scalars['String']['output'];
};

export type DomainEventConnection = {
  __typename?: 'DomainEventConnection';
  edges: Array<DomainEventEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<DomainEvent>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type DomainEventEdge = {
  __typename?: 'DomainEventEdge';
  cursor: Scalars['String']['output'];
  node: DomainEvent;
};

/** PM-8.2, CM-11: an expert on a review panel and the opinion it recorded itself */
export type ExpertSeat = {
  __typename?: 'ExpertSeat';
  displayName: Scalars['String']['output'];
  /** Null until the expert records it */
  opinion?: Maybe<Scalars['String']['output']>;
  recordedOn?: Maybe<Scalars['Date']['output']>;
  username: Scalars['String']['output'];
};

/** PM-16.2 */
export type ExtensionStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'REFUSED';

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
  /** What the reader may do next, and why not */
  availableActions: Array<AvailableAction>;
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

export type FeeStatementSettleInput = {
  id: Scalars['ID']['input'];
  /** Payment voucher or settlement reference */
  settlementRef?: InputMaybe<Scalars['String']['input']>;
};

/** CM-6 */
export type FeeStatementStatus =
  | 'ISSUED'
  | 'SETTLED';

/** PM-12 */
export type FindingConclusion =
  | 'MET'
  | 'NOT_APPLICABLE'
  | 'NOT_MET';

/** PM-19 */
export type FindingKind =
  | 'FUND_MISAPPROPRIATION'
  | 'IMPROPER_OM_FUNDING'
  | 'LOSS_OR_WASTE'
  | 'OTHER_ACCIDENT'
  | 'POOR_QUALITY'
  | 'PROCEDURE_VIOLATION'
  | 'SECURITY_INCIDENT'
  | 'SERIOUS_OVERSPEND'
  | 'SHARING_VIOLATION';

/** PM-19 */
export type FindingMeasure =
  | 'DISCIPLINE_REFERRAL'
  | 'FINANCIAL_PENALTY'
  | 'PUBLIC_CRITICISM'
  | 'RECORDED';

/** PM-8.1 */
export type FundingSource =
  | 'CENTRAL_OR_PROVINCIAL'
  | 'COUNTY_FISCAL'
  | 'MUNICIPAL_FISCAL'
  | 'OTHER'
  | 'OWN_FUNDS'
  | 'SPECIAL_BOND';

/** CM-14: a tenancy’s item used below the idle threshold in each of the last periods */
export type IdleCloudResource = {
  __typename?: 'IdleCloudResource';
  /** Average use over those periods, percent of the quota */
  averagePercent: Scalars['String']['output'];
  item?: Maybe<CloudServiceItem>;
  periods: Array<IdleCloudResourcePeriod>;
  quota: Scalars['Int']['output'];
  tenancy?: Maybe<CloudTenancy>;
  /** The threshold applied, percent of the quota */
  thresholdPercent: Scalars['String']['output'];
};

export type IdleCloudResourcePeriod = {
  __typename?: 'IdleCloudResourcePeriod';
  /** Average use, percent of the quota */
  averagePercent: Scalars['String']['output'];
  period: Scalars['String']['output'];
};

/** CM-19 */
export type IncidentResponsibility =
  | 'BDC'
  | 'PROVIDER'
  | 'SHARED'
  | 'USER';

/** 信息项数据类型 */
export type InformationItemDataType =
  | 'CHARACTER'
  | 'CURRENCY'
  | 'DATE'
  | 'DATETIME'
  | 'DOUBLE'
  | 'FLOAT'
  | 'GENERAL'
  | 'INTEGER'
  | 'LOGICAL'
  | 'MEMO'
  | 'NUMERIC';

/** PM-17: a government information system of the municipal catalog */
export type InformationSystem = Node & {
  __typename?: 'InformationSystem';
  /** update, recordSecurityTest, recordCryptoAssessment, retire: whether the reader may, and why not */
  availableActions: Array<AvailableAction>;
  /** PM-9(3): its information-resource catalog */
  catalog?: Maybe<Catalog>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The assessing body of the latest 密评 */
  cryptoAssessmentBody?: Maybe<Scalars['String']['output']>;
  /** PM-11: a passing 密评 within the rulebook’s cryptoAssessmentValidityMonths */
  cryptoAssessmentCurrent: Scalars['Boolean']['output'];
  /** PM-11, PM-17: the date of the latest 密评 */
  cryptoAssessmentOn?: Maybe<Scalars['Date']['output']>;
  /** PM-11, PM-17: the result of the latest 密评 */
  cryptoAssessmentResult?: Maybe<AssessmentResult>;
  /** PM-17: the defects rectification orders the reader may see name on it */
  defects: Array<SystemDefect>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** MLPS level (网络安全等级保护) of the system, 1–5 */
  mlpsLevel?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** CM-4: it has a government cloud tenancy */
  onCloud: Scalars['Boolean']['output'];
  /** The owning unit */
  owner?: Maybe<Agency>;
  /** The projects that built or changed it (those the reader may see) */
  projects: Array<InformationSystemProject>;
  /** CM-4: the system it replaces by a migration */
  replaces?: Maybe<InformationSystem>;
  retiredOn?: Maybe<Scalars['Date']['output']>;
  /** The testing body of the latest 等保 test */
  securityTestBody?: Maybe<Scalars['String']['output']>;
  /** PM-11: a passing 等保 test within the rulebook’s securityTestValidityMonths */
  securityTestCurrent: Scalars['Boolean']['output'];
  /** PM-11: the level the latest 等保 test assessed */
  securityTestLevel?: Maybe<Scalars['Int']['output']>;
  /** PM-11: the date of the latest 等保 test */
  securityTestOn?: Maybe<Scalars['Date']['output']>;
  /** PM-11: the result of the latest 等保 test */
  securityTestResult?: Maybe<AssessmentResult>;
  status: InformationSystemStatus;
  /** CM-9: its cloud tenancy; null when not on the cloud (or not visible) */
  tenancy?: Maybe<CloudTenancy>;
  version: Scalars['Int']['output'];
};

export type InformationSystemConnection = {
  __typename?: 'InformationSystemConnection';
  edges: Array<InformationSystemEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<InformationSystem>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

/** PM-11: the latest 密评 (cryptography application security assessment) of a system */
export type InformationSystemCryptoAssessmentInput = {
  assessedOn: Scalars['Date']['input'];
  /** The assessing body */
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  result: AssessmentResult;
};

export type InformationSystemEdge = {
  __typename?: 'InformationSystemEdge';
  cursor: Scalars['String']['output'];
  node: InformationSystem;
};

/** PM-17: the questions the catalog answers; each given criterion narrows the list */
export type InformationSystemFilter = {
  /** CM-4: true: not on the government cloud (no tenancy); false: on it */
  notOnCloud?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Built or changed by this project */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InformationSystemStatus>;
  /** PM-11, PM-17: true: without a current 密评 (none, failed, or older than the rulebook’s cryptoAssessmentValidityMonths) */
  withoutCurrentCryptoAssessment?: InputMaybe<Scalars['Boolean']['input']>;
  /** PM-11, PM-17: true: without a current 等保 test (none, failed, or older than the rulebook’s securityTestValidityMonths) */
  withoutCurrentSecurityTest?: InputMaybe<Scalars['Boolean']['input']>;
  /** PM-9(3): true: without an information-resource catalog; false: with one */
  withoutResourceCatalog?: InputMaybe<Scalars['Boolean']['input']>;
};

export type InformationSystemPayload = {
  __typename?: 'InformationSystemPayload';
  errors: Array<UserError>;
  informationSystem?: Maybe<InformationSystem>;
};

/** A project that built or changed an information system */
export type InformationSystemProject = {
  __typename?: 'InformationSystemProject';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  project?: Maybe<Project>;
  role: SystemProjectRole;
};

/** A project that built or changed the system */
export type InformationSystemProjectInput = {
  projectId: Scalars['ID']['input'];
  role?: SystemProjectRole;
};

/** PM-17: a system for the municipal catalog */
export type InformationSystemRegisterInput = {
  /** PM-9(3): its information-resource catalog */
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** An existing system already running (IN_SERVICE), or one still being built or migrated (PLANNED) */
  inService: Scalars['Boolean']['input'];
  /** MLPS level, 1–5 */
  mlpsLevel?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** The owning unit; the registering unit itself unless BDC registers for another */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The projects that built or changed it */
  projects?: InputMaybe<Array<InformationSystemProjectInput>>;
  /** CM-4: the existing system it replaces by a migration */
  replacesId?: InputMaybe<Scalars['ID']['input']>;
  /** CM-9: its cloud tenancy */
  tenancyId?: InputMaybe<Scalars['ID']['input']>;
};

export type InformationSystemRetireInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** PM-11: the latest 等保 test of a system */
export type InformationSystemSecurityTestInput = {
  /** The testing body */
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** The MLPS level tested, 1–5 */
  level: Scalars['Int']['input'];
  result: AssessmentResult;
  testedOn: Scalars['Date']['input'];
};

/** PM-17, CM-4, CM-13 */
export type InformationSystemStatus =
  | 'IN_SERVICE'
  | 'MIGRATING'
  | 'PLANNED'
  | 'RETIRED';

/** PM-17: corrections of a catalog entry; what is left out stays as it is */
export type InformationSystemUpdateInput = {
  /** Projects to add */
  addProjects?: InputMaybe<Array<InformationSystemProjectInput>>;
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  mlpsLevel?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  tenancyId?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** PM-15, PM-16.1, PM-16.2: apply for acceptance (to DRC; to the county DRC for county projects); also the new application after a failure */
  acceptanceApply: AcceptanceRecordPayload;
  /** PM-16.3: DRC (the county DRC for a county project) delegates the acceptance to the competent department */
  acceptanceDelegate: AcceptanceRecordPayload;
  /** PM-16.2: the unit applies, with reasons, to move the acceptance due date */
  acceptanceExtensionApply: AcceptanceExtensionPayload;
  /** PM-16.2: DRC (the county DRC for a county project) approves with the new due date, or refuses with reasons */
  acceptanceExtensionDecide: AcceptanceExtensionPayload;
  /** PM-16.3: DRC (the county DRC for a county project) organizes the acceptance itself */
  acceptanceOrganize: AcceptanceRecordPayload;
  /** PM-12, PM-16.3: DRC or its delegate records the findings and the result */
  acceptanceRecordResult: AcceptanceRecordPayload;
  /** PM-16.3: the delegate reports its result and materials back to DRC (the county DRC for a county project) */
  acceptanceReportToDrc: AcceptanceRecordPayload;
  /** PM-9(3): the construction unit starts its project's catalog */
  catalogCreate: CatalogPayload;
  /** PM-9(3): add an information resource to a draft or returned catalog */
  catalogEntryAdd: CatalogEntryPayload;
  /** PM-9(3): remove an entry of a draft or returned catalog; returns the catalog */
  catalogEntryRemove: CatalogPayload;
  /** PM-9(3): replace the metadata of an entry of a draft or returned catalog */
  catalogEntryUpdate: CatalogEntryPayload;
  /** PM-9(3): entries from a file in the national template; all or nothing */
  catalogImport: CatalogImportPayload;
  /** PM-9(3): BDC publishes a submitted catalog (leader) */
  catalogPublish: CatalogPayload;
  /** PM-9(3): BDC returns a submitted catalog with findings (reviewer or leader) */
  catalogReturn: CatalogPayload;
  /** PM-9(3): the construction unit submits its catalog to BDC */
  catalogSubmit: CatalogPayload;
  /** PM-9(3): record the use of a shared resource of a published catalog */
  catalogUsageRecord: CatalogUsagePayload;
  /** CM-16: BDC publishes the next version of its service-quality assessment standard (weights summing to 100) */
  cloudAssessmentStandardPublish: CloudAssessmentStandardPayload;
  /** CM-8: the provider confirms the expansion provisioned */
  cloudChangeRequestConfirmProvisioning: CloudChangeRequestPayload;
  /** CM-11 (by CM-14): once the panel’s opinions are in, BDC records the review that fixes an expansion’s amounts */
  cloudChangeRequestExpertReview: CloudChangeRequestPayload;
  /** CM-11 (by CM-14): BDC names the expansion’s expert panel from the expert accounts */
  cloudChangeRequestNameExpertPanel: CloudChangeRequestPayload;
  /** CM-12 (by CM-14): BDC notifies the provider of an expansion */
  cloudChangeRequestNotifyProvider: CloudChangeRequestPayload;
  /** CM-11: an expert on the panel records its own opinion */
  cloudChangeRequestRecordExpertOpinion: CloudChangeRequestPayload;
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
  /** CM-13: BDC grants (moving the due date by the working days given) or refuses the pending request */
  cloudTenancyDecideDeploymentExtension: CloudTenancyPayload;
  /** CM-15: BDC decommissions the tenancy once both confirmed */
  cloudTenancyDecommission: CloudTenancyPayload;
  /** CM-15: the user applies to leave the cloud */
  cloudTenancyExitApply: CloudTenancyPayload;
  /** CM-15: BDC approves the exit; 20 working days of transition */
  cloudTenancyExitApprove: CloudTenancyPayload;
  /** CM-11: once every expert of the panel has recorded its opinion, BDC records the review that fixes the quota */
  cloudTenancyExpertReview: CloudTenancyPayload;
  /** CM-11: BDC names the expert panel of the review from the expert accounts */
  cloudTenancyNameExpertPanel: CloudTenancyPayload;
  /** CM-12: BDC notifies the provider, who provisions within 3 working days */
  cloudTenancyNotifyProvider: CloudTenancyPayload;
  /** CM-7, CM-13: the user records deployment, tests, security pre-assessment and cut-over */
  cloudTenancyRecordDeployment: CloudTenancyPayload;
  /** CM-11: an expert on the panel records its own opinion */
  cloudTenancyRecordExpertOpinion: CloudTenancyPayload;
  /** CM-13: before the deployment due date, the user asks BDC, with reasons, for more working days */
  cloudTenancyRequestDeploymentExtension: CloudTenancyPayload;
  /** CM-10: the applicant amends a returned application and files it again */
  cloudTenancyResubmit: CloudTenancyPayload;
  /** CM-7, CM-13: the user records a migration’s old system retired, no earlier than 3 months after cut-over */
  cloudTenancyRetireOldSystem: CloudTenancyPayload;
  /** CM-11: BDC approves or returns the application */
  cloudTenancyReview: CloudTenancyPayload;
  /** CM-12: the user attaches the signed responsibility letter and confirmation form, uploaded first with POST /documents */
  cloudTenancySignDocuments: CloudTenancyPayload;
  /** CM-22: BDC records a zone's certificate (a renewal is a new one) */
  cloudZoneCertificateRecord: CloudZoneCertificatePayload;
  /** CM-6: the finance bureau of the tenant’s level (a clerk) accounts for an ended month: it issues the tenant’s statement, which its leader settles */
  feeStatementIssue: FeeStatementPayload;
  /** CM-6: the finance bureau of the statement’s level records it settled */
  feeStatementSettle: FeeStatementPayload;
  /** PM-11: the latest 密评 (a current pass clears NO_CRYPTO_ASSESSMENT of open orders, PM-17) */
  informationSystemRecordCryptoAssessment: InformationSystemPayload;
  /** PM-11: the latest 等保 test (a current pass clears NO_SECURITY_TEST of open orders, PM-17) */
  informationSystemRecordSecurityTest: InformationSystemPayload;
  /** PM-17: a unit registers its system in the municipal catalog (BDC, which keeps it, for any unit) */
  informationSystemRegister: InformationSystemPayload;
  /** PM-17, CM-13: the unit or BDC records a system retired; a migration’s old system not before 3 months after cut-over */
  informationSystemRetire: InformationSystemPayload;
  /** PM-17: the unit or BDC corrects a catalog entry (a resource catalog recorded clears NO_RESOURCE_CATALOG) */
  informationSystemUpdate: InformationSystemPayload;
  /** PM-13: record an O&M procurement contract of an accepted project (at most omContractMaxYears years) */
  omContractRecord: OmContractPayload;
  /** PM-6: DRC records a plan approved by the government */
  planCreate: PlanPayload;
  /** PM-6: add an entry (a project to be built) to a plan */
  planEntryAdd: PlanPayload;
  /** PM-8.1, PM-9(3), PM-7.2: approve (DRC; the county for county projects, PM-8.3) */
  projectApprove: ProjectPayload;
  /** PM-8.1: approve the preliminary design (the DRC of the project's level); it is the project's approval */
  projectApprovePreliminaryDesign: ProjectPayload;
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
  /** PM-19: DRC, Finance, NSC or BDC records a finding against a project, within its duty; the Government Office one from its inspection (inspectionId) */
  projectFindingRecord: ProjectFindingPayload;
  /** PM-4: the Government Office records an inspection of a project on the e-government extranet */
  projectInspectionRecord: ProjectInspectionPayload;
  /** PM-5, PM-8.1: invite an agency to give its opinion */
  projectInviteOpinion: ProjectPayload;
  /** PM-8.2: BDC names the expert panel of the technical review from the expert accounts */
  projectNameExpertPanel: ProjectPayload;
  /** PM-9(6): add a co-builder with its part */
  projectParticipantAdd: ProjectPayload;
  /** PM-9(6): a co-builder confirms its part */
  projectParticipantConfirm: ProjectPayload;
  /** PM-8.2: BDC passes the technical review */
  projectPassTechReview: ProjectPayload;
  /** PM-8.2: an expert on the panel records its own opinion */
  projectRecordExpertOpinion: ProjectPayload;
  /** PM-8.2: once every expert of the panel recorded its opinion, BDC records the review */
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
  /** PM-8.1: return the preliminary design for revision, with reasons */
  projectReturnPreliminaryDesign: ProjectPayload;
  /** PM-7.2: the unit revises the investment estimate after the feasibility study was approved */
  projectReviseEstimate: ProjectPayload;
  /** PM-10: name the implementing body and project leader */
  projectSetImplementation: ProjectPayload;
  /** PM-14, PM-10, PM-4: start construction; the acceptance is then due after the approved construction period (PM-16.2) */
  projectStartConstruction: ProjectPayload;
  /** PM-8.1: submit the feasibility study (and preliminary design) for review */
  projectSubmitFeasibility: ProjectPayload;
  /** PM-7.2: from 10M, submit the preliminary design with its estimate once the feasibility study is approved */
  projectSubmitPreliminaryDesign: ProjectPayload;
  /** PM-7.1, PM-7.3: an out-of-plan project files its proposal */
  projectSubmitProposal: ProjectPayload;
  /** PM-8.2, PM-8.3: submit the technical plan to BDC */
  projectSubmitTechnicalPlan: ProjectPayload;
  /** Edit the filing while in draft or returned (PM-8.1) */
  projectUpdate: ProjectPayload;
  /** PM-17: record that the unit rectified */
  rectificationOrderClose: RectificationOrderPayload;
  /** PM-17: order a unit to rectify (NSC, BDC or DRC, each within its duty; the Government Office on a finding of its inspection) */
  rectificationOrderIssue: RectificationOrderPayload;
  /** PM-4, PM-12: NSC records its security review of a project (findings, conclusion, cryptography plan) */
  securityReviewRecord: SecurityReviewPayload;
  /** PM-11: record a security test or risk assessment (kind, date, tester, result) */
  securityTestRecord: SecurityTestPayload;
  /** PM-15: BDC confirms the project's data sharing; without it no acceptance */
  sharingReviewConfirm: SharingReviewPayload;
  /** PM-15: the construction unit asks BDC to review its data sharing (again after a return) */
  sharingReviewRequest: SharingReviewPayload;
  /** PM-15: BDC returns the review with its findings */
  sharingReviewReturn: SharingReviewPayload;
  /** PM-17: the agency that ordered the rectification records a judged defect (sharing, duplicate collection, catalog) cleared */
  systemDefectClear: SystemDefectPayload;
  /** CM-14: the monitoring platform posts a batch of readings (as POST /monitoring/readings does): all or nothing, idempotent per reading */
  utilisationReadingsPost: UtilisationReadingsPayload;
  /** Queues failed deliveries again: one, or a subscription’s from a sequence on (PM-4) */
  webhookReplay: WebhookReplayPayload;
  /** Registers an endpoint that receives the domain events from now on (PM-4) */
  webhookSubscribe: WebhookSubscriptionPayload;
  /** Stops deliveries to an endpoint; its log stays (PM-4) */
  webhookUnsubscribe: WebhookSubscriptionPayload;
  /** Changes an endpoint, its secret, its event types or its identity (PM-4) */
  webhookUpdate: WebhookSubscriptionPayload;
  /** Adds a newly published year of the official calendar from the State Council's notice, checked day by day (BDC or the Government Office) */
  workingCalendarYearPublish: WorkingCalendarYearPayload;
};


export type MutationAcceptanceApplyArgs = {
  input: AcceptanceApplyInput;
};


export type MutationAcceptanceDelegateArgs = {
  input: AcceptanceDelegateInput;
};


export type MutationAcceptanceExtensionApplyArgs = {
  input: AcceptanceExtensionApplyInput;
};


export type MutationAcceptanceExtensionDecideArgs = {
  input: AcceptanceExtensionDecideInput;
};


export type MutationAcceptanceOrganizeArgs = {
  input: AcceptanceOrganizeInput;
};


export type MutationAcceptanceRecordResultArgs = {
  input: AcceptanceResultInput;
};


export type MutationAcceptanceReportToDrcArgs = {
  input: AcceptanceReportToDrcInput;
};


export type MutationCatalogCreateArgs = {
  input: CatalogCreateInput;
};


export type MutationCatalogEntryAddArgs = {
  input: CatalogEntryAddInput;
};


export type MutationCatalogEntryRemoveArgs = {
  input: CatalogEntryRemoveInput;
};


export type MutationCatalogEntryUpdateArgs = {
  input: CatalogEntryUpdateInput;
};


export type MutationCatalogImportArgs = {
  input: CatalogImportInput;
};


export type MutationCatalogPublishArgs = {
  input: CatalogPublishInput;
};


export type MutationCatalogReturnArgs = {
  input: CatalogReturnInput;
};


export type MutationCatalogSubmitArgs = {
  input: CatalogSubmitInput;
};


export type MutationCatalogUsageRecordArgs = {
  input: CatalogUsageRecordInput;
};


export type MutationCloudAssessmentStandardPublishArgs = {
  input: CloudAssessmentStandardPublishInput;
};


export type MutationCloudChangeRequestConfirmProvisioningArgs = {
  input: CloudChangeRequestStepInput;
};


export type MutationCloudChangeRequestExpertReviewArgs = {
  input: CloudExpertReviewInput;
};


export type MutationCloudChangeRequestNameExpertPanelArgs = {
  input: CloudExpertPanelInput;
};


export type MutationCloudChangeRequestNotifyProviderArgs = {
  input: CloudChangeRequestStepInput;
};


export type MutationCloudChangeRequestRecordExpertOpinionArgs = {
  input: CloudExpertOpinionInput;
};


export type MutationCloudChangeRequestReviewArgs = {
  input: CloudChangeRequestReviewInput;
};


export type MutationCloudChangeRequestSubmitArgs = {
  input: CloudChangeRequestSubmitInput;
};


export type MutationCloudIncidentReportArgs = {
  input: CloudIncidentReportInput;
};


export type MutationCloudIncidentResolveArgs = {
  input: CloudIncidentResolveInput;
};


export type MutationCloudProviderAssessmentRecordArgs = {
  input: CloudProviderAssessmentInput;
};


export type MutationCloudServiceItemCreateArgs = {
  input: CloudServiceItemCreateInput;
};


export type MutationCloudServiceItemUpdateArgs = {
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
  input: CloudTenancyStepInput;
};


export type MutationCloudTenancyConfirmProvisioningArgs = {
  input: CloudTenancyStepInput;
};


export type MutationCloudTenancyConfirmReclaimedArgs = {
  input: CloudTenancyStepInput;
};


export type MutationCloudTenancyDecideDeploymentExtensionArgs = {
  input: CloudTenancyDeploymentExtensionDecideInput;
};


export type MutationCloudTenancyDecommissionArgs = {
  input: CloudTenancyStepInput;
};


export type MutationCloudTenancyExitApplyArgs = {
  input: CloudTenancyExitApplyInput;
};


export type MutationCloudTenancyExitApproveArgs = {
  input: CloudTenancyStepInput;
};


export type MutationCloudTenancyExpertReviewArgs = {
  input: CloudExpertReviewInput;
};


export type MutationCloudTenancyNameExpertPanelArgs = {
  input: CloudExpertPanelInput;
};


export type MutationCloudTenancyNotifyProviderArgs = {
  input: CloudTenancyStepInput;
};


export type MutationCloudTenancyRecordDeploymentArgs = {
  input: CloudTenancyDeploymentInput;
};


export type MutationCloudTenancyRecordExpertOpinionArgs = {
  input: CloudExpertOpinionInput;
};


export type MutationCloudTenancyRequestDeploymentExtensionArgs = {
  input: CloudTenancyDeploymentExtensionRequestInput;
};


export type MutationCloudTenancyResubmitArgs = {
  input: CloudTenancyResubmitInput;
};


export type MutationCloudTenancyRetireOldSystemArgs = {
  input: CloudTenancyStepInput;
};


export type MutationCloudTenancyReviewArgs = {
  input: CloudTenancyReviewInput;
};


export type MutationCloudTenancySignDocumentsArgs = {
  input: CloudTenancySignDocumentsInput;
};


export type MutationCloudZoneCertificateRecordArgs = {
  input: CloudZoneCertificateRecordInput;
};


export type MutationFeeStatementIssueArgs = {
  input: FeeStatementIssueInput;
};


export type MutationFeeStatementSettleArgs = {
  input: FeeStatementSettleInput;
};


export type MutationInformationSystemRecordCryptoAssessmentArgs = {
  input: InformationSystemCryptoAssessmentInput;
};


export type MutationInformationSystemRecordSecurityTestArgs = {
  input: InformationSystemSecurityTestInput;
};


export type MutationInformationSystemRegisterArgs = {
  input: InformationSystemRegisterInput;
};


export type MutationInformationSystemRetireArgs = {
  input: InformationSystemRetireInput;
};


export type MutationInformationSystemUpdateArgs = {
  input: InformationSystemUpdateInput;
};


export type MutationOmContractRecordArgs = {
  input: OmContractRecordInput;
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


export type MutationProjectApprovePreliminaryDesignArgs = {
  input: ProjectApprovePreliminaryDesignInput;
};


export type MutationProjectApproveProposalArgs = {
  input: ProjectApproveProposalInput;
};


export type MutationProjectConfirmBudgetArgs = {
  input: ProjectConfirmBudgetInput;
};


export type MutationProjectConfirmProcurementArgs = {
  input: ProjectConfirmProcurementInput;
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


export type MutationProjectFindingRecordArgs = {
  input: ProjectFindingRecordInput;
};


export type MutationProjectInspectionRecordArgs = {
  input: ProjectInspectionRecordInput;
};


export type MutationProjectInviteOpinionArgs = {
  input: ProjectInviteOpinionInput;
};


export type MutationProjectNameExpertPanelArgs = {
  input: ProjectExpertPanelInput;
};


export type MutationProjectParticipantAddArgs = {
  input: ProjectParticipantAddInput;
};


export type MutationProjectParticipantConfirmArgs = {
  input: ProjectParticipantConfirmInput;
};


export type MutationProjectPassTechReviewArgs = {
  input: ProjectTechReviewInput;
};


export type MutationProjectRecordExpertOpinionArgs = {
  input: ProjectExpertOpinionInput;
};


export type MutationProjectRecordExpertReviewArgs = {
  input: ProjectExpertReviewInput;
};


export type MutationProjectRecordOpinionArgs = {
  input: ProjectRecordOpinionInput;
};


export type MutationProjectRecordProcurementArgs = {
  input: ProjectProcurementInput;
};


export type MutationProjectRecordSupervisionArgs = {
  input: ProjectSupervisionInput;
};


export type MutationProjectRejectArgs = {
  input: ProjectRejectInput;
};


export type MutationProjectRejectProposalArgs = {
  input: ProjectRejectProposalInput;
};


export type MutationProjectReturnForRevisionArgs = {
  input: ProjectReturnForRevisionInput;
};


export type MutationProjectReturnPreliminaryDesignArgs = {
  input: ProjectReturnPreliminaryDesignInput;
};


export type MutationProjectReviseEstimateArgs = {
  input: ProjectReviseEstimateInput;
};


export type MutationProjectSetImplementationArgs = {
  input: ProjectImplementationInput;
};


export type MutationProjectStartConstructionArgs = {
  input: ProjectStartConstructionInput;
};


export type MutationProjectSubmitFeasibilityArgs = {
  input: ProjectSubmitFeasibilityInput;
};


export type MutationProjectSubmitPreliminaryDesignArgs = {
  input: ProjectSubmitPreliminaryDesignInput;
};


export type MutationProjectSubmitProposalArgs = {
  input: ProjectSubmitProposalInput;
};


export type MutationProjectSubmitTechnicalPlanArgs = {
  input: ProjectSubmitTechnicalPlanInput;
};


export type MutationProjectUpdateArgs = {
  input: ProjectUpdateInput;
};


export type MutationRectificationOrderCloseArgs = {
  input: RectificationOrderCloseInput;
};


export type MutationRectificationOrderIssueArgs = {
  input: RectificationOrderIssueInput;
};


export type MutationSecurityReviewRecordArgs = {
  input: SecurityReviewRecordInput;
};


export type MutationSecurityTestRecordArgs = {
  input: SecurityTestRecordInput;
};


export type MutationSharingReviewConfirmArgs = {
  input: SharingReviewConfirmInput;
};


export type MutationSharingReviewRequestArgs = {
  input: SharingReviewRequestInput;
};


export type MutationSharingReviewReturnArgs = {
  input: SharingReviewReturnInput;
};


export type MutationSystemDefectClearArgs = {
  input: SystemDefectClearInput;
};


export type MutationUtilisationReadingsPostArgs = {
  input: UtilisationReadingsPostInput;
};


export type MutationWebhookReplayArgs = {
  input: WebhookReplayInput;
};


export type MutationWebhookSubscribeArgs = {
  input: WebhookSubscribeInput;
};


export type MutationWebhookUnsubscribeArgs = {
  input: WebhookUnsubscribeInput;
};


export type MutationWebhookUpdateArgs = {
  input: WebhookUpdateInput;
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

/** PM-13: an O&M procurement contract after acceptance */
export type OmContract = Node & {
  __typename?: 'OmContract';
  /** Contract amount, CNY */
  amount?: Maybe<Scalars['Decimal']['output']>;
  contractNo?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last day of the term */
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Null when the reader may not see the project */
  project?: Maybe<Project>;
  recordedByAgency?: Maybe<Agency>;
  startsOn: Scalars['Date']['output'];
  supplierName: Scalars['String']['output'];
  /** End of the builder's free warranty (维保期) */
  warrantyEndsOn: Scalars['Date']['output'];
};

export type OmContractConnection = {
  __typename?: 'OmContractConnection';
  edges: Array<OmContractEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<OmContract>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type OmContractEdge = {
  __typename?: 'OmContractEdge';
  cursor: Scalars['String']['output'];
  node: OmContract;
};

export type OmContractPayload = {
  __typename?: 'OmContractPayload';
  errors: Array<UserError>;
  omContract?: Maybe<OmContract>;
};

export type OmContractRecordInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  contractNo?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the term */
  endsOn: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
  startsOn: Scalars['Date']['input'];
  supplierName: Scalars['String']['input'];
  /** End of the builder's free warranty */
  warrantyEndsOn: Scalars['Date']['input'];
};

/** 开放属性: opening to the public */
export type OpenType =
  | 'CONDITIONAL'
  | 'NOT_OPEN'
  | 'UNCONDITIONAL';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** PM-16.2: a project under construction past its acceptance due date */
export type OverdueAcceptance = {
  __typename?: 'OverdueAcceptance';
  constructionUnit?: Maybe<Agency>;
  /** Calendar days past the due date, in Asia/Shanghai */
  daysOverdue: Scalars['Int']['output'];
  dueOn: Scalars['Date']['output'];
  /** An extension application awaits a decision */
  extensionPending: Scalars['Boolean']['output'];
  /** Null when the reader may not see the project itself */
  project?: Maybe<Project>;
  projectCode: Scalars['String']['output'];
  projectName: Scalars['String']['output'];
};

export type OverdueAcceptanceConnection = {
  __typename?: 'OverdueAcceptanceConnection';
  edges: Array<OverdueAcceptanceEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<OverdueAcceptance>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type OverdueAcceptanceEdge = {
  __typename?: 'OverdueAcceptanceEdge';
  cursor: Scalars['String']['output'];
  node: OverdueAcceptance;
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
  /** PM-16.2: the extension applications the reader may see, oldest first */
  acceptanceExtensions: Array<AcceptanceExtension>;
  /** What the reader may file on the project now, by mutation: sharingReviewRequest (PM-15), acceptanceApply (PM-16.1), acceptanceExtensionApply (PM-16.2), each with every reason it would be refused. Judged by the same machines and policies as the mutations; steps of an object already filed are in its own availableActions. */
  acceptanceFilings: Array<AvailableAction>;
  /** PM-16: the acceptance applications the reader may see, oldest first */
  acceptanceRecords: Array<AcceptanceRecord>;
  /** Next steps for the current user, with every reason one is not possible now */
  availableActions: Array<AvailableAction>;
  budgetConfirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  budgetLines: Array<BudgetLine>;
  /** Sum of the budget lines */
  budgetTotal: Scalars['Decimal']['output'];
  buildType: BuildType;
  /** PM-9(3): its information-resource catalog (null until created, or unless the reader may see it) */
  catalog?: Maybe<Catalog>;
  category: ProjectCategory;
  /** CM-9: the cloud tenancies filed for it that the reader may see, oldest first */
  cloudTenancies: Array<CloudTenancy>;
  /** Filing number, e.g. JA-2026-00012 */
  code: Scalars['String']['output'];
  /** 项目主管部门 (PM-16.3): the department acceptance may be delegated to; null for a bureau's own project */
  competentDepartment?: Maybe<Agency>;
  /** Construction period in months, fixed at approval (PM-16.2) */
  constructionMonths?: Maybe<Scalars['Int']['output']>;
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
  /** PM-8.2: the expert panel of the technical review, each expert with the opinion it recorded itself */
  expertPanel: Array<ExpertSeat>;
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
  /** PM-17: the systems it built or changed, of those the reader may see */
  informationSystems: Array<InformationSystem>;
  /** PM-4: the Government Office's inspections of the project the reader may see, oldest first */
  inspections: Array<ProjectInspection>;
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
  /** PM-4, PM-12: NSC's security reviews of the project the reader may see, oldest first */
  securityReviews: Array<SecurityReview>;
  /** PM-15: the data-sharing review (null until the unit asks, or unless the reader may see it) */
  sharingReview?: Maybe<SharingReview>;
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
  /** 建设周期 in months: the acceptance is due this long after construction starts (PM-16.2) */
  constructionMonths: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectApprovePreliminaryDesignInput = {
  /** The approval of the preliminary design and estimate (初步设计批复), with the PM-9 chapters */
  approvalDocument: DocumentInput;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectApproveProposalInput = {
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

export type ProjectConfirmBudgetInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectConfirmProcurementInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

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
  /** 项目主管部门 (PM-16.3): a government department of the project's level, not the unit itself; defaults to the unit's own competent department */
  competentDepartmentId?: InputMaybe<Scalars['ID']['input']>;
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
  id: Scalars['ID']['input'];
  kind: DocumentKind;
  /** PM-9(4): security and reliability of the products */
  securityStatement?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** PM-8.2: an expert on the panel records its own opinion */
export type ProjectExpertOpinionInput = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};

/** PM-8.2: BDC names the expert panel of the technical review from the expert accounts */
export type ProjectExpertPanelInput = {
  /** User IDs of expert accounts (agency kind EXPERT) */
  expertIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};

export type ProjectExpertReviewInput = {
  id: Scalars['ID']['input'];
  /** The experts' review opinion with its conclusion, once every expert of the panel recorded its own */
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

/** PM-19: a finding or criticism recorded against a project */
export type ProjectFinding = Node & {
  __typename?: 'ProjectFinding';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** PM-4: the inspection the finding comes from (null if none, or unless the reader may see it) */
  inspection?: Maybe<ProjectInspection>;
  kind: FindingKind;
  measure: FindingMeasure;
  /** Null when the reader may not see the project */
  project?: Maybe<Project>;
  recordedByAgency?: Maybe<Agency>;
  recordedByName: Scalars['String']['output'];
  /** Persons held responsible (直接负责的主管人员和其他责任人员) */
  responsible?: Maybe<Scalars['String']['output']>;
};

export type ProjectFindingConnection = {
  __typename?: 'ProjectFindingConnection';
  edges: Array<ProjectFindingEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<ProjectFinding>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type ProjectFindingEdge = {
  __typename?: 'ProjectFindingEdge';
  cursor: Scalars['String']['output'];
  node: ProjectFinding;
};

export type ProjectFindingPayload = {
  __typename?: 'ProjectFindingPayload';
  errors: Array<UserError>;
  projectFinding?: Maybe<ProjectFinding>;
};

export type ProjectFindingRecordInput = {
  description: Scalars['String']['input'];
  /** PM-4: the Government Office's inspection of the project the finding comes from */
  inspectionId?: InputMaybe<Scalars['ID']['input']>;
  kind: FindingKind;
  measure: FindingMeasure;
  projectId: Scalars['ID']['input'];
  responsible?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectImplementationInput = {
  id: Scalars['ID']['input'];
  /** 项目实施机构 */
  implementingBody: Scalars['String']['input'];
  /** 项目责任人 */
  projectLeader: Scalars['String']['input'];
};

/** PM-4: the Government Office's inspection (监督检查) of a project on the e-government extranet */
export type ProjectInspection = Node & {
  __typename?: 'ProjectInspection';
  createdAt: Scalars['DateTimeISO']['output'];
  /** What it found (检查发现) */
  findings: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Date of the inspection */
  inspectedOn: Scalars['Date']['output'];
  /** Null when the reader may not see the project */
  project?: Maybe<Project>;
  /** PM-19: the findings recorded from this inspection that the reader may see */
  projectFindings: Array<ProjectFinding>;
  recordedByAgency?: Maybe<Agency>;
  /** The inspector, as recorded then */
  recordedByName: Scalars['String']['output'];
  /** What the inspection covered (检查范围) */
  scope: Scalars['String']['output'];
};

export type ProjectInspectionConnection = {
  __typename?: 'ProjectInspectionConnection';
  edges: Array<ProjectInspectionEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<ProjectInspection>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type ProjectInspectionEdge = {
  __typename?: 'ProjectInspectionEdge';
  cursor: Scalars['String']['output'];
  node: ProjectInspection;
};

export type ProjectInspectionPayload = {
  __typename?: 'ProjectInspectionPayload';
  errors: Array<UserError>;
  projectInspection?: Maybe<ProjectInspection>;
};

/** PM-4: the Government Office's inspection of a project on the e-government extranet */
export type ProjectInspectionRecordInput = {
  /** What it found */
  findings: Scalars['String']['input'];
  inspectedOn: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
  /** What the inspection covered */
  scope: Scalars['String']['input'];
};

export type ProjectInviteOpinionInput = {
  /** The agency invited to give its opinion (PM-5) */
  agencyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
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
  id: Scalars['ID']['input'];
  /** 系统接口 */
  interfaces: Scalars['String']['input'];
};

export type ProjectParticipantConfirmInput = {
  id: Scalars['ID']['input'];
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

export type ProjectRecordFilter = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

export type ProjectRecordOpinionInput = {
  id: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
  /** The written opinion (REVIEW_OPINION): it declares the three PM-9 chapters like the documents it reviews */
  opinionDocument?: InputMaybe<DocumentInput>;
};

export type ProjectRejectInput = {
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
};

export type ProjectRejectProposalInput = {
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
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

export type ProjectReturnForRevisionInput = {
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
};

export type ProjectReturnPreliminaryDesignInput = {
  id: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
};

/** PM-7.2: the investment estimate (概算) revised after the feasibility study was approved */
export type ProjectReviseEstimateInput = {
  /** The budget lines, replacing all; they add up to the investment */
  budgetLines: Array<BudgetLineInput>;
  id: Scalars['ID']['input'];
  /** The revised investment, CNY */
  investment: Scalars['Decimal']['input'];
};

export type ProjectStartConstructionInput = {
  id: Scalars['ID']['input'];
};

/** Workflow state (PM-7, PM-8) */
export type ProjectStatus =
  | 'ACCEPTED'
  | 'APPROVED'
  | 'DESIGN_UNDER_REVIEW'
  | 'DRAFT'
  | 'FEASIBILITY_APPROVED'
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

export type ProjectSubmitFeasibilityInput = {
  id: Scalars['ID']['input'];
};

export type ProjectSubmitPreliminaryDesignInput = {
  id: Scalars['ID']['input'];
};

export type ProjectSubmitProposalInput = {
  id: Scalars['ID']['input'];
};

export type ProjectSubmitTechnicalPlanInput = {
  id: Scalars['ID']['input'];
};

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
  /** 项目主管部门 (PM-16.3); null clears it (a bureau's own project) */
  competentDepartmentId?: InputMaybe<Scalars['ID']['input']>;
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
  acceptanceExtension: AcceptanceExtension;
  /** Extension applications (PM-16.2) the reader may see, newest first */
  acceptanceExtensions: AcceptanceExtensionConnection;
  acceptanceRecord: AcceptanceRecord;
  /** Acceptance applications (PM-16) the reader may see, newest first */
  acceptanceRecords: AcceptanceRecordConnection;
  /** Agencies the reader may see */
  agencies: AgencyConnection;
  agency: Agency;
  /** Re-hashes the whole chain and names the first bad event (PM-18) */
  auditChainStatus: AuditChainStatus;
  /** The audit trail, newest first (PM-18) */
  auditEvents: AuditEventConnection;
  catalog: Catalog;
  /** Information resources the reader may see, by resource code */
  catalogEntries: CatalogEntryConnection;
  catalogEntry: CatalogEntry;
  /** The catalog's entries in the national template columns, ordered by resource code */
  catalogExport: CatalogFile;
  /** Usage feedback on shared resources (PM-9(3)) the reader may see, newest first */
  catalogUsages: CatalogUsageConnection;
  /** Information-resource catalogs (PM-9(3)) the reader may see, newest first */
  catalogs: CatalogConnection;
  /** CM-16: the published versions of BDC’s assessment standard, newest first */
  cloudAssessmentStandards: Array<CloudAssessmentStandard>;
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
  /** Domain events in sequence order, after a cursor (the sequence), only those whose subject the caller may read: what webhooks deliver, for pollers */
  events: DomainEventConnection;
  /** CM-22: certificates in force that lapse within the days given (90 unless said), soonest first */
  expiringCloudZoneCertificates: Array<CloudZoneCertificate>;
  feeStatement: FeeStatement;
  /** CM-6: a tenant’s fees for a month recomputed now from the data (not stored) */
  feeStatementPreview: FeeStatementPreview;
  /** CM-6: monthly fee statements the reader may see */
  feeStatements: FeeStatementConnection;
  /** CM-14: for BDC, tenancies’ items used below the idle threshold (rulebook idleUtilisationPercent) in each of the last periods (idleUtilisationPeriods), least used first */
  idleCloudResources: Array<IdleCloudResource>;
  informationSystem: InformationSystem;
  /** PM-17: the municipal catalog of information systems the reader may see, narrowed by the questions PM-17 asks (no resource catalog, no current 等保 or 密评, not on the cloud), owner, status or project */
  informationSystems: InformationSystemConnection;
  /** The signed-in user, with agency, county and roles */
  me: User;
  /** The current user's to-do list (待办): every object on which the user may take a step now, with the steps, the due date and working days left where a deadline runs. An OA system acting for a user sees that user's. */
  myTasks: TaskConnection;
  /** Any object by its global ID: null, with a NOT_FOUND error at its path, when missing or not readable */
  node?: Maybe<Node>;
  /** Objects by their global IDs, in order (at most 100): null, with a NOT_FOUND error at its index, for each one missing or not readable */
  nodes: Array<Maybe<Node>>;
  /** O&M contracts (PM-13) the reader may see, newest first */
  omContracts: OmContractConnection;
  /** PM-16.2: projects under construction past their acceptance due date, the most overdue first, as the reader may see them */
  overdueAcceptances: OverdueAcceptanceConnection;
  /** Tenancies with a working-day deadline past due (CM-12, CM-13, CM-15); each deadline names whose act is awaited */
  overdueTenancies: CloudTenancyConnection;
  /** Informatization plans and annual plans (PM-6) */
  plans: PlanConnection;
  project: Project;
  /** Findings and criticism (PM-19) the reader may see, newest first */
  projectFindings: ProjectFindingConnection;
  /** The Government Office's inspections (PM-4) the reader may see, newest first */
  projectInspections: ProjectInspectionConnection;
  /** Projects the reader may see. Ordering by FILED_AT lists filed projects only. */
  projects: ProjectConnection;
  /** PM-17: projects that build a system (under construction or accepted, of a category that builds one) with no system registered in the catalog, of the unit given or all the reader may see */
  projectsWithoutInformationSystem: ProjectConnection;
  rectificationOrder: RectificationOrder;
  /** Rectification orders (PM-17) the reader may see */
  rectificationOrders: RectificationOrderConnection;
  /** NSC's security reviews (PM-4, PM-12) the reader may see, newest first */
  securityReviews: SecurityReviewConnection;
  /** Security tests and risk assessments (PM-11) the reader may see, newest first */
  securityTests: SecurityTestConnection;
  sharingReview: SharingReview;
  /** Data-sharing reviews (PM-15) the reader may see, newest first */
  sharingReviews: SharingReviewConnection;
  user: User;
  /** Users the reader may see */
  users: UserConnection;
  /** CM-14: utilisation readings the reader may see (current revisions unless asked), by period */
  utilisationReadings: UtilisationReadingConnection;
  /** CM-14: one user department’s utilisation report for a period */
  utilisationReport: UtilisationReport;
  /** CM-14 定期反馈: the utilisation reports of a period (the last complete one unless given), one per user department the reader may see */
  utilisationReports: Array<UtilisationReport>;
  /** The delivery log of one subscription, oldest first (as its `deliveries`) */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The endpoints that receive domain events (PM-4: administered by BDC and the Government Office) */
  webhookSubscriptions: WebhookSubscriptionConnection;
  /** The years of the official calendar that working-day deadlines can use */
  workingCalendarYears: Array<WorkingCalendarYear>;
  /** The due date of a deadline of `workingDays` working days after `start` (the start day does not count); refused when it would fall in a year without calendar data */
  workingDeadline: Scalars['Date']['output'];
};


export type QueryAcceptanceExtensionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAcceptanceExtensionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AcceptanceExtensionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAcceptanceRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAcceptanceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AcceptanceRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryCatalogArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCatalogEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CatalogEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCatalogEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCatalogExportArgs = {
  catalogId: Scalars['ID']['input'];
  format: CatalogFileFormat;
};


export type QueryCatalogUsagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CatalogUsageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCatalogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CatalogFilter>;
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


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExpiringCloudZoneCertificatesArgs = {
  withinDays?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryIdleCloudResourcesArgs = {
  periods?: InputMaybe<Scalars['Int']['input']>;
  thresholdPercent?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInformationSystemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInformationSystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InformationSystemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOmContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverdueAcceptancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverdueTenanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryProjectFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProjectOrder>;
};


export type QueryProjectsWithoutInformationSystemArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
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


export type QuerySecurityReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySecurityTestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySharingReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySharingReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SharingReviewFilter>;
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


export type QueryUtilisationReadingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UtilisationReadingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUtilisationReportArgs = {
  departmentId: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUtilisationReportsArgs = {
  filter?: InputMaybe<UtilisationReportFilter>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId: Scalars['ID']['input'];
};


export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkingDeadlineArgs = {
  start: Scalars['Date']['input'];
  workingDays: Scalars['Int']['input'];
};

export type RectificationOrder = Node & {
  __typename?: 'RectificationOrder';
  /** close: whether the reader may, and why not */
  availableActions: Array<AvailableAction>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What was rectified */
  closingNote?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** PM-19: the finding the order rests on (null if none, or unless the reader may see it) */
  finding?: Maybe<ProjectFinding>;
  id: Scalars['ID']['output'];
  issuedBy?: Maybe<User>;
  issuedByAgency?: Maybe<Agency>;
  reason: RectificationReason;
  status: RectificationStatus;
  /** PM-17: the systems it is about, each with its defect and whether it is cleared */
  systemDefects: Array<SystemDefect>;
  unit?: Maybe<Agency>;
};

export type RectificationOrderCloseInput = {
  id: Scalars['ID']['input'];
  /** What the unit rectified */
  note: Scalars['String']['input'];
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
  /** PM-19: the finding on one of the unit's projects the order rests on */
  findingId?: InputMaybe<Scalars['ID']['input']>;
  reason: RectificationReason;
  /** PM-17: the systems of the catalog it is about, each with its defect */
  systems?: InputMaybe<Array<RectificationSystemInput>>;
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

/** PM-17: a system a rectification order is about, and its defect */
export type RectificationSystemInput = {
  defect: SystemDefectKind;
  systemId: Scalars['ID']['input'];
};

/** 信息资源格式分类 */
export type ResourceFormatClass =
  | 'DATABASE'
  | 'ELECTRONIC_FILE'
  | 'IMAGE'
  | 'OTHER'
  | 'SELF_DESCRIBING'
  | 'SPREADSHEET'
  | 'STREAMING_MEDIA';

export type ReviewDecision =
  | 'APPROVE'
  | 'RETURN';

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

/** PM-4, PM-12: NSC's security review of a project (网络安全审查) */
export type SecurityReview = Node & {
  __typename?: 'SecurityReview';
  /** Conclusion of the security review */
  conclusion: SecurityReviewConclusion;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Why: the cryptography plan as NSC assessed it */
  cryptographyPlanAssessment: Scalars['String']['output'];
  /** Assessment of the project's cryptography plan (密码应用方案) */
  cryptographyPlanConclusion: SecurityReviewConclusion;
  /** What the review found (审查意见) */
  findings: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null when the reader may not see the project */
  project?: Maybe<Project>;
  reviewedByAgency?: Maybe<Agency>;
  /** Date of the review */
  reviewedOn: Scalars['Date']['output'];
  /** The reviewer, as recorded then */
  reviewerName: Scalars['String']['output'];
};

/** PM-4, PM-12 */
export type SecurityReviewConclusion =
  | 'FAILED'
  | 'PASSED'
  | 'PASSED_WITH_CONDITIONS';

export type SecurityReviewConnection = {
  __typename?: 'SecurityReviewConnection';
  edges: Array<SecurityReviewEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<SecurityReview>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type SecurityReviewEdge = {
  __typename?: 'SecurityReviewEdge';
  cursor: Scalars['String']['output'];
  node: SecurityReview;
};

export type SecurityReviewPayload = {
  __typename?: 'SecurityReviewPayload';
  errors: Array<UserError>;
  securityReview?: Maybe<SecurityReview>;
};

/** PM-4, PM-12: NSC's security review of a project */
export type SecurityReviewRecordInput = {
  conclusion: SecurityReviewConclusion;
  /** NSC's assessment of the cryptography plan */
  cryptographyPlanAssessment: Scalars['String']['input'];
  cryptographyPlanConclusion: SecurityReviewConclusion;
  /** What the review found */
  findings: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  reviewedOn: Scalars['Date']['input'];
};

/** PM-11: a security test or risk assessment of a project */
export type SecurityTest = Node & {
  __typename?: 'SecurityTest';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: SecurityTestKind;
  /** MLPS protection level (等级保护级别), for MLPS tests */
  mlpsLevel?: Maybe<Scalars['Int']['output']>;
  /** Null when the reader may not see the project */
  project?: Maybe<Project>;
  recordedByAgency?: Maybe<Agency>;
  /** Report number */
  reportNo?: Maybe<Scalars['String']['output']>;
  result: SecurityTestResult;
  summary?: Maybe<Scalars['String']['output']>;
  testedOn: Scalars['Date']['output'];
  /** The testing or assessment body */
  tester: Scalars['String']['output'];
};

export type SecurityTestConnection = {
  __typename?: 'SecurityTestConnection';
  edges: Array<SecurityTestEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<SecurityTest>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type SecurityTestEdge = {
  __typename?: 'SecurityTestEdge';
  cursor: Scalars['String']['output'];
  node: SecurityTest;
};

/** PM-11 */
export type SecurityTestKind =
  | 'CRYPTO_ASSESSMENT'
  | 'MLPS_TEST'
  | 'RISK_ASSESSMENT'
  | 'SECURITY_TEST';

export type SecurityTestPayload = {
  __typename?: 'SecurityTestPayload';
  errors: Array<UserError>;
  securityTest?: Maybe<SecurityTest>;
};

export type SecurityTestRecordInput = {
  kind: SecurityTestKind;
  /** MLPS protection level, for MLPS tests */
  mlpsLevel?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
  reportNo?: InputMaybe<Scalars['String']['input']>;
  result: SecurityTestResult;
  summary?: InputMaybe<Scalars['String']['input']>;
  testedOn: Scalars['Date']['input'];
  /** The testing or assessment body */
  tester: Scalars['String']['input'];
};

/** PM-11 */
export type SecurityTestResult =
  | 'FAILED'
  | 'PASSED'
  | 'PASSED_WITH_ISSUES';

/** 共享方式: exchange-platform interface, database or file; or mail/medium */
export type SharingMethod =
  | 'MEDIUM'
  | 'PLATFORM_DATABASE'
  | 'PLATFORM_FILE'
  | 'PLATFORM_INTERFACE';

/** PM-15: BDC's data-sharing review of a project before acceptance */
export type SharingReview = Node & {
  __typename?: 'SharingReview';
  availableActions: Array<AvailableAction>;
  /** BDC's confirmation opinion */
  confirmation?: Maybe<Scalars['String']['output']>;
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who signed the confirmation (null unless the reader may see that user; see confirmedByName) */
  confirmedBy?: Maybe<User>;
  /** The agency that confirmed (BDC) */
  confirmedByAgency?: Maybe<Agency>;
  /** Who signed the confirmation, as recorded then */
  confirmedByName?: Maybe<Scalars['String']['output']>;
  /** Date of the confirmation (PM-15) */
  confirmedOn?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** BDC's findings at the latest return */
  findings?: Maybe<Scalars['String']['output']>;
  /** Requests, returns and the confirmation, oldest first */
  history: Array<StateTransition>;
  id: Scalars['ID']['output'];
  /** Null when the reader may not see the project */
  project?: Maybe<Project>;
  /** How many times the unit has asked (a return and a new request count again) */
  requestCount: Scalars['Int']['output'];
  /** What the unit shared: catalog entries, exchange-platform interfaces, feedback */
  requestNote: Scalars['String']['output'];
  requestedAt: Scalars['DateTimeISO']['output'];
  requestedBy?: Maybe<User>;
  returnedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: SharingReviewStatus;
  version: Scalars['Int']['output'];
};

export type SharingReviewConfirmInput = {
  /** BDC's confirmation opinion (数据共享完成确认意见) */
  confirmation: Scalars['String']['input'];
  /** Date of the confirmation; today when omitted */
  confirmedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The sharing review */
  id: Scalars['ID']['input'];
};

export type SharingReviewConnection = {
  __typename?: 'SharingReviewConnection';
  edges: Array<SharingReviewEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<SharingReview>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type SharingReviewEdge = {
  __typename?: 'SharingReviewEdge';
  cursor: Scalars['String']['output'];
  node: SharingReview;
};

export type SharingReviewFilter = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SharingReviewStatus>;
};

export type SharingReviewPayload = {
  __typename?: 'SharingReviewPayload';
  errors: Array<UserError>;
  sharingReview?: Maybe<SharingReview>;
};

export type SharingReviewRequestInput = {
  /** What the project shares: catalog entries, exchange-platform interfaces, usage feedback */
  note: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type SharingReviewReturnInput = {
  /** What the review found wanting */
  findings: Scalars['String']['input'];
  /** The sharing review */
  id: Scalars['ID']['input'];
};

/** PM-15 */
export type SharingReviewStatus =
  | 'CONFIRMED'
  | 'REQUESTED'
  | 'RETURNED';

/** 共享类型 (PM-9(3)) */
export type SharingType =
  | 'CONDITIONAL'
  | 'NOT_SHARED'
  | 'UNCONDITIONAL';

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

/** PM-17: a system a rectification order names, with its defect */
export type SystemDefect = Node & {
  __typename?: 'SystemDefect';
  cleared: Scalars['Boolean']['output'];
  /** When the defect was cleared; null while it remains */
  clearedOn?: Maybe<Scalars['Date']['output']>;
  /** How it was cleared */
  clearingNote?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: SystemDefectKind;
  order?: Maybe<RectificationOrder>;
  system?: Maybe<InformationSystem>;
};

/** PM-17: the agency that ordered the rectification records a judged defect cleared */
export type SystemDefectClearInput = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

/** PM-17 */
export type SystemDefectKind =
  | 'DUPLICATE_COLLECTION'
  | 'MISSING_FROM_CATALOG'
  | 'NOT_SHARING'
  | 'NO_CRYPTO_ASSESSMENT'
  | 'NO_RESOURCE_CATALOG'
  | 'NO_SECURITY_TEST';

export type SystemDefectPayload = {
  __typename?: 'SystemDefectPayload';
  errors: Array<UserError>;
  systemDefect?: Maybe<SystemDefect>;
};

export type SystemProjectRole =
  | 'BUILT'
  | 'CHANGED';

/** An object awaiting a step the current user may take now (待办) */
export type Task = {
  __typename?: 'Task';
  /** The steps (mutation verbs) the user may take on it now: policy granted and every prerequisite met */
  actions: Array<Scalars['String']['output']>;
  /** The last day of a running working-day deadline of the step awaited */
  dueOn?: Maybe<Scalars['Date']['output']>;
  kind: TaskKind;
  /** What the task is about, for a task with no object (in the reader's language) */
  notice?: Maybe<Scalars['String']['output']>;
  overdue: Scalars['Boolean']['output'];
  /** The rule that sets the deadline (CM-12, CM-13, CM-15) or asks for the step */
  rule?: Maybe<Scalars['String']['output']>;
  /** The object's state */
  state?: Maybe<Scalars['String']['output']>;
  /** The object; null for a calendar year still to be published */
  subject?: Maybe<Node>;
  /** The object's name as its users know it (project, catalog, system, month) */
  title: Scalars['String']['output'];
  /** When the object entered its state (its last transition) */
  waitingSince: Scalars['DateTimeISO']['output'];
  /** Working days after today up to the due date (0 on it, negative past it); null without calendar data */
  workingDaysLeft?: Maybe<Scalars['Int']['output']>;
};

/** The inbox: most urgent first (overdue, then the earliest due date, then the longest waiting) */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** Tasks per kind, whatever the filter (badges of tabs); kinds without tasks are left out */
  countsByKind: Array<TaskKindCount>;
  edges: Array<TaskEdge>;
  nodes: Array<Task>;
  pageInfo: PageInfo;
  /** Tasks matching the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskFilter = {
  /** Only these kinds */
  kinds?: InputMaybe<Array<TaskKind>>;
  /** Only tasks past their due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TaskKind =
  | 'ACCEPTANCE'
  | 'CALENDAR_YEAR'
  | 'CATALOG'
  | 'CHANGE_REQUEST'
  | 'EXTENSION'
  | 'FEE_STATEMENT'
  | 'INCIDENT'
  | 'PROJECT'
  | 'RECTIFICATION'
  | 'SHARING_REVIEW'
  | 'TENANCY';

export type TaskKindCount = {
  __typename?: 'TaskKindCount';
  count: Scalars['Int']['output'];
  kind: TaskKind;
};

/** 更新周期 */
export type UpdateCycle =
  | 'DAILY'
  | 'HALF_YEARLY'
  | 'IRREGULAR'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'REAL_TIME'
  | 'WEEKLY'
  | 'YEARLY';

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
  /** Stable name of the prerequisite that refused (e.g. catalogSubmitted, allowedState); key on this, not on the message */
  gate?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** Rule ID (RULES.md) that refused, e.g. PM-8.2 */
  rule?: Maybe<Scalars['String']['output']>;
};

export type UserErrorCode =
  | 'CONFLICT'
  | 'DEADLINE_PASSED'
  | 'FORBIDDEN'
  | 'INVALID_INPUT'
  | 'PRECONDITION_FAILED'
  | 'TIMEOUT';

export type UserFilter = {
  /** Global ID of the agency */
  agencyId?: InputMaybe<Scalars['String']['input']>;
  /** Part of the username or display name */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** CM-14: a batch of readings taken whole */
export type UtilisationBatch = {
  __typename?: 'UtilisationBatch';
  corrected: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  readings: Array<UtilisationBatchRow>;
  unchanged: Scalars['Int']['output'];
};

/** CM-14: what became of one row of a posted batch */
export type UtilisationBatchRow = {
  __typename?: 'UtilisationBatchRow';
  outcome: UtilisationReadingOutcome;
  reading: UtilisationReading;
  /** The row, counted from 1 */
  row: Scalars['Int']['output'];
};

/** CM-14: a utilisation reading of a tenancy’s service item over a period, from the cloud monitoring platform */
export type UtilisationReading = Node & {
  __typename?: 'UtilisationReading';
  /** Average use over the period, in `unit` (an exact decimal, 4 places) */
  average: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  item?: Maybe<CloudServiceItem>;
  /** Peak use over the period, in `unit` (an exact decimal, 4 places) */
  peak: Scalars['String']['output'];
  /** Last day of the period measured */
  periodEnd: Scalars['Date']['output'];
  /** First day of the period measured */
  periodStart: Scalars['Date']['output'];
  /** 1, then one more for each correction of the same tenancy, item and period */
  revision: Scalars['Int']['output'];
  /** When a correction replaced it; null while current */
  supersededAt?: Maybe<Scalars['DateTimeISO']['output']>;
  tenancy?: Maybe<CloudTenancy>;
  /** The item’s own unit (e.g. 核, GB), or % of the quota in force */
  unit: Scalars['String']['output'];
};

export type UtilisationReadingConnection = {
  __typename?: 'UtilisationReadingConnection';
  edges: Array<UtilisationReadingEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<UtilisationReading>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type UtilisationReadingEdge = {
  __typename?: 'UtilisationReadingEdge';
  cursor: Scalars['String']['output'];
  node: UtilisationReading;
};

export type UtilisationReadingFilter = {
  /** Also the revisions corrections replaced */
  includeSuperseded?: InputMaybe<Scalars['Boolean']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM or YYYY-Qn: readings within the period */
  period?: InputMaybe<Scalars['String']['input']>;
  tenancyId?: InputMaybe<Scalars['ID']['input']>;
};

/** CM-14: one reading as the monitoring platform posts it (also the JSON and CSV form of POST /monitoring/readings) */
export type UtilisationReadingInput = {
  /** Average use, a decimal ≥ 0 with up to 4 places */
  average: Scalars['String']['input'];
  /** Replace a different current reading of the same tenancy, item and period with a new revision */
  correction?: InputMaybe<Scalars['Boolean']['input']>;
  /** The catalog item’s code or global ID */
  item: Scalars['String']['input'];
  /** YYYY-MM: the whole month (or give periodStart and periodEnd within one month) */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Peak use, a decimal ≥ the average */
  peak: Scalars['String']['input'];
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** The tenancy’s filing number or global ID */
  tenancy: Scalars['String']['input'];
  /** The item’s unit, or % of the quota in force */
  unit: Scalars['String']['input'];
};

/** CM-14: what a posted reading did (a reading posted twice counts once) */
export type UtilisationReadingOutcome =
  | 'CORRECTED'
  | 'CREATED'
  | 'UNCHANGED';

export type UtilisationReadingsPayload = {
  __typename?: 'UtilisationReadingsPayload';
  batch?: Maybe<UtilisationBatch>;
  errors: Array<UserError>;
};

export type UtilisationReadingsPostInput = {
  readings: Array<UtilisationReadingInput>;
};

/** CM-14 定期反馈: a user department’s utilisation report for a period (computed from the readings when asked) */
export type UtilisationReport = {
  __typename?: 'UtilisationReport';
  /** The user department (the tenancies’ user department, else their tenant) */
  department?: Maybe<Agency>;
  lines: Array<UtilisationReportLine>;
  /** YYYY-MM (monthly) or YYYY-Qn (quarterly) */
  period: Scalars['String']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
};

export type UtilisationReportFilter = {
  /** One department’s report */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM or YYYY-Qn; the last complete period when absent */
  period?: InputMaybe<Scalars['String']['input']>;
};

/** CM-14: a tenancy’s item in a utilisation report: its quota, its use and the idle share */
export type UtilisationReportLine = {
  __typename?: 'UtilisationReportLine';
  /** Average use in the item’s unit (weighted by days); null without readings */
  average?: Maybe<Scalars['String']['output']>;
  /** Average use, percent of the quota */
  averagePercent?: Maybe<Scalars['String']['output']>;
  /** Idle share, percent of the quota (100 − average) */
  idlePercent?: Maybe<Scalars['String']['output']>;
  item?: Maybe<CloudServiceItem>;
  /** Peak use in the item’s unit */
  peak?: Maybe<Scalars['String']['output']>;
  /** Peak use, percent of the quota */
  peakPercent?: Maybe<Scalars['String']['output']>;
  /** The quota in force (the last in the period), in the item’s unit */
  quota: Scalars['Int']['output'];
  /** Days of the period covered by readings */
  readingDays: Scalars['Int']['output'];
  /** Readings summed */
  readings: Scalars['Int']['output'];
  tenancy?: Maybe<CloudTenancy>;
};

export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** HTTP attempts made so far */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The event delivered */
  event: DomainEvent;
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the last attempt failed, or why it was skipped */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last attempt */
  lastStatus?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (while PENDING) */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The event’s sequence (the log is in this order) */
  sequence: Scalars['String']['output'];
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING'
  | 'SKIPPED';

/** Either one delivery, or a subscription’s failed deliveries from an event sequence on */
export type WebhookReplayInput = {
  deliveryId?: InputMaybe<Scalars['ID']['input']>;
  /** With subscriptionId: failed deliveries of events from this sequence on (default: all) */
  fromSequence?: InputMaybe<Scalars['String']['input']>;
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
};

export type WebhookReplayPayload = {
  __typename?: 'WebhookReplayPayload';
  errors: Array<UserError>;
  /** Failed deliveries queued again */
  requeued: Scalars['Int']['output'];
  webhookSubscription?: Maybe<WebhookSubscription>;
};

/** An OA system’s endpoint that receives domain events, signed with its secret */
export type WebhookSubscribeInput = {
  /** http or https URL the events are POSTed to */
  endpointUrl: Scalars['String']['input'];
  /** Event types (`Project.approve`, …); empty or absent: every type */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Username of the user whose read rights decide what the endpoint receives */
  identity: Scalars['String']['input'];
  /** Shared secret of the X-Egov-Signature HMAC (16 to 256 characters); never returned */
  secret: Scalars['String']['input'];
};

export type WebhookSubscription = Node & {
  __typename?: 'WebhookSubscription';
  /** False once unsubscribed: nothing more is delivered */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The delivery log: one row per event, with its attempts */
  deliveries: WebhookDeliveryConnection;
  /** Where events are POSTed (http or https) */
  endpointUrl: Scalars['String']['output'];
  /** Event types delivered (`Project.approve`, …); empty means every type */
  eventTypes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Username of the user whose read rights decide what the endpoint receives */
  identity: Scalars['String']['output'];
};


export type WebhookSubscriptionDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  edges: Array<WebhookSubscriptionEdge>;
  /** The nodes of the edges, for clients that need no cursors */
  nodes: Array<WebhookSubscription>;
  pageInfo: PageInfo;
  /** Rows the reader may see that match the filter, on all pages */
  totalCount: Scalars['Int']['output'];
};

export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  cursor: Scalars['String']['output'];
  node: WebhookSubscription;
};

export type WebhookSubscriptionPayload = {
  __typename?: 'WebhookSubscriptionPayload';
  errors: Array<UserError>;
  webhookSubscription?: Maybe<WebhookSubscription>;
};

export type WebhookUnsubscribeInput = {
  id: Scalars['ID']['input'];
};

export type WebhookUpdateInput = {
  endpointUrl?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the event types; empty: every type */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  identity?: InputMaybe<Scalars['String']['input']>;
  /** A new secret (rotation); never returned */
  secret?: InputMaybe<Scalars['String']['input']>;
};

/** One festival’s days off as the notice gives them (weekend days included) */
export type WorkingCalendarHolidayInput = {
  /** Last day off */
  end: Scalars['Date']['input'];
  /** The festival as the notice names it: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or 中秋节、国庆节 together */
  name: Scalars['String']['input'];
  /** First day off */
  start: Scalars['Date']['input'];
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

/** The State Council's holiday notice for a year (国务院办公厅关于部分节假日安排的通知): the same JSON as a file for `npm run calendar:import` (see calendar/2026.json) */
export type WorkingCalendarYearPublishInput = {
  /** Each festival’s days off: all seven festivals, one range each */
  holidays: Array<WorkingCalendarHolidayInput>;
  /** The day the notice was issued (成文日期) */
  issuedOn: Scalars['Date']['input'];
  /** Weekend days that are working days (调休上班) */
  makeUpWorkdays: Array<Scalars['Date']['input']>;
  /** The notice number (文号), e.g. 国办发明电〔2025〕7号 */
  reference: Scalars['String']['input'];
  /** The year the notice arranges */
  year: Scalars['Int']['input'];
};

export type AcceptanceRecordSummaryFragment = { __typename?: 'AcceptanceRecord', id: string, round: number, status: AcceptanceStatus, result?: AcceptanceResult | null, version: number, project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus } | null, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> };

export type AcceptanceRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptanceRecordQuery = { __typename?: 'Query', acceptanceRecord: { __typename?: 'AcceptanceRecord', id: string, round: number, status: AcceptanceStatus, result?: AcceptanceResult | null, version: number, project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus } | null, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } };

export type AcceptanceApplyMutationVariables = Exact<{
  input: AcceptanceApplyInput;
}>;


export type AcceptanceApplyMutation = { __typename?: 'Mutation', acceptanceApply: { __typename?: 'AcceptanceRecordPayload', acceptanceRecord?: { __typename?: 'AcceptanceRecord', id: string, round: number, status: AcceptanceStatus, result?: AcceptanceResult | null, version: number, project?: { __typename?: 'Project', id: string, code: string, status: ProjectStatus } | null, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type AuditEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEvent', id: string, seq: number, occurredAt: string, action: string, outcome: AuditOutcome, rule?: string | null, errorCode?: string | null, actorUsername?: string | null, serviceClient?: string | null, subjectType: string, subjectId?: string | null, requestId: string, changes: unknown }> } };

export type AuditChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainStatusQuery = { __typename?: 'Query', auditChainStatus: { __typename?: 'AuditChainStatus', ok: boolean, anchored: boolean, checked: number, firstBadSeq?: number | null, reason?: string | null } };

export type CatalogSummaryFragment = { __typename?: 'Catalog', id: string, projectCode: string, projectName: string, status: CatalogStatus, entryCount: number, version: number, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> };

export type CatalogCreateMutationVariables = Exact<{
  input: CatalogCreateInput;
}>;


export type CatalogCreateMutation = { __typename?: 'Mutation', catalogCreate: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', id: string, projectCode: string, projectName: string, status: CatalogStatus, entryCount: number, version: number, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type CatalogImportMutationVariables = Exact<{
  input: CatalogImportInput;
}>;


export type CatalogImportMutation = { __typename?: 'Mutation', catalogImport: { __typename?: 'CatalogImportPayload', importedCount: number, catalog?: { __typename?: 'Catalog', id: string, projectCode: string, projectName: string, status: CatalogStatus, entryCount: number, version: number, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type CatalogSubmitMutationVariables = Exact<{
  input: CatalogSubmitInput;
}>;


export type CatalogSubmitMutation = { __typename?: 'Mutation', catalogSubmit: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', id: string, projectCode: string, projectName: string, status: CatalogStatus, entryCount: number, version: number, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type CatalogExportQueryVariables = Exact<{
  catalogId: Scalars['ID']['input'];
  format: CatalogFileFormat;
}>;


export type CatalogExportQuery = { __typename?: 'Query', catalogExport: { __typename?: 'CatalogFile', fileName: string, mediaType: string, contentBase64: string } };

export type CloudZonesQueryVariables = Exact<{ [key: string]: never; }>;


export type CloudZonesQuery = { __typename?: 'Query', cloudZones: Array<{ __typename?: 'CloudZone', id: string, code: string, name: string, network: string, certifiedMlpsLevel: number, active: boolean }> };

export type CloudServiceItemsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloudServiceItemsQuery = { __typename?: 'Query', cloudServiceItems: { __typename?: 'CloudServiceItemConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CloudServiceItem', id: string, code: string, name: string, unit: string }> } };

export type CloudTenancySummaryFragment = { __typename?: 'CloudTenancy', id: string, code: string, systemName: string, status: CloudTenancyStatus, mlpsLevel: number, appliedOn: string, version: number, tenant?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, zone?: { __typename?: 'CloudZone', id: string, code: string } | null, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> };

export type CloudTenancyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloudTenancyQuery = { __typename?: 'Query', cloudTenancy: { __typename?: 'CloudTenancy', id: string, code: string, systemName: string, status: CloudTenancyStatus, mlpsLevel: number, appliedOn: string, version: number, tenant?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, zone?: { __typename?: 'CloudZone', id: string, code: string } | null, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } };

export type CloudTenancyApplyMutationVariables = Exact<{
  input: CloudTenancyApplyInput;
}>;


export type CloudTenancyApplyMutation = { __typename?: 'Mutation', cloudTenancyApply: { __typename?: 'CloudTenancyPayload', cloudTenancy?: { __typename?: 'CloudTenancy', id: string, code: string, systemName: string, status: CloudTenancyStatus, mlpsLevel: number, appliedOn: string, version: number, tenant?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, zone?: { __typename?: 'CloudZone', id: string, code: string } | null, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type UserErrorFieldsFragment = { __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string };

export type AvailableActionFieldsFragment = { __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> };

export type AgencyRefFragment = { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null };

export type FeeStatementSummaryFragment = { __typename?: 'FeeStatement', id: string, month: string, status: FeeStatementStatus, total: string, periodStart: string, periodEnd: string, issuedOn: string, settledOn?: string | null, settlementRef?: string | null, version: number, tenant?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, lines: Array<{ __typename?: 'FeeStatementLine', id: string, quantity: number, days: number, unitPrice: string, amount: string }> };

export type FeeStatementPreviewQueryVariables = Exact<{
  month: Scalars['String']['input'];
  tenantAgencyId: Scalars['ID']['input'];
}>;


export type FeeStatementPreviewQuery = { __typename?: 'Query', feeStatementPreview: { __typename?: 'FeeStatementPreview', month: string, periodStart: string, periodEnd: string, total: string } };

export type FeeStatementsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeeStatementFilter>;
}>;


export type FeeStatementsQuery = { __typename?: 'Query', feeStatements: { __typename?: 'FeeStatementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'FeeStatement', id: string, month: string, status: FeeStatementStatus, total: string, periodStart: string, periodEnd: string, issuedOn: string, settledOn?: string | null, settlementRef?: string | null, version: number, tenant?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, lines: Array<{ __typename?: 'FeeStatementLine', id: string, quantity: number, days: number, unitPrice: string, amount: string }> }> } };

export type FeeStatementIssueMutationVariables = Exact<{
  input: FeeStatementIssueInput;
}>;


export type FeeStatementIssueMutation = { __typename?: 'Mutation', feeStatementIssue: { __typename?: 'FeeStatementPayload', feeStatement?: { __typename?: 'FeeStatement', id: string, month: string, status: FeeStatementStatus, total: string, periodStart: string, periodEnd: string, issuedOn: string, settledOn?: string | null, settlementRef?: string | null, version: number, tenant?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, lines: Array<{ __typename?: 'FeeStatementLine', id: string, quantity: number, days: number, unitPrice: string, amount: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type FeeStatementSettleMutationVariables = Exact<{
  input: FeeStatementSettleInput;
}>;


export type FeeStatementSettleMutation = { __typename?: 'Mutation', feeStatementSettle: { __typename?: 'FeeStatementPayload', feeStatement?: { __typename?: 'FeeStatement', id: string, month: string, status: FeeStatementStatus, total: string, periodStart: string, periodEnd: string, issuedOn: string, settledOn?: string | null, settlementRef?: string | null, version: number, tenant?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, lines: Array<{ __typename?: 'FeeStatementLine', id: string, quantity: number, days: number, unitPrice: string, amount: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type MyTasksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
}>;


export type MyTasksQuery = { __typename?: 'Query', myTasks: { __typename?: 'TaskConnection', totalCount: number, countsByKind: Array<{ __typename?: 'TaskKindCount', kind: TaskKind, count: number }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Task', kind: TaskKind, title: string, state?: string | null, actions: Array<string>, dueOn?: string | null, workingDaysLeft?: number | null, overdue: boolean, rule?: string | null, waitingSince: string, notice?: string | null, subject?: { __typename?: 'AcceptanceExtension', id: string } | { __typename?: 'AcceptanceRecord', id: string } | { __typename?: 'Agency', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'BudgetLine', id: string } | { __typename?: 'Catalog', id: string } | { __typename?: 'CatalogEntry', id: string } | { __typename?: 'CatalogUsage', id: string } | { __typename?: 'CloudAssessmentCriterion', id: string } | { __typename?: 'CloudAssessmentScore', id: string } | { __typename?: 'CloudAssessmentStandard', id: string } | { __typename?: 'CloudChangeLine', id: string } | { __typename?: 'CloudChangeRequest', id: string } | { __typename?: 'CloudIncident', id: string } | { __typename?: 'CloudProviderAssessment', id: string } | { __typename?: 'CloudQuotaLine', id: string } | { __typename?: 'CloudServiceItem', id: string } | { __typename?: 'CloudServicePrice', id: string } | { __typename?: 'CloudTenancy', id: string } | { __typename?: 'CloudTenancyDocument', id: string } | { __typename?: 'CloudTenancyResource', id: string } | { __typename?: 'CloudZone', id: string } | { __typename?: 'CloudZoneCertificate', id: string } | { __typename?: 'DomainEvent', id: string } | { __typename?: 'FeeStatement', id: string } | { __typename?: 'FeeStatementLine', id: string } | { __typename?: 'InformationSystem', id: string } | { __typename?: 'OmContract', id: string } | { __typename?: 'Plan', id: string } | { __typename?: 'PlanEntry', id: string } | { __typename?: 'Project', id: string } | { __typename?: 'ProjectDocument', id: string } | { __typename?: 'ProjectFinding', id: string } | { __typename?: 'ProjectInspection', id: string } | { __typename?: 'ProjectParticipant', id: string } | { __typename?: 'RectificationOrder', id: string } | { __typename?: 'ReviewOpinion', id: string } | { __typename?: 'SecurityReview', id: string } | { __typename?: 'SecurityTest', id: string } | { __typename?: 'SharingReview', id: string } | { __typename?: 'StateTransition', id: string } | { __typename?: 'SystemDefect', id: string } | { __typename?: 'User', id: string } | { __typename?: 'UtilisationReading', id: string } | { __typename?: 'WebhookDelivery', id: string } | { __typename?: 'WebhookSubscription', id: string } | { __typename?: 'WorkingCalendarYear', id: string } | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, agency?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null } };

export type ProjectSummaryFragment = { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> };

export type ProjectPayloadFieldsFragment = { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> };

export type ProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } };

export type ProjectListItemFragment = { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, investment: string, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, name: string } | null };

export type ProjectsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
}>;


export type ProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, investment: string, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, name: string } | null }> } };

export type ProjectCreateMutationVariables = Exact<{
  input: ProjectCreateInput;
}>;


export type ProjectCreateMutation = { __typename?: 'Mutation', projectCreate: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type ProjectUpdateMutationVariables = Exact<{
  input: ProjectUpdateInput;
}>;


export type ProjectUpdateMutation = { __typename?: 'Mutation', projectUpdate: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type ProjectDocumentAttachMutationVariables = Exact<{
  input: ProjectDocumentAttachInput;
}>;


export type ProjectDocumentAttachMutation = { __typename?: 'Mutation', projectDocumentAttach: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type ProjectSubmitProposalMutationVariables = Exact<{
  input: ProjectSubmitProposalInput;
}>;


export type ProjectSubmitProposalMutation = { __typename?: 'Mutation', projectSubmitProposal: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type ProjectApproveProposalMutationVariables = Exact<{
  input: ProjectApproveProposalInput;
}>;


export type ProjectApproveProposalMutation = { __typename?: 'Mutation', projectApproveProposal: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type ProjectSubmitFeasibilityMutationVariables = Exact<{
  input: ProjectSubmitFeasibilityInput;
}>;


export type ProjectSubmitFeasibilityMutation = { __typename?: 'Mutation', projectSubmitFeasibility: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export type ProjectApproveMutationVariables = Exact<{
  input: ProjectApproveInput;
}>;


export type ProjectApproveMutation = { __typename?: 'Mutation', projectApprove: { __typename?: 'ProjectPayload', project?: { __typename?: 'Project', id: string, code: string, name: string, status: ProjectStatus, level: AgencyLevel, inPlan: boolean, investment: string, version: number, filedAt?: string | null, constructionUnit?: { __typename?: 'Agency', id: string, code: string, name: string, kind: AgencyKind, countyCode?: string | null } | null, documents: Array<{ __typename?: 'ProjectDocument', kind: DocumentKind, title: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, gate?: string | null, field?: string | null, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const AvailableActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}`, {"fragmentName":"AvailableActionFields"}) as unknown as TypedDocumentString<AvailableActionFieldsFragment, unknown>;
export const AcceptanceRecordSummaryFragmentDoc = new TypedDocumentString(`
    fragment AcceptanceRecordSummary on AcceptanceRecord {
  id
  round
  status
  result
  version
  project {
    id
    code
    status
  }
  availableActions {
    ...AvailableActionFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}`, {"fragmentName":"AcceptanceRecordSummary"}) as unknown as TypedDocumentString<AcceptanceRecordSummaryFragment, unknown>;
export const CatalogSummaryFragmentDoc = new TypedDocumentString(`
    fragment CatalogSummary on Catalog {
  id
  projectCode
  projectName
  status
  entryCount
  version
  availableActions {
    ...AvailableActionFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}`, {"fragmentName":"CatalogSummary"}) as unknown as TypedDocumentString<CatalogSummaryFragment, unknown>;
export const AgencyRefFragmentDoc = new TypedDocumentString(`
    fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
    `, {"fragmentName":"AgencyRef"}) as unknown as TypedDocumentString<AgencyRefFragment, unknown>;
export const CloudTenancySummaryFragmentDoc = new TypedDocumentString(`
    fragment CloudTenancySummary on CloudTenancy {
  id
  code
  systemName
  status
  mlpsLevel
  appliedOn
  version
  tenant {
    ...AgencyRef
  }
  zone {
    id
    code
  }
  availableActions {
    ...AvailableActionFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}`, {"fragmentName":"CloudTenancySummary"}) as unknown as TypedDocumentString<CloudTenancySummaryFragment, unknown>;
export const FeeStatementSummaryFragmentDoc = new TypedDocumentString(`
    fragment FeeStatementSummary on FeeStatement {
  id
  month
  status
  total
  periodStart
  periodEnd
  issuedOn
  settledOn
  settlementRef
  version
  tenant {
    ...AgencyRef
  }
  lines {
    id
    quantity
    days
    unitPrice
    amount
  }
}
    fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}`, {"fragmentName":"FeeStatementSummary"}) as unknown as TypedDocumentString<FeeStatementSummaryFragment, unknown>;
export const ProjectSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}`, {"fragmentName":"ProjectSummary"}) as unknown as TypedDocumentString<ProjectSummaryFragment, unknown>;
export const ProjectPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectPayloadFields on ProjectPayload {
  project {
    ...ProjectSummary
  }
  errors {
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}`, {"fragmentName":"ProjectPayloadFields"}) as unknown as TypedDocumentString<ProjectPayloadFieldsFragment, unknown>;
export const ProjectListItemFragmentDoc = new TypedDocumentString(`
    fragment ProjectListItem on Project {
  id
  code
  name
  status
  level
  investment
  filedAt
  constructionUnit {
    id
    name
  }
}
    `, {"fragmentName":"ProjectListItem"}) as unknown as TypedDocumentString<ProjectListItemFragment, unknown>;
export const AcceptanceRecordDocument = new TypedDocumentString(`
    query AcceptanceRecord($id: ID!) {
  acceptanceRecord(id: $id) {
    ...AcceptanceRecordSummary
  }
}
    fragment AcceptanceRecordSummary on AcceptanceRecord {
  id
  round
  status
  result
  version
  project {
    id
    code
    status
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<AcceptanceRecordQuery, AcceptanceRecordQueryVariables>;
export const AcceptanceApplyDocument = new TypedDocumentString(`
    mutation AcceptanceApply($input: AcceptanceApplyInput!) {
  acceptanceApply(input: $input) {
    acceptanceRecord {
      ...AcceptanceRecordSummary
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment AcceptanceRecordSummary on AcceptanceRecord {
  id
  round
  status
  result
  version
  project {
    id
    code
    status
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<AcceptanceApplyMutation, AcceptanceApplyMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($first: Int, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      seq
      occurredAt
      action
      outcome
      rule
      errorCode
      actorUsername
      serviceClient
      subjectType
      subjectId
      requestId
      changes
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditChainStatusDocument = new TypedDocumentString(`
    query AuditChainStatus {
  auditChainStatus {
    ok
    anchored
    checked
    firstBadSeq
    reason
  }
}
    `) as unknown as TypedDocumentString<AuditChainStatusQuery, AuditChainStatusQueryVariables>;
export const CatalogCreateDocument = new TypedDocumentString(`
    mutation CatalogCreate($input: CatalogCreateInput!) {
  catalogCreate(input: $input) {
    catalog {
      ...CatalogSummary
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment CatalogSummary on Catalog {
  id
  projectCode
  projectName
  status
  entryCount
  version
  availableActions {
    ...AvailableActionFields
  }
}
fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<CatalogCreateMutation, CatalogCreateMutationVariables>;
export const CatalogImportDocument = new TypedDocumentString(`
    mutation CatalogImport($input: CatalogImportInput!) {
  catalogImport(input: $input) {
    importedCount
    catalog {
      ...CatalogSummary
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment CatalogSummary on Catalog {
  id
  projectCode
  projectName
  status
  entryCount
  version
  availableActions {
    ...AvailableActionFields
  }
}
fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<CatalogImportMutation, CatalogImportMutationVariables>;
export const CatalogSubmitDocument = new TypedDocumentString(`
    mutation CatalogSubmit($input: CatalogSubmitInput!) {
  catalogSubmit(input: $input) {
    catalog {
      ...CatalogSummary
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment CatalogSummary on Catalog {
  id
  projectCode
  projectName
  status
  entryCount
  version
  availableActions {
    ...AvailableActionFields
  }
}
fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<CatalogSubmitMutation, CatalogSubmitMutationVariables>;
export const CatalogExportDocument = new TypedDocumentString(`
    query CatalogExport($catalogId: ID!, $format: CatalogFileFormat!) {
  catalogExport(catalogId: $catalogId, format: $format) {
    fileName
    mediaType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<CatalogExportQuery, CatalogExportQueryVariables>;
export const CloudZonesDocument = new TypedDocumentString(`
    query CloudZones {
  cloudZones {
    id
    code
    name
    network
    certifiedMlpsLevel
    active
  }
}
    `) as unknown as TypedDocumentString<CloudZonesQuery, CloudZonesQueryVariables>;
export const CloudServiceItemsDocument = new TypedDocumentString(`
    query CloudServiceItems($first: Int, $after: String) {
  cloudServiceItems(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      name
      unit
    }
  }
}
    `) as unknown as TypedDocumentString<CloudServiceItemsQuery, CloudServiceItemsQueryVariables>;
export const CloudTenancyDocument = new TypedDocumentString(`
    query CloudTenancy($id: ID!) {
  cloudTenancy(id: $id) {
    ...CloudTenancySummary
  }
}
    fragment CloudTenancySummary on CloudTenancy {
  id
  code
  systemName
  status
  mlpsLevel
  appliedOn
  version
  tenant {
    ...AgencyRef
  }
  zone {
    id
    code
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}`) as unknown as TypedDocumentString<CloudTenancyQuery, CloudTenancyQueryVariables>;
export const CloudTenancyApplyDocument = new TypedDocumentString(`
    mutation CloudTenancyApply($input: CloudTenancyApplyInput!) {
  cloudTenancyApply(input: $input) {
    cloudTenancy {
      ...CloudTenancySummary
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment CloudTenancySummary on CloudTenancy {
  id
  code
  systemName
  status
  mlpsLevel
  appliedOn
  version
  tenant {
    ...AgencyRef
  }
  zone {
    id
    code
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}`) as unknown as TypedDocumentString<CloudTenancyApplyMutation, CloudTenancyApplyMutationVariables>;
export const FeeStatementPreviewDocument = new TypedDocumentString(`
    query FeeStatementPreview($month: String!, $tenantAgencyId: ID!) {
  feeStatementPreview(month: $month, tenantAgencyId: $tenantAgencyId) {
    month
    periodStart
    periodEnd
    total
  }
}
    `) as unknown as TypedDocumentString<FeeStatementPreviewQuery, FeeStatementPreviewQueryVariables>;
export const FeeStatementsDocument = new TypedDocumentString(`
    query FeeStatements($first: Int, $after: String, $filter: FeeStatementFilter) {
  feeStatements(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...FeeStatementSummary
    }
  }
}
    fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment FeeStatementSummary on FeeStatement {
  id
  month
  status
  total
  periodStart
  periodEnd
  issuedOn
  settledOn
  settlementRef
  version
  tenant {
    ...AgencyRef
  }
  lines {
    id
    quantity
    days
    unitPrice
    amount
  }
}`) as unknown as TypedDocumentString<FeeStatementsQuery, FeeStatementsQueryVariables>;
export const FeeStatementIssueDocument = new TypedDocumentString(`
    mutation FeeStatementIssue($input: FeeStatementIssueInput!) {
  feeStatementIssue(input: $input) {
    feeStatement {
      ...FeeStatementSummary
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment FeeStatementSummary on FeeStatement {
  id
  month
  status
  total
  periodStart
  periodEnd
  issuedOn
  settledOn
  settlementRef
  version
  tenant {
    ...AgencyRef
  }
  lines {
    id
    quantity
    days
    unitPrice
    amount
  }
}`) as unknown as TypedDocumentString<FeeStatementIssueMutation, FeeStatementIssueMutationVariables>;
export const FeeStatementSettleDocument = new TypedDocumentString(`
    mutation FeeStatementSettle($input: FeeStatementSettleInput!) {
  feeStatementSettle(input: $input) {
    feeStatement {
      ...FeeStatementSummary
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment FeeStatementSummary on FeeStatement {
  id
  month
  status
  total
  periodStart
  periodEnd
  issuedOn
  settledOn
  settlementRef
  version
  tenant {
    ...AgencyRef
  }
  lines {
    id
    quantity
    days
    unitPrice
    amount
  }
}`) as unknown as TypedDocumentString<FeeStatementSettleMutation, FeeStatementSettleMutationVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks($first: Int, $after: String, $filter: TaskFilter) {
  myTasks(first: $first, after: $after, filter: $filter) {
    totalCount
    countsByKind {
      kind
      count
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      kind
      title
      state
      actions
      dueOn
      workingDaysLeft
      overdue
      rule
      waitingSince
      notice
      subject {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    roles
    active
    agency {
      ...AgencyRef
    }
  }
}
    fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  project(id: $id) {
    ...ProjectSummary
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}`) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($first: Int, $after: String, $filter: ProjectFilter) {
  projects(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ProjectListItem
    }
  }
}
    fragment ProjectListItem on Project {
  id
  code
  name
  status
  level
  investment
  filedAt
  constructionUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectCreateDocument = new TypedDocumentString(`
    mutation ProjectCreate($input: ProjectCreateInput!) {
  projectCreate(input: $input) {
    ...ProjectPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment ProjectPayloadFields on ProjectPayload {
  project {
    ...ProjectSummary
  }
  errors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<ProjectCreateMutation, ProjectCreateMutationVariables>;
export const ProjectUpdateDocument = new TypedDocumentString(`
    mutation ProjectUpdate($input: ProjectUpdateInput!) {
  projectUpdate(input: $input) {
    ...ProjectPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment ProjectPayloadFields on ProjectPayload {
  project {
    ...ProjectSummary
  }
  errors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<ProjectUpdateMutation, ProjectUpdateMutationVariables>;
export const ProjectDocumentAttachDocument = new TypedDocumentString(`
    mutation ProjectDocumentAttach($input: ProjectDocumentAttachInput!) {
  projectDocumentAttach(input: $input) {
    ...ProjectPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment ProjectPayloadFields on ProjectPayload {
  project {
    ...ProjectSummary
  }
  errors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<ProjectDocumentAttachMutation, ProjectDocumentAttachMutationVariables>;
export const ProjectSubmitProposalDocument = new TypedDocumentString(`
    mutation ProjectSubmitProposal($input: ProjectSubmitProposalInput!) {
  projectSubmitProposal(input: $input) {
    ...ProjectPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment ProjectPayloadFields on ProjectPayload {
  project {
    ...ProjectSummary
  }
  errors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<ProjectSubmitProposalMutation, ProjectSubmitProposalMutationVariables>;
export const ProjectApproveProposalDocument = new TypedDocumentString(`
    mutation ProjectApproveProposal($input: ProjectApproveProposalInput!) {
  projectApproveProposal(input: $input) {
    ...ProjectPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment ProjectPayloadFields on ProjectPayload {
  project {
    ...ProjectSummary
  }
  errors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<ProjectApproveProposalMutation, ProjectApproveProposalMutationVariables>;
export const ProjectSubmitFeasibilityDocument = new TypedDocumentString(`
    mutation ProjectSubmitFeasibility($input: ProjectSubmitFeasibilityInput!) {
  projectSubmitFeasibility(input: $input) {
    ...ProjectPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment ProjectPayloadFields on ProjectPayload {
  project {
    ...ProjectSummary
  }
  errors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<ProjectSubmitFeasibilityMutation, ProjectSubmitFeasibilityMutationVariables>;
export const ProjectApproveDocument = new TypedDocumentString(`
    mutation ProjectApprove($input: ProjectApproveInput!) {
  projectApprove(input: $input) {
    ...ProjectPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  rule
  gate
  field
  message
}
fragment AvailableActionFields on AvailableAction {
  action
  allowed
  blockers {
    ...UserErrorFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  kind
  countyCode
}
fragment ProjectSummary on Project {
  id
  code
  name
  status
  level
  inPlan
  investment
  version
  filedAt
  constructionUnit {
    ...AgencyRef
  }
  documents {
    kind
    title
  }
  availableActions {
    ...AvailableActionFields
  }
}
fragment ProjectPayloadFields on ProjectPayload {
  project {
    ...ProjectSummary
  }
  errors {
    ...UserErrorFields
  }
}`) as unknown as TypedDocumentString<ProjectApproveMutation, ProjectApproveMutationVariables>;