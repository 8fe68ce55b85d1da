import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AgencyResolver, DivisionResolver, UserResolver } from '../modules/organizations/organization.resolver';
import { RectificationOrderResolver } from '../modules/organizations/rectification.resolver';
import { NodeResolver } from './node.resolver';
import { WorkingCalendarResolver } from '../calendar/calendar.resolver';
import { CloudServiceItemResolver, CloudZoneResolver } from '../modules/cloud/catalog.resolver';
import { CloudChangeLineResolver, CloudChangeRequestResolver } from '../modules/cloud/change-request.resolver';
import { FeeLinePreviewResolver, FeeStatementLineResolver, FeeStatementResolver } from '../modules/cloud/fee.resolver';
import { CloudIncidentResolver, CloudProviderAssessmentResolver } from '../modules/cloud/incident.resolver';
import {
  CloudQuotaLineResolver,
  CloudTenancyResolver,
  CloudTenancyResourceResolver,
  DeadlineResolver,
} from '../modules/cloud/tenancy.resolver';

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  DivisionResolver,
  AgencyResolver,
  UserResolver,
  AuditResolver,
  RectificationOrderResolver,
  // Government cloud (CM) and the working-day calendar
  WorkingCalendarResolver,
  CloudServiceItemResolver,
  CloudZoneResolver,
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
];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so that it diffs cleanly. */
export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
