import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../graphql/global-id';

/** Every persistent object: a UUID key, creation and update times, and a Relay global ID. */
@ObjectType()
@Entity({ abstract: true })
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Relay global ID: the GraphQL `id` of every node. */
  @Field(() => ID, { name: 'id' })
  globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
