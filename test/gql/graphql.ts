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
  /** update, submit, publish, return: whether the reader may, and why not */
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
  catalogId: Scalars['ID']['input'];
  /** The file, base64-encoded, in the columns of the national catalog template */
  contentBase64: Scalars['String']['input'];
  format: CatalogFileFormat;
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

/** PM-8.1 */
export type FundingSource =
  | 'CENTRAL_OR_PROVINCIAL'
  | 'COUNTY_FISCAL'
  | 'MUNICIPAL_FISCAL'
  | 'OTHER'
  | 'OWN_FUNDS'
  | 'SPECIAL_BOND';

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

export type Mutation = {
  __typename?: 'Mutation';
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
  /** PM-17: record that the unit rectified */
  rectificationOrderClose: RectificationOrderPayload;
  /** PM-17: order a unit to rectify (NSC, BDC or DRC, each within its duty) */
  rectificationOrderIssue: RectificationOrderPayload;
};


export type MutationCatalogCreateArgs = {
  input: CatalogCreateInput;
};


export type MutationCatalogEntryAddArgs = {
  input: CatalogEntryAddInput;
};


export type MutationCatalogEntryRemoveArgs = {
  id: Scalars['ID']['input'];
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

/** 开放属性: opening to the public */
export type OpenType =
  | 'CONDITIONAL'
  | 'NOT_OPEN'
  | 'UNCONDITIONAL';

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
  /** Ji'an City and its county-level units */
  divisions: Array<Division>;
  /** The signed-in user, with agency, county and roles */
  me: User;
  /** Any object by its global ID (NOT_FOUND when missing or not readable) */
  node: Node;
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


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
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

/** 信息资源格式分类 */
export type ResourceFormatClass =
  | 'DATABASE'
  | 'ELECTRONIC_FILE'
  | 'IMAGE'
  | 'OTHER'
  | 'SELF_DESCRIBING'
  | 'SPREADSHEET'
  | 'STREAMING_MEDIA';

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

/** 共享方式: exchange-platform interface, database or file; or mail/medium */
export type SharingMethod =
  | 'MEDIUM'
  | 'PLATFORM_DATABASE'
  | 'PLATFORM_FILE'
  | 'PLATFORM_INTERFACE';

/** 共享类型 (PM-9(3)) */
export type SharingType =
  | 'CONDITIONAL'
  | 'NOT_SHARED'
  | 'UNCONDITIONAL';

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

export type ImportCatalogCreateMutationVariables = Exact<{
  input: CatalogCreateInput;
}>;


export type ImportCatalogCreateMutation = { __typename?: 'Mutation', catalogCreate: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', id: string } | null } };

export type CatalogImportMutationVariables = Exact<{
  input: CatalogImportInput;
}>;


export type CatalogImportMutation = { __typename?: 'Mutation', catalogImport: { __typename?: 'CatalogImportPayload', importedCount: number, catalog?: { __typename?: 'Catalog', id: string, entryCount: number, version: number } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type CatalogExportQueryVariables = Exact<{
  catalogId: Scalars['ID']['input'];
  format: CatalogFileFormat;
}>;


export type CatalogExportQuery = { __typename?: 'Query', catalogExport: { __typename?: 'CatalogFile', fileName: string, mediaType: string, contentBase64: string } };

export type ImportCatalogSubmitMutationVariables = Exact<{
  input: CatalogSubmitInput;
}>;


export type ImportCatalogSubmitMutation = { __typename?: 'Mutation', catalogSubmit: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', status: CatalogStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode }> } };

export type ImportCatalogPublishMutationVariables = Exact<{
  input: CatalogPublishInput;
}>;


export type ImportCatalogPublishMutation = { __typename?: 'Mutation', catalogPublish: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', status: CatalogStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode }> } };

export type CatalogPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CatalogPageQuery = { __typename?: 'Query', catalogs: { __typename?: 'CatalogConnection', totalCount: number, nodes: Array<{ __typename?: 'Catalog', id: string, projectCode: string, projectName: string, entryCount: number, constructionUnit?: { __typename?: 'Agency', name: string } | null, division?: { __typename?: 'Division', name: string } | null, history: Array<{ __typename?: 'StateTransition', event: string }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean }>, entries: Array<{ __typename?: 'CatalogEntry', resourceCode: string, provider?: { __typename?: 'Agency', name: string } | null, usages: Array<{ __typename?: 'CatalogUsage', outcome: CatalogUsageOutcome }> }> }> } };

export type CatalogFieldsFragment = { __typename?: 'Catalog', id: string, status: CatalogStatus, version: number, projectCode: string, entryCount: number, constructionUnit?: { __typename?: 'Agency', code: string } | null, division?: { __typename?: 'Division', code: string } | null, findings: Array<{ __typename?: 'CatalogFinding', resourceCode?: string | null, text: string }> };

export type CatalogCreateMutationVariables = Exact<{
  input: CatalogCreateInput;
}>;


export type CatalogCreateMutation = { __typename?: 'Mutation', catalogCreate: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', id: string, status: CatalogStatus, version: number, projectCode: string, entryCount: number, constructionUnit?: { __typename?: 'Agency', code: string } | null, division?: { __typename?: 'Division', code: string } | null, findings: Array<{ __typename?: 'CatalogFinding', resourceCode?: string | null, text: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type CatalogEntryAddMutationVariables = Exact<{
  input: CatalogEntryAddInput;
}>;


export type CatalogEntryAddMutation = { __typename?: 'Mutation', catalogEntryAdd: { __typename?: 'CatalogEntryPayload', catalogEntry?: { __typename?: 'CatalogEntry', id: string, resourceCode: string, classificationCode: string, sharingType: SharingType, publishDate?: string | null, provider?: { __typename?: 'Agency', code: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type CatalogEntryUpdateMutationVariables = Exact<{
  input: CatalogEntryUpdateInput;
}>;


export type CatalogEntryUpdateMutation = { __typename?: 'Mutation', catalogEntryUpdate: { __typename?: 'CatalogEntryPayload', catalogEntry?: { __typename?: 'CatalogEntry', id: string, resourceName: string, sharingType: SharingType, sharingCondition?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CatalogEntryRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogEntryRemoveMutation = { __typename?: 'Mutation', catalogEntryRemove: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', entryCount: number } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> } };

export type CatalogSubmitMutationVariables = Exact<{
  input: CatalogSubmitInput;
}>;


export type CatalogSubmitMutation = { __typename?: 'Mutation', catalogSubmit: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', id: string, status: CatalogStatus, version: number, projectCode: string, entryCount: number, constructionUnit?: { __typename?: 'Agency', code: string } | null, division?: { __typename?: 'Division', code: string } | null, findings: Array<{ __typename?: 'CatalogFinding', resourceCode?: string | null, text: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null, message: string }> } };

export type CatalogPublishMutationVariables = Exact<{
  input: CatalogPublishInput;
}>;


export type CatalogPublishMutation = { __typename?: 'Mutation', catalogPublish: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', publishedAt?: string | null, id: string, status: CatalogStatus, version: number, projectCode: string, entryCount: number, sharingSummary: { __typename?: 'CatalogSharingSummary', total: number, unconditional: number, conditional: number, notShared: number, registeredOnExchange: number }, entries: Array<{ __typename?: 'CatalogEntry', resourceCode: string, publishDate?: string | null }>, constructionUnit?: { __typename?: 'Agency', code: string } | null, division?: { __typename?: 'Division', code: string } | null, findings: Array<{ __typename?: 'CatalogFinding', resourceCode?: string | null, text: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CatalogReturnMutationVariables = Exact<{
  input: CatalogReturnInput;
}>;


export type CatalogReturnMutation = { __typename?: 'Mutation', catalogReturn: { __typename?: 'CatalogPayload', catalog?: { __typename?: 'Catalog', id: string, status: CatalogStatus, version: number, projectCode: string, entryCount: number, constructionUnit?: { __typename?: 'Agency', code: string } | null, division?: { __typename?: 'Division', code: string } | null, findings: Array<{ __typename?: 'CatalogFinding', resourceCode?: string | null, text: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CatalogByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogByIdQuery = { __typename?: 'Query', catalog: { __typename?: 'Catalog', id: string, status: CatalogStatus, version: number, projectCode: string, entryCount: number, project?: { __typename?: 'Project', id: string } | null, history: Array<{ __typename?: 'StateTransition', event: string, fromState: string, toState: string, note?: string | null }>, availableActions: Array<{ __typename?: 'AvailableAction', action: string, allowed: boolean, blockers: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null }> }>, constructionUnit?: { __typename?: 'Agency', code: string } | null, division?: { __typename?: 'Division', code: string } | null, findings: Array<{ __typename?: 'CatalogFinding', resourceCode?: string | null, text: string }> } };

export type CatalogsQueryVariables = Exact<{
  filter?: InputMaybe<CatalogFilter>;
}>;


export type CatalogsQuery = { __typename?: 'Query', catalogs: { __typename?: 'CatalogConnection', totalCount: number, nodes: Array<{ __typename?: 'Catalog', projectCode: string, status: CatalogStatus }> } };

export type CatalogEntriesQueryVariables = Exact<{
  filter?: InputMaybe<CatalogEntryFilter>;
}>;


export type CatalogEntriesQuery = { __typename?: 'Query', catalogEntries: { __typename?: 'CatalogEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'CatalogEntry', id: string, resourceCode: string, sharingType: SharingType, provider?: { __typename?: 'Agency', code: string } | null }> } };

export type CatalogUsageRecordMutationVariables = Exact<{
  input: CatalogUsageRecordInput;
}>;


export type CatalogUsageRecordMutation = { __typename?: 'Mutation', catalogUsageRecord: { __typename?: 'CatalogUsagePayload', catalogUsage?: { __typename?: 'CatalogUsage', id: string, outcome: CatalogUsageOutcome, issue?: string | null, usedOn: string, consumerAgency?: { __typename?: 'Agency', code: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, rule?: string | null, field?: string | null }> } };

export type CatalogUsagesQueryVariables = Exact<{
  filter?: InputMaybe<CatalogUsageFilter>;
}>;


export type CatalogUsagesQuery = { __typename?: 'Query', catalogUsages: { __typename?: 'CatalogUsageConnection', totalCount: number, nodes: Array<{ __typename?: 'CatalogUsage', purpose: string, outcome: CatalogUsageOutcome, issue?: string | null, consumerAgency?: { __typename?: 'Agency', code: string } | null, recordedBy?: { __typename?: 'User', username: string } | null, entry?: { __typename?: 'CatalogEntry', resourceCode: string } | null }> } };

export type EntryUsagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntryUsagesQuery = { __typename?: 'Query', catalogEntry: { __typename?: 'CatalogEntry', resourceCode: string, usages: Array<{ __typename?: 'CatalogUsage', purpose: string, outcome: CatalogUsageOutcome, consumerAgency?: { __typename?: 'Agency', code: string } | null }> } };

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

export const CatalogFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CatalogFieldsFragment, unknown>;
export const ImportCatalogCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCatalogCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCatalogCreateMutation, ImportCatalogCreateMutationVariables>;
export const CatalogImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogImportMutation, CatalogImportMutationVariables>;
export const CatalogExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"catalogId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogFileFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"catalogId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"catalogId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<CatalogExportQuery, CatalogExportQueryVariables>;
export const ImportCatalogSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCatalogSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCatalogSubmitMutation, ImportCatalogSubmitMutationVariables>;
export const ImportCatalogPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCatalogPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCatalogPublishMutation, ImportCatalogPublishMutationVariables>;
export const CatalogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPageQuery, CatalogPageQueryVariables>;
export const CatalogCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CatalogCreateMutation, CatalogCreateMutationVariables>;
export const CatalogEntryAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogEntryAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogEntryAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntryAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntryAddMutation, CatalogEntryAddMutationVariables>;
export const CatalogEntryUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogEntryUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogEntryUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntryUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"sharingCondition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntryUpdateMutation, CatalogEntryUpdateMutationVariables>;
export const CatalogEntryRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogEntryRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntryRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntryRemoveMutation, CatalogEntryRemoveMutationVariables>;
export const CatalogSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CatalogSubmitMutation, CatalogSubmitMutationVariables>;
export const CatalogPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogFields"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"unconditional"}},{"kind":"Field","name":{"kind":"Name","value":"conditional"}},{"kind":"Field","name":{"kind":"Name","value":"notShared"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOnExchange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CatalogPublishMutation, CatalogPublishMutationVariables>;
export const CatalogReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CatalogReturnMutation, CatalogReturnMutationVariables>;
export const CatalogByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogFields"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"constructionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CatalogByIdQuery, CatalogByIdQueryVariables>;
export const CatalogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogsQuery, CatalogsQueryVariables>;
export const CatalogEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogEntryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogEntriesQuery, CatalogEntriesQueryVariables>;
export const CatalogUsageRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogUsageRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUsageRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogUsageRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"usedOn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogUsageRecordMutation, CatalogUsageRecordMutationVariables>;
export const CatalogUsagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogUsages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogUsageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogUsages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"issue"}},{"kind":"Field","name":{"kind":"Name","value":"consumerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogUsagesQuery, CatalogUsagesQueryVariables>;
export const EntryUsagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryUsages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"usages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"consumerAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntryUsagesQuery, EntryUsagesQueryVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AgencyByIdQuery, AgencyByIdQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const IssueOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrderIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IssueOrderMutation, IssueOrderMutationVariables>;
export const CloseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrderClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CloseOrderMutation, CloseOrderMutationVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;