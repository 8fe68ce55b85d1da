import type { RequestContext } from '../../context';
import { todayOf } from '../../calendar/clock';
import { rulebook } from '../../rulebook/rulebook';
import type { Command } from '../../workflow/command';
import { StateTransition } from '../../workflow/state-transition.entity';

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

/** Records one step of a workflow object: who moved it, from which state to which, with what note. */
export function recordTransition(cmd: Command, subjectType: string, subjectId: string, event: string, fromState: string, toState: string, note?: string): void {
  cmd.em.create(StateTransition, {
    subjectType,
    subjectId,
    event,
    fromState,
    toState,
    actor: cmd.currentUser(),
    actorAgency: cmd.currentAgency(),
    note: note?.trim() || undefined,
  });
}
