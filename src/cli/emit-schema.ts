import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildDecisionTableSchema } from '../authz/decision-table-schema';
import { buildPolicySchema } from '../authz/policy-schema';
import { policiesDir, schemaFile } from '../paths';
import { printAppSchema } from '../graphql/schema';

/** Writes the generated contracts: schema/schema.graphql, policies/policy.schema.json, policies/tests/decision-table.schema.json. */
async function main(): Promise<void> {
  fs.mkdirSync(path.dirname(schemaFile), { recursive: true });
  fs.writeFileSync(schemaFile, await printAppSchema());
  fs.writeFileSync(path.join(policiesDir, 'policy.schema.json'), JSON.stringify(buildPolicySchema(), null, 2) + '\n');
  fs.writeFileSync(path.join(policiesDir, 'tests', 'decision-table.schema.json'), JSON.stringify(buildDecisionTableSchema(), null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}, policies/policy.schema.json and policies/tests/decision-table.schema.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
