import DataLoader from 'dataloader';
import { raw } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { NOTHING } from '../../authz/access-filter';
import type { RequestContext } from '../../context';
import { readFilter } from '../../graphql/loaders';
import { StateTransition } from '../../workflow/state-transition.entity';
import { CatalogEntry } from './catalog.entity';

/**
 * DataLoaders of the catalog module, one set per request (kept by `ctx.loaders.memo`): a page of
 * catalogs costs one statement per loader, whatever its length.
 */
function memo<V>(ctx: RequestContext, name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  return ctx.loaders.memo(`catalogs:${name}`, () => new DataLoader<string, V>(batch));
}

/**
 * What a catalog is about: its project's code and name, construction unit and division. These
 * belong to the catalog's own description (whoever may read the catalog may know whose it is), so
 * they are read without the project's policies; the `project` field itself goes through them.
 */
export interface CatalogOwner {
  projectId: string;
  code: string;
  name: string;
  constructionUnitId: string;
  divisionCode: string;
}

export function catalogOwners(ctx: RequestContext): DataLoader<string, CatalogOwner | null> {
  return memo(ctx, 'owners', async (projectIds) => {
    const rows = await ctx.em.execute<{ id: string; code: string; name: string; construction_unit_id: string; division_code: string }[]>(
      'select id, code, name, construction_unit_id, division_code from project where id in (?)',
      [[...projectIds]],
    );
    const byId = new Map(
      rows.map((r) => [r.id, { projectId: r.id, code: r.code, name: r.name, constructionUnitId: r.construction_unit_id, divisionCode: r.division_code }]),
    );
    return projectIds.map((id) => byId.get(id) ?? null);
  });
}

/**
 * PM-9(3): the scope and degree of sharing of a catalog (a basis of the project's investment and
 * O&M funds): its entries the reader may see, by sharing type, and how many are registered on the
 * data-sharing exchange platform. Counted in SQL, one statement per page.
 */
export interface SharingStats {
  total: number;
  unconditional: number;
  conditional: number;
  notShared: number;
  registeredOnExchange: number;
}

const NO_ENTRIES: SharingStats = { total: 0, unconditional: 0, conditional: 0, notShared: 0, registeredOnExchange: 0 };

export function sharingStats(ctx: RequestContext): DataLoader<string, SharingStats> {
  return memo(ctx, 'sharingStats', async (catalogIds) => {
    const filter = readFilter(ctx, CatalogEntry);
    if (filter === NOTHING) return catalogIds.map(() => NO_ENTRIES);
    const rows = await ctx.em
      .createQueryBuilder(CatalogEntry, 'e')
      .select([
        raw('e.catalog_id as catalog'),
        raw('count(*)::int as total'),
        raw(`(count(*) filter (where e.sharing_type = 'UNCONDITIONAL'))::int as unconditional`),
        raw(`(count(*) filter (where e.sharing_type = 'CONDITIONAL'))::int as conditional`),
        raw(`(count(*) filter (where e.sharing_type = 'NOT_SHARED'))::int as not_shared`),
        raw('(count(*) filter (where e.registered_on_exchange))::int as registered'),
      ])
      .where({ $and: [{ catalog: { $in: [...catalogIds] } }, filter] } as QBFilterQuery<CatalogEntry>)
      .groupBy('e.catalog')
      .execute<{ catalog: string; total: number; unconditional: number; conditional: number; not_shared: number; registered: number }[]>('all', false);
    const stats = new Map(
      rows.map((r) => [
        String(r.catalog),
        { total: r.total, unconditional: r.unconditional, conditional: r.conditional, notShared: r.not_shared, registeredOnExchange: r.registered },
      ]),
    );
    return catalogIds.map((id) => stats.get(id) ?? NO_ENTRIES);
  });
}

/** The recorded transitions of each catalog, oldest first (readable with the catalog itself). */
export function catalogHistory(ctx: RequestContext): DataLoader<string, StateTransition[]> {
  return memo(ctx, 'history', async (catalogIds) => {
    const rows = await ctx.em.find(
      StateTransition,
      { subjectType: 'Catalog', subjectId: { $in: [...catalogIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const groups = new Map<string, StateTransition[]>(catalogIds.map((id) => [id, []]));
    for (const t of rows) groups.get(t.subjectId)?.push(t);
    return catalogIds.map((id) => groups.get(id)!);
  });
}
