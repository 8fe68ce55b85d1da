import { Field, ID, InputType } from 'type-graphql';
import { PayloadType } from '../../graphql/payload';
import { ConnectionType } from '../../graphql/relay';
import { LocalDateScalar } from '../../graphql/scalars';
import { SecurityReview } from './security-review.entity';
import { SecurityReviewConclusion } from './security-review.enums';

@InputType({ description: "PM-4, PM-12: NSC's security review of a project" })
export class SecurityReviewRecordInput {
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) reviewedOn!: string;
  @Field(() => SecurityReviewConclusion) conclusion!: SecurityReviewConclusion;
  @Field(() => String, { description: 'What the review found' }) findings!: string;
  @Field(() => SecurityReviewConclusion) cryptographyPlanConclusion!: SecurityReviewConclusion;
  @Field(() => String, { description: "NSC's assessment of the cryptography plan" }) cryptographyPlanAssessment!: string;
}

export const SecurityReviewConnection = ConnectionType(SecurityReview);
export const SecurityReviewPayload = PayloadType('SecurityReviewPayload', 'securityReview', SecurityReview);
