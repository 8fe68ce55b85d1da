import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { ProjectFinding } from '../acceptance/project-finding.entity';
import { Agency } from './agency.entity';
import { User } from './user.entity';

/** PM-17: why a unit must rectify. */
export enum RectificationReason {
  /** 未按要求共享数据资源 */
  SHARING_FAILURE = 'SHARING_FAILURE',
  /** 重复采集数据 */
  DUPLICATE_COLLECTION = 'DUPLICATE_COLLECTION',
  /** 未纳入市级政务信息系统目录 */
  NOT_IN_SYSTEM_CATALOG = 'NOT_IN_SYSTEM_CATALOG',
  /** 不符合密码应用和网络安全要求 */
  CRYPTO_OR_SECURITY = 'CRYPTO_OR_SECURITY',
}

export enum RectificationStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(RectificationReason, { name: 'RectificationReason', description: 'PM-17' });
registerEnumType(RectificationStatus, { name: 'RectificationStatus' });

/** A rectification order on a unit: while open, the unit starts no new, rebuild or expansion project (PM-17). */
@ObjectType({ implements: Node })
@Entity()
@Index({ properties: ['unit', 'status'] })
export class RectificationOrder extends BaseEntity<'status' | 'version'> {
  @ManyToOne(() => Agency)
  unit!: Agency;

  @Field(() => RectificationReason)
  @Enum({ items: () => RectificationReason, nativeEnumName: 'rectification_reason' })
  reason!: RectificationReason;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Index()
  @ManyToOne(() => Agency)
  issuedByAgency!: Agency;

  @Index()
  @ManyToOne(() => User)
  issuedBy!: User;

  @Field(() => RectificationStatus)
  @Enum({ items: () => RectificationStatus, nativeEnumName: 'rectification_status', default: RectificationStatus.OPEN })
  status: RectificationStatus = RectificationStatus.OPEN;

  /** Two concurrent closings cannot both pass: the second is a CONFLICT. */
  @Property({ version: true })
  version!: number;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  closedBy?: User;

  @Field(() => String, { nullable: true, description: 'What was rectified' })
  @Property({ type: 'text', nullable: true })
  closingNote?: string;

  /** PM-19: the finding on one of the unit's projects that the order rests on, if any (e.g. from a PM-4 inspection). */
  @Index()
  @ManyToOne(() => ProjectFinding, { nullable: true })
  finding?: ProjectFinding;
}
