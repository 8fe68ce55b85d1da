import fs from 'node:fs';
import path from 'node:path';
import { subject as asSubject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import { governingRule, vocabulary } from '../../src/authz/vocabulary';
import { policiesDir } from '../../src/paths';

/**
 * A decision table file (policies/tests/*.test.json, schema policies/tests/decision-table.schema.json):
 * one or more tables, each naming its principals (seeded usernames) and resources once, then
 * listing only the cells that are ALLOWED (with the rule that grants them). Every other cell of
 * principals × resources × actions is refused; a refusal cites the action's rule in the vocabulary
 * unless a `denied` entry of the table states another rule (e.g. PM-18 for the Audit Bureau).
 */
export interface DecisionTableFile {
  $schema?: string;
  description: string;
  tables: DecisionTable[];
}

export interface DecisionTable {
  title?: string;
  subject: string;
  /** The actions the table is about; every action of the subject in the vocabulary when absent. */
  actions?: string[];
  /** Label → username of a seeded user. */
  principals: Record<string, string>;
  /** Label → resource. */
  resources: Record<string, DecisionResource>;
  allowed: DecisionEntry[];
  /** Refusals worth stating: a rule other than the vocabulary's, or a note on why. */
  denied?: DecisionEntry[];
}

export interface DecisionResource {
  /** An existing row, by natural key (e.g. `{ "code": "DRC" }`). */
  find?: Record<string, unknown>;
  /** Or a resource described by its attributes; `@agency:CODE` stands for that agency's ID, `@user:USERNAME` for that user's. */
  attributes?: Record<string, unknown>;
  /** Decide on this field of the resource. */
  field?: string;
  note?: string;
}

/** Labels (one or several) or `*`: every principal, resource or action of the table. */
export type Labels = string | string[];

export interface DecisionEntry {
  who: Labels;
  on: Labels;
  actions: Labels;
  /** Allowed: the rule that grants. Denied: the rule the refusal cites (default: the vocabulary's). */
  rule?: string;
  note?: string;
}

/** One checked cell: principal × resource × action → allowed or refused, with the deciding rule. */
export interface DecisionCell {
  table: string;
  principal: string;
  user: string;
  resource: string;
  subject: string;
  find?: Record<string, unknown>;
  attributes?: Record<string, unknown>;
  field?: string;
  action: string;
  allowed: boolean;
  rule: string;
  /** Listed in the table (allowed, or a stated refusal), rather than refused by omission. */
  listed: boolean;
  note?: string;
}

export class DecisionTableError extends Error {
  override name = 'DecisionTableError';
}

export const decisionTablesDir = path.join(policiesDir, 'tests');

export function loadDecisionTables(dir: string = decisionTablesDir): [string, DecisionTableFile][] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.json'))
    .sort()
    .map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as DecisionTableFile]);
}

export function tableName(table: DecisionTable, index: number): string {
  return table.title ?? `#${index + 1} ${table.subject}`;
}

function pick(where: string, kind: string, labels: Labels, known: string[]): string[] {
  if (labels === '*') return known;
  const list = Array.isArray(labels) ? labels : [labels];
  for (const l of list) if (!known.includes(l)) throw new DecisionTableError(`${where}: unknown ${kind} ${JSON.stringify(l)}`);
  return list;
}

/**
 * Every cell a table checks. Allowed cells are those listed; all others are refused, citing the
 * vocabulary's rule of the action or the rule of a `denied` entry. A cell listed twice, allowed and
 * stated refused, or outside the table is an error of the table.
 */
export function expandTable(table: DecisionTable, name: string): DecisionCell[] {
  const vocab = vocabulary[table.subject];
  if (!vocab) throw new DecisionTableError(`${name}: unknown subject ${table.subject}`);
  const actions = table.actions ?? Object.keys(vocab.actions);
  for (const a of actions) if (!(a in vocab.actions)) throw new DecisionTableError(`${name}: ${table.subject} has no action ${a}`);
  const principals = Object.keys(table.principals);
  const resources = Object.keys(table.resources);
  const key = (p: string, r: string, a: string) => `${p}\0${r}\0${a}`;
  const allowed = new Map<string, DecisionEntry>();
  for (const [i, entry] of table.allowed.entries()) {
    const where = `${name}: allowed #${i + 1}`;
    if (entry.who === '*' || entry.on === '*' || entry.actions === '*') throw new DecisionTableError(`${where}: name allowed cells, no "*"`);
    if (!entry.rule) throw new DecisionTableError(`${where}: an allowed cell names the rule that grants it`);
    for (const p of pick(where, 'principal', entry.who, principals))
      for (const r of pick(where, 'resource', entry.on, resources))
        for (const a of pick(where, 'action', entry.actions, actions)) {
          if (allowed.has(key(p, r, a))) throw new DecisionTableError(`${where}: ${p} × ${r} × ${a} is listed twice`);
          allowed.set(key(p, r, a), entry);
        }
  }
  const denied = new Map<string, DecisionEntry>();
  for (const [i, entry] of (table.denied ?? []).entries()) {
    const where = `${name}: denied #${i + 1}`;
    const wildcard = entry.who === '*' || entry.on === '*' || entry.actions === '*';
    for (const p of pick(where, 'principal', entry.who, principals))
      for (const r of pick(where, 'resource', entry.on, resources))
        for (const a of pick(where, 'action', entry.actions, actions)) {
          const k = key(p, r, a);
          // "*" means every cell not allowed; a cell named outright must not also be allowed.
          if (allowed.has(k)) {
            if (wildcard) continue;
            throw new DecisionTableError(`${where}: ${p} × ${r} × ${a} is listed both allowed and denied`);
          }
          if (denied.has(k)) throw new DecisionTableError(`${where}: ${p} × ${r} × ${a} is denied twice`);
          denied.set(k, entry);
        }
  }
  const cells: DecisionCell[] = [];
  for (const p of principals)
    for (const r of resources)
      for (const a of actions) {
        const res = table.resources[r];
        const grant = allowed.get(key(p, r, a));
        const refusal = denied.get(key(p, r, a));
        const entry = grant ?? refusal;
        cells.push({
          table: name,
          principal: p,
          user: table.principals[p],
          resource: r,
          subject: table.subject,
          ...(res.find ? { find: res.find } : {}),
          ...(res.attributes ? { attributes: res.attributes } : {}),
          ...(res.field ? { field: res.field } : {}),
          action: a,
          allowed: !!grant,
          rule: entry?.rule ?? governingRule(table.subject, a),
          listed: !!entry,
          ...(entry?.note ?? res.note ? { note: entry?.note ?? res.note } : {}),
        });
      }
  return cells;
}

/** Fills `@agency:CODE` references with agency IDs and `@user:USERNAME` with user IDs, recursively. */
export async function resolveAttributes(em: EntityManager, value: unknown): Promise<unknown> {
  if (typeof value === 'string' && value.startsWith('@user:')) {
    const [row] = await em.execute<{ id: string }[]>('select id from "user" where username = ?', [value.slice(6)]);
    if (!row) throw new Error(`decision table: no user ${value.slice(6)}`);
    return row.id;
  }
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
