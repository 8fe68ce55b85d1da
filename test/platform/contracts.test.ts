import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import codegenConfig from '../../codegen';
import { buildPolicySchema } from '../../src/authz/policy-schema';
import { ormConfig } from '../../src/db/orm.config';
import { printAppSchema } from '../../src/graphql/schema';
import { policiesDir, projectRoot, schemaFile } from '../../src/paths';
import { createTestDatabase, databaseUrl, dropDatabase } from '../support/database';

const stale = 'is stale: run `npm run schema:emit` and commit the result';

describe('committed contracts match the code', () => {
  it('schema/schema.graphql equals the schema the code emits', async () => {
    expect({ file: fs.readFileSync(schemaFile, 'utf8'), note: stale }).toEqual({ file: await printAppSchema(), note: stale });
  });

  it('policies/policy.schema.json equals the schema built from the vocabulary', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(policiesDir, 'policy.schema.json'), 'utf8'));
    expect(committed).toEqual(buildPolicySchema());
  });

  it('test/gql and client/src/generated (codegen outputs) are current with the schema and the operations', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const outputs = (await generate({ ...codegenConfig, cwd: projectRoot, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => o.filename)).toEqual(expect.arrayContaining(['client/src/generated/graphql.ts']));
    for (const out of outputs) {
      const file = path.resolve(projectRoot, out.filename);
      expect({ file: out.filename, content: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null }).toEqual({
        file: out.filename,
        content: out.content,
      });
    }
  });

  it('the migrations build exactly the schema the entities describe', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(ormConfig(databaseUrl(database)));
    try {
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close();
      await dropDatabase(database);
    }
  });
});
