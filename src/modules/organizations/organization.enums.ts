import { registerEnumType } from 'type-graphql';

/** The agency kinds of the duty table (RULES.md, PM-4). */
export enum AgencyKind {
  DRC = 'DRC',
  FINANCE = 'FINANCE',
  AUDIT = 'AUDIT',
  NSC = 'NSC',
  BDC = 'BDC',
  GOV_OFFICE = 'GOV_OFFICE',
  PARTY_OFFICE = 'PARTY_OFFICE',
  DEPARTMENT = 'DEPARTMENT',
  /** A county-level unit's approving department (本级审批部门, PM-8.3): 县发改委, or a zone's 经发局. */
  COUNTY_DRC = 'COUNTY_DRC',
  COUNTY_GOV = 'COUNTY_GOV',
  COUNTY_EGOV = 'COUNTY_EGOV',
  CLOUD_PROVIDER = 'CLOUD_PROVIDER',
  SUPERVISOR = 'SUPERVISOR',
  EXPERT = 'EXPERT',
  /** The cloud monitoring platform (云监管平台, CM-14): a service account that posts utilisation readings and nothing else. */
  MONITORING = 'MONITORING',
}

export enum AgencyLevel {
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
}

/** Within an agency, who prepares (CLERK), who records opinions (REVIEWER), who decides (LEADER). */
export enum Role {
  CLERK = 'CLERK',
  REVIEWER = 'REVIEWER',
  LEADER = 'LEADER',
}

export enum DivisionKind {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  COUNTY = 'COUNTY',
  COUNTY_CITY = 'COUNTY_CITY',
  ZONE = 'ZONE',
}

registerEnumType(AgencyKind, { name: 'AgencyKind', description: 'Kind of agency in the duty split of PM-4' });
registerEnumType(AgencyLevel, { name: 'AgencyLevel' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(DivisionKind, { name: 'DivisionKind' });
