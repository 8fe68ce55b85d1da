import { abilityFor, buildAbility, type PrincipalAttributes } from '../../src/authz/ability';
import { loadPolicies } from '../../src/authz/policy-loader';

/** A user's ability is built once and kept (src/authz/ability.ts), never past a change of what it rests on. */
const policies = loadPolicies();
const clerk: PrincipalAttributes = {
  id: '00000000-0000-4000-8000-000000000001',
  agencyId: '00000000-0000-4000-8000-0000000000d1',
  agencyKind: 'DRC',
  countyCode: null,
  divisionCode: '360800',
  roles: ['CLERK'],
};

describe('abilityFor', () => {
  it('keeps the ability of the same attributes, and judges as a new one would (PM-17)', () => {
    const first = abilityFor(policies, clerk);
    expect(abilityFor(policies, { ...clerk, roles: ['CLERK'] })).toBe(first);
    expect(first.can('issue', 'RectificationOrder')).toBe(buildAbility(policies, clerk).can('issue', 'RectificationOrder'));
    expect(first.can('issue', 'RectificationOrder')).toBe(false);
  });

  it('builds another when the roles, the agency or the county change (PM-17: only the leader issues)', () => {
    const clerkAbility = abilityFor(policies, clerk);
    const leader = abilityFor(policies, { ...clerk, roles: ['LEADER'] });
    expect(leader).not.toBe(clerkAbility);
    expect(leader.can('issue', 'RectificationOrder')).toBe(true);
    // Back to clerk: the leader's right does not stay with the user.
    expect(abilityFor(policies, clerk).can('issue', 'RectificationOrder')).toBe(false);
    expect(abilityFor(policies, { ...clerk, agencyKind: 'FINANCE' })).not.toBe(clerkAbility);
    expect(abilityFor(policies, { ...clerk, countyCode: '360826', divisionCode: '360826' })).not.toBe(clerkAbility);
  });

  it('keeps abilities per policy set', () => {
    expect(abilityFor(loadPolicies(), clerk)).not.toBe(abilityFor(policies, clerk));
  });
});
