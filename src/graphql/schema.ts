import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AgencyResolver, DivisionResolver, UserResolver } from '../modules/organizations/organization.resolver';
import { RectificationOrderResolver } from '../modules/organizations/rectification.resolver';
import { CatalogEntryResolver, CatalogResolver, CatalogUsageResolver } from '../modules/catalogs/catalog.resolver';
import { NodeResolver } from './node.resolver';

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  DivisionResolver,
  AgencyResolver,
  UserResolver,
  AuditResolver,
  RectificationOrderResolver,
  CatalogResolver,
  CatalogEntryResolver,
  CatalogUsageResolver,
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
