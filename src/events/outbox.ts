import type { Command } from '../workflow/command';
import { DomainEvent } from './domain-event.entity';

/**
 * Turns the state transitions a command recorded into domain events, pending in its unit of work.
 * Called after the command's own changes are flushed and before its audit event is appended: the
 * events are written in the audit event's flush, under the chain's lock (so their sequence follows
 * commit order), and roll back with the command.
 */
export function stageDomainEvents(cmd: Command, requestId: string): DomainEvent[] {
  const actor = cmd.ctx.principal!.user;
  const staged = cmd.transitions.splice(0).map((t) =>
    cmd.em.create(DomainEvent, {
      type: `${t.subjectType}.${t.event}`,
      subjectType: t.subjectType,
      subjectId: t.subjectId,
      fromState: t.fromState,
      toState: t.toState,
      actorUserId: actor.id,
      actorUsername: actor.username,
      occurredAt: t.createdAt,
      requestId,
    } as DomainEvent),
  );
  return staged;
}
