import DataLoader from 'dataloader';
import { raw } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { NOTHING } from '../../authz/access-filter';
import type { RequestContext } from '../../context';
import { readFilter } from '../../graphql/loaders';
import { StateTransition } from '../../workflow/state-transition.entity';
import { CatalogEntry } from './catalog.entity';

/**
 * DataLoaders of the catalog module, one set per request: a page of catalogs costs one statement
 * per loader, whatever its length.
 */
const perRequest = new WeakMap<RequestContext, Map<string, DataLoader<string, unknown>>>();

function memo<V>(ctx: RequestContext, name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) loaders.set(name, (loader = new DataLoader<string, V>(batch)));
  return loader;
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

/** Entries of each catalog the reader may see, counted in SQL. */
export function entryCounts(ctx: RequestContext): DataLoader<string, number> {
  return memo(ctx, 'entryCounts', async (catalogIds) => {
    const filter = readFilter(ctx, CatalogEntry);
    if (filter === NOTHING) return catalogIds.map(() => 0);
    const rows = await ctx.em
      .createQueryBuilder(CatalogEntry, 'e')
      .select([raw('e.catalog_id as catalog'), raw('count(*)::int as n')])
      .where({ $and: [{ catalog: { $in: [...catalogIds] } }, filter] } as QBFilterQuery<CatalogEntry>)
      .groupBy('e.catalog')
      .execute<{ catalog: string; n: number }[]>('all', false);
    const counts = new Map(rows.map((r) => [String(r.catalog), Number(r.n)]));
    return catalogIds.map((id) => counts.get(id) ?? 0);
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
