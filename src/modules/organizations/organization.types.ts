import { Field, InputType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay';
import { Agency } from './agency.entity';
import { AgencyKind, AgencyLevel } from './organization.enums';
import { User } from './user.entity';

export const AgencyConnection = ConnectionType(Agency);
export const UserConnection = ConnectionType(User);

@InputType()
export class AgencyFilter {
  @Field(() => [AgencyKind], { nullable: true })
  kinds?: AgencyKind[];

  @Field(() => AgencyLevel, { nullable: true })
  level?: AgencyLevel;

  @Field(() => String, { nullable: true, description: 'County-level unit code, e.g. 360826' })
  countyCode?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name (Chinese or English) or code' })
  text?: string;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Global ID of the agency' })
  agencyId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the username or display name' })
  text?: string;
}
