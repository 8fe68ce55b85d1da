import { CatalogStatus } from '../../src/modules/catalogs/catalog.entity';
import { catalogMachine } from '../../src/modules/catalogs/catalog.machine';

const { DRAFT, SUBMITTED, PUBLISHED, RETURNED } = CatalogStatus;

describe('the catalog machine (PM-9(3))', () => {
  const some = { entryCount: 3 };
  const none = { entryCount: 0 };

  it.each([
    [DRAFT, 'update', some, DRAFT],
    [RETURNED, 'update', some, RETURNED],
    [DRAFT, 'submit', some, SUBMITTED],
    [RETURNED, 'submit', some, SUBMITTED],
    [SUBMITTED, 'publish', some, PUBLISHED],
    [SUBMITTED, 'return', some, RETURNED],
  ] as const)('%s --%s--> %s', (state, event, facts, to) => {
    expect(catalogMachine.decide(state, event, facts)).toEqual({ ok: true, to });
  });

  it.each([
    [SUBMITTED, 'update'],
    [PUBLISHED, 'update'],
    [SUBMITTED, 'submit'],
    [PUBLISHED, 'submit'],
    [DRAFT, 'publish'],
    [RETURNED, 'publish'],
    [PUBLISHED, 'publish'],
    [DRAFT, 'return'],
    [PUBLISHED, 'return'],
  ] as const)('PM-9(3): refuses %s --%s--> (wrong state)', (state, event) => {
    expect(catalogMachine.decide(state, event, some)).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-9(3)' })] });
  });

  it('PM-9(3): refuses to submit a catalog without entries', () => {
    const out = catalogMachine.decide(DRAFT, 'submit', none);
    expect(out).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'PM-9(3)' })] });
  });
});
