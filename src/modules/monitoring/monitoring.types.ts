import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars';
import { PayloadType } from '../../graphql/payload';
import { ConnectionType } from '../../graphql/relay';
import { CloudAssessmentStandard } from './assessment-standard.entity';
import { UtilisationReading } from './reading.entity';
import { ReadingOutcome } from './reading.service';

registerEnumType(ReadingOutcome, { name: 'UtilisationReadingOutcome', description: 'CM-14: what a posted reading did (a reading posted twice counts once)' });

export const UtilisationReadingConnection = ConnectionType(UtilisationReading);

// Readings (CM-14)

@InputType({ description: 'CM-14: one reading as the monitoring platform posts it (also the JSON and CSV form of POST /monitoring/readings)' })
export class UtilisationReadingInput {
  @Field(() => String, { description: 'The tenancy’s filing number or global ID' })
  tenancy!: string;

  @Field(() => String, { description: 'The catalog item’s code or global ID' })
  item!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM: the whole month (or give periodStart and periodEnd within one month)' })
  month?: string;

  @Field(() => String, { nullable: true })
  periodStart?: string;

  @Field(() => String, { nullable: true })
  periodEnd?: string;

  @Field(() => String, { description: 'Average use, a decimal ≥ 0 with up to 4 places' })
  average!: string;

  @Field(() => String, { description: 'Peak use, a decimal ≥ the average' })
  peak!: string;

  @Field(() => String, { description: 'The item’s unit, or % of the quota in force' })
  unit!: string;

  @Field(() => Boolean, { nullable: true, description: 'Replace a different current reading of the same tenancy, item and period with a new revision' })
  correction?: boolean;
}

@InputType()
export class UtilisationReadingsPostInput {
  @Field(() => [UtilisationReadingInput])
  readings!: UtilisationReadingInput[];
}

@ObjectType({ description: 'CM-14: what became of one row of a posted batch' })
export class UtilisationBatchRow {
  @Field(() => Int, { description: 'The row, counted from 1' })
  row!: number;

  @Field(() => ReadingOutcome)
  outcome!: ReadingOutcome;

  @Field(() => UtilisationReading)
  reading!: UtilisationReading;
}

@ObjectType({ description: 'CM-14: a batch of readings taken whole' })
export class UtilisationBatch {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  corrected!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [UtilisationBatchRow])
  readings!: UtilisationBatchRow[];
}

export const UtilisationReadingsPayload = PayloadType('UtilisationReadingsPayload', 'batch', UtilisationBatch);

@InputType()
export class UtilisationReadingFilter {
  @Field(() => ID, { nullable: true })
  tenancyId?: string;

  @Field(() => ID, { nullable: true })
  itemId?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM or YYYY-Qn: readings within the period' })
  period?: string;

  @Field(() => Boolean, { nullable: true, description: 'Also the revisions corrections replaced' })
  includeSuperseded?: boolean;
}

// Reports (CM-14)

@ObjectType({ description: 'CM-14: a tenancy’s item in a utilisation report: its quota, its use and the idle share' })
export class UtilisationReportLine {
  tenancyId!: string;
  itemId!: string;

  @Field(() => Int, { description: 'The quota in force (the last in the period), in the item’s unit' })
  quota!: number;

  @Field(() => Int, { description: 'Days of the period covered by readings' })
  readingDays!: number;

  @Field(() => Int, { description: 'Readings summed' })
  readings!: number;

  @Field(() => String, { nullable: true, description: 'Average use in the item’s unit (weighted by days); null without readings' })
  average!: string | null;

  @Field(() => String, { nullable: true, description: 'Peak use in the item’s unit' })
  peak!: string | null;

  @Field(() => String, { nullable: true, description: 'Average use, percent of the quota' })
  averagePercent!: string | null;

  @Field(() => String, { nullable: true, description: 'Peak use, percent of the quota' })
  peakPercent!: string | null;

  @Field(() => String, { nullable: true, description: 'Idle share, percent of the quota (100 − average)' })
  idlePercent!: string | null;
}

@ObjectType({ description: 'CM-14 定期反馈: a user department’s utilisation report for a period (computed from the readings when asked)' })
export class UtilisationReport {
  departmentId!: string;

  @Field(() => String, { description: 'YYYY-MM (monthly) or YYYY-Qn (quarterly)' })
  period!: string;

  @Field(() => LocalDateScalar)
  periodStart!: string;

  @Field(() => LocalDateScalar)
  periodEnd!: string;

  @Field(() => [UtilisationReportLine])
  lines!: UtilisationReportLine[];
}

@InputType()
export class UtilisationReportFilter {
  @Field(() => String, { nullable: true, description: 'YYYY-MM or YYYY-Qn; the last complete period when absent' })
  period?: string;

  @Field(() => ID, { nullable: true, description: 'One department’s report' })
  departmentId?: string;
}

@ObjectType()
export class IdleCloudResourcePeriod {
  @Field(() => String)
  period!: string;

  @Field(() => String, { description: 'Average use, percent of the quota' })
  averagePercent!: string;
}

@ObjectType({ description: 'CM-14: a tenancy’s item used below the idle threshold in each of the last periods' })
export class IdleCloudResource {
  tenancyId!: string;
  itemId!: string;

  @Field(() => Int)
  quota!: number;

  @Field(() => String, { description: 'The threshold applied, percent of the quota' })
  thresholdPercent!: string;

  @Field(() => String, { description: 'Average use over those periods, percent of the quota' })
  averagePercent!: string;

  @Field(() => [IdleCloudResourcePeriod])
  periods!: IdleCloudResourcePeriod[];
}

// Assessment standard (CM-16)

@InputType()
export class CloudAssessmentCriterionInput {
  @Field(() => String, { description: 'Capitals, digits, underscores, e.g. AVAILABILITY' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Int, { description: 'Points of 100' })
  weight!: number;
}

@InputType({ description: 'CM-16: a new version of the standard, published whole' })
export class CloudAssessmentStandardPublishInput {
  @Field(() => String)
  title!: string;

  @Field(() => [CloudAssessmentCriterionInput], { description: 'Weights summing to 100' })
  criteria!: CloudAssessmentCriterionInput[];
}

export const CloudAssessmentStandardPayload = PayloadType('CloudAssessmentStandardPayload', 'cloudAssessmentStandard', CloudAssessmentStandard);
