import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPolicies, PolicyError } from '../../src/authz/policy-loader';
import { policiesDir } from '../../src/paths';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real policies with one file replaced (removed after the tests). */
function withFile(name: string, content: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jian-policies-'));
  copies.push(dir);
  for (const f of fs.readdirSync(policiesDir).filter((f) => f.endsWith('.rules.json'))) {
    fs.copyFileSync(path.join(policiesDir, f), path.join(dir, f));
  }
  fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const drc = (rule: Record<string, unknown>) => ({ agencyKind: 'DRC', rules: [rule] });

describe('policy loader: the service refuses to boot on a policy it does not understand', () => {
  it('loads the committed policies', () => {
    const set = loadPolicies();
    expect(set.byKind.get('AUDIT')?.length).toBeGreaterThan(0);
    expect(set.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives every kind of a shared file its rules, before the kind\'s own (which CASL ranks higher)', () => {
    const set = loadPolicies();
    const bdc = set.byKind.get('BDC')!;
    const firstOwn = bdc.findIndex((r) => r.subject === 'RectificationOrder');
    const unitRule = bdc.findIndex((r) => r.subject === 'Project' && Array.isArray(r.action) && r.action.includes('create'));
    expect(unitRule).toBeGreaterThanOrEqual(0);
    expect(unitRule).toBeLessThan(firstOwn);
    expect(set.byKind.get('AUDIT')!.some((r) => r.subject === 'Project' && r.action !== 'read')).toBe(false);
  });

  it('names the file and the rule of an unknown field', () => {
    const dir = withFile('drc.rules.json', drc({ action: 'read', subject: 'Agency', fields: ['budgett'], because: 'PM-4' }));
    expect(() => loadPolicies(dir)).toThrow(PolicyError);
    expect(() => loadPolicies(dir)).toThrow(/drc\.rules\.json: rule #1 \(read Agency, because PM-4\).*budgett/);
  });

  it('refuses an unknown field in conditions', () => {
    const dir = withFile('drc.rules.json', drc({ action: 'read', subject: 'Agency', conditions: { secret: 1 }, because: 'PM-4' }));
    expect(() => loadPolicies(dir)).toThrow(/drc\.rules\.json: rule #1.*secret/);
  });

  it('refuses an unknown action, subject, operator, role and rule ID', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ action: 'obliterate', subject: 'Agency', because: 'PM-4' }, /action/],
      [{ action: 'read', subject: 'Spaceship', because: 'PM-4' }, /subject/],
      [{ action: 'read', subject: 'Agency', conditions: { kind: { $regex: 'D' } }, because: 'PM-4' }, /kind/],
      [{ action: 'read', subject: 'Agency', roles: ['EMPEROR'], because: 'PM-4' }, /roles/],
      [{ action: 'read', subject: 'Agency', because: 'PM-99' }, /because/],
      [{ action: 'read', subject: 'Agency' }, /because/],
    ];
    for (const [rule, pattern] of cases) {
      const dir = withFile('drc.rules.json', drc(rule));
      expect(() => loadPolicies(dir)).toThrow(pattern);
    }
  });

  it('refuses broken JSON and a second file for one agency kind, naming the file', () => {
    expect(() => loadPolicies(withFile('drc.rules.json', '{ nope'))).toThrow(/drc\.rules\.json: not valid JSON/);
    expect(() => loadPolicies(withFile('drc-bis.rules.json', { agencyKind: 'DRC', rules: [] }))).toThrow(/second file for agency kind DRC/);
  });
});
