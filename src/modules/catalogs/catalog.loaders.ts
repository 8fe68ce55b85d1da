import DataLoader from 'dataloader';
import { raw } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { NOTHING } from '../../authz/access-filter';
import type { RequestContext } from '../../context';
import { readRowsByKeys } from '../../db/rows';
import { aggregate } from '../../graphql/relations';
import { readFilter } from '../../graphql/loaders';
import { NONE } from '../../workflow/machine';
import { StateTransition } from '../../workflow/state-transition.entity';
import { Project } from '../projects/project.entity';
import { Catalog, CatalogEntry } from './catalog.entity';
import { catalogMachine } from './catalog.machine';

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
    // The projects fill the request's rows of the catalogs' projects, so a catalog's policies can
    // judge it (`project.constructionUnit.id`, …) without a statement per catalog.
    const projects = await readRowsByKeys(ctx.em, Project, 'id', projectIds, {});
    const byId = new Map(
      projects.map((p) => [
        p.id,
        { projectId: p.id, code: p.code, name: p.name, constructionUnitId: p.constructionUnit.id, divisionCode: p.division.code },
      ]),
    );
    return projectIds.map((id) => byId.get(id) ?? null);
  });
}

/** Every entry of each catalog, counted whoever reads: the fact the submission gate reads. */
export function entryCounts(ctx: RequestContext): DataLoader<string, number> {
  return memo(ctx, 'entryCounts', async (catalogIds) => {
    const rows = await ctx.em.execute<{ catalog_id: string; n: number }[]>(
      'select catalog_id, count(*)::int as n from catalog_entry where catalog_id in (?) group by catalog_id',
      [[...catalogIds]],
    );
    const counts = new Map(rows.map((r) => [r.catalog_id, r.n]));
    return catalogIds.map((id) => counts.get(id) ?? 0);
  });
}

/**
 * PM-9(3): the scope and degree of sharing of a catalog (a basis of the project's investment and
 * O&M funds): its entries the reader may see, by sharing type, and how many are registered on the
 * data-sharing exchange platform. Counted in SQL, one statement per page of catalogs, or in the
 * statement of a page of projects that reads their catalogs (src/graphql/relations.ts).
 */
export interface SharingStats {
  total: number;
  unconditional: number;
  conditional: number;
  notShared: number;
  registeredOnExchange: number;
}

const NO_ENTRIES: SharingStats = { total: 0, unconditional: 0, conditional: 0, notShared: 0, registeredOnExchange: 0 };

type StatsRow = { catalog: string; total: number; unconditional: number; conditional: number; not_shared: number; registered: number };

export const sharingStatsOf = aggregate(Catalog, ['entryCount', 'sharingSummary'], {
  name: 'Catalog.sharingStats',
  from: 'id',
  key: 'catalog',
  statement(ctx) {
    const filter = readFilter(ctx, CatalogEntry);
    if (filter === NOTHING) return NOTHING;
    return {
      id: `sharingStats|${JSON.stringify(filter)}`,
      build: (keys: unknown[]) =>
        ctx.em
          .createQueryBuilder(CatalogEntry, 'e')
          .select([
            raw('e.catalog_id as catalog'),
            raw('count(*)::int as total'),
            raw(`(count(*) filter (where e.sharing_type = 'UNCONDITIONAL'))::int as unconditional`),
            raw(`(count(*) filter (where e.sharing_type = 'CONDITIONAL'))::int as conditional`),
            raw(`(count(*) filter (where e.sharing_type = 'NOT_SHARED'))::int as not_shared`),
            raw('(count(*) filter (where e.registered_on_exchange))::int as registered'),
          ])
          .where({ $and: [{ catalog: { $in: keys } }, filter] } as QBFilterQuery<CatalogEntry>)
          .groupBy('e.catalog'),
    };
  },
  value(result): SharingStats {
    const r = result as StatsRow | undefined;
    if (!r) return NO_ENTRIES;
    return { total: r.total, unconditional: r.unconditional, conditional: r.conditional, notShared: r.not_shared, registeredOnExchange: r.registered };
  },
});

/** The steps that move a catalog from one state to another: its history (edits are not). */
const HISTORY_EVENTS = [
  ...new Set(catalogMachine.transitions.filter((t) => !t.from.includes(NONE) && t.from.every((f) => f !== t.to)).map((t) => t.event)),
];

/** The recorded submissions, publications and returns of each catalog, oldest first (readable with the catalog itself). */
export function catalogHistory(ctx: RequestContext): DataLoader<string, StateTransition[]> {
  return memo(ctx, 'history', async (catalogIds) => {
    const rows = await readRowsByKeys(ctx.em, StateTransition, 'subjectId', catalogIds, { subjectType: 'Catalog', event: { $in: HISTORY_EVENTS } }, {
      createdAt: 'asc',
      id: 'asc',
    });
    const groups = new Map<string, StateTransition[]>(catalogIds.map((id) => [id, []]));
    for (const t of rows) groups.get(t.subjectId)?.push(t);
    return catalogIds.map((id) => groups.get(id)!);
  });
}
