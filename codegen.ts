import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the GraphQL operations written in the tests (and any client in this repository):
 * operations are written with `graphql(...)` from test/gql and checked against the committed
 * schema/schema.graphql. `npm run codegen` regenerates; a test fails when the output is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTimeISO: 'string', Decimal: 'string', Date: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
