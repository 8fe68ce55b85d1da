import type { Msg } from '../../graphql/errors';
import { gate, Machine, NONE } from '../../workflow/machine';
import { defineMessages } from '../../workflow/messages';
import { RectificationStatus } from './rectification-order.entity';

/** What the order's gates read. */
export interface RectificationFacts {
  /** PM-17: the defects of the systems the order names that are not yet cleared, each said in both languages. */
  remainingSystemDefects: Msg[];
}

defineMessages({
  systemDefectsCleared: {
    zh: '整改通知所列信息系统的问题尚未全部整改到位',
    en: 'Not every defect of the systems the order names has been cleared',
  },
});

/** PM-17: an order that names systems closes only when each named defect is cleared. */
export const systemDefectsCleared = gate<RectificationFacts>('systemDefectsCleared', 'PM-17', (f) => f.remainingSystemDefects.length === 0, {
  field: 'systems',
  detail: (f) => ({ zh: f.remainingSystemDefects.map((d) => d.zh).join('；'), en: f.remainingSystemDefects.map((d) => d.en).join('; ') }),
});

const { OPEN, CLOSED } = RectificationStatus;

/**
 * PM-17: NSC, BDC or DRC, each within its duty, orders a unit to rectify; while the order is open
 * the unit starts no new, rebuild or expansion project. The agency that ordered it records that
 * the unit rectified, and the order is closed for good.
 */
export const rectificationMachine = new Machine<RectificationStatus | typeof NONE, RectificationFacts>('rectificationOrder', [
  { event: 'issue', from: [NONE], to: OPEN, rule: 'PM-17' },
  { event: 'close', from: [OPEN], to: CLOSED, rule: 'PM-17', gates: [systemDefectsCleared] },
]);
