import { loadPolicies, type PolicyRule, type PolicySet } from '../../src/authz/policy-loader';
import { explainPolicies, formatExplanation } from '../../src/authz/policy-explain';
import { runPolicyExplain } from '../../src/cli/policy-explain';

/** A policy set of two files: everyone's, then the DRC's own. */
function set(everyone: PolicyRule[], drc: PolicyRule[]): PolicySet {
  const origins = new Map<PolicyRule, string>();
  for (const r of everyone) origins.set(r, 'everyone.rules.json');
  for (const r of drc) origins.set(r, 'drc.rules.json');
  return { version: 'x', byKind: new Map([['*', everyone], ['DRC', drc]]), origins };
}
const overridden = (p: PolicySet, options = {}) =>
  explainPolicies(p, 'DRC', options).rules.map((r) => [r.index, r.overridden.map((o) => `${o.action}>#${o.by}`)]);

describe('policy:explain: the merged rules of an agency kind', () => {
  const policies = loadPolicies();

  it('lists everyone\'s rules first, then the files the kind shares, then its own, each with its file', () => {
    const x = explainPolicies(policies, 'BDC');
    const files = [...new Set(x.rules.map((r) => r.file))];
    expect(files).toEqual(['everyone.rules.json', 'cloud-user.rules.json', 'construction-unit.rules.json', 'bdc.rules.json'].filter((f) => files.includes(f)));
    expect(files[0]).toBe('everyone.rules.json');
    expect(files[files.length - 1]).toBe('bdc.rules.json');
    expect(x.rules.map((r) => r.index)).toEqual(x.rules.map((_, i) => i + 1));
    expect(x.rules.length).toBe(policies.byKind.get('*')!.length + policies.byKind.get('BDC')!.length);
  });

  it("marks what the Audit Bureau's `read all` decides instead of everyone's reads", () => {
    const x = explainPolicies(policies, 'AUDIT');
    const readAll = x.rules.find((r) => r.rule.subject === 'all')!;
    const everyone = x.rules.filter((r) => r.file === 'everyone.rules.json');
    expect(everyone.length).toBeGreaterThan(0);
    for (const r of everyone) expect(r.overridden).toEqual([{ action: 'read', by: readAll.index }]);
    const text = formatExplanation(x).join('\n');
    expect(text).toMatch(/#1 can read Division {2}because PM-4 {2}\[OVERRIDDEN by #\d+ \(can\)\]/);
    expect(text).toMatch(/cannot create, update, submit, publish, return Catalog {2}because PM-18\n {6}reason: The Audit Bureau changes nothing\./);
  });

  it('filters by subject (keeping `all` rules) and by role, numbers staying those of the full order', () => {
    const full = explainPolicies(policies, 'BDC');
    const x = explainPolicies(policies, 'BDC', { subject: 'Catalog', role: 'LEADER' });
    expect(x.rules.length).toBeGreaterThan(0);
    for (const r of x.rules) {
      expect(['Catalog', 'all']).toContain(r.rule.subject);
      expect(!r.rule.roles || r.rule.roles.includes('LEADER')).toBe(true);
      expect(full.rules.find((f) => f.index === r.index)!.rule).toBe(r.rule);
    }
    expect(x.rules.some((r) => r.actions.includes('publish'))).toBe(true);
    expect(x.rules.some((r) => r.rule.roles?.includes('CLERK') && !r.rule.roles.includes('LEADER'))).toBe(false);
  });

  it('marks a rule overridden only when the later one decides whenever the earlier applies', () => {
    const mine = { 'constructionUnit.id': '${user.agencyId}' };
    const p = set(
      [
        { action: ['read', 'update'], subject: 'Project', conditions: { ...mine, status: 'DRAFT' }, because: 'PM-4' },
        { action: 'read', subject: 'Project', because: 'PM-4' },
        { action: 'update', subject: 'Project', roles: ['CLERK'], because: 'PM-4' },
        { action: 'read', subject: 'Agency', fields: ['name'], because: 'PM-4' },
      ],
      [
        // conditions a part of #1's: decides #1's update (#2, with none, decides its read)
        { action: 'update', subject: 'Project', conditions: mine, inverted: true, because: 'PM-18' },
        // only for leaders: does not cover #3 (clerks) unless asked about leaders
        { action: 'update', subject: 'Project', roles: ['LEADER'], because: 'PM-4' },
        // more fields than #4: covers it; a refusal with fields would not decide whole objects
        { action: 'read', subject: 'Agency', fields: ['name', 'code'], because: 'PM-4' },
        { action: 'read', subject: 'all', conditions: { id: 'x' }, because: 'PM-18' },
      ],
    );
    expect(overridden(p)).toEqual([
      [1, ['read>#2', 'update>#5']],
      [2, []],
      [3, []],
      [4, ['read>#7']],
      [5, []],
      [6, []],
      [7, []],
      [8, []],
    ]);
    const text = formatExplanation(explainPolicies(p, 'DRC')).join('\n');
    expect(text).toContain('#1 can read, update Project  because PM-4  [OVERRIDDEN by #2 (can), #5 (cannot)]\n      when {"constructionUnit.id":"${user.agencyId}","status":"DRAFT"}');
    expect(text).toContain('#3 can update Project  because PM-4\n      roles CLERK\n');
    expect(text).toContain('#4 can read Agency  because PM-4  [OVERRIDDEN by #7 (can)]\n      fields name');
    // A leader gets #6 and not #3: for leaders #6 decides every update before it.
    expect(overridden(p, { role: 'LEADER' })).toEqual([
      [1, ['read>#2', 'update>#6']],
      [2, []],
      [4, ['read>#7']],
      [5, ['update>#6']],
      [6, []],
      [7, []],
      [8, []],
    ]);
  });

  it('names the actions a later rule takes over when it takes only some', () => {
    const p = set(
      [{ action: ['read', 'update'], subject: 'Plan', because: 'PM-6' }],
      [{ action: 'update', subject: 'Plan', inverted: true, because: 'PM-18', reason: 'no changes' }],
    );
    expect(formatExplanation(explainPolicies(p, 'DRC'))).toEqual([
      'Rules of agency kind DRC, in load order; a later rule decides over an earlier one.',
      '',
      'everyone.rules.json:',
      '  #1 can read, update Plan  because PM-6',
      '      update: overridden by #2 (cannot)',
      '',
      'drc.rules.json:',
      '  #2 cannot update Plan  because PM-18',
      '      reason: no changes',
    ]);
  });

  it('runs as a command, refusing an unknown kind, subject or role', () => {
    const out: string[] = [];
    expect(runPolicyExplain(['AUDIT', '--subject', 'AuditEvent'], (l) => out.push(l))).toBe(0);
    expect(out[0]).toBe('Rules of agency kind AUDIT (subject AuditEvent), in load order; a later rule decides over an earlier one.');
    expect(out).toContain('  #' + explainPolicies(policies, 'AUDIT').rules.find((r) => r.actions.includes('verify'))!.index + ' can verify AuditEvent  because PM-18');
    for (const argv of [[], ['MAYOR'], ['DRC', '--subject', 'Spaceship'], ['DRC', '--role', 'EMPEROR'], ['DRC', 'BDC']]) {
      const lines: string[] = [];
      expect(runPolicyExplain(argv, (l) => lines.push(l))).toBe(2);
      expect(lines.join('\n')).toMatch(/usage|unknown/);
    }
  });
});
