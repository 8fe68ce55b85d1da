import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { SecurityReviewConclusion } from './security-review.enums';

/**
 * PM-4, PM-11, PM-12: NSC's security review of a project (网络安全审查): its findings and
 * conclusion, and its assessment of the project's cryptography plan. The acceptance records its
 * "cryptography application and security review" finding only with a review on file (PM-12).
 * Reviews are kept, never edited: a later review is a new record.
 */
@ObjectType({ implements: Node, description: "PM-4, PM-12: NSC's security review of a project (网络安全审查)" })
@Entity()
@Index({ properties: ['project', 'reviewedOn'] })
export class SecurityReview extends BaseEntity {
  @ManyToOne(() => Project)
  project!: Project;

  @Field(() => LocalDateScalar, { description: 'Date of the review' })
  @Property({ type: 'date' })
  reviewedOn!: string;

  @Field(() => SecurityReviewConclusion, { description: 'Conclusion of the security review' })
  @Enum({ items: () => SecurityReviewConclusion, nativeEnumName: 'security_review_conclusion' })
  conclusion!: SecurityReviewConclusion;

  @Field(() => String, { description: 'What the review found (审查意见)' })
  @Property({ type: 'text' })
  findings!: string;

  @Field(() => SecurityReviewConclusion, { description: "Assessment of the project's cryptography plan (密码应用方案)" })
  @Enum({ items: () => SecurityReviewConclusion, nativeEnumName: 'security_review_conclusion' })
  cryptographyPlanConclusion!: SecurityReviewConclusion;

  @Field(() => String, { description: 'Why: the cryptography plan as NSC assessed it' })
  @Property({ type: 'text' })
  cryptographyPlanAssessment!: string;

  @Index()
  @ManyToOne(() => User)
  reviewer!: User;

  @Field(() => String, { description: 'The reviewer, as recorded then' })
  @Property({ type: 'string' })
  reviewerName!: string;

  @Index()
  @ManyToOne(() => Agency)
  reviewedByAgency!: Agency;
}
