import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import type { TestApp } from './app';

/**
 * The workflow agreement check: for each (user, object, action), what `availableActions` says
 * must be what the mutation does. Each mutation runs to its end and is rolled back
 * (`services.rehearseCommands`), so one fixture serves every combination.
 */

/** How to ask for one action: the mutation field and a valid input for an object's global ID (and the user asking, for inputs that name the user's own uploads). */
export interface ActionCall {
  mutation: string;
  input(subjectId: string, user: string): Record<string, unknown>;
}

export interface AgreementSpec {
  users: readonly string[];
  /** Global IDs of objects in the states to try (one per state is enough). */
  subjects: readonly string[];
  /** Every action a subject's `availableActions` lists must be here. */
  calls: Readonly<Record<string, ActionCall>>;
}

interface Blocker {
  code: string;
  rule: string | null;
  gate: string | null;
  field: string | null;
}

export interface Disagreement {
  user: string;
  subject: string;
  action: string;
  said: { allowed: boolean; blockers: Blocker[] };
  did: { errors: Blocker[]; topLevel?: unknown };
}

let schema: GraphQLSchema | undefined;
function committedSchema(): GraphQLSchema {
  return (schema ??= buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8')));
}

/** The types that expose `availableActions`: the objects with a workflow. */
export function workflowTypes(): string[] {
  return Object.values(committedSchema().getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__') && 'availableActions' in t.getFields())
    .map((t) => t.name)
    .sort();
}

function inputTypeOf(mutation: string): string {
  const field = committedSchema().getMutationType()!.getFields()[mutation];
  if (!field) throw new Error(`no mutation ${mutation}`);
  const arg = field.args.find((a) => a.name === 'input');
  if (!arg || field.args.length !== 1) throw new Error(`${mutation} does not take a single input`);
  return String(arg.type);
}

const BLOCKER = 'code rule gate field';

const key = (b: Blocker) => `${b.code}|${b.rule ?? ''}|${b.gate ?? ''}|${b.field ?? ''}`;
const sorted = (list: Blocker[]) => list.map(key).sort();

export async function checkAgreement(app: TestApp, spec: AgreementSpec): Promise<{ compared: number; disagreements: Disagreement[] }> {
  const fragments = workflowTypes()
    .map((t) => `... on ${t} { availableActions { action allowed blockers { ${BLOCKER} } } }`)
    .join(' ');
  const read = `query Actions($id: ID!) { node(id: $id) { __typename ${fragments} } }`;
  const disagreements: Disagreement[] = [];
  let compared = 0;
  for (const user of spec.users) {
    for (const subject of spec.subjects) {
      const res = await app.request(read, { id: subject }, { as: user });
      // Not readable to this user: every mutation on it is NOT_FOUND (tested elsewhere).
      if (res.errors?.length && res.errors.every((e) => e.extensions?.code === 'NOT_FOUND')) continue;
      if (res.errors?.length) throw new Error(`availableActions of ${subject} as ${user}: ${JSON.stringify(res.errors)}`);
      const node = (res.data as { node: { availableActions?: { action: string; allowed: boolean; blockers: Blocker[] }[] } | null }).node;
      if (!node) continue;
      for (const said of node.availableActions ?? []) {
        const call = spec.calls[said.action];
        if (!call) throw new Error(`no call for action ${said.action} of ${subject}`);
        const doc = `mutation Try($input: ${inputTypeOf(call.mutation)}) { result: ${call.mutation}(input: $input) { errors { ${BLOCKER} } } }`;
        app.services.rehearseCommands = true;
        let did: Disagreement['did'];
        try {
          const out = await app.request(doc, { input: call.input(subject, user) }, { as: user });
          did = out.errors?.length
            ? { errors: [], topLevel: out.errors.map((e) => e.extensions?.code ?? e.message) }
            : { errors: (out.data as { result: { errors: Blocker[] } }).result.errors };
        } finally {
          app.services.rehearseCommands = false;
        }
        compared += 1;
        const agree = !did.topLevel && said.allowed === (did.errors.length === 0) && sorted(said.blockers).join() === sorted(did.errors).join();
        if (!agree) disagreements.push({ user, subject, action: said.action, said: { allowed: said.allowed, blockers: said.blockers }, did });
      }
    }
  }
  return { compared, disagreements };
}

/** For a test's failure message: the first few disagreements, readable. */
export function describeDisagreements(list: Disagreement[], max = 10): string {
  return list
    .slice(0, max)
    .map((d) => `${d.user} ${d.action} on ${d.subject}: said ${JSON.stringify(d.said)}, did ${JSON.stringify(d.did)}`)
    .join('\n');
}

