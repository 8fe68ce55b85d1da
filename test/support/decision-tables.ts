import fs from 'node:fs';
import path from 'node:path';
import { subject as asSubject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import { policiesDir } from '../../src/paths';

/**
 * A decision table (policies/tests/*.test.json): principal × resource × action → allowed or
 * refused, with the rule ID that decides. Reviewed with the policies, run by the tests.
 */
export interface DecisionCase {
  /** Username of a seeded user. */
  user: string;
  action: string;
  subject: string;
  /** An existing row, by natural key (e.g. `{ "code": "DRC" }`). */
  find?: Record<string, unknown>;
  /** Or a resource described by its attributes; `@agency:CODE` stands for that agency's ID. */
  attributes?: Record<string, unknown>;
  field?: string;
  allowed: boolean;
  rule: string;
  note?: string;
}

export interface DecisionTable {
  description: string;
  cases: DecisionCase[];
}

export function loadDecisionTables(): [string, DecisionTable][] {
  const dir = path.join(policiesDir, 'tests');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.json'))
    .sort()
    .map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as DecisionTable]);
}

/** Fills `@agency:CODE` references with agency IDs, recursively. */
export async function resolveAttributes(em: EntityManager, value: unknown): Promise<unknown> {
  if (typeof value === 'string' && value.startsWith('@agency:')) {
    const [row] = await em.execute<{ id: string }[]>('select id from agency where code = ?', [value.slice(8)]);
    if (!row) throw new Error(`decision table: no agency ${value.slice(8)}`);
    return row.id;
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolveAttributes(em, v)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await resolveAttributes(em, v);
    return out;
  }
  return value;
}

/** A plain object CASL treats as an instance of `type`, with dotted keys expanded. */
export function attributeSubject(type: string, attributes: Record<string, unknown>): object {
  const obj: Record<string, any> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const parts = key.split('.');
    let node = obj;
    for (const p of parts.slice(0, -1)) node = node[p] ??= {};
    node[parts[parts.length - 1]] = value;
  }
  return asSubject(type, obj);
}
