import type { EntityManager } from '@mikro-orm/postgresql';
import { Refusal, UserErrorCode } from '../../graphql/errors';
import type { RequestContext } from '../../context';
import { runCommand } from '../../workflow/command';
import { Agency } from './agency.entity';
import { RectificationOrder, RectificationReason, RectificationStatus } from './rectification-order.entity';
import { keyOf } from '../../graphql/global-id';

export interface IssueOrderInput {
  unitId: string;
  reason: RectificationReason;
  description: string;
}

/** Open rectification orders on a unit (PM-17); a project gate reads this. */
export function openRectificationOrders(em: EntityManager, unitId: string): Promise<RectificationOrder[]> {
  return em.find(RectificationOrder, { unit: unitId, status: RectificationStatus.OPEN });
}

/** PM-17: NSC, BDC or DRC orders a unit to rectify, each within its duty (policies decide which reasons). */
export function issueRectificationOrder(ctx: RequestContext, input: IssueOrderInput) {
  return runCommand(ctx, { action: 'issue', subjectType: 'RectificationOrder' }, async (cmd) => {
    const unitKey = keyOf(input.unitId, 'Agency');
    const unit = unitKey ? await cmd.em.findOne(Agency, unitKey) : null;
    if (!unit) {
      throw Refusal.of(UserErrorCode.INVALID_INPUT, 'PM-17', { zh: '被整改单位不存在', en: 'No such unit' }, 'unitId');
    }
    if (!input.description.trim()) {
      throw Refusal.of(UserErrorCode.INVALID_INPUT, 'PM-17', { zh: '请说明整改事项', en: 'Describe what must be rectified' }, 'description');
    }
    const order = cmd.em.create(RectificationOrder, {
      unit,
      reason: input.reason,
      description: input.description.trim(),
      issuedBy: cmd.currentUser(),
      issuedByAgency: cmd.currentAgency(),
    });
    cmd.authorize('issue', order);
    cmd.subjectId = order.id;
    return order;
  });
}

/** Records that the unit rectified; the order no longer blocks new projects. */
export function closeRectificationOrder(ctx: RequestContext, orderId: string, note: string) {
  const key = keyOf(orderId, 'RectificationOrder');
  return runCommand(ctx, { action: 'close', subjectType: 'RectificationOrder', subjectId: key ?? undefined }, async (cmd) => {
    const order = key ? await cmd.em.findOne(RectificationOrder, key, { populate: ['unit'] }) : null;
    if (!order || !cmd.canRead(order)) throw cmd.notFound('RectificationOrder');
    cmd.authorize('close', order);
    if (order.status !== RectificationStatus.OPEN) {
      throw Refusal.of(UserErrorCode.PRECONDITION_FAILED, 'PM-17', { zh: '整改通知已关闭', en: 'The order is already closed' });
    }
    if (!note.trim()) {
      throw Refusal.of(UserErrorCode.INVALID_INPUT, 'PM-17', { zh: '请说明整改完成情况', en: 'Say what was rectified' }, 'note');
    }
    order.status = RectificationStatus.CLOSED;
    order.closedAt = new Date();
    order.closedBy = cmd.currentUser();
    order.closingNote = note.trim();
    return order;
  });
}
