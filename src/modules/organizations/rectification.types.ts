import { Field, ID, InputType } from 'type-graphql';
import { RectificationReason, RectificationStatus } from './rectification-order.entity';

@InputType()
export class RectificationOrderIssueInput {
  @Field(() => ID, { description: 'The unit that must rectify' })
  unitId!: string;

  @Field(() => RectificationReason)
  reason!: RectificationReason;

  @Field(() => String)
  description!: string;

  @Field(() => ID, { nullable: true, description: "PM-19: the finding on one of the unit's projects the order rests on" })
  findingId?: string;
}

@InputType()
export class RectificationOrderCloseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What the unit rectified' })
  note!: string;
}

@InputType()
export class RectificationOrderFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => RectificationStatus, { nullable: true })
  status?: RectificationStatus;
}
