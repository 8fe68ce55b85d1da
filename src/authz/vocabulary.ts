import { AgencyKind, Role } from '../modules/organizations/organization.enums';

/**
 * What a policy rule may talk about: each subject with its actions (each action naming the rule ID
 * that says who may take it, cited when no policy rule grants it) and the fields that rules may
 * restrict or put conditions on (dotted paths go through relations).
 * The JSON schema of policy files (policies/policy.schema.json) is generated from this.
 */
export interface SubjectVocabulary {
  actions: Record<string, string>;
  fields: string[];
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
    actions: { read: 'PM-17', issue: 'PM-17', close: 'PM-17' },
    fields: ['id', 'reason', 'status', 'unit.id', 'unit.county.code', 'issuedByAgency.id', 'createdAt'],
  },
  AuditEvent: {
    actions: { read: 'PM-18', verify: 'PM-18' },
    fields: ['id', 'seq', 'occurredAt', 'actorUserId', 'actorAgencyId', 'action', 'subjectType', 'subjectId', 'outcome', 'rule'],
  },
  // PM-9(3): information-resource catalogs; `update` is editing the entries (add, change, remove, import).
  Catalog: {
    actions: { read: 'PM-9(3)', create: 'PM-9(3)', update: 'PM-9(3)', submit: 'PM-9(3)', publish: 'PM-9(3)', return: 'PM-9(3)' },
    fields: ['id', 'status', 'project.id', 'project.constructionUnit.id', 'project.division.code', 'createdAt'],
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
    actions: { read: 'PM-9(3)', record: 'PM-9(3)' },
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
};

export const subjectNames = Object.keys(vocabulary);
export const actionNames = [...new Set(Object.values(vocabulary).flatMap((s) => Object.keys(s.actions)))].sort();
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
