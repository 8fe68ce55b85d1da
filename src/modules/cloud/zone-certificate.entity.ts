import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { User } from '../organizations/user.entity';
import { CloudZone } from './zone.entity';

/**
 * A certificate of a cloud zone (CM-22): only infrastructure with a certificate in force takes new
 * tenancies and expansions. Recorded by BDC; certificates are kept, never edited: a renewal is a
 * new certificate.
 */
@ObjectType({ implements: Node, description: 'CM-22: a certificate of a cloud zone (等级保护测评、安全评估等)' })
@Entity()
@Unique({ properties: ['zone', 'number'] })
export class CloudZoneCertificate extends BaseEntity {
  @Index()
  @ManyToOne(() => CloudZone)
  zone!: CloudZone;

  @Field(() => String, { description: 'The certifying body (认证/测评机构)' })
  @Property({ type: 'string' })
  certifyingBody!: string;

  @Field(() => String, { description: 'Certificate number' })
  @Property({ type: 'string', length: 80 })
  number!: string;

  @Field(() => Int, { description: 'MLPS level certified, 1–5' })
  @Property({ type: 'smallint' })
  mlpsLevel!: number;

  @Field(() => String, { description: 'What it covers' })
  @Property({ type: 'text' })
  scope!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => LocalDateScalar, { description: 'Last day in force' })
  @Index()
  @Property({ type: 'date' })
  expiresOn!: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  recordedBy?: User;
}
