import { Check, Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { CloudProviderAssessment } from '../cloud/incident.entity';
import { User } from '../organizations/user.entity';

/**
 * CM-16: a version of the service-quality assessment standard (云服务质量考核标准) that BDC publishes:
 * criteria with weights summing to 100. A version is published whole and never changes (the
 * database refuses an update or delete of it and of its criteria); a revision of the standard is a
 * new version. Each provider assessment is scored against one version.
 */
@ObjectType({ implements: Node, description: 'CM-16: a published version of BDC’s service-quality assessment standard' })
@Entity()
export class CloudAssessmentStandard extends BaseEntity<'migrated'> {
  @Field(() => Int, { description: '1, 2, …: in the order published' })
  @Property({ type: 'integer', unique: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  publishedOn!: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  publishedBy?: User;

  @Field(() => Boolean, { description: 'Made by the migration for the assessments recorded as a bare score before standards existed' })
  @Property({ type: 'boolean', default: false })
  migrated: boolean = false;

  @OneToMany(() => CloudAssessmentCriterion, (c) => c.standard)
  criteria = new Collection<CloudAssessmentCriterion>(this);
}

/** CM-16: a criterion of a standard version and its weight: the most points it gives. */
@ObjectType({ implements: Node, description: 'CM-16: a criterion of an assessment standard, with its weight (points of 100)' })
@Entity()
@Unique({ properties: ['standard', 'code'] })
@Check({ name: 'cloud_assessment_criterion_weight', expression: 'weight >= 1 and weight <= 100' })
export class CloudAssessmentCriterion extends BaseEntity {
  @ManyToOne(() => CloudAssessmentStandard)
  standard!: CloudAssessmentStandard;

  @Field(() => String, { description: 'Stable within the version, e.g. AVAILABILITY' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Int, { description: 'Points of 100; the weights of a version sum to 100' })
  @Property({ type: 'smallint' })
  weight!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;
}

/** CM-16: the points an assessment gives on one criterion of its standard (0 up to the weight). */
@ObjectType({ implements: Node, description: 'CM-16: the points an assessment gives on one criterion' })
@Entity()
@Unique({ properties: ['assessment', 'criterion'] })
@Check({ name: 'cloud_assessment_score_points', expression: 'points >= 0' })
export class CloudAssessmentScore extends BaseEntity {
  @ManyToOne(() => CloudProviderAssessment)
  assessment!: CloudProviderAssessment;

  @Index()
  @ManyToOne(() => CloudAssessmentCriterion)
  criterion!: CloudAssessmentCriterion;

  @Field(() => Int, { description: '0 up to the criterion’s weight' })
  @Property({ type: 'smallint' })
  points!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string;
}
