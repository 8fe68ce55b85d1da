import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE, Division } from '../organizations/division.entity';
import { AgencyLevel } from '../organizations/organization.enums';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { CloudChangeRequest } from './change-request.entity';
import { CloudTenancyStatus, ExitReason } from './cloud.enums';
import { ExpertSeat } from '../experts/expert-panel';
import { CloudServiceItem } from './service-item.entity';
import { CloudZone } from './zone.entity';

/**
 * A government cloud tenancy (CM-9) for one information system: applied for by a municipal
 * department, or by a county's e-government authority in the county government's name (CM-10);
 * reviewed by BDC, quota fixed by experts (CM-11), provisioned (CM-12), deployed (CM-13), changed
 * (CM-14) and exited (CM-15). `division` is the city (360800) or the county; policies scope on it,
 * on `tenant`, `filedBy`, `userDepartment` and `provider`. `version` guards every transition against lost updates.
 */
@ObjectType({ implements: Node, description: 'CM-9: a government cloud tenancy of one information system' })
@Entity()
@Check({ name: 'cloud_tenancy_mlps_level_range', expression: 'mlps_level >= 1 and mlps_level <= 5' })
export class CloudTenancy extends BaseEntity<'status' | 'version' | 'migration' | 'experts' | 'deploymentExtendedDays' | 'userDepartment' | 'expertPanelIds' | 'expertPanel'> {
  @Field(() => String, { description: 'Filing number, e.g. YZ-2026-00012' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'The information system hosted' })
  @Property({ type: 'string' })
  systemName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  systemDescription?: string;

  /** The cloud user (云使用部门): a municipal department, or the county government (CM-10). */
  @ManyToOne(() => Agency)
  @Index()
  tenant!: Agency;

  /**
   * CM-10, CM-7: for a county filing, the county department whose system it is. The county
   * government stays the applicant of record (`tenant`, whose finance bureau is charged); this
   * department is the system's user and takes the user's steps. Null for a municipal tenancy (the
   * tenant is the user) and for county tenancies filed before it was recorded (the e-government
   * authority that filed them acts for the user).
   */
  @ManyToOne(() => Agency, { nullable: true })
  @Index()
  userDepartment: Agency | null = null;

  /** Who filed it: the department itself, or the county's e-government authority (CM-10). */
  @ManyToOne(() => Agency)
  @Index()
  filedBy!: Agency;

  @Index()
  @ManyToOne(() => User)
  filedByUser!: User;

  @ManyToOne(() => Division, { fieldName: 'division_code' })
  @Index()
  division!: Division;

  /** The informatization project it serves, when there is one. */
  @Index()
  @ManyToOne(() => Project, { nullable: true })
  project?: Project;

  @Index()
  @ManyToOne(() => CloudZone)
  zone!: CloudZone;

  /** Assigned when BDC approves: the provider of the zone (CM-8). */
  @ManyToOne(() => Agency, { nullable: true })
  @Index()
  provider?: Agency;

  @Field(() => Int, { description: 'MLPS level of the system, not above the zone’s certified level (CM-21)' })
  @Property({ type: 'smallint' })
  mlpsLevel!: number;

  @Field(() => Boolean, { description: 'Moves an existing system to the cloud (CM-4)' })
  @Property({ type: 'boolean', default: false })
  migration: boolean = false;

  @Field(() => String, { nullable: true, description: 'CM-4: the existing system it moves' })
  @Property({ type: 'string', nullable: true })
  migratedSystemName?: string;

  @Field(() => String, { nullable: true, description: 'CM-4: where the existing system runs now' })
  @Property({ type: 'text', nullable: true })
  migratedSystemDescription?: string;

  @Field(() => String)
  @Property({ type: 'string' })
  contactName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  contactPhone!: string;

  @Field(() => CloudTenancyStatus)
  @Index()
  @Enum({ items: () => CloudTenancyStatus, nativeEnumName: 'cloud_tenancy_status', default: CloudTenancyStatus.APPLIED })
  status: CloudTenancyStatus = CloudTenancyStatus.APPLIED;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field(() => LocalDateScalar, { description: 'Date of the (last) filing' })
  @Property({ type: 'date' })
  appliedOn!: string;

  @Field(() => String, { nullable: true, description: 'BDC’s reasons when it returned the application (CM-11)' })
  @Property({ type: 'text', nullable: true })
  returnReasons?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  approvedOn?: string;

  // CM-11: the expert review that fixed the quota
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

  // CM-12: the signed documents are CloudTenancyDocument rows (tenancy-document.entity.ts); provisioning
  @Field(() => LocalDateScalar, { nullable: true, description: 'BDC told the provider to provision (CM-12)' })
  @Property({ type: 'date', nullable: true })
  providerNotifiedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '3 working days after the notice (CM-12)' })
  @Property({ type: 'date', nullable: true })
  provisioningDueOn?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  provisionedOn?: string;

  // CM-13: deployment
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The deployment due date in force: 30 working days after provisioning, moved by the working days BDC granted (CM-13)',
  })
  @Index()
  @Property({ type: 'date', nullable: true })
  deploymentDueOn?: string;

  // CM-13 原则上: a request for more working days to deploy, pending while `deploymentExtensionRequestedOn` is set
  @Field(() => LocalDateScalar, { nullable: true, description: 'The user asked BDC for more working days to deploy; null when none is pending (CM-13)' })
  @Property({ type: 'date', nullable: true })
  deploymentExtensionRequestedOn?: string;

  @Field(() => Int, { nullable: true, description: 'Working days asked for by the pending request (CM-13)' })
  @Property({ type: 'smallint', nullable: true })
  deploymentExtensionRequestedDays?: number;

  @Field(() => String, { nullable: true, description: 'The reasons of the pending request (CM-13)' })
  @Property({ type: 'text', nullable: true })
  deploymentExtensionReasons?: string;

  @Field(() => Int, { description: 'Working days BDC has granted in all on top of the 30 (CM-13)' })
  @Property({ type: 'smallint', default: 0 })
  deploymentExtendedDays: number = 0;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  testedOn?: string;

  @Field(() => String, { nullable: true, description: 'Security risk pre-assessment report reference (CM-13)' })
  @Property({ type: 'string', nullable: true })
  securityPreassessmentRef?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Cut-over to the cloud (割接上线)' })
  @Property({ type: 'date', nullable: true })
  cutoverOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The old system is kept until this date, at least 3 months (CM-13)' })
  @Property({ type: 'date', nullable: true })
  oldSystemRetainedUntil?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  deployedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The user recorded the old system retired, no earlier than 3 months after cut-over (CM-13)' })
  @Property({ type: 'date', nullable: true })
  oldSystemRetiredOn?: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  oldSystemRetiredBy?: User;

  // CM-15: exit
  @Field(() => ExitReason, { nullable: true })
  @Enum({ items: () => ExitReason, nativeEnumName: 'cloud_exit_reason', nullable: true })
  exitReason?: ExitReason;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  exitNote?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  exitRequestedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'BDC approved the exit, or the late deployment was exited' })
  @Property({ type: 'date', nullable: true })
  exitApprovedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'End of the 20 working days of transition (CM-15)' })
  @Property({ type: 'date', nullable: true })
  exitTransitionDueOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The user confirmed its data migrated and cleared (CM-15)' })
  @Property({ type: 'date', nullable: true })
  dataClearedOn?: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  dataClearedBy?: User;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The provider confirmed the resources reclaimed (CM-15)' })
  @Property({ type: 'date', nullable: true })
  resourcesReclaimedOn?: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  resourcesReclaimedBy?: User;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  decommissionedOn?: string;

  @OneToMany(() => CloudTenancyResource, (r) => r.tenancy)
  resources = new Collection<CloudTenancyResource>(this);

  @OneToMany(() => CloudQuotaLine, (q) => q.tenancy)
  quotaLines = new Collection<CloudQuotaLine>(this);

  @OneToMany(() => CloudChangeRequest, (c) => c.tenancy)
  changeRequests = new Collection<CloudChangeRequest>(this);

  @Field(() => AgencyLevel)
  level(): AgencyLevel {
    return this.division.code === CITY_CODE ? AgencyLevel.MUNICIPAL : AgencyLevel.COUNTY;
  }

  @Field(() => String, { description: 'GB/T 2260 code of the county, or the city’s (360800)' })
  divisionCode(): string {
    return this.division.code;
  }
}

/** A requested resource of the application and the quota the expert review fixed for it (CM-9, CM-11). */
@ObjectType({ implements: Node, description: 'A resource requested in the application and the quota fixed for it' })
@Entity()
@Unique({ properties: ['tenancy', 'item'] })
@Check({ name: 'cloud_tenancy_resource_quantities', expression: 'requested_quantity >= 0 and (quota_quantity is null or quota_quantity >= 0)' })
export class CloudTenancyResource extends BaseEntity {
  @ManyToOne(() => CloudTenancy)
  tenancy!: CloudTenancy;

  @Index()
  @ManyToOne(() => CloudServiceItem)
  item!: CloudServiceItem;

  @Field(() => Int, { description: 'As applied for (0 when the experts added the item)' })
  @Property({ type: 'integer' })
  requestedQuantity!: number;

  @Field(() => Int, { nullable: true, description: 'As fixed by the expert review (CM-11)' })
  @Property({ type: 'integer', nullable: true })
  quotaQuantity?: number;
}

/**
 * A quantity of a catalog item allocated to a tenancy over a period: from `effectiveFrom` up to,
 * not including, `effectiveTo` (open while in force). A change closes lines and opens new ones; no
 * line is ever rewritten, so fees can always be recomputed (CM-6, CM-14).
 */
@ObjectType({ implements: Node, description: 'A quantity of a catalog item allocated to a tenancy over a period' })
@Entity()
@Index({ properties: ['tenancy', 'effectiveTo'] })
/*
 * At most one open line per tenancy and item (CM-14: a change closes the line it replaces). The
 * partial uniqueness is an exclusion constraint, deferred to commit: a change inserts the new line
 * before it updates the old one's end (the unit of work writes inserts first). MikroORM cannot
 * declare either, so the index is given by its SQL; its schema diff compares such indexes by name.
 */
@Index({
  name: 'cloud_quota_line_one_open_per_item',
  expression:
    'alter table "cloud_quota_line" add constraint "cloud_quota_line_one_open_per_item" exclude using btree ("tenancy_id" with =, "item_id" with =) where ("effective_to" is null) deferrable initially deferred',
})
@Check({ name: 'cloud_quota_line_period', expression: 'quantity > 0 and (effective_to is null or effective_to > effective_from)' })
export class CloudQuotaLine extends BaseEntity {
  @ManyToOne(() => CloudTenancy)
  tenancy!: CloudTenancy;

  @Index()
  @ManyToOne(() => CloudServiceItem)
  item!: CloudServiceItem;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day no longer allocated; null while in force' })
  @Property({ type: 'date', nullable: true })
  effectiveTo?: string;

  /** The change that opened the line; null for the initial provisioning. */
  @Index()
  @ManyToOne(() => CloudChangeRequest, { nullable: true })
  changeRequest?: CloudChangeRequest;
}
