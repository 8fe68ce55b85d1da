import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Catalog } from '../catalogs/catalog.entity';
import { CloudTenancy } from '../cloud/tenancy.entity';
import { Agency } from '../organizations/agency.entity';
import { RectificationOrder } from '../organizations/rectification-order.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { AssessmentResult, InformationSystemStatus, SystemDefectKind, SystemProjectRole } from './system.enums';

/**
 * A government information system (政务信息系统) in the municipal catalog (市级政务信息系统目录,
 * PM-17): its owning unit, the projects that built or changed it, its cloud tenancy, its
 * information-resource catalog, its MLPS level with the latest 等保 test, its latest 密评, and,
 * for a migration (CM-4), the system it replaces. Policies scope on `owner`.
 */
@ObjectType({ implements: Node, description: 'PM-17: a government information system of the municipal catalog' })
@Entity()
@Unique({ properties: ['owner', 'name'] })
@Check({ name: 'information_system_mlps_level_range', expression: 'mlps_level is null or (mlps_level >= 1 and mlps_level <= 5)' })
@Check({ name: 'information_system_security_test_level_range', expression: 'security_test_level is null or (security_test_level >= 1 and security_test_level <= 5)' })
@Check({ name: 'information_system_no_self_replacement', expression: 'replaces_id is null or replaces_id <> id' })
export class InformationSystem extends BaseEntity<'status' | 'version'> {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  /** The unit whose system it is (the construction unit, the cloud user). */
  @ManyToOne(() => Agency)
  @Index()
  owner!: Agency;

  /** CM-4, CM-9: the tenancy it runs on; null when it is not on the government cloud. */
  @ManyToOne(() => CloudTenancy, { nullable: true })
  @Index()
  tenancy?: CloudTenancy;

  /** PM-9(3): its information-resource catalog (the catalog of the project that built it). */
  @ManyToOne(() => Catalog, { nullable: true })
  @Index()
  catalog?: Catalog;

  /** CM-4: the existing system this one replaces by a migration. */
  @ManyToOne(() => InformationSystem, { nullable: true })
  @Index()
  replaces?: InformationSystem;

  @Field(() => Int, { nullable: true, description: 'MLPS level (网络安全等级保护) of the system, 1–5' })
  @Property({ type: 'smallint', nullable: true })
  mlpsLevel?: number;

  @Field(() => Int, { nullable: true, description: 'PM-11: the level the latest 等保 test assessed' })
  @Property({ type: 'smallint', nullable: true })
  securityTestLevel?: number;

  @Field(() => AssessmentResult, { nullable: true, description: 'PM-11: the result of the latest 等保 test' })
  @Enum({ items: () => AssessmentResult, nativeEnumName: 'assessment_result', nullable: true })
  securityTestResult?: AssessmentResult;

  @Field(() => LocalDateScalar, { nullable: true, description: 'PM-11: the date of the latest 等保 test' })
  @Property({ type: 'date', nullable: true })
  @Index()
  securityTestOn?: string;

  @Field(() => String, { nullable: true, description: 'The testing body of the latest 等保 test' })
  @Property({ type: 'string', nullable: true })
  securityTestBody?: string;

  @Field(() => AssessmentResult, { nullable: true, description: 'PM-11, PM-17: the result of the latest 密评' })
  @Enum({ items: () => AssessmentResult, nativeEnumName: 'assessment_result', nullable: true })
  cryptoAssessmentResult?: AssessmentResult;

  @Field(() => LocalDateScalar, { nullable: true, description: 'PM-11, PM-17: the date of the latest 密评' })
  @Property({ type: 'date', nullable: true })
  @Index()
  cryptoAssessmentOn?: string;

  @Field(() => String, { nullable: true, description: 'The assessing body of the latest 密评' })
  @Property({ type: 'string', nullable: true })
  cryptoAssessmentBody?: string;

  @Field(() => InformationSystemStatus)
  @Index()
  @Enum({ items: () => InformationSystemStatus, nativeEnumName: 'information_system_status', default: InformationSystemStatus.PLANNED })
  status: InformationSystemStatus = InformationSystemStatus.PLANNED;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @ManyToOne(() => Agency)
  @Index()
  registeredByAgency!: Agency;

  @ManyToOne(() => User)
  @Index()
  registeredBy!: User;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  retiredOn?: string;
}

/** A project that built or changed a system (PM-17: the catalog's registry of a unit's projects). */
@ObjectType({ description: 'A project that built or changed an information system' })
@Entity()
@Unique({ properties: ['system', 'project'] })
export class InformationSystemProject extends BaseEntity {
  @ManyToOne(() => InformationSystem)
  system!: InformationSystem;

  @ManyToOne(() => Project)
  @Index()
  project!: Project;

  @Field(() => SystemProjectRole)
  @Enum({ items: () => SystemProjectRole, nativeEnumName: 'system_project_role' })
  role!: SystemProjectRole;
}

/**
 * PM-17: a system a rectification order is about, with its defect. The order closes only when every
 * defect it names is cleared: a data defect by recording what was missing (a current passing 密评
 * or 等保 test, a resource catalog), a judged one by the agency that ordered the rectification.
 */
@ObjectType({ implements: Node, description: 'PM-17: a system a rectification order names, with its defect' })
@Entity()
@Unique({ properties: ['order', 'system', 'kind'] })
export class SystemDefect extends BaseEntity {
  @ManyToOne(() => RectificationOrder)
  order!: RectificationOrder;

  @ManyToOne(() => InformationSystem)
  @Index()
  system!: InformationSystem;

  @Field(() => SystemDefectKind)
  @Enum({ items: () => SystemDefectKind, nativeEnumName: 'system_defect_kind' })
  kind!: SystemDefectKind;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the defect was cleared; null while it remains' })
  @Property({ type: 'date', nullable: true })
  clearedOn?: string;

  @ManyToOne(() => User, { nullable: true })
  @Index()
  clearedBy?: User;

  @Field(() => String, { nullable: true, description: 'How it was cleared' })
  @Property({ type: 'text', nullable: true })
  clearingNote?: string;

  @Field(() => Boolean)
  cleared(): boolean {
    return Boolean(this.clearedOn);
  }
}
