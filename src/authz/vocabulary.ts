import { acceptanceMachine, extensionMachine, sharingReviewMachine } from '../modules/acceptance/acceptance.machine';
import { catalogMachine, catalogUsageMachine } from '../modules/catalogs/catalog.machine';
import { changeRequestMachine } from '../modules/cloud/change-request.machine';
import { feeStatementMachine } from '../modules/cloud/fee-statement.machine';
import { incidentMachine } from '../modules/cloud/incident.machine';
import { tenancyMachine } from '../modules/cloud/tenancy.machine';
import { AgencyKind, Role } from '../modules/organizations/organization.enums';
import { rectificationMachine } from '../modules/organizations/rectification.machine';
import { projectMachine } from '../modules/projects/project.machine';
import { systemMachine } from '../modules/systems/system.machine';
import { machineActions } from '../workflow/machine';

/**
 * What a policy rule may talk about: each subject with its actions (each action naming the rule ID
 * that says who may take it, cited when no policy rule grants it) and the fields that rules may
 * restrict or put conditions on (dotted paths go through relations).
 * The JSON schema of policy files (policies/policy.schema.json) is generated from this.
 */
export interface SubjectVocabulary {
  actions: Record<string, string>;
  fields: string[];
  /** Fields holding arrays: a condition `{ field: x }` means "contains x". */
  arrayFields?: string[];
}

export const vocabulary: Record<string, SubjectVocabulary> = {
  Division: {
    actions: { read: 'PM-4' },
    fields: ['code', 'name', 'nameEn', 'kind'],
  },
  Agency: {
    actions: { read: 'PM-4' },
    fields: ['id', 'code', 'name', 'nameEn', 'kind', 'county.code', 'parent.id', 'createdAt'],
  },
  User: {
    actions: { read: 'PM-4' },
    fields: ['id', 'username', 'displayName', 'roles', 'active', 'agency.id', 'agency.kind', 'agency.county.code', 'createdAt'],
  },
  RectificationOrder: {
    actions: { read: 'PM-17', ...machineActions(rectificationMachine) },
    // finding.recordedByAgency.id: the agency whose finding (PM-19) the order rests on, if any.
    fields: ['id', 'reason', 'status', 'unit.id', 'unit.county.code', 'issuedByAgency.id', 'finding.recordedByAgency.id', 'createdAt'],
  },
  Plan: {
    actions: { read: 'PM-6', create: 'PM-6' },
    fields: ['id', 'kind', 'year'],
  },
  PlanEntry: {
    actions: { read: 'PM-6', create: 'PM-6' },
    fields: ['id', 'unit.id', 'plan.id'],
  },
  Project: {
    actions: { read: 'PM-4', ...machineActions(projectMachine) },
    fields: [
      'id', 'code', 'status', 'category', 'buildType', 'investment', 'year', 'createdAt',
      'constructionUnit.id', 'constructionUnit.county.code', 'division.code', 'participantAgencyIds', 'invitedAgencyIds', 'supervisor.id', 'expertPanelIds',
    ],
    // expertPanelIds: the user IDs of the technical review's expert panel (PM-8.2).
    arrayFields: ['participantAgencyIds', 'invitedAgencyIds', 'expertPanelIds'],
  },
  ProjectParticipant: {
    actions: { read: 'PM-9(6)' },
    fields: ['id', 'agency.id', 'project.id'],
  },
  AuditEvent: {
    actions: { read: 'PM-18', verify: 'PM-18' },
    fields: ['id', 'seq', 'occurredAt', 'actorUserId', 'actorAgencyId', 'action', 'subjectType', 'subjectId', 'outcome', 'rule'],
  },
  // Acceptance (src/modules/acceptance): conditions reach the project through `project.*`.
  SharingReview: {
    actions: { read: 'PM-15', ...machineActions(sharingReviewMachine) },
    fields: ['id', 'status', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'createdAt'],
  },
  AcceptanceRecord: {
    actions: { read: 'PM-16.1', ...machineActions(acceptanceMachine) },
    fields: [
      'id',
      'status',
      'round',
      'delegated',
      'result',
      'project.id',
      'project.constructionUnit.id',
      'project.division.code',
      'organizerAgency.id',
      'delegate.id',
      'createdAt',
    ],
  },
  AcceptanceExtension: {
    actions: { read: 'PM-16.2', ...machineActions(extensionMachine) },
    fields: ['id', 'status', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'decidingAgency.id', 'createdAt'],
  },
  /** A project under construction past its acceptance due date; conditions name the project's own fields. */
  OverdueAcceptance: {
    actions: { read: 'PM-16.2' },
    fields: ['constructionUnit.id', 'division.code'],
  },
  OmContract: {
    actions: { read: 'PM-13', record: 'PM-13' },
    fields: ['id', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'createdAt'],
  },
  SecurityTest: {
    actions: { read: 'PM-11', record: 'PM-11' },
    fields: ['id', 'kind', 'result', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'createdAt'],
  },
  ProjectFinding: {
    actions: { read: 'PM-19', record: 'PM-19' },
    // inspection.recordedByAgency.id: the agency whose inspection (PM-4) the finding comes from, if any.
    fields: ['id', 'kind', 'measure', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'recordedByAgency.id', 'inspection.recordedByAgency.id', 'createdAt'],
  },
  // PM-4, PM-12: NSC's security review of a project (src/modules/security).
  SecurityReview: {
    actions: { read: 'PM-4', record: 'PM-4' },
    fields: ['id', 'conclusion', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'reviewedByAgency.id', 'createdAt'],
  },
  // PM-4: the Government Office's inspection of a project on the e-government extranet (src/modules/inspections).
  ProjectInspection: {
    actions: { read: 'PM-4', record: 'PM-4' },
    fields: ['id', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'recordedByAgency.id', 'createdAt'],
  },
  // PM-9(3): information-resource catalogs; `update` is editing the entries (add, change, remove, import).
  Catalog: {
    actions: { read: 'PM-9(3)', ...machineActions(catalogMachine) },
    fields: ['id', 'status', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'project.participantAgencyIds', 'createdAt'],
    arrayFields: ['project.participantAgencyIds'],
  },
  CatalogEntry: {
    actions: { read: 'PM-9(3)' },
    fields: [
      'id',
      'sharingType',
      'provider.id',
      'catalog.id',
      'catalog.status',
      'catalog.project.constructionUnit.id',
      'catalog.project.division.code',
      'createdAt',
    ],
  },
  CatalogUsage: {
    actions: { read: 'PM-9(3)', ...machineActions(catalogUsageMachine) },
    fields: [
      'id',
      'outcome',
      'consumerAgency.id',
      'entry.provider.id',
      'entry.catalog.project.constructionUnit.id',
      'entry.catalog.project.division.code',
      'createdAt',
    ],
  },
  // Government cloud (CM) and the working-day calendar
  WorkingCalendarYear: {
    actions: { read: 'CM-12', publish: 'CM-12' },
    fields: ['id', 'year'],
  },
  CloudServiceItem: {
    actions: { read: 'CM-5', create: 'CM-5', update: 'CM-5', setPrice: 'CM-5' },
    fields: ['id', 'code', 'category', 'active'],
  },
  CloudServicePrice: {
    actions: { read: 'CM-5' },
    fields: ['id', 'item.id', 'effectiveFrom'],
  },
  CloudZone: {
    actions: { read: 'CM-21' },
    fields: ['id', 'code', 'provider.id', 'certifiedMlpsLevel', 'active'],
  },
  CloudZoneCertificate: {
    actions: { read: 'CM-22', record: 'CM-22' },
    fields: ['id', 'zone.id', 'zone.provider.id', 'expiresOn'],
  },
  InformationSystem: {
    actions: { read: 'PM-17', ...machineActions(systemMachine) },
    fields: ['id', 'status', 'owner.id', 'owner.kind', 'owner.county.code'],
  },
  SystemDefect: {
    actions: { read: 'PM-17', clear: 'PM-17' },
    fields: ['id', 'kind', 'order.unit.id', 'order.issuedByAgency.id', 'system.owner.id'],
  },
  CloudTenancy: {
    actions: { read: 'CM-9', ...machineActions(tenancyMachine) },
    // `userDepartment` (null or not) and `userDepartment.id`: the county department whose system it is (CM-10, CM-7).
    fields: [
      'id', 'code', 'status', 'tenant.id', 'filedBy.id', 'userDepartment', 'userDepartment.id', 'provider.id', 'division.code', 'mlpsLevel', 'monthlyFee',
      'expertPanelIds', 'createdAt',
    ],
    // CM-11: the user IDs of the expert panel.
    arrayFields: ['expertPanelIds'],
  },
  CloudTenancyResource: {
    actions: { read: 'CM-9' },
    fields: ['id', 'tenancy.tenant.id', 'tenancy.filedBy.id', 'tenancy.userDepartment.id', 'tenancy.provider.id', 'tenancy.division.code', 'tenancy.expertPanelIds'],
    arrayFields: ['tenancy.expertPanelIds'],
  },
  CloudQuotaLine: {
    actions: { read: 'CM-9' },
    fields: ['id', 'tenancy.tenant.id', 'tenancy.filedBy.id', 'tenancy.userDepartment.id', 'tenancy.provider.id', 'tenancy.division.code'],
  },
  CloudChangeRequest: {
    actions: { read: 'CM-14', ...machineActions(changeRequestMachine) },
    fields: ['id', 'kind', 'status', 'tenant.id', 'filedBy.id', 'userDepartment.id', 'provider.id', 'division.code', 'expertPanelIds'],
    arrayFields: ['expertPanelIds'],
  },
  CloudChangeLine: {
    actions: { read: 'CM-14' },
    fields: [
      'id',
      'changeRequest.tenant.id',
      'changeRequest.filedBy.id',
      'changeRequest.userDepartment.id',
      'changeRequest.provider.id',
      'changeRequest.division.code',
      'changeRequest.expertPanelIds',
    ],
    arrayFields: ['changeRequest.expertPanelIds'],
  },
  FeeStatement: {
    actions: { read: 'CM-6', ...machineActions(feeStatementMachine) },
    fields: ['id', 'month', 'status', 'tenant.id', 'payer.id', 'division.code'],
  },
  FeeStatementLine: {
    actions: { read: 'CM-6' },
    fields: ['id', 'statement.tenant.id', 'statement.payer.id', 'statement.division.code'],
  },
  CloudIncident: {
    actions: { read: 'CM-19', ...machineActions(incidentMachine) },
    fields: ['id', 'status', 'tenant.id', 'filedBy.id', 'userDepartment.id', 'provider.id', 'division.code'],
  },
  CloudProviderAssessment: {
    actions: { read: 'CM-16', record: 'CM-16' },
    fields: ['id', 'provider.id', 'period'],
  },
  // Cloud monitoring (src/modules/monitoring): readings posted by the monitoring platform, reports computed from them.
  UtilisationReading: {
    actions: { read: 'CM-14', post: 'CM-14' },
    fields: ['id', 'tenancy.id', 'tenant.id', 'userDepartment.id', 'provider.id', 'division.code', 'periodStart'],
  },
  /** A user department's utilisation report for a period (computed); `department` is the tenancy's user department, else its tenant. */
  UtilisationReport: {
    actions: { read: 'CM-14' },
    fields: ['department.id'],
  },
  /** A tenancy's item used below the idle threshold over the last periods (computed). */
  IdleCloudResource: {
    actions: { read: 'CM-14' },
    fields: ['tenant.id'],
  },
  CloudAssessmentStandard: {
    actions: { read: 'CM-16', publish: 'CM-16' },
    fields: ['id', 'version'],
  },
  // Event delivery (src/events): which OA endpoints receive domain events, as whom.
  WebhookSubscription: {
    actions: { read: 'PM-4', create: 'PM-4', update: 'PM-4', delete: 'PM-4', replay: 'PM-4' },
    fields: ['id', 'active', 'createdBy.id'],
  },
};

export const subjectNames = Object.keys(vocabulary);
export const agencyKinds = Object.values(AgencyKind) as string[];
export const roleNames = Object.values(Role) as string[];

/** Condition operators a rule may use; each has an exact SQL counterpart in the ORM. */
export const conditionOperators = ['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte'];

/** Placeholders filled from the signed-in user when the ability is built. */
export const placeholders = ['user.id', 'user.agencyId', 'user.agencyKind', 'user.countyCode', 'user.divisionCode'];

/** The rule ID that governs an action; cited when nothing grants it. */
export function governingRule(subject: string, action: string): string {
  return vocabulary[subject]?.actions[action] ?? 'PM-4';
}
