import { toGlobalId } from '../graphql/global-id';
import type { DomainEvent } from './domain-event.entity';

/** The JSON body POSTed for an event: the same for every subscriber. */
export function deliveryBody(event: DomainEvent): string {
  return JSON.stringify({
    id: toGlobalId('DomainEvent', event.id),
    sequence: event.sequence,
    type: event.type,
    subject: { type: event.subjectType, id: toGlobalId(event.subjectType, event.subjectId) },
    from: event.fromState,
    to: event.toState,
    occurredAt: event.occurredAt.toISOString(),
    actor: { username: event.actorUsername },
    requestId: event.requestId,
  });
}
