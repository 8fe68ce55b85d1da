import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { Agency } from '../organizations/agency.entity';

/**
 * A zone of a provider's government cloud (e.g. its 政务外网区), with the MLPS (等级保护) level it
 * is certified for (CM-21, CM-22): systems of a higher level may not be placed in it.
 */
@ObjectType({ implements: Node, description: 'A cloud zone of a provider and its certified MLPS level (CM-21)' })
@Entity()
export class CloudZone extends BaseEntity<'active'> {
  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'The network it serves, e.g. 电子政务外网' })
  @Property({ type: 'string' })
  network!: string;

  @Index()
  @ManyToOne(() => Agency)
  provider!: Agency;

  @Field(() => Int, { description: 'MLPS level (网络安全等级保护) the zone is certified for, 1–5 (CM-21)' })
  @Property({ type: 'smallint' })
  certifiedMlpsLevel!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
