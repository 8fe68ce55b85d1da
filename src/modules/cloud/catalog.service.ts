import Decimal from 'decimal.js';
import type { RequestContext } from '../../context';
import { conflict, invalid, Refusal, type Problem } from '../../graphql/errors';
import { keyOf } from '../../graphql/global-id';
import { isIsoDate } from '../../graphql/scalars';
import { runCommand } from '../../workflow/command';
import type { CloudServiceItemCreateInput, CloudServiceItemUpdateInput, CloudServicePriceSetInput } from './cloud.types';
import { CloudServiceItem, CloudServicePrice } from './service-item.entity';

function priceProblems(unitPrice: string, effectiveFrom: string, earliest: string, strictlyAfter: boolean): Problem[] {
  const problems: Problem[] = [];
  if (!new Decimal(unitPrice).gt(0)) {
    problems.push(invalid('CM-5', 'unitPrice', { zh: '单价须大于零', en: 'The unit price must be above zero' }));
  }
  if (!isIsoDate(effectiveFrom) || (strictlyAfter ? effectiveFrom <= earliest : effectiveFrom < earliest)) {
    problems.push(
      invalid('CM-5', 'effectiveFrom', { zh: strictlyAfter ? '新单价只能自明天或以后生效，已发生的费用不因调价而改写' : '单价生效日期不能早于今天', en: strictlyAfter ? 'A new price takes effect from tomorrow or later: what was charged is never rewritten' : 'A price cannot take effect in the past' }),
    );
  }
  return problems;
}

/** CM-5: BDC adds an item to the catalog with its first price. */
export function createServiceItem(ctx: RequestContext, input: CloudServiceItemCreateInput) {
  return runCommand(ctx, { action: 'create', subjectType: 'CloudServiceItem' }, async (cmd) => {
    const item = cmd.em.create(CloudServiceItem, {
      code: input.code.trim().toUpperCase(),
      name: input.name.trim(),
      unit: input.unit.trim(),
      category: input.category,
      description: input.description?.trim() || undefined,
    }, { persist: false }); // persisted once every check passed, so the checks' queries do not flush it
    cmd.authorize('create', item);
    cmd.subjectId = item.id;
    const problems = priceProblems(input.unitPrice, input.effectiveFrom, cmd.today, false);
    if (!/^[A-Z0-9][A-Z0-9-]{1,39}$/.test(item.code)) problems.push(invalid('CM-5', 'code', { zh: '编码由字母、数字和连字符组成', en: 'The code is letters, digits and hyphens' }));
    if (!item.name || !item.unit) problems.push(invalid('CM-5', 'name', { zh: '请填写名称和计量单位', en: 'Give a name and a unit' }));
    if (problems.length) throw new Refusal(problems);
    if (await cmd.em.count(CloudServiceItem, { code: item.code })) {
      throw new Refusal([conflict('CM-5', { zh: '该编码已存在', en: 'The code is taken' }, 'code')]);
    }
    cmd.em.persist(item);
    cmd.em.create(CloudServicePrice, { item, unitPrice: input.unitPrice, effectiveFrom: input.effectiveFrom, setBy: cmd.currentUser(), setByAgency: cmd.currentAgency() });
    return item;
  });
}

/** CM-5: BDC renames, describes, withdraws or restores an item (its unit never changes: past quantities keep their meaning). */
export function updateServiceItem(ctx: RequestContext, input: CloudServiceItemUpdateInput) {
  const key = keyOf(input.id, 'CloudServiceItem');
  return runCommand(ctx, { action: 'update', subjectType: 'CloudServiceItem', subjectId: key ?? undefined }, async (cmd) => {
    const item = key ? await cmd.em.findOne(CloudServiceItem, key) : null;
    if (!item || !cmd.canRead(item)) throw cmd.notFound('CloudServiceItem');
    cmd.authorize('update', item);
    if (input.name !== undefined) {
      if (!input.name.trim()) throw new Refusal([invalid('CM-5', 'name', { zh: '名称不能为空', en: 'The name cannot be empty' })]);
      item.name = input.name.trim();
    }
    if (input.description !== undefined) item.description = input.description.trim() || undefined;
    if (input.active !== undefined && input.active !== null) item.active = input.active;
    return item;
  });
}

/** CM-5: BDC sets a new unit price from a future date; prices in force or past are never changed. */
export function setServicePrice(ctx: RequestContext, input: CloudServicePriceSetInput) {
  const key = keyOf(input.itemId, 'CloudServiceItem');
  return runCommand(ctx, { action: 'setPrice', subjectType: 'CloudServiceItem', subjectId: key ?? undefined }, async (cmd) => {
    const item = key ? await cmd.em.findOne(CloudServiceItem, key) : null;
    if (!item || !cmd.canRead(item)) throw cmd.notFound('CloudServiceItem');
    cmd.authorize('setPrice', item);
    const problems = priceProblems(input.unitPrice, input.effectiveFrom, cmd.today, true);
    if (problems.length) throw new Refusal(problems);
    if (await cmd.em.count(CloudServicePrice, { item, effectiveFrom: input.effectiveFrom })) {
      throw new Refusal([conflict('CM-5', { zh: '该日期已有单价', en: 'A price from that date exists' }, 'effectiveFrom')]);
    }
    cmd.em.create(CloudServicePrice, { item, unitPrice: input.unitPrice, effectiveFrom: input.effectiveFrom, setBy: cmd.currentUser(), setByAgency: cmd.currentAgency() });
    return item;
  });
}
