import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../context';
import { notFound } from './errors';
import { keyOf } from './global-id';

/** `%text%` for ILIKE, with the wildcards of the text itself escaped. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** One object by global ID, through the reader's policies: NOT_FOUND when missing or not readable. */
export async function findReadable<T extends object>(ctx: RequestContext, entity: EntityClass<T>, globalId: string): Promise<T> {
  const key = keyOf(globalId, entity.name);
  const row = key ? await ctx.loaders.byKey(entity).load(key) : null;
  if (!row) throw notFound(ctx.lang, entity.name);
  return row;
}

/** The database key of a global ID used in a filter; a foreign or malformed ID matches nothing. */
export function keyFilter(globalId: string, type: string): string {
  return keyOf(globalId, type) ?? '00000000-0000-0000-0000-000000000000';
}

export type Where<T> = FilterQuery<T>[];
export function and<T>(parts: Where<T>): FilterQuery<T> {
  return (parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts }) as FilterQuery<T>;
}
