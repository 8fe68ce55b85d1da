import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { defineWorkflow } from '../../workflow/workflow';
import { Catalog, CatalogEntry, CatalogStatus, CatalogUsage } from './catalog.entity';
import { isShareable } from './catalog.enums';
import { entryCounts } from './catalog.loaders';
import { catalogMachine, catalogUsageMachine, RECORDED, type CatalogFacts, type CatalogUsageFacts, type CatalogUsageState } from './catalog.machine';

/** The facts of a catalog: batched for the request's reads, counted in the command's transaction. */
async function catalogFacts(ctx: RequestContext, em: EntityManager, catalog: Catalog): Promise<CatalogFacts> {
  const entryCount = em === ctx.em ? await entryCounts(ctx).load(catalog.id) : await em.count(CatalogEntry, { catalog });
  return { entryCount };
}

/** The catalog aggregate (PM-9(3)): created, edited, submitted, published or returned. */
export const catalogWorkflow = defineWorkflow<Catalog, CatalogStatus, CatalogFacts>({
  machine: catalogMachine,
  subjectType: 'Catalog',
  load: (cmd, key) => cmd.em.findOne(Catalog, key, { populate: ['project'] }),
  facts: catalogFacts,
  tasks: ['submit', 'publish', 'return'],
});

/**
 * An entry's own changes (update, remove) are the `update` of its catalog: the same event, state,
 * policy and facts; the command's subject is the entry, found by its own ID.
 */
export const catalogEntryWorkflow = defineWorkflow<CatalogEntry, CatalogStatus, CatalogFacts>({
  machine: catalogMachine,
  subjectType: 'CatalogEntry',
  load: (cmd, key) => cmd.em.findOne(CatalogEntry, key, { populate: ['catalog', 'catalog.project'] }),
  facts: (ctx, em, entry) => catalogFacts(ctx, em, entry.catalog),
  state: {
    get: (entry) => entry.catalog.status,
    set: (entry, state) => {
      entry.catalog.status = state;
    },
  },
  policySubject: (entry) => entry.catalog,
});

/** PM-9(3) usage feedback: recorded once, by the consuming agency, on a published shared resource. */
export const catalogUsageWorkflow = defineWorkflow<CatalogUsage, CatalogUsageState, CatalogUsageFacts>({
  machine: catalogUsageMachine,
  subjectType: 'CatalogUsage',
  load: (cmd, key) => cmd.em.findOne(CatalogUsage, key, { populate: ['entry', 'entry.catalog', 'entry.catalog.project'] }),
  facts: async (ctx, _em, usage) => {
    const own = ctx.principal!.user.agency.id;
    const entry = usage.entry;
    return {
      catalogStatus: entry.catalog.status,
      shared: isShareable(entry.sharingType),
      ownResource: own === entry.provider.id || own === entry.catalog.project.constructionUnit.id,
    };
  },
  state: { get: () => RECORDED, set: () => undefined },
});
