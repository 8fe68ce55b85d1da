import { registerEnumType } from 'type-graphql';

/** PM-2: what a government informatization project may be. OFFICE_EQUIPMENT exists to be refused. */
export enum ProjectCategory {
  BUSINESS_SYSTEM = 'BUSINESS_SYSTEM',
  RESOURCE_DATABASE = 'RESOURCE_DATABASE',
  SECURITY_INFRASTRUCTURE = 'SECURITY_INFRASTRUCTURE',
  EGOV_NETWORK = 'EGOV_NETWORK',
  EGOV_CLOUD = 'EGOV_CLOUD',
  DATA_EXCHANGE_PLATFORM = 'DATA_EXCHANGE_PLATFORM',
  COMMON_SUPPORT_PLATFORM = 'COMMON_SUPPORT_PLATFORM',
  COMMON_APPLICATION = 'COMMON_APPLICATION',
  STANDARDS = 'STANDARDS',
  /** 零星办公电脑、耗材: outside the measures (PM-2), always refused. */
  OFFICE_EQUIPMENT = 'OFFICE_EQUIPMENT',
}

/** PM-2: new, expansion, rebuild, operation and maintenance. */
export enum BuildType {
  NEW = 'NEW',
  EXPANSION = 'EXPANSION',
  REBUILD = 'REBUILD',
  OPERATION = 'OPERATION',
}

/** PM-9(2): non-classified projects use the e-gov extranet; a dedicated network is refused. */
export enum NetworkKind {
  EGOV_EXTRANET = 'EGOV_EXTRANET',
  DEDICATED_NETWORK = 'DEDICATED_NETWORK',
}

export enum FundingSource {
  MUNICIPAL_FISCAL = 'MUNICIPAL_FISCAL',
  COUNTY_FISCAL = 'COUNTY_FISCAL',
  CENTRAL_OR_PROVINCIAL = 'CENTRAL_OR_PROVINCIAL',
  SPECIAL_BOND = 'SPECIAL_BOND',
  OWN_FUNDS = 'OWN_FUNDS',
  OTHER = 'OTHER',
}

/** PM-9(1): compute/storage hardware and data-centre builds are refused for non-classified projects. */
export enum BudgetLineKind {
  SOFTWARE_DEVELOPMENT = 'SOFTWARE_DEVELOPMENT',
  SYSTEM_INTEGRATION = 'SYSTEM_INTEGRATION',
  CLOUD_SERVICES = 'CLOUD_SERVICES',
  DATA_SERVICES = 'DATA_SERVICES',
  SECURITY_AND_CRYPTOGRAPHY = 'SECURITY_AND_CRYPTOGRAPHY',
  TERMINAL_EQUIPMENT = 'TERMINAL_EQUIPMENT',
  SUPERVISION = 'SUPERVISION',
  EVALUATION_AND_TESTING = 'EVALUATION_AND_TESTING',
  OPERATION_AND_MAINTENANCE = 'OPERATION_AND_MAINTENANCE',
  OTHER = 'OTHER',
  COMPUTE_STORAGE_HARDWARE = 'COMPUTE_STORAGE_HARDWARE',
  DATA_CENTER_BUILD = 'DATA_CENTER_BUILD',
}

/** PM-7.3: why an out-of-plan project may still be filed. */
export enum UrgencyBasisKind {
  STATE_REQUIREMENT = 'STATE_REQUIREMENT',
  PROVINCIAL_REQUIREMENT = 'PROVINCIAL_REQUIREMENT',
  CITY_LEADERSHIP_REQUIREMENT = 'CITY_LEADERSHIP_REQUIREMENT',
  MAJOR_STRATEGY = 'MAJOR_STRATEGY',
  NATIONAL_SECURITY = 'NATIONAL_SECURITY',
  PUBLIC_SECURITY = 'PUBLIC_SECURITY',
  SOCIAL_STABILITY = 'SOCIAL_STABILITY',
}

export enum ProjectStatus {
  DRAFT = 'DRAFT',
  PROPOSAL_UNDER_REVIEW = 'PROPOSAL_UNDER_REVIEW',
  PROPOSAL_APPROVED = 'PROPOSAL_APPROVED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  RETURNED = 'RETURNED',
  /** PM-7.2: a project of 10M or more whose feasibility study is approved; its preliminary design is due. */
  FEASIBILITY_APPROVED = 'FEASIBILITY_APPROVED',
  /** PM-7.2, PM-8.1: its preliminary design and investment estimate (概算) are under DRC's review. */
  DESIGN_UNDER_REVIEW = 'DESIGN_UNDER_REVIEW',
  APPROVED = 'APPROVED',
  UNDER_TECH_REVIEW = 'UNDER_TECH_REVIEW',
  TECH_REVIEW_FAILED = 'TECH_REVIEW_FAILED',
  TECH_REVIEW_PASSED = 'TECH_REVIEW_PASSED',
  PROCURED = 'PROCURED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  /** Acceptance passed (PM-16); set by the acceptance workflow. */
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

export enum ParticipantRole {
  CO_BUILDER = 'CO_BUILDER',
}

for (const [e, name, description] of [
  [ProjectCategory, 'ProjectCategory', 'Scope of the measures (PM-2)'],
  [BuildType, 'BuildType', 'PM-2'],
  [NetworkKind, 'NetworkKind', 'PM-9(2)'],
  [FundingSource, 'FundingSource', 'PM-8.1'],
  [BudgetLineKind, 'BudgetLineKind', 'PM-9(1)'],
  [UrgencyBasisKind, 'UrgencyBasisKind', 'PM-7.3'],
  [ProjectStatus, 'ProjectStatus', 'Workflow state (PM-7, PM-8)'],
  [ParticipantRole, 'ParticipantRole', 'PM-9(6)'],
] as const) {
  registerEnumType(e, { name, description });
}
