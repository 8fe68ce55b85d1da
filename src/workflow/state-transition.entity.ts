import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../graphql/node';
import { Agency } from '../modules/organizations/agency.entity';
import { User } from '../modules/organizations/user.entity';

/** One step in the life of a workflow object: who moved it from which state to which, and when. */
@ObjectType({ implements: Node })
@Entity()
@Index({ properties: ['subjectType', 'subjectId', 'createdAt'] })
export class StateTransition extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string' })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  event!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  fromState!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  toState!: string;

  @Index()
  @ManyToOne(() => User)
  actor!: User;

  @Index()
  @ManyToOne(() => Agency)
  actorAgency!: Agency;

  @Field(() => String, { nullable: true, description: 'Reasons, opinion or note given with the step' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}
