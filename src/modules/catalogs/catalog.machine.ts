import { Machine, type Gate } from '../../workflow/machine';
import { CatalogStatus } from './catalog.entity';

/** What the catalog's gates look at, gathered by the service. */
export interface CatalogFacts {
  /** Entries the catalog has. */
  entryCount: number;
}

const { DRAFT, SUBMITTED, PUBLISHED, RETURNED } = CatalogStatus;

/** PM-9(3): a catalog is submitted with at least one information resource. */
export const hasEntries: Gate<CatalogFacts> = {
  name: 'catalogHasEntries',
  rule: 'PM-9(3)',
  message: { zh: '信息资源目录至少须有一条信息资源', en: 'The catalog lists at least one information resource' },
  check: (f) => f.entryCount > 0,
};

/**
 * The life of a catalog (PM-9(3)): the construction unit edits its entries (`update`) while the
 * catalog is a draft or was returned, and submits it; BDC publishes it or returns it with findings,
 * after which the unit edits and resubmits. A published catalog is shared and stays published.
 */
export const catalogMachine = new Machine<CatalogStatus, CatalogFacts>('catalog', [
  { event: 'update', from: [DRAFT], to: DRAFT, rule: 'PM-9(3)' },
  { event: 'update', from: [RETURNED], to: RETURNED, rule: 'PM-9(3)' },
  { event: 'submit', from: [DRAFT, RETURNED], to: SUBMITTED, rule: 'PM-9(3)', gates: [hasEntries] },
  { event: 'publish', from: [SUBMITTED], to: PUBLISHED, rule: 'PM-9(3)' },
  { event: 'return', from: [SUBMITTED], to: RETURNED, rule: 'PM-9(3)' },
]);
