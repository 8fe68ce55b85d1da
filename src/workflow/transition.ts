import type { Command } from './command';
import { StateTransition } from './state-transition.entity';

/** Stamps a step of a workflow object: who, which agency, when, from which state to which, and why. */
export function recordTransition(
  cmd: Command,
  subject: { id: string; constructor: { name: string } },
  event: string,
  from: string,
  to: string,
  note?: string | null,
): StateTransition {
  const transition = cmd.em.create(StateTransition, {
    subjectType: subject.constructor.name,
    subjectId: subject.id,
    event,
    fromState: from,
    toState: to,
    actor: cmd.currentUser(),
    actorAgency: cmd.currentAgency(),
    note: note?.trim() || undefined,
  });
  // The command turns it into a domain event beside its audit event (src/events/outbox.ts).
  cmd.transitions.push(transition);
  return transition;
}
