import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { ProjectInspection } from '../inspections/inspection.entity';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { FindingKind, FindingMeasure } from './acceptance.enums';

/**
 * PM-19: a violation found on a project and what follows (public criticism, referral for
 * discipline, penalties for misused funds), recorded by DRC, Finance, NSC or BDC within its duty.
 * The Audit Bureau reads them; it records nothing in this system.
 */
@ObjectType({ implements: Node, description: 'PM-19: a finding or criticism recorded against a project' })
@Entity()
@Index({ properties: ['project', 'createdAt'] })
export class ProjectFinding extends BaseEntity {
  @ManyToOne(() => Project)
  project!: Project;

  @Field(() => FindingKind)
  @Enum({ items: () => FindingKind, nativeEnumName: 'finding_kind' })
  kind!: FindingKind;

  @Field(() => FindingMeasure)
  @Enum({ items: () => FindingMeasure, nativeEnumName: 'finding_measure' })
  measure!: FindingMeasure;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Persons held responsible (直接负责的主管人员和其他责任人员)' })
  @Property({ type: 'text', nullable: true })
  responsible?: string;

  @Index()
  @ManyToOne(() => User)
  recordedBy!: User;

  @Field(() => String)
  @Property({ type: 'string' })
  recordedByName!: string;

  @Index()
  @ManyToOne(() => Agency)
  recordedByAgency!: Agency;

  /** PM-4: the Government Office's inspection the finding comes from, if it comes from one. */
  @Index()
  @ManyToOne(() => ProjectInspection, { nullable: true })
  inspection?: ProjectInspection;
}
