import { Field, ID, InputType } from 'type-graphql';
import { RectificationSystemInput } from '../systems/system.types';
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

  @Field(() => [RectificationSystemInput], { nullable: true, description: 'PM-17: the systems of the catalog it is about, each with its defect' })
  systems?: RectificationSystemInput[];
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
