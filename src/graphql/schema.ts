import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AgencyResolver, DivisionResolver, UserResolver } from '../modules/organizations/organization.resolver';
import { RectificationOrderResolver } from '../modules/organizations/rectification.resolver';
import { PlanEntryResolver, PlanResolver } from '../modules/plans/plan.resolver';
import {
  ProjectParticipantResolver,
  ProjectResolver,
  ReviewOpinionResolver,
  StateTransitionResolver,
} from '../modules/projects/project.resolver';
import { CatalogEntryResolver, CatalogResolver, CatalogUsageResolver } from '../modules/catalogs/catalog.resolver';
import { NodeResolver } from './node.resolver';
import { AcceptanceExtensionResolver, AcceptanceRecordResolver, OverdueAcceptanceResolver } from '../modules/acceptance/acceptance.resolver';
import { OmContractResolver, ProjectFindingResolver, SecurityTestResolver } from '../modules/acceptance/operation.resolver';
import { ProjectSecurityReviewResolver, SecurityReviewResolver } from '../modules/security/security-review.resolver';
import { ProjectInspectionResolver, ProjectInspectionsResolver } from '../modules/inspections/inspection.resolver';
import { SharingReviewResolver } from '../modules/acceptance/sharing-review.resolver';
import { ProjectAcceptanceResolver } from '../modules/acceptance/project-acceptance.resolver';
import { ProjectCatalogResolver } from '../modules/catalogs/project-catalog.resolver';
import { ProjectTenancyResolver } from '../modules/cloud/project-tenancy.resolver';
import { WorkingCalendarResolver } from '../calendar/calendar.resolver';
import { CloudServiceItemResolver, CloudZoneCertificateResolver, CloudZoneResolver } from '../modules/cloud/catalog.resolver';
import {
  InformationSystemProjectResolver,
  InformationSystemResolver,
  ProjectSystemsResolver,
  RectificationSystemsResolver,
  SystemDefectResolver,
  TenancySystemsResolver,
} from '../modules/systems/system.resolver';
import { CloudChangeLineResolver, CloudChangeRequestResolver } from '../modules/cloud/change-request.resolver';
import { FeeLinePreviewResolver, FeeStatementLineResolver, FeeStatementResolver } from '../modules/cloud/fee.resolver';
import { CloudIncidentResolver, CloudProviderAssessmentResolver } from '../modules/cloud/incident.resolver';
import {
  CloudQuotaLineResolver,
  CloudTenancyResolver,
  CloudTenancyResourceResolver,
  DeadlineResolver,
} from '../modules/cloud/tenancy.resolver';
import { InboxResolver } from '../modules/inbox/inbox.resolver';
import {
  ChangeRequestReadingsResolver,
  CloudAssessmentScoreResolver,
  CloudAssessmentStandardResolver,
  IdleCloudResourceResolver,
  ProviderAssessmentScoresResolver,
  UtilisationReadingResolver,
  UtilisationReportLineResolver,
  UtilisationReportResolver,
} from '../modules/monitoring/monitoring.resolver';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from '../events/webhook.resolver';

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  DivisionResolver,
  AgencyResolver,
  UserResolver,
  AuditResolver,
  RectificationOrderResolver,
  PlanResolver,
  PlanEntryResolver,
  ProjectResolver,
  ProjectParticipantResolver,
  ReviewOpinionResolver,
  StateTransitionResolver,
  SharingReviewResolver,
  AcceptanceRecordResolver,
  AcceptanceExtensionResolver,
  OverdueAcceptanceResolver,
  ProjectAcceptanceResolver,
  ProjectCatalogResolver,
  ProjectTenancyResolver,
  OmContractResolver,
  SecurityTestResolver,
  ProjectFindingResolver,
  SecurityReviewResolver,
  ProjectSecurityReviewResolver,
  ProjectInspectionResolver,
  ProjectInspectionsResolver,
  CatalogResolver,
  CatalogEntryResolver,
  CatalogUsageResolver,
  // Government cloud (CM) and the working-day calendar
  WorkingCalendarResolver,
  CloudServiceItemResolver,
  CloudZoneResolver,
  CloudZoneCertificateResolver,
  InformationSystemResolver,
  InformationSystemProjectResolver,
  SystemDefectResolver,
  ProjectSystemsResolver,
  TenancySystemsResolver,
  RectificationSystemsResolver,
  CloudTenancyResolver,
  CloudTenancyResourceResolver,
  CloudQuotaLineResolver,
  DeadlineResolver,
  CloudChangeRequestResolver,
  CloudChangeLineResolver,
  FeeStatementResolver,
  FeeStatementLineResolver,
  FeeLinePreviewResolver,
  CloudIncidentResolver,
  CloudProviderAssessmentResolver,
  // Cloud monitoring (CM-14, CM-16)
  UtilisationReadingResolver,
  ChangeRequestReadingsResolver,
  UtilisationReportResolver,
  UtilisationReportLineResolver,
  IdleCloudResourceResolver,
  CloudAssessmentStandardResolver,
  ProviderAssessmentScoresResolver,
  CloudAssessmentScoreResolver,
  // The inbox across every workflow
  InboxResolver,
  // Domain events and webhooks
  WebhookSubscriptionResolver,
  WebhookDeliveryResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false }).then(resolveFieldsDirectly);
  return built;
}

/**
 * Two kinds of field go without type-graphql's per-call machinery, which makes objects, sorts the
 * parameters and looks the resolver's instance up in a list on every call (a county page resolves
 * about a thousand fields and a hundred and fifty relations):
 * - a field that only reads its property (no field resolver, no middleware, no roles) reads it;
 * - a field resolver of a resolver class that takes only the object (`@Root()`), the request's
 *   context (`@Ctx()`) or `@Info()`, without middleware or roles, is called with them directly
 *   (an object not of the root's class still goes through type-graphql, which converts it).
 */
function resolveFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  type Param = { kind: string; index: number; propertyName?: string; getType?: () => unknown };
  const storage = getMetadataStorage() as unknown as {
    objectTypes: { name: string; target: Function; fields?: { name: string; schemaName: string; middlewares?: unknown[]; roles?: unknown[] }[] }[];
    fieldResolvers: {
      kind: string;
      target: new () => Record<string, (...args: unknown[]) => unknown>;
      methodName: string;
      params?: Param[];
      middlewares?: unknown[];
      roles?: unknown[];
      getObjectType?: () => Function;
    }[];
  };
  const instances = new Map<Function, Record<string, (...args: unknown[]) => unknown>>();
  for (const def of storage.objectTypes) {
    const type = schema.getType(def.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const meta of def.fields ?? []) {
      const field = fields[meta.schemaName];
      if (!field || meta.middlewares?.length || meta.roles) continue;
      const resolver = storage.fieldResolvers.find((r) => r.methodName === meta.name && r.getObjectType?.() === def.target);
      if (!resolver) {
        const property = meta.name;
        field.resolve = (source: Record<string, unknown>) => source[property];
        continue;
      }
      const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
      const direct =
        resolver.kind === 'external' &&
        !resolver.middlewares?.length &&
        !resolver.roles &&
        field.resolve &&
        params.every((p, i) => p.index === i && !p.propertyName && ['root', 'context', 'info'].includes(p.kind));
      if (!direct) continue;
      const original = field.resolve!;
      let instance = instances.get(resolver.target);
      if (!instance) instances.set(resolver.target, (instance = new resolver.target()));
      const method = instance[resolver.methodName];
      const rootType = params.find((p) => p.kind === 'root')?.getType?.();
      const self = instance;
      const kinds = params.map((p) => p.kind);
      field.resolve = (root, args, context, info) => {
        if (root != null && typeof rootType === 'function' && !(root instanceof rootType)) return original(root, args, context, info);
        const values = kinds.map((k) => (k === 'root' ? root : k === 'context' ? context : info));
        return method.apply(self, values);
      };
    }
  }
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so that it diffs cleanly. */
export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
