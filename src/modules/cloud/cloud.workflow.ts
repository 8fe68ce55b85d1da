import type { RequestContext } from '../../context';
import { todayOf } from '../../calendar/clock';
import { rulebook } from '../../rulebook/rulebook';

/** Today's date in Asia/Shanghai by the service's clock. */
export function today(ctx: RequestContext): string {
  return todayOf(ctx.services.clock);
}

/** The working-day deadlines of the rulebook (CM-12, CM-13, CM-15), never literals. */
export const workingDays = {
  provisioning: () => rulebook.deadline('provisioningWorkingDays').value,
  deployment: () => rulebook.deadline('deploymentWorkingDays').value,
  exitTransition: () => rulebook.deadline('exitTransitionWorkingDays').value,
  oldSystemRetentionMonths: () => rulebook.deadline('oldSystemRetentionMonths').value,
};
