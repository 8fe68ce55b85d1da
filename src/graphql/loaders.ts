import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { accessFilter, NOTHING } from '../authz/access-filter';
import type { RequestContext } from '../context';
import { readRowsByKeys } from '../db/rows';

/**
 * Per-request DataLoaders. Every relation a resolver follows goes through one of these, so a page
 * of N rows costs one statement per relation, not N; every loader applies the reader's policy
 * filter in SQL, so a relation never reveals a row a list would hide. They only read: what they
 * return are rows (src/db/rows.ts), not managed entities.
 */
export interface Loaders {
  /** Rows by primary key; null where missing or not readable. */
  byKey<T extends object>(entity: EntityClass<T>, key?: string): DataLoader<string, T | null>;
  /** Rows whose `foreignKey` (a to-one relation) is one of the keys, grouped per key. */
  manyBy<T extends object>(entity: EntityClass<T>, foreignKey: string): DataLoader<string, T[]>;
  /**
   * Children of a parent the reader has already been allowed to read (documents, budget lines and
   * history of a project): they are visible with their parent, so no filter of their own applies.
   */
  childrenOf<T extends object>(entity: EntityClass<T>, foreignKey: string): DataLoader<string, T[]>;
  /** Any other per-request loader, made once by `make` and kept for the request. */
  memo<T>(name: string, make: () => T): T;
}

export function readFilter<T>(ctx: RequestContext, entity: EntityClass<T>): FilterQuery<T> | typeof NOTHING {
  return accessFilter(ctx.ability, 'read', entity.name) as FilterQuery<T> | typeof NOTHING;
}

/** Which of the request's loaders: `byKey(entity, key)`, `manyBy(entity, key)` or `childrenOf(entity, key)`. */
export interface LoaderRef<T extends object = object> {
  kind: 'byKey' | 'manyBy' | 'childrenOf';
  entity: EntityClass<T>;
  /** The target's property the loader's keys match: its key (`id`, `code`) or a foreign key. */
  key: string;
}

/** What a loader's statement reads: its filter and its order (a group's rows oldest first). */
export function loaderRead<T extends object>(ctx: RequestContext, ref: LoaderRef<T>): { filter: FilterQuery<T> | typeof NOTHING; orderBy?: QueryOrderMap<T> } {
  if (ref.kind === 'byKey') return { filter: readFilter(ctx, ref.entity) };
  const filter = ref.kind === 'manyBy' ? readFilter(ctx, ref.entity) : ({} as FilterQuery<T>);
  return { filter, orderBy: { createdAt: 'asc', id: 'asc' } as never };
}

/** The loader `ref` names, of this request. */
export function loaderOf<T extends object>(ctx: RequestContext, ref: LoaderRef<T>): DataLoader<string, T | null> | DataLoader<string, T[]> {
  return ref.kind === 'byKey' ? ctx.loaders.byKey(ref.entity, ref.key) : ctx.loaders[ref.kind](ref.entity, ref.key);
}

export function createLoaders(ctx: RequestContext): Loaders {
  const cache = new Map<string, unknown>();
  const memo = <V>(name: string, make: () => V): V => {
    let value = cache.get(name) as V | undefined;
    if (value === undefined && !cache.has(name)) cache.set(name, (value = make()));
    return value as V;
  };
  return {
    memo,
    byKey<T extends object>(entity: EntityClass<T>, key = 'id') {
      return memo(`${entity.name}#${key}`, () =>
        new DataLoader<string, T | null>(async (keys) => {
          const { filter } = loaderRead(ctx, { kind: 'byKey', entity, key });
          if (filter === NOTHING) return keys.map(() => null);
          const rows = await readRowsByKeys(ctx.em, entity, key, keys, filter as FilterQuery<T>);
          const byKey = new Map(rows.map((r) => [String((r as Record<string, unknown>)[key]), r]));
          return keys.map((k) => byKey.get(k) ?? null);
        }),
      );
    },
    manyBy<T extends object>(entity: EntityClass<T>, foreignKey: string) {
      return memo(`${entity.name}<${foreignKey}`, () => groupLoader({ kind: 'manyBy', entity, key: foreignKey }));
    },
    childrenOf<T extends object>(entity: EntityClass<T>, foreignKey: string) {
      return memo(`${entity.name}<<${foreignKey}`, () => groupLoader({ kind: 'childrenOf', entity, key: foreignKey }));
    },
  };

  function groupLoader<T extends object>(ref: LoaderRef<T>) {
    const { entity, key: foreignKey } = ref;
    return new DataLoader<string, T[]>(async (keys) => {
      const { filter, orderBy } = loaderRead(ctx, ref);
      if (filter === NOTHING) return keys.map(() => []);
      const rows = await readRowsByKeys(ctx.em, entity, foreignKey, keys, filter as FilterQuery<T>, orderBy);
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) {
        const ref = (row as Record<string, any>)[foreignKey];
        groups.get(String(ref?.id ?? ref))?.push(row);
      }
      return keys.map((k) => groups.get(k)!);
    });
  }
}
