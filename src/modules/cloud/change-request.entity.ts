import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { Division } from '../organizations/division.entity';
import { User } from '../organizations/user.entity';
import { CloudChangeKind, CloudChangeStatus } from './cloud.enums';
import { ExpertSeat } from '../experts/expert-panel';
import { CloudServiceItem } from './service-item.entity';
import type { CloudTenancy } from './tenancy.entity';

/**
 * CM-14: a change of a tenancy's resources. An expansion goes through BDC's review, an expert review
 * and provisioning again; a reduction needs BDC's approval only (the provider is notified); BDC's own
 * adjustment from monitored utilisation is recorded complete and is visible to the tenant.
 * The tenancy's tenant, filer, provider and division are copied so policies can scope on them.
 */
@ObjectType({ implements: Node, description: 'CM-14: a change (expansion, reduction, BDC adjustment) of a tenancy' })
@Entity()
export class CloudChangeRequest extends BaseEntity<'status' | 'version' | 'experts' | 'userDepartment' | 'expertPanelIds' | 'expertPanel'> {
  @ManyToOne('CloudTenancy')
  @Index()
  tenancy!: CloudTenancy;

  @Field(() => CloudChangeKind)
  @Enum({ items: () => CloudChangeKind, nativeEnumName: 'cloud_change_kind' })
  kind!: CloudChangeKind;

  @Field(() => CloudChangeStatus)
  @Index()
  @Enum({ items: () => CloudChangeStatus, nativeEnumName: 'cloud_change_status', default: CloudChangeStatus.SUBMITTED })
  status: CloudChangeStatus = CloudChangeStatus.SUBMITTED;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Index()
  @ManyToOne(() => Agency)
  tenant!: Agency;

  @Index()
  @ManyToOne(() => Agency)
  filedBy!: Agency;

  /** The tenancy's county user department (CM-7, CM-10), copied like its other parties; null when it has none. */
  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  userDepartment: Agency | null = null;

  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  provider?: Agency;

  @Index()
  @ManyToOne(() => Division, { fieldName: 'division_code' })
  division!: Division;

  @Index()
  @ManyToOne(() => User)
  requestedBy!: User;

  @Index()
  @ManyToOne(() => Agency)
  requestedByAgency!: Agency;

  @Field(() => String, { description: 'Why: the user’s reason, or the utilisation BDC observed (CM-14)' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  submittedOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  returnReasons?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  approvedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  expertReviewOn?: string;

  @Field(() => [String], { description: 'Experts of the review (CM-11): the panel’s names as the review recorded them' })
  @Property({ type: 'text[]', default: '{}' })
  experts: string[] = [];

  /** CM-11: the user IDs of the expert panel BDC named; policies let only them read it and give an opinion. */
  @Property({ type: 'text[]', default: '{}' })
  expertPanelIds: string[] = [];

  @Field(() => [ExpertSeat], { description: 'CM-11: the expert panel BDC named, each expert with the opinion it recorded itself' })
  @Property({ type: 'json', default: '[]' })
  expertPanel: ExpertSeat[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  expertConclusion?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'BDC told the provider (CM-12, CM-14)' })
  @Property({ type: 'date', nullable: true })
  providerNotifiedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'An expansion: 3 working days after the notice (CM-12)' })
  @Property({ type: 'date', nullable: true })
  provisioningDueOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The new quota is in force from this date' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string;

  @OneToMany(() => CloudChangeLine, (l) => l.changeRequest)
  lines = new Collection<CloudChangeLine>(this);
}

/** One item of a change: the quantity before, the quantity asked for, the quantity decided. */
@ObjectType({ implements: Node, description: 'An item of a change: original, requested and decided quantity' })
@Entity()
@Unique({ properties: ['changeRequest', 'item'] })
@Check({ name: 'cloud_change_line_quantities', expression: 'original_quantity >= 0 and requested_quantity >= 0 and (decided_quantity is null or decided_quantity >= 0)' })
export class CloudChangeLine extends BaseEntity {
  @ManyToOne(() => CloudChangeRequest)
  changeRequest!: CloudChangeRequest;

  @Index()
  @ManyToOne(() => CloudServiceItem)
  item!: CloudServiceItem;

  @Field(() => Int, { description: 'In force when the change was filed' })
  @Property({ type: 'integer' })
  originalQuantity!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  requestedQuantity!: number;

  @Field(() => Int, { nullable: true, description: 'As BDC (reduction, adjustment) or the experts (expansion) decided' })
  @Property({ type: 'integer', nullable: true })
  decidedQuantity?: number;
}
