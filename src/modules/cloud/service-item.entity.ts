import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { CloudServiceCategory } from './cloud.enums';

/** CM-5: an item of BDC's government cloud service catalog (云服务目录). */
@ObjectType({ implements: Node, description: 'CM-5: an item of the government cloud service catalog' })
@Entity()
export class CloudServiceItem extends BaseEntity<'active'> {
  /** Stable code, e.g. `ECS-VCPU`. */
  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'The unit a quantity counts, e.g. 核 (vCPU), GB, Mbps, 个' })
  @Property({ type: 'string', length: 20 })
  unit!: string;

  @Field(() => CloudServiceCategory)
  @Enum({ items: () => CloudServiceCategory, nativeEnumName: 'cloud_service_category' })
  category!: CloudServiceCategory;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  /** Withdrawn items stay for history but cannot be requested. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @OneToMany(() => CloudServicePrice, (p) => p.item)
  prices = new Collection<CloudServicePrice>(this);
}

/**
 * CM-5: a unit price of a catalog item, in CNY per unit per month, in force from `effectiveFrom`
 * until the next price of the item. Prices are only ever added, from a future date: a change never
 * rewrites what was charged.
 */
@ObjectType({ implements: Node, description: 'CM-5: a unit price (CNY per unit per month) in force from a date' })
@Entity()
@Unique({ properties: ['item', 'effectiveFrom'] })
export class CloudServicePrice extends BaseEntity {
  @ManyToOne(() => CloudServiceItem)
  item!: CloudServiceItem;

  @Field(() => DecimalScalar, { description: 'CNY per unit per month' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  unitPrice!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  setBy?: User;

  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  setByAgency?: Agency;
}
