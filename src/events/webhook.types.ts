import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/errors';
import { PayloadType } from '../graphql/payload';
import { ConnectionType } from '../graphql/relay';
import { DomainEvent } from './domain-event.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

@InputType({ description: 'An OA system’s endpoint that receives domain events, signed with its secret' })
export class WebhookSubscribeInput {
  @Field(() => String, { description: 'http or https URL the events are POSTed to' })
  endpointUrl!: string;

  @Field(() => String, { description: 'Shared secret of the X-Egov-Signature HMAC (16 to 256 characters); never returned' })
  secret!: string;

  @Field(() => [String], { nullable: true, description: 'Event types (`Project.approve`, …); empty or absent: every type' })
  eventTypes?: string[];

  @Field(() => String, { description: 'Username of the user whose read rights decide what the endpoint receives' })
  identity!: string;
}

@InputType()
export class WebhookUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) endpointUrl?: string;
  @Field(() => String, { nullable: true, description: 'A new secret (rotation); never returned' }) secret?: string;
  @Field(() => [String], { nullable: true, description: 'Replaces the event types; empty: every type' }) eventTypes?: string[];
  @Field(() => String, { nullable: true }) identity?: string;
}

@InputType()
export class WebhookUnsubscribeInput {
  @Field(() => ID) id!: string;
}

@InputType({ description: 'Either one delivery, or a subscription’s failed deliveries from an event sequence on' })
export class WebhookReplayInput {
  @Field(() => ID, { nullable: true }) deliveryId?: string;
  @Field(() => ID, { nullable: true }) subscriptionId?: string;
  @Field(() => String, { nullable: true, description: 'With subscriptionId: failed deliveries of events from this sequence on (default: all)' })
  fromSequence?: string;
}

export const WebhookSubscriptionPayload = PayloadType('WebhookSubscriptionPayload', 'webhookSubscription', WebhookSubscription);
export const WebhookSubscriptionConnection = ConnectionType(WebhookSubscription);
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery);
export const DomainEventConnection = ConnectionType(DomainEvent);

@ObjectType()
export class WebhookReplayPayload {
  @Field(() => WebhookSubscription, { nullable: true })
  webhookSubscription?: WebhookSubscription | null;

  @Field(() => Int, { description: 'Failed deliveries queued again' })
  requeued!: number;

  @Field(() => [UserError])
  errors!: UserError[];
}
