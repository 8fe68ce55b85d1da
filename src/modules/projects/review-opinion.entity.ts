import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from './project.entity';

/**
 * An agency DRC invited to its review (PM-5, PM-8.1: Party office, Government office, NSC, Finance)
 * and the opinion it recorded. Opinions inform DRC; they do not decide.
 */
@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['project', 'agency', 'round'] })
export class ReviewOpinion extends BaseEntity {
  @ManyToOne(() => Project)
  project!: Project;

  @Index()
  @ManyToOne(() => Agency)
  agency!: Agency;

  /** Review round: a resubmission after a return opens a new one. */
  @Property({ type: 'integer' })
  round!: number;

  @Index()
  @ManyToOne(() => User)
  invitedBy!: User;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  opinion?: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  recordedBy?: User;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  recordedAt?: Date;
}
