import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node';

/**
 * One step of a workflow object as a domain event (the transactional outbox): written by the
 * command that took the step, in the flush of its audit event, so a rolled-back command leaves none.
 * `sequence` is allocated while the audit chain's lock is held, so it grows in commit order and a
 * reader that has seen sequence N never later finds an event below N.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'domain_event' })
@Index({ properties: ['subjectType', 'subjectId'] })
export class DomainEvent extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Position in the stream of all events, from 1 (a 64-bit integer as a string); the cursor of `events`' })
  @Property({ type: new BigIntType('string'), columnType: 'bigint', autoincrement: true, generated: 'by default as identity', unique: true })
  sequence!: string;

  @Field(() => String, { description: '`<SubjectType>.<event>`, e.g. `Project.approve`' })
  @Property({ type: 'string' })
  type!: string;

  @Field(() => String, { description: 'Type of the object that moved (a GraphQL type name)' })
  @Property({ type: 'string' })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String, { description: 'State before the step (`NONE` when the step created the object)' })
  @Property({ type: 'string' })
  fromState!: string;

  @Field(() => String, { description: 'State after the step' })
  @Property({ type: 'string' })
  toState!: string;

  @Property({ type: 'uuid' })
  actorUserId!: string;

  @Field(() => String, { description: 'Username of who took the step' })
  @Property({ type: 'string' })
  actorUsername!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, { description: 'Request ID of the audit event of the same command' })
  @Property({ type: 'string' })
  requestId!: string;

  @Field(() => ID, { name: 'subjectId', description: 'Global ID of the object that moved (for `node(id)`)' })
  subjectGlobalId(): string {
    return toGlobalId(this.subjectType, this.subjectId);
  }
}
