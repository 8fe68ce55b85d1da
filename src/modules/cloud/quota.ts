import type { EntityManager } from '@mikro-orm/postgresql';
import type { Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import type { CloudChangeRequest } from './change-request.entity';
import { invalid } from './cloud.errors';
import { CloudServiceItem } from './service-item.entity';
import { CloudQuotaLine, type CloudTenancy } from './tenancy.entity';

export interface QuantityInput {
  itemId: string;
  quantity: number;
}

export interface ResolvedQuantity {
  item: CloudServiceItem;
  quantity: number;
}

/**
 * Catalog items with quantities as given in a mutation: every item must be in BDC's catalog and not
 * withdrawn (CM-5, CM-8 "serves by the catalog"), each at most once, quantities whole numbers
 * (at least 1 unless `allowZero`).
 */
export async function resolveQuantities(
  em: EntityManager,
  lines: QuantityInput[],
  options: { field: string; rule: string; allowZero?: boolean; required?: boolean },
): Promise<{ lines: ResolvedQuantity[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  if (options.required !== false && lines.length === 0) {
    problems.push(invalid(options.rule, options.field, '请至少列出一项云资源', 'List at least one cloud resource'));
  }
  const keys = lines.map((l) => keyOf(l.itemId, 'CloudServiceItem'));
  const found = await em.find(CloudServiceItem, { id: { $in: keys.filter((k): k is string => Boolean(k)) } });
  const byId = new Map(found.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const resolved: ResolvedQuantity[] = [];
  lines.forEach((line, i) => {
    const item = keys[i] ? byId.get(keys[i]!) : undefined;
    if (!item) {
      problems.push(invalid('CM-5', options.field, '云服务目录中没有该服务项', 'No such item in the cloud service catalog'));
      return;
    }
    if (!item.active) {
      problems.push(invalid('CM-5', options.field, `服务项「${item.name}」已下架`, `Catalog item ${item.code} is withdrawn`));
      return;
    }
    if (seen.has(item.id)) {
      problems.push(invalid(options.rule, options.field, `服务项「${item.name}」重复`, `Catalog item ${item.code} is listed twice`));
      return;
    }
    seen.add(item.id);
    const min = options.allowZero ? 0 : 1;
    if (!Number.isInteger(line.quantity) || line.quantity < min || line.quantity > 1_000_000) {
      problems.push(invalid(options.rule, options.field, `服务项「${item.name}」的数量无效`, `Invalid quantity for ${item.code}`));
      return;
    }
    resolved.push({ item, quantity: line.quantity });
  });
  return { lines: resolved, problems };
}

/** The quota lines in force now (open), by catalog item ID. */
export async function openQuotaLines(em: EntityManager, tenancyId: string): Promise<Map<string, CloudQuotaLine>> {
  const lines = await em.find(CloudQuotaLine, { tenancy: tenancyId, effectiveTo: null });
  return new Map(lines.map((l) => [l.item.id, l]));
}

/**
 * Puts new quantities in force from `effectiveOn`: an item whose quantity changes gets its open line
 * closed (a line opened the same day is removed, so no empty period remains) and a new line opened
 * when the new quantity is not zero. Unchanged items keep their lines. Nothing is rewritten.
 */
export async function putQuotaInForce(
  em: EntityManager,
  tenancy: CloudTenancy,
  quantities: Map<string, number>,
  effectiveOn: string,
  changeRequest?: CloudChangeRequest,
): Promise<void> {
  const open = await openQuotaLines(em, tenancy.id);
  for (const [itemId, quantity] of quantities) {
    const current = open.get(itemId);
    if ((current?.quantity ?? 0) === quantity) continue;
    if (current) {
      if (current.effectiveFrom >= effectiveOn) em.remove(current);
      else current.effectiveTo = effectiveOn;
    }
    if (quantity > 0) {
      em.create(CloudQuotaLine, {
        tenancy,
        item: em.getReference(CloudServiceItem, itemId),
        quantity,
        effectiveFrom: effectiveOn,
        changeRequest,
      });
    }
  }
}

/** Ends every open line on `effectiveOn` (resources reclaimed, CM-15). */
export async function endQuota(em: EntityManager, tenancy: CloudTenancy, effectiveOn: string): Promise<void> {
  const open = await openQuotaLines(em, tenancy.id);
  await putQuotaInForce(em, tenancy, new Map([...open.keys()].map((k) => [k, 0])), effectiveOn);
}
