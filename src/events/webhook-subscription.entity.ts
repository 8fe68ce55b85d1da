import { BigIntType, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../graphql/node';
import { User } from '../modules/organizations/user.entity';

/**
 * An OA system's endpoint that receives domain events, signed with its secret. `identity` is the
 * user whose read rights scope what it receives: an event goes out only if that user may read its
 * subject when it is delivered.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'webhook_subscription' })
export class WebhookSubscription extends BaseEntity<'active' | 'eventTypes' | 'lastSequence'> {
  @Field(() => String, { description: 'Where events are POSTed (http or https)' })
  @Property({ type: 'text' })
  endpointUrl!: string;

  /** Shared secret of the HMAC signature; written, never read back through the API. */
  @Property({ type: 'text', lazy: false, hidden: true })
  secret!: string;

  @Field(() => [String], { description: 'Event types delivered (`Project.approve`, …); empty means every type' })
  @Property({ type: 'text[]' })
  eventTypes: string[] = [];

  @Index()
  @ManyToOne(() => User)
  identity!: User;

  @Field(() => Boolean, { description: 'False once unsubscribed: nothing more is delivered' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  /** Events up to this sequence have been queued for delivery (or did not match). */
  @Property({ type: new BigIntType('string'), default: 0 })
  lastSequence: string = '0';

  @Index()
  @ManyToOne(() => User)
  createdBy!: User;
}
