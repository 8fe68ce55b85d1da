import { UserErrorCode } from '../../graphql/errors';
import { gate, Machine, NONE } from '../../workflow/machine';
import './catalog.messages';
import { CatalogStatus } from './catalog.entity';

/** What the catalog's gates look at. */
export interface CatalogFacts {
  /** Entries the catalog has. */
  entryCount: number;
  /** Whether the project already has a catalog: known when one is created. */
  projectHasCatalog?: boolean;
}

const { DRAFT, SUBMITTED, PUBLISHED, RETURNED } = CatalogStatus;
const RULE = 'PM-9(3)';

/** PM-9(3): a catalog is submitted with at least one information resource. */
export const hasEntries = gate<CatalogFacts>('catalogHasEntries', RULE, (f) => f.entryCount > 0);

/** PM-9(3): one catalog per project. */
export const onePerProject = gate<CatalogFacts>('catalogOnePerProject', RULE, (f) => !f.projectHasCatalog, { field: 'projectId' });

/**
 * The life of a catalog (PM-9(3)): the construction unit creates it and edits its entries
 * (`update`: add, change, remove, import) while the catalog is a draft or was returned, and submits
 * it; BDC publishes it or returns it with findings, after which the unit edits and resubmits. A
 * published catalog is shared and stays published.
 */
export const catalogMachine = new Machine<CatalogStatus | typeof NONE, CatalogFacts>('catalog', [
  { event: 'create', from: [NONE], to: DRAFT, rule: RULE, gates: [onePerProject] },
  { event: 'update', from: [DRAFT], to: DRAFT, rule: RULE },
  { event: 'update', from: [RETURNED], to: RETURNED, rule: RULE },
  { event: 'submit', from: [DRAFT, RETURNED], to: SUBMITTED, rule: RULE, gates: [hasEntries] },
  { event: 'publish', from: [SUBMITTED], to: PUBLISHED, rule: RULE },
  { event: 'return', from: [SUBMITTED], to: RETURNED, rule: RULE },
]);

/** A usage record has no life of its own: it is recorded once. */
export const RECORDED = 'RECORDED' as const;
export type CatalogUsageState = typeof RECORDED;

/** What the gates of a usage record look at: the resource used, and who records. */
export interface CatalogUsageFacts {
  catalogStatus: CatalogStatus;
  shared: boolean;
  /** The recording agency provides the resource or builds the project. */
  ownResource: boolean;
}

/**
 * PM-9(3) 共享信息使用情况反馈: an agency records its use of a shared resource of a published
 * catalog; not of its own resources.
 */
export const catalogUsageMachine = new Machine<CatalogUsageState | typeof NONE, CatalogUsageFacts>('catalogUsage', [
  {
    event: 'record',
    from: [NONE],
    to: RECORDED,
    rule: RULE,
    gates: [
      gate('catalogUsagePublished', RULE, (f) => f.catalogStatus === PUBLISHED, { field: 'entryId' }),
      gate('catalogUsageShared', RULE, (f) => f.shared, { field: 'entryId' }),
      gate('catalogUsageByConsumer', RULE, (f) => !f.ownResource, { code: UserErrorCode.INVALID_INPUT, field: 'entryId' }),
    ],
  },
]);
