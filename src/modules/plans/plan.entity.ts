import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';

export enum PlanKind {
  /** 建设规划 */
  MASTER = 'MASTER',
  /** 年度计划 */
  ANNUAL = 'ANNUAL',
}
registerEnumType(PlanKind, { name: 'PlanKind' });

/** The informatization plan or annual plan DRC compiles and the government approves (PM-6). */
@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['kind', 'year'] })
export class Plan extends BaseEntity {
  @Field(() => PlanKind)
  @Enum({ items: () => PlanKind, nativeEnumName: 'plan_kind' })
  kind!: PlanKind;

  @Field(() => Int, { description: 'Year of an annual plan; first year of a master plan' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Approved by the municipal government on' })
  @Property({ type: 'date', nullable: true })
  approvedOn?: string;

  @OneToMany(() => PlanEntry, (e) => e.plan)
  entries = new Collection<PlanEntry>(this);
}

@ObjectType({ implements: Node })
@Entity()
export class PlanEntry extends BaseEntity {
  @Index()
  @ManyToOne(() => Plan)
  plan!: Plan;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Index()
  @ManyToOne(() => Agency)
  unit!: Agency;

  @Field(() => DecimalScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 15, scale: 2, nullable: true })
  estimatedInvestment?: string;
}
