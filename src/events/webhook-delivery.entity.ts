import { BigIntType, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../graphql/node';
import { DomainEvent } from './domain-event.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

export enum WebhookDeliveryStatus {
  /** Waiting for its (next) attempt. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** The subscription's identity may not read the subject: not sent. */
  SKIPPED = 'SKIPPED',
  /** Every attempt failed; `webhookReplay` queues it again. */
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

/** The delivery of one event to one subscription, with its attempts: at most one per pair. */
@ObjectType({ implements: Node })
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['subscription', 'event'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['subscription', 'sequence'] })
export class WebhookDelivery extends BaseEntity<'status' | 'attempts' | 'nextAttemptAt'> {
  @ManyToOne(() => WebhookSubscription)
  subscription!: WebhookSubscription;

  @Index()
  @ManyToOne(() => DomainEvent)
  event!: DomainEvent;

  @Field(() => String, { description: 'The event’s sequence (the log is in this order)' })
  @Property({ type: new BigIntType('string') })
  sequence!: string;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'HTTP attempts made so far' })
  @Property({ type: 'int' })
  attempts: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (while PENDING)' })
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null = new Date();

  /** A worker posting it holds it until then; another one leaves it alone. */
  @Property({ type: 'datetime', nullable: true })
  leasedUntil?: Date | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt' })
  @Property({ type: 'int', nullable: true })
  lastStatus?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, or why it was skipped' })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}
