import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { SharingReviewStatus } from './acceptance.enums';

/**
 * PM-15: the construction unit asks BDC to review the data sharing of its project before
 * acceptance; BDC returns it with findings (the unit may ask again) or confirms it. The
 * confirmation (数据共享完成确认意见) is kept with its date and author; without it no acceptance
 * is organized. One per project; every request, return and confirmation is a StateTransition.
 */
@ObjectType({ implements: Node, description: "PM-15: BDC's data-sharing review of a project before acceptance" })
@Entity()
@Unique({ properties: ['project'] })
export class SharingReview extends BaseEntity<'status' | 'version' | 'requestCount'> {
  @ManyToOne(() => Project)
  project!: Project;

  @Field(() => SharingReviewStatus)
  @Enum({ items: () => SharingReviewStatus, nativeEnumName: 'sharing_review_status', default: SharingReviewStatus.REQUESTED })
  status: SharingReviewStatus = SharingReviewStatus.REQUESTED;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field(() => String, { description: 'What the unit shared: catalog entries, exchange-platform interfaces, feedback' })
  @Property({ type: 'text' })
  requestNote!: string;

  @Field(() => Int, { description: 'How many times the unit has asked (a return and a new request count again)' })
  @Property({ type: 'integer', default: 1 })
  requestCount: number = 1;

  @Index()
  @ManyToOne(() => User)
  requestedBy!: User;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  requestedAt!: Date;

  @Field(() => String, { nullable: true, description: "BDC's findings at the latest return" })
  @Property({ type: 'text', nullable: true })
  findings?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  returnedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  returnedBy?: User;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the confirmation (PM-15)' })
  @Property({ type: 'date', nullable: true })
  confirmedOn?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  confirmedBy?: User;

  @Field(() => String, { nullable: true, description: 'Who signed the confirmation, as recorded then' })
  @Property({ type: 'string', nullable: true })
  confirmedByName?: string;

  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  confirmedByAgency?: Agency;

  @Field(() => String, { nullable: true, description: "BDC's confirmation opinion" })
  @Property({ type: 'text', nullable: true })
  confirmation?: string;
}
