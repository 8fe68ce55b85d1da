import fs from 'node:fs';
import path from 'node:path';
import Decimal from 'decimal.js';
import { policiesDir } from '../paths';

export type RuleKind = 'ROLE' | 'GATE' | 'CHECK' | 'DEADLINE' | 'RECORD' | 'INFO' | string;

interface Setting<T> {
  value: T;
  because: string;
}

interface RulebookFile {
  version: string;
  rules: Record<string, { kind: RuleKind; summary: string }>;
  thresholds: Record<string, Setting<string>>;
  deadlines: Record<string, Setting<number>>;
}

/**
 * The rulebook (policies/rulebook.json): the rule IDs of the measures and every threshold and
 * deadline derived from them. Code asks the rulebook, never a literal, so that a later measure is
 * a data change.
 */
export class Rulebook {
  constructor(private readonly file: RulebookFile) {
    for (const [name, s] of [...Object.entries(file.thresholds), ...Object.entries(file.deadlines)]) {
      if (!this.has(s.because)) throw new Error(`rulebook: ${name} cites unknown rule ${s.because}`);
    }
  }

  get version(): string {
    return this.file.version;
  }

  get ruleIds(): string[] {
    return Object.keys(this.file.rules);
  }

  has(ruleId: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.file.rules, ruleId);
  }

  rule(ruleId: string) {
    const r = this.file.rules[ruleId];
    if (!r) throw new Error(`Unknown rule ID ${ruleId}`);
    return r;
  }

  threshold(name: string): { value: Decimal; because: string } {
    const s = this.file.thresholds[name];
    if (!s) throw new Error(`rulebook: no threshold ${name}`);
    return { value: new Decimal(s.value), because: s.because };
  }

  deadline(name: string): { value: number; because: string } {
    const s = this.file.deadlines[name];
    if (!s) throw new Error(`rulebook: no deadline ${name}`);
    return s;
  }
}

export function loadRulebook(file = path.join(policiesDir, 'rulebook.json')): Rulebook {
  return new Rulebook(JSON.parse(fs.readFileSync(file, 'utf8')) as RulebookFile);
}

/** The rulebook in force, loaded once. */
export const rulebook: Rulebook = loadRulebook();
