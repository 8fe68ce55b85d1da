import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';

/**
 * PM-4: an inspection (监督检查) by the Government Office of a project deployed on the
 * e-government extranet: when, what it covered, what it found. A finding of it may be recorded as
 * a PM-19 finding on the project, and that finding may ground a PM-17 rectification order.
 * Inspections are kept, never edited.
 */
@ObjectType({ implements: Node, description: "PM-4: the Government Office's inspection (监督检查) of a project on the e-government extranet" })
@Entity()
@Index({ properties: ['project', 'inspectedOn'] })
export class ProjectInspection extends BaseEntity {
  @ManyToOne(() => Project)
  project!: Project;

  @Field(() => LocalDateScalar, { description: 'Date of the inspection' })
  @Property({ type: 'date' })
  inspectedOn!: string;

  @Field(() => String, { description: 'What the inspection covered (检查范围)' })
  @Property({ type: 'text' })
  scope!: string;

  @Field(() => String, { description: 'What it found (检查发现)' })
  @Property({ type: 'text' })
  findings!: string;

  @Index()
  @ManyToOne(() => User)
  recordedBy!: User;

  @Field(() => String, { description: 'The inspector, as recorded then' })
  @Property({ type: 'string' })
  recordedByName!: string;

  @Index()
  @ManyToOne(() => Agency)
  recordedByAgency!: Agency;
}
