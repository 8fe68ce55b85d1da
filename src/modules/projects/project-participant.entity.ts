import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { ParticipantRole } from './project.enums';
import type { Project } from './project.entity';

/**
 * A co-builder of a joint project (PM-9(6)) with its part: business flow, data flow and interfaces.
 * The co-builder confirms its part before the project can go to review.
 */
@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['project', 'agency'] })
export class ProjectParticipant extends BaseEntity<'role'> {
  @ManyToOne('Project')
  project!: Project;

  @Index()
  @ManyToOne(() => Agency)
  agency!: Agency;

  @Field(() => ParticipantRole)
  @Enum({ items: () => ParticipantRole, nativeEnumName: 'participant_role', default: ParticipantRole.CO_BUILDER })
  role: ParticipantRole = ParticipantRole.CO_BUILDER;

  @Field(() => String, { description: '业务流' })
  @Property({ type: 'text' })
  businessFlow!: string;

  @Field(() => String, { description: '数据流' })
  @Property({ type: 'text' })
  dataFlow!: string;

  @Field(() => String, { description: '系统接口' })
  @Property({ type: 'text' })
  interfaces!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  confirmedBy?: User;
}
