import { Machine, NONE } from '../../workflow/machine';
import { RectificationStatus } from './rectification-order.entity';

const { OPEN, CLOSED } = RectificationStatus;

/**
 * PM-17: NSC, BDC or DRC, each within its duty, orders a unit to rectify; while the order is open
 * the unit starts no new, rebuild or expansion project. The agency that ordered it records that
 * the unit rectified, and the order is closed for good.
 */
export const rectificationMachine = new Machine<RectificationStatus | typeof NONE, Record<string, never>>('rectificationOrder', [
  { event: 'issue', from: [NONE], to: OPEN, rule: 'PM-17' },
  { event: 'close', from: [OPEN], to: CLOSED, rule: 'PM-17' },
]);
