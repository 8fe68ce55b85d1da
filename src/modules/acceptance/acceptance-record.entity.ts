import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { AcceptanceResult, AcceptanceStatus, FindingConclusion } from './acceptance.enums';
import { SharingReview } from './sharing-review.entity';

/**
 * PM-16: one acceptance application of a project and its outcome. It goes to DRC (for a county
 * project, to the county DRC, which plays DRC's part at its level, PM-8.3); DRC organizes the
 * acceptance itself or delegates it to the competent department, which records the result and
 * reports it back (PM-16.3). The result carries the PM-12 findings. After a failure the unit files
 * a new application: a new record, one round later, pointing to the failed one.
 */
@ObjectType({ implements: Node, description: 'PM-16: an acceptance application and its outcome' })
@Entity()
@Unique({ properties: ['project', 'round'] })
@Index({ properties: ['organizerAgency', 'status'] })
export class AcceptanceRecord extends BaseEntity<'status' | 'version' | 'delegated'> {
  @ManyToOne(() => Project)
  project!: Project;

  @Field(() => Int, { description: 'First application 1; each new application after a failure one more' })
  @Property({ type: 'integer' })
  round!: number;

  @Index()
  @ManyToOne(() => AcceptanceRecord, { nullable: true })
  previous?: AcceptanceRecord;

  @Field(() => AcceptanceStatus)
  @Enum({ items: () => AcceptanceStatus, nativeEnumName: 'acceptance_status', default: AcceptanceStatus.APPLIED })
  status: AcceptanceStatus = AcceptanceStatus.APPLIED;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  /** DRC for municipal projects; the county DRC for county projects (PM-16.1, PM-16.3). */
  @ManyToOne(() => Agency)
  organizerAgency!: Agency;

  /** The BDC confirmation the application relies on (PM-15). */
  @Index()
  @ManyToOne(() => SharingReview)
  sharingReview!: SharingReview;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  applicationNote?: string;

  @Index()
  @ManyToOne(() => User)
  appliedBy!: User;

  // PM-16.3: who runs the acceptance
  @Field(() => Boolean, { description: 'Delegated to the competent department (PM-16.3)' })
  @Property({ type: 'boolean', default: false })
  delegated: boolean = false;

  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  delegate?: Agency;

  @Field(() => Date, { nullable: true, description: 'When DRC took the acceptance on itself or delegated it' })
  @Property({ type: 'datetime', nullable: true })
  assignedAt?: Date;

  @Field(() => String, { nullable: true, description: "DRC's note on organizing or delegating" })
  @Property({ type: 'text', nullable: true })
  assignmentNote?: string;

  // The result
  @Field(() => AcceptanceResult, { nullable: true })
  @Enum({ items: () => AcceptanceResult, nativeEnumName: 'acceptance_result', nullable: true })
  result?: AcceptanceResult;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date the acceptance was held' })
  @Property({ type: 'date', nullable: true })
  heldOn?: string;

  @Field(() => String, { nullable: true, description: 'Why it failed' })
  @Property({ type: 'text', nullable: true })
  failureReasons?: string;

  // PM-12 findings
  @Enum({ items: () => FindingConclusion, nativeEnumName: 'finding_conclusion', nullable: true })
  productSecurityConclusion?: FindingConclusion;

  @Property({ type: 'text', nullable: true })
  productSecurityNote?: string;

  @Enum({ items: () => FindingConclusion, nativeEnumName: 'finding_conclusion', nullable: true })
  cryptographyConclusion?: FindingConclusion;

  @Property({ type: 'text', nullable: true })
  cryptographyNote?: string;

  @Enum({ items: () => FindingConclusion, nativeEnumName: 'finding_conclusion', nullable: true })
  energyEfficiencyConclusion?: FindingConclusion;

  @Property({ type: 'text', nullable: true })
  energyEfficiencyNote?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  decidedBy?: User;

  @Field(() => String, { nullable: true, description: 'Who recorded the result, as recorded then' })
  @Property({ type: 'string', nullable: true })
  decidedByName?: string;

  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  decidedByAgency?: Agency;

  // PM-16.3: the delegate's report to DRC
  @Field(() => Date, { nullable: true, description: "When DRC received the delegate's result and materials" })
  @Property({ type: 'datetime', nullable: true })
  reportedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  reportedBy?: User;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reportNote?: string;

  @Field(() => Boolean, {
    description: 'PM-16.3: DRC holds the result: it decided itself, or the delegate has reported to it',
  })
  reportReceived(): boolean {
    return Boolean(this.result) && (!this.delegated || Boolean(this.reportedAt));
  }
}
