import type { EntityManager } from '@mikro-orm/postgresql';
import { invalid, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import type { CloudChangeRequest } from './change-request.entity';
import { CloudChangeKind } from './cloud.enums';
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
    problems.push(invalid(options.rule, options.field, { zh: '请至少列出一项云资源', en: 'List at least one cloud resource' }));
  }
  const keys = lines.map((l) => keyOf(l.itemId, 'CloudServiceItem'));
  const found = await em.find(CloudServiceItem, { id: { $in: keys.filter((k): k is string => Boolean(k)) } });
  const byId = new Map(found.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const resolved: ResolvedQuantity[] = [];
  lines.forEach((line, i) => {
    const item = keys[i] ? byId.get(keys[i]!) : undefined;
    if (!item) {
      problems.push(invalid('CM-5', options.field, { zh: '云服务目录中没有该服务项', en: 'No such item in the cloud service catalog' }));
      return;
    }
    if (!item.active) {
      problems.push(invalid('CM-5', options.field, { zh: `服务项「${item.name}」已下架`, en: `Catalog item ${item.code} is withdrawn` }));
      return;
    }
    if (seen.has(item.id)) {
      problems.push(invalid(options.rule, options.field, { zh: `服务项「${item.name}」重复`, en: `Catalog item ${item.code} is listed twice` }));
      return;
    }
    seen.add(item.id);
    const min = options.allowZero ? 0 : 1;
    if (!Number.isInteger(line.quantity) || line.quantity < min || line.quantity > 1_000_000) {
      problems.push(invalid(options.rule, options.field, { zh: `服务项「${item.name}」的数量无效`, en: `Invalid quantity for ${item.code}` }));
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

/** Whether the new quantities go the way the kind says: all up (some strictly) or all down (some strictly). */
export function quantitiesFitKind(kind: CloudChangeKind, pairs: { original: number; quantity: number }[]): boolean {
  if (kind === CloudChangeKind.EXPANSION) return pairs.every((p) => p.quantity >= p.original) && pairs.some((p) => p.quantity > p.original);
  if (kind === CloudChangeKind.REDUCTION) return pairs.every((p) => p.quantity <= p.original) && pairs.some((p) => p.quantity < p.original);
  return pairs.some((p) => p.quantity !== p.original);
}

export function kindMismatch(kind: CloudChangeKind, field = 'lines'): Problem {
  return kind === CloudChangeKind.EXPANSION
    ? invalid('CM-14', field, { zh: '扩容申请的数量须不低于现有数量，且至少增加一项', en: 'An expansion keeps or raises every amount and raises at least one' })
    : kind === CloudChangeKind.REDUCTION
      ? invalid('CM-14', field, { zh: '减容申请的数量须不高于现有数量，且至少减少一项', en: 'A reduction keeps or lowers every amount and lowers at least one' })
      : invalid('CM-14', field, { zh: '调整须至少改变一项数量', en: 'An adjustment changes at least one amount' });
}

/** A change's lines against the quota in force: the request is filed with them. */
export async function linesAgainstQuota(em: EntityManager, t: CloudTenancy, kind: CloudChangeKind, input: QuantityInput[]) {
  const resolved = await resolveQuantities(em, input, { field: 'lines', rule: 'CM-14', allowZero: kind !== CloudChangeKind.EXPANSION });
  const open = await openQuotaLines(em, t.id);
  const pairs = resolved.lines.map((l) => ({ item: l.item, original: open.get(l.item.id)?.quantity ?? 0, quantity: l.quantity }));
  const problems = [...resolved.problems];
  if (resolved.problems.length === 0 && pairs.length && !quantitiesFitKind(kind, pairs)) problems.push(kindMismatch(kind));
  return { pairs, problems };
}
