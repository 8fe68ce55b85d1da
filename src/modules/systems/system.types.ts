import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars';
import { AssessmentResult, InformationSystemStatus, SystemDefectKind, SystemProjectRole } from './system.enums';

@InputType({ description: 'A project that built or changed the system' })
export class InformationSystemProjectInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => SystemProjectRole, { defaultValue: SystemProjectRole.BUILT })
  role: SystemProjectRole = SystemProjectRole.BUILT;
}

@InputType({ description: 'PM-17: a system for the municipal catalog' })
export class InformationSystemRegisterInput {
  @Field(() => ID, { nullable: true, description: 'The owning unit; the registering unit itself unless BDC registers for another' })
  ownerId?: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Boolean, { description: 'An existing system already running (IN_SERVICE), or one still being built or migrated (PLANNED)' })
  inService!: boolean;

  @Field(() => [InformationSystemProjectInput], { nullable: true, description: 'The projects that built or changed it' })
  projects?: InformationSystemProjectInput[];

  @Field(() => ID, { nullable: true, description: 'CM-9: its cloud tenancy' })
  tenancyId?: string;

  @Field(() => ID, { nullable: true, description: 'PM-9(3): its information-resource catalog' })
  catalogId?: string;

  @Field(() => ID, { nullable: true, description: 'CM-4: the existing system it replaces by a migration' })
  replacesId?: string;

  @Field(() => Int, { nullable: true, description: 'MLPS level, 1–5' })
  mlpsLevel?: number;
}

@InputType({ description: 'PM-17: corrections of a catalog entry; what is left out stays as it is' })
export class InformationSystemUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Int, { nullable: true })
  mlpsLevel?: number;

  @Field(() => ID, { nullable: true })
  tenancyId?: string;

  @Field(() => ID, { nullable: true })
  catalogId?: string;

  @Field(() => [InformationSystemProjectInput], { nullable: true, description: 'Projects to add' })
  addProjects?: InformationSystemProjectInput[];
}

@InputType({ description: 'PM-11: the latest 等保 test of a system' })
export class InformationSystemSecurityTestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The MLPS level tested, 1–5' })
  level!: number;

  @Field(() => AssessmentResult)
  result!: AssessmentResult;

  @Field(() => LocalDateScalar)
  testedOn!: string;

  @Field(() => String, { description: 'The testing body' })
  body!: string;
}

@InputType({ description: 'PM-11: the latest 密评 (cryptography application security assessment) of a system' })
export class InformationSystemCryptoAssessmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => AssessmentResult)
  result!: AssessmentResult;

  @Field(() => LocalDateScalar)
  assessedOn!: string;

  @Field(() => String, { description: 'The assessing body' })
  body!: string;
}

@InputType()
export class InformationSystemRetireInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType({ description: 'PM-17: a system a rectification order is about, and its defect' })
export class RectificationSystemInput {
  @Field(() => ID)
  systemId!: string;

  @Field(() => SystemDefectKind)
  defect!: SystemDefectKind;
}

@InputType({ description: 'PM-17: the agency that ordered the rectification records a judged defect cleared' })
export class SystemDefectClearInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  note!: string;
}

@InputType({ description: 'PM-17: the questions the catalog answers; each given criterion narrows the list' })
export class InformationSystemFilter {
  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => InformationSystemStatus, { nullable: true })
  status?: InformationSystemStatus;

  @Field(() => ID, { nullable: true, description: 'Built or changed by this project' })
  projectId?: string;

  @Field(() => Boolean, { nullable: true, description: 'PM-9(3): true: without an information-resource catalog; false: with one' })
  withoutResourceCatalog?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'PM-11, PM-17: true: without a current 等保 test (none, failed, or older than the rulebook’s securityTestValidityMonths)',
  })
  withoutCurrentSecurityTest?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'PM-11, PM-17: true: without a current 密评 (none, failed, or older than the rulebook’s cryptoAssessmentValidityMonths)',
  })
  withoutCurrentCryptoAssessment?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'CM-4: true: not on the government cloud (no tenancy); false: on it' })
  notOnCloud?: boolean;
}
