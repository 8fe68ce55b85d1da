import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { policiesDir } from '../paths';
import { buildPolicySchema } from './policy-schema';

export interface PolicyRule {
  action: string | string[];
  subject: string;
  conditions?: Record<string, unknown>;
  fields?: string[];
  inverted?: boolean;
  roles?: string[];
  because: string;
  reason?: string;
}

export interface PolicyFile {
  /** One agency kind, `*` for everyone, or several kinds that share a role (construction units). */
  agencyKind: string | string[];
  description?: string;
  rules: PolicyRule[];
}

/** All policy files, validated, with a version that changes whenever any rule changes. */
export interface PolicySet {
  version: string;
  /** Rules by agency kind; `*` holds the rules of every signed-in user. */
  byKind: Map<string, PolicyRule[]>;
  /** The file each rule comes from. */
  origins: Map<PolicyRule, string>;
}

export class PolicyError extends Error {
  override name = 'PolicyError';
}

function describe(file: string, data: PolicyFile, error: ErrorObject): string {
  const m = /^\/rules\/(\d+)(.*)$/.exec(error.instancePath);
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const detail = `${error.message}${allowed ? ` (allowed: ${allowed.join(', ')})` : ''}`;
  if (!m) return `${file}: ${error.instancePath || '/'} ${detail}`;
  const rule = data.rules[Number(m[1])];
  const where = `rule #${Number(m[1]) + 1} (${rule.action} ${rule.subject}${rule.because ? `, because ${rule.because}` : ''})`;
  const offending = m[2] ? `${m[2]}: ` : '';
  const value = m[2] ? JSON.stringify(m[2].split('/').slice(1).reduce<any>((v, k) => v?.[k], rule)) : '';
  return `${file}: ${where}: ${offending}${value ? value + ' ' : ''}${detail}`;
}

/**
 * Reads and validates every `*.rules.json` in the policies folder. Any unknown action, subject,
 * field, operator, role or rule ID throws a PolicyError naming the file and the rule: the service
 * refuses to boot rather than run with a policy it does not understand.
 */
export function loadPolicies(dir: string = policiesDir): PolicySet {
  const ajv = new Ajv({ allErrors: false, strict: false });
  const validate = ajv.compile(buildPolicySchema());
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.rules.json')).sort();
  if (files.length === 0) throw new PolicyError(`No policy files in ${dir}`);
  const hash = createHash('sm3');
  const own = new Map<string, PolicyRule[]>();
  const shared: PolicyFile[] = [];
  const origins = new Map<PolicyRule, string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    hash.update(file).update('\0').update(text).update('\0');
    let data: PolicyFile;
    try {
      data = JSON.parse(text) as PolicyFile;
    } catch (e) {
      throw new PolicyError(`${file}: not valid JSON: ${(e as Error).message}`);
    }
    if (!validate(data)) {
      // The most specific error comes first; the if/then wrappers that follow add nothing.
      const errors = validate.errors ?? [];
      const specific = errors.find((e) => e.keyword !== 'if') ?? errors[0];
      throw new PolicyError(describe(file, data, specific));
    }
    for (const rule of data.rules) origins.set(rule, file);
    if (Array.isArray(data.agencyKind)) {
      shared.push(data);
      continue;
    }
    if (own.has(data.agencyKind)) throw new PolicyError(`${file}: a second file for agency kind ${data.agencyKind}`);
    own.set(data.agencyKind, data.rules);
  }
  // A kind's rules: those of the files it shares with other kinds first, then its own file's, which
  // CASL therefore ranks higher (a kind can refine what it shares).
  const byKind = new Map<string, PolicyRule[]>();
  for (const kind of new Set([...own.keys(), ...shared.flatMap((f) => f.agencyKind as string[])])) {
    if (kind === '*') {
      byKind.set(kind, own.get(kind) ?? []);
      continue;
    }
    byKind.set(kind, [...shared.filter((f) => (f.agencyKind as string[]).includes(kind)).flatMap((f) => f.rules), ...(own.get(kind) ?? [])]);
  }
  return { version: hash.digest('hex').slice(0, 16), byKind, origins };
}
