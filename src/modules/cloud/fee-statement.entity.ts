import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { Division } from '../organizations/division.entity';
import { User } from '../organizations/user.entity';
import { FeeStatementStatus } from './cloud.enums';
import { CloudServiceItem } from './service-item.entity';
import { CloudTenancy } from './tenancy.entity';

/**
 * CM-6: a month's cloud fees of one tenant agency, for the Finance bureau of its level to account
 * for and settle: the municipal Finance Bureau for municipal departments, the county's finance
 * bureau for a county. Its lines are computed from the quota lines and the prices in force, so the
 * statement can be recomputed from the data at any time and gives the same figures.
 */
@ObjectType({ implements: Node, description: 'CM-6: a monthly cloud fee statement of one tenant agency' })
@Entity()
@Unique({ properties: ['tenant', 'month'] })
export class FeeStatement extends BaseEntity<'status' | 'version'> {
  @ManyToOne(() => Agency)
  tenant!: Agency;

  /** The finance bureau that budgets and settles it (CM-6). */
  @ManyToOne(() => Agency)
  @Index()
  payer!: Agency;

  @Index()
  @ManyToOne(() => Division, { fieldName: 'division_code' })
  division!: Division;

  @Field(() => String, { description: 'YYYY-MM' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => DecimalScalar, { description: 'Sum of the lines, CNY' })
  @Property({ type: 'decimal', precision: 15, scale: 2 })
  total!: string;

  @Field(() => FeeStatementStatus)
  @Enum({ items: () => FeeStatementStatus, nativeEnumName: 'fee_statement_status', default: FeeStatementStatus.ISSUED })
  status: FeeStatementStatus = FeeStatementStatus.ISSUED;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Index()
  @ManyToOne(() => User)
  issuedBy!: User;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  issuedOn!: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  settledBy?: User;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  settledOn?: string;

  @Field(() => String, { nullable: true, description: 'Payment voucher or settlement reference' })
  @Property({ type: 'string', nullable: true })
  settlementRef?: string;

  @OneToMany(() => FeeStatementLine, (l) => l.statement)
  lines = new Collection<FeeStatementLine>(this);
}

/**
 * One line: a quantity of an item on a tenancy at one unit price for a run of consecutive days.
 * amount = unitPrice × quantity × days ÷ daysInMonth, rounded half-up to the fen.
 */
@ObjectType({ implements: Node, description: 'A quantity of an item at one price over consecutive days of the month' })
@Entity()
export class FeeStatementLine extends BaseEntity {
  @Index()
  @ManyToOne(() => FeeStatement)
  statement!: FeeStatement;

  @Index()
  @ManyToOne(() => CloudTenancy)
  tenancy!: CloudTenancy;

  @Index()
  @ManyToOne(() => CloudServiceItem)
  item!: CloudServiceItem;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => DecimalScalar, { description: 'CNY per unit per month, as in force on these days' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  unitPrice!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  firstDay!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  lastDay!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  days!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  daysInMonth!: number;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', precision: 15, scale: 2 })
  amount!: string;
}
