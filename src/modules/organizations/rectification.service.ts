import { invalid, Refusal, refuseIfAny, UserErrorCode, type Problem } from '../../graphql/errors';
import type { RequestContext } from '../../context';
import { runCommand } from '../../workflow/command';
import { Agency } from './agency.entity';
import { AgencyKind } from './organization.enums';
import { RectificationOrder, RectificationReason, RectificationStatus } from './rectification-order.entity';
import { keyOf } from '../../graphql/global-id';

export interface IssueOrderInput {
  unitId: string;
  reason: RectificationReason;
  description: string;
}

/** PM-17: NSC, BDC or DRC orders a unit to rectify, each within its duty (policies decide which reasons). */
export function issueRectificationOrder(ctx: RequestContext, input: IssueOrderInput) {
  return runCommand(ctx, { action: 'issue', subjectType: 'RectificationOrder' }, async (cmd) => {
    const unitKey = keyOf(input.unitId, 'Agency');
    const unit = unitKey ? await cmd.em.findOne(Agency, unitKey, { populate: ['county'] }) : null;
    const order = cmd.em.create(
      RectificationOrder,
      {
        unit: unit ?? cmd.currentAgency(),
        reason: input.reason,
        description: input.description.trim(),
        issuedBy: cmd.currentUser(),
        issuedByAgency: cmd.currentAgency(),
      },
      { persist: false },
    );
    // Who may order what comes first; an agency the issuer cannot see is no unit at all.
    cmd.authorize('issue', order);
    const problems: Problem[] = [];
    if (!unit || !cmd.canRead(unit) || !RECTIFIABLE_KINDS.includes(unit.kind)) {
      problems.push(invalid('PM-17', 'unitId', { zh: '被整改单位须为建设或使用政务信息系统的单位', en: 'The unit must be one that builds or runs government systems' }));
    }
    if (!input.description.trim()) {
      problems.push(invalid('PM-17', 'description', { zh: '请说明整改事项', en: 'Describe what must be rectified' }));
    }
    refuseIfAny(problems);
    cmd.em.persist(order);
    cmd.subjectId = order.id;
    return order;
  });
}

/** Units whose systems PM-17 speaks of: government agencies that build or run them, not firms or auditors. */
const RECTIFIABLE_KINDS = Object.values(AgencyKind).filter(
  (k) => ![AgencyKind.AUDIT, AgencyKind.CLOUD_PROVIDER, AgencyKind.SUPERVISOR, AgencyKind.EXPERT].includes(k),
);

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
