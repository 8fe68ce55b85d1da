import { timeOrderedId } from '../../src/db/time-ordered-id';

describe('time-ordered keys (UUID version 7)', () => {
  it('are UUIDs of version 7 and the RFC variant, holding their millisecond', () => {
    const id = timeOrderedId(Date.UTC(2026, 11, 3, 12));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThanOrEqual(Date.UTC(2026, 11, 3, 12));
  });

  it('sort in the order they were made, within one millisecond too (rows listed "oldest first" keep it)', () => {
    const now = Date.now() + 60_000;
    const ids = Array.from({ length: 5000 }, () => timeOrderedId(now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // A clock that steps back does not make a key sort before one made earlier.
    const later = timeOrderedId(now - 10_000);
    expect([ids[ids.length - 1], later].sort()).toEqual([ids[ids.length - 1], later]);
  });
});
