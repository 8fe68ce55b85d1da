import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';

/**
 * PM-13: an operation-and-maintenance procurement contract of an accepted project. O&M is free
 * within the builder's warranty; a paid contract starts after it and runs at most
 * `deadlines.omContractMaxYears` years.
 */
@ObjectType({ implements: Node, description: 'PM-13: an O&M procurement contract after acceptance' })
@Entity()
@Check({ name: 'om_contract_term_positive', expression: 'ends_on > starts_on' })
export class OmContract extends BaseEntity {
  @ManyToOne(() => Project)
  @Index()
  project!: Project;

  @Field(() => String)
  @Property({ type: 'string' })
  supplierName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  contractNo?: string;

  @Field(() => LocalDateScalar, { description: "End of the builder's free warranty (维保期)" })
  @Property({ type: 'date' })
  warrantyEndsOn!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the term' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Contract amount, CNY' })
  @Property({ type: 'decimal', precision: 15, scale: 2, nullable: true })
  amount?: string;

  @Index()
  @ManyToOne(() => User)
  recordedBy!: User;

  @Index()
  @ManyToOne(() => Agency)
  recordedByAgency!: Agency;
}
