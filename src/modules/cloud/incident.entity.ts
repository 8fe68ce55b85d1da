import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { Division } from '../organizations/division.entity';
import { User } from '../organizations/user.entity';
import { CloudIncidentStatus, IncidentResponsibility } from './cloud.enums';
import { CloudTenancy } from './tenancy.entity';
import type { CloudAssessmentStandard } from '../monitoring/assessment-standard.entity';

/**
 * CM-19: a fault of the cloud or of a system on it, handled by BDC, the provider and the user by
 * their responsibility. The tenancy's parties are copied so policies can scope on them.
 */
@ObjectType({ implements: Node, description: 'CM-19: a fault on a tenancy and how it was handled' })
@Entity()
export class CloudIncident extends BaseEntity<'status' | 'version' | 'userDepartment'> {
  @ManyToOne(() => CloudTenancy)
  @Index()
  tenancy!: CloudTenancy;

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
  @ManyToOne(() => Agency)
  reportedByAgency!: Agency;

  @Index()
  @ManyToOne(() => User)
  reportedBy!: User;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => CloudIncidentStatus)
  @Enum({ items: () => CloudIncidentStatus, nativeEnumName: 'cloud_incident_status', default: CloudIncidentStatus.OPEN })
  status: CloudIncidentStatus = CloudIncidentStatus.OPEN;

  /** Optimistic lock: of two resolutions racing, the second finds the incident changed (CONFLICT). */
  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field(() => IncidentResponsibility, { nullable: true })
  @Enum({ items: () => IncidentResponsibility, nativeEnumName: 'incident_responsibility', nullable: true })
  responsibility?: IncidentResponsibility;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolution?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  resolvedBy?: User;
}

/**
 * CM-16: BDC's assessment of a provider's service quality for a period, scored criterion by
 * criterion against a published version of its standard (src/modules/monitoring); `score` is the
 * total of those points, computed when it is recorded.
 */
@ObjectType({ implements: Node, description: 'CM-16: BDC’s quality assessment of a provider for a period' })
@Entity()
@Unique({ properties: ['provider', 'period'] })
@Check({ name: 'cloud_provider_assessment_score', expression: 'score >= 0 and score <= 100' })
export class CloudProviderAssessment extends BaseEntity {
  @ManyToOne(() => Agency)
  provider!: Agency;

  @Field(() => String, { description: 'YYYY-MM or YYYY-Qn' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Int, { description: 'The total of the points given on the standard’s criteria, 0–100 (computed)' })
  @Property({ type: 'smallint' })
  score!: number;

  /** The version of the standard it was scored against. */
  @Index()
  @ManyToOne('CloudAssessmentStandard')
  standard!: CloudAssessmentStandard;

  @Field(() => DecimalScalar, { nullable: true, description: 'Measured availability, percent (e.g. "99.95")' })
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  availabilityPercent?: string;

  @Field(() => String)
  @Property({ type: 'text' })
  findings!: string;

  @Index()
  @ManyToOne(() => User)
  assessedBy!: User;

  @Index()
  @ManyToOne(() => Agency)
  assessedByAgency!: Agency;
}
