import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { DecimalScalar, LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { CITY_CODE, Division } from '../organizations/division.entity';
import { AgencyLevel } from '../organizations/organization.enums';
import { PlanEntry } from '../plans/plan.entity';
import {
  BuildType,
  FundingSource,
  NetworkKind,
  ProjectCategory,
  ProjectStatus,
  UrgencyBasisKind,
} from './project.enums';
import { BudgetLine } from './budget-line.entity';
import { ExpertSeat } from '../experts/expert-panel';
import { ProjectParticipant } from './project-participant.entity';

/**
 * A government informatization project (PM-2) from the construction unit's draft to construction.
 * `division` is the city (360800) for municipal projects and the county-level unit for county ones;
 * policies scope on it. `version` guards every transition against lost updates.
 */
@ObjectType({ implements: Node })
@Entity()
@Check({ name: 'project_investment_positive', expression: 'investment > 0' })
export class Project extends BaseEntity<'status' | 'version' | 'joint' | 'participantAgencyIds' | 'invitedAgencyIds' | 'expertPanelIds' | 'expertPanel'> {
  @Field(() => String, { description: 'Filing number, e.g. JA-2026-00012' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  /** 项目建设单位: the subject of the project (PM-4); the lead unit of a joint project (PM-9(6)). */
  @ManyToOne(() => Agency)
  @Index()
  constructionUnit!: Agency;

  @ManyToOne(() => Division, { fieldName: 'division_code' })
  @Index()
  division!: Division;

  /**
   * 项目主管部门 (PM-16.3): the government department of the project's level the unit belongs to,
   * to which DRC may delegate the acceptance; none for a bureau's own project.
   */
  @ManyToOne(() => Agency, { nullable: true })
  @Index()
  competentDepartment?: Agency;

  @Field(() => ProjectCategory)
  @Enum({ items: () => ProjectCategory, nativeEnumName: 'project_category' })
  category!: ProjectCategory;

  @Field(() => BuildType)
  @Enum({ items: () => BuildType, nativeEnumName: 'build_type' })
  buildType!: BuildType;

  @Field(() => NetworkKind)
  @Enum({ items: () => NetworkKind, nativeEnumName: 'network_kind' })
  network!: NetworkKind;

  @Field(() => DecimalScalar, { description: 'Investment estimate (投资概算), CNY' })
  @Property({ type: 'decimal', precision: 15, scale: 2 })
  investment!: string;

  @Field(() => FundingSource, { nullable: true })
  @Enum({ items: () => FundingSource, nativeEnumName: 'funding_source', nullable: true })
  fundingSource?: FundingSource;

  @Field(() => String, { nullable: true, description: 'Construction scale (建设规模)' })
  @Property({ type: 'text', nullable: true })
  scale?: string;

  @Index()
  @ManyToOne(() => PlanEntry, { nullable: true })
  planEntry?: PlanEntry;

  @Field(() => UrgencyBasisKind, { nullable: true, description: 'PM-7.3: basis of an out-of-plan project' })
  @Enum({ items: () => UrgencyBasisKind, nativeEnumName: 'urgency_basis_kind', nullable: true })
  urgencyBasis?: UrgencyBasisKind;

  @Field(() => String, { nullable: true, description: 'PM-7.3: the document or instruction that requires it' })
  @Property({ type: 'text', nullable: true })
  urgencyReference?: string;

  @Field(() => String, { nullable: true, description: 'PM-10: implementing body (项目实施机构)' })
  @Property({ type: 'string', nullable: true })
  implementingBody?: string;

  @Field(() => String, { nullable: true, description: 'PM-10: project leader (项目责任人)' })
  @Property({ type: 'string', nullable: true })
  projectLeader?: string;

  @Field(() => Boolean, { description: 'PM-9(6): built jointly with co-builders' })
  @Property({ type: 'boolean', default: false })
  joint: boolean = false;

  /** Co-builders' agency IDs, kept in step with `participants`, so that policies can scope on them. */
  @Property({ type: 'text[]', default: '{}' })
  participantAgencyIds: string[] = [];

  /**
   * Agencies invited to the review for their opinions (PM-5), in any round, kept in step with the
   * review opinions, so that policies can let an invited department read and answer.
   */
  @Property({ type: 'text[]', default: '{}' })
  invitedAgencyIds: string[] = [];

  /** PM-8.2: the user IDs of the expert panel BDC named for the technical review; policies let only them read the project. */
  @Property({ type: 'text[]', default: '{}' })
  expertPanelIds: string[] = [];

  @Field(() => [ExpertSeat], { description: 'PM-8.2: the expert panel of the technical review, each expert with the opinion it recorded itself' })
  @Property({ type: 'json', default: '[]' })
  expertPanel: ExpertSeat[] = [];

  @Field(() => ProjectStatus)
  @Index()
  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status', default: ProjectStatus.DRAFT })
  status: ProjectStatus = ProjectStatus.DRAFT;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field(() => Int, { description: 'Year of filing' })
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Date, { nullable: true, description: 'First submission for review (申报日期)' })
  @Index()
  @Property({ type: 'datetime', nullable: true })
  filedAt?: Date;

  // Finance (PM-4): budget and procurement
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  budgetConfirmedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Procurement method (公开招标, 竞争性磋商, …)' })
  @Property({ type: 'string', nullable: true })
  procurementMethod?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  supplierName?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 15, scale: 2, nullable: true })
  contractAmount?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  procurementConfirmedAt?: Date;

  // PM-14: engineering supervision
  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  supervisor?: Agency;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  supervisionContractNo?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  supervisionSignedOn?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  constructionStartedAt?: Date;

  /** 建设周期: fixed by the approving authority; the acceptance due date follows from it (PM-16.2). */
  @Field(() => Int, { nullable: true, description: 'Construction period in months, fixed at approval (PM-16.2)' })
  @Property({ type: 'integer', nullable: true })
  constructionMonths?: number;

  /** PM-16.2: when acceptance is due (start of construction + the approved period; moved only by an approved extension). */
  @Field(() => LocalDateScalar, { nullable: true, description: 'PM-16.2: acceptance due date' })
  @Index()
  @Property({ type: 'date', nullable: true })
  acceptanceDueOn?: string;

  @OneToMany(() => BudgetLine, (l) => l.project)
  budgetLines = new Collection<BudgetLine>(this);

  @OneToMany(() => ProjectParticipant, (p) => p.project)
  participants = new Collection<ProjectParticipant>(this);

  @Field(() => AgencyLevel)
  level(): AgencyLevel {
    return this.division.code === CITY_CODE ? AgencyLevel.MUNICIPAL : AgencyLevel.COUNTY;
  }

  @Field(() => Boolean, { description: 'In the municipal plan (PM-6, PM-7.2)' })
  inPlan(): boolean {
    return Boolean(this.planEntry);
  }
}
