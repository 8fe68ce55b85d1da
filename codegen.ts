import type { CodegenConfig } from '@graphql-codegen/cli';

/** How both outputs map the custom scalars: as JSON carries them. */
const scalars = { DateTimeISO: 'string', Decimal: 'string', Date: 'string', JSON: 'unknown' };

/**
 * Types for the GraphQL operations, checked against the committed schema/schema.graphql:
 * - test/gql: the operations written in the tests with `graphql(...)`;
 * - client/src/generated/graphql.ts: the typed documents of the client package (client/src/operations),
 *   as plain strings, so the client needs no GraphQL library at run time.
 * `npm run codegen` regenerates both; a test fails when either is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
    'client/src/generated/graphql.ts': {
      documents: ['client/src/operations/*.graphql'],
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: { scalars, enumsAsTypes: true, useTypeImports: true, documentMode: 'string' },
    },
  },
};

export default config;
