import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { BudgetLineKind } from './project.enums';
import type { Project } from './project.entity';

/** A line of a project's investment estimate (PM-8.1); its kind is checked against PM-9(1). */
@ObjectType({ implements: Node })
@Entity()
@Check({ name: 'budget_line_amount_positive', expression: 'amount > 0' })
export class BudgetLine extends BaseEntity {
  @Index()
  @ManyToOne('Project')
  project!: Project;

  @Field(() => BudgetLineKind)
  @Enum({ items: () => BudgetLineKind, nativeEnumName: 'budget_line_kind' })
  kind!: BudgetLineKind;

  @Field(() => String)
  @Property({ type: 'string' })
  description!: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', precision: 15, scale: 2 })
  amount!: string;
}
