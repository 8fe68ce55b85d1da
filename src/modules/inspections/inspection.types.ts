import { Field, ID, InputType } from 'type-graphql';
import { PayloadType } from '../../graphql/payload';
import { ConnectionType } from '../../graphql/relay';
import { LocalDateScalar } from '../../graphql/scalars';
import { ProjectInspection } from './inspection.entity';

@InputType({ description: "PM-4: the Government Office's inspection of a project on the e-government extranet" })
export class ProjectInspectionRecordInput {
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) inspectedOn!: string;
  @Field(() => String, { description: 'What the inspection covered' }) scope!: string;
  @Field(() => String, { description: 'What it found' }) findings!: string;
}

export const ProjectInspectionConnection = ConnectionType(ProjectInspection);
export const ProjectInspectionPayload = PayloadType('ProjectInspectionPayload', 'projectInspection', ProjectInspection);
