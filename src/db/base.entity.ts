import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';
import { timeOrderedId } from './time-ordered-id';

/**
 * Every persistent object: a UUID key, creation and update times, and (from Node) a Relay global ID.
 * `Optional` names the properties a subclass fills in itself (defaults), so `em.create` does not
 * demand them.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class BaseEntity<Optional extends string = never> extends Node {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Optional;

  /** Time-ordered (UUID version 7), so that rows made in one millisecond list in the order made. */
  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

}
