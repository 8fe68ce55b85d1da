import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { ExtensionStatus } from './acceptance.enums';

/**
 * PM-16.2: a unit that cannot have its project accepted on time explains why and applies to DRC
 * (the county DRC for county projects) for an extension; an approval moves the project's
 * acceptance due date.
 */
@ObjectType({ implements: Node, description: 'PM-16.2: an application to extend the acceptance due date' })
@Entity()
@Index({ properties: ['project', 'status'] })
export class AcceptanceExtension extends BaseEntity<'status' | 'version' | 'appliedAfterDue'> {
  @ManyToOne(() => Project)
  project!: Project;

  @Field(() => ExtensionStatus)
  @Enum({ items: () => ExtensionStatus, nativeEnumName: 'extension_status', default: ExtensionStatus.APPLIED })
  status: ExtensionStatus = ExtensionStatus.APPLIED;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  /** Who decides: DRC, or the county DRC for county projects. */
  @Index()
  @ManyToOne(() => Agency)
  decidingAgency!: Agency;

  @Field(() => String, { description: 'Why the project cannot be accepted on time' })
  @Property({ type: 'text' })
  reasons!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The due date when the unit applied' })
  @Property({ type: 'date', nullable: true })
  previousDueOn?: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  requestedDueOn!: string;

  @Field(() => Boolean, { description: 'Filed after the due date had passed' })
  @Property({ type: 'boolean', default: false })
  appliedAfterDue: boolean = false;

  @Index()
  @ManyToOne(() => User)
  appliedBy!: User;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  decidedBy?: User;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  decidedByName?: string;

  @Field(() => String, { nullable: true, description: 'Reasons of the decision' })
  @Property({ type: 'text', nullable: true })
  decisionNote?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The new due date, when approved' })
  @Property({ type: 'date', nullable: true })
  approvedDueOn?: string;
}
