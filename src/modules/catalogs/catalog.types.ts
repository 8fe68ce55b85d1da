import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { PayloadType } from '../../graphql/payload';
import { ConnectionType } from '../../graphql/relay';
import { LocalDateScalar } from '../../graphql/scalars';
import { Catalog, CatalogEntry, CatalogStatus, CatalogUsage } from './catalog.entity';
import {
  CatalogFileFormat,
  CatalogImportMode,
  CatalogUsageOutcome,
  InformationItemDataType,
  OpenType,
  ResourceFormatClass,
  SharingMethod,
  SharingType,
  UpdateCycle,
} from './catalog.enums';

export const CatalogConnection = ConnectionType(Catalog);
export const CatalogEntryConnection = ConnectionType(CatalogEntry);
export const CatalogUsageConnection = ConnectionType(CatalogUsage);
export const CatalogPayload = PayloadType('CatalogPayload', 'catalog', Catalog);
export const CatalogEntryPayload = PayloadType('CatalogEntryPayload', 'catalogEntry', CatalogEntry);
export const CatalogUsagePayload = PayloadType('CatalogUsagePayload', 'catalogUsage', CatalogUsage);

@InputType()
export class CatalogCreateInput {
  @Field(() => ID, { description: 'The project the catalog describes (one catalog per project)' })
  projectId!: string;
}

@InputType()
export class CatalogInformationItemInput {
  @Field(() => String)
  name!: string;

  @Field(() => InformationItemDataType)
  dataType!: InformationItemDataType;
}

@InputType({ description: 'The metadata of one information resource (national catalog guide, 2017)' })
export class CatalogEntryInput {
  @Field(() => String, { description: '类: 1 基础, 2 主题, 3 部门信息资源' })
  classCode!: string;

  @Field(() => String, { description: '项: 2 digits' })
  itemCode!: string;

  @Field(() => String, { description: '目: 3 digits' })
  categoryCode!: string;

  @Field(() => String, { nullable: true, description: '细目: digits' })
  subcategoryCode?: string | null;

  @Field(() => String)
  resourceName!: string;

  @Field(() => String, { description: 'Classification digits, "/", sequence digits, e.g. 301001001/00001' })
  resourceCode!: string;

  @Field(() => ID, { nullable: true, description: 'The providing agency: the construction unit (default) or a co-builder' })
  providerId?: string | null;

  @Field(() => String, { description: '信息资源提供方代码, e.g. the unified social credit code' })
  providerCode!: string;

  @Field(() => String)
  abstract!: string;

  @Field(() => ResourceFormatClass)
  formatClass!: ResourceFormatClass;

  @Field(() => String)
  formatType!: string;

  @Field(() => [CatalogInformationItemInput], { defaultValue: [] })
  informationItems!: CatalogInformationItemInput[];

  @Field(() => SharingType)
  sharingType!: SharingType;

  @Field(() => String, { nullable: true, description: 'Required when CONDITIONAL (PM-9(3))' })
  sharingCondition?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when NOT_SHARED: law, regulation or policy (PM-9(3))' })
  notSharedBasis?: string | null;

  @Field(() => SharingMethod, { nullable: true, description: 'Required when shareable' })
  sharingMethod?: SharingMethod | null;

  @Field(() => [String], { defaultValue: [], description: '仅向特定企业、社会组织开放: refused for shareable data (PM-9(3))' })
  restrictedToOrganizations!: string[];

  @Field(() => OpenType)
  openType!: OpenType;

  @Field(() => String, { nullable: true, description: 'Required when opened conditionally' })
  openCondition?: string | null;

  @Field(() => UpdateCycle)
  updateCycle!: UpdateCycle;

  @Field(() => LocalDateScalar, { nullable: true })
  publishDate?: string | null;

  @Field(() => [String], { defaultValue: [] })
  relatedResourceCodes!: string[];

  @Field(() => Boolean, { defaultValue: false })
  registeredOnExchange!: boolean;
}

@InputType()
export class CatalogEntryAddInput {
  @Field(() => ID)
  catalogId!: string;

  @Field(() => CatalogEntryInput)
  entry!: CatalogEntryInput;
}

@InputType({ description: 'Replaces the metadata of an entry' })
export class CatalogEntryUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => CatalogEntryInput)
  entry!: CatalogEntryInput;
}

@InputType()
export class CatalogEntryRemoveInput {
  @Field(() => ID, { description: 'The entry to remove' })
  id!: string;
}

@InputType()
export class CatalogSubmitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw; CONFLICT when the catalog changed since' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class CatalogPublishInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw; CONFLICT when the catalog changed since' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class CatalogFindingInput {
  @Field(() => String, { nullable: true, description: 'The resource code the finding is about; none for the whole catalog' })
  resourceCode?: string | null;

  @Field(() => String)
  text!: string;
}

@InputType()
export class CatalogReturnInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw; CONFLICT when the catalog changed since' })
  version?: number | null;

  @Field(() => [CatalogFindingInput], { description: 'At least one finding' })
  findings!: CatalogFindingInput[];
}

@InputType()
export class CatalogImportInput {
  @Field(() => ID, { description: 'The catalog' })
  id!: string;

  @Field(() => CatalogFileFormat)
  format!: CatalogFileFormat;

  @Field(() => String, { description: 'The file, base64-encoded, in the columns of the national catalog template' })
  contentBase64!: string;

  @Field(() => CatalogImportMode)
  mode!: CatalogImportMode;
}

@InputType()
export class CatalogUsageRecordInput {
  @Field(() => ID, { description: 'The published resource that was used' })
  entryId!: string;

  @Field(() => String, { description: 'What it was used for' })
  purpose!: string;

  @Field(() => CatalogUsageOutcome)
  outcome!: CatalogUsageOutcome;

  @Field(() => String, { nullable: true, description: 'Required unless EFFECTIVE: the quality issue, or why it could not be obtained' })
  issue?: string | null;

  @Field(() => LocalDateScalar)
  usedOn!: string;
}

@InputType()
export class CatalogFilter {
  @Field(() => CatalogStatus, { nullable: true })
  status?: CatalogStatus;

  @Field(() => ID, { nullable: true, description: 'The construction unit of the project' })
  constructionUnitId?: string;

  @Field(() => String, { nullable: true, description: 'Division code of the project (360800 for municipal)' })
  divisionCode?: string;

  @Field(() => ID, { nullable: true })
  projectId?: string;
}

@InputType()
export class CatalogEntryFilter {
  @Field(() => ID, { nullable: true })
  catalogId?: string;

  @Field(() => ID, { nullable: true, description: 'The providing agency' })
  providerId?: string;

  @Field(() => SharingType, { nullable: true })
  sharingType?: SharingType;

  @Field(() => String, { nullable: true, description: 'Leading classification digits (类, 类+项, …), e.g. "301"' })
  classification?: string;

  @Field(() => UpdateCycle, { nullable: true })
  updateCycle?: UpdateCycle;

  @Field(() => String, { nullable: true, description: 'Words in the name, abstract or code' })
  text?: string;
}

@InputType()
export class CatalogUsageFilter {
  @Field(() => ID, { nullable: true })
  entryId?: string;

  @Field(() => ID, { nullable: true })
  catalogId?: string;

  @Field(() => ID, { nullable: true, description: 'The agency that provides the resource' })
  providerId?: string;

  @Field(() => ID, { nullable: true, description: 'The agency that used it' })
  consumerAgencyId?: string;

  @Field(() => CatalogUsageOutcome, { nullable: true })
  outcome?: CatalogUsageOutcome;
}

@ObjectType({ description: 'A catalog file in the national template columns' })
export class CatalogFile {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mediaType!: string;

  @Field(() => String)
  contentBase64!: string;
}

@ObjectType({ description: 'The result of an import: everything or, with errors naming row and column, nothing' })
export class CatalogImportPayload {
  @Field(() => Catalog, { nullable: true })
  catalog?: Catalog | null;

  @Field(() => Int, { description: 'Entries the file held (0 when refused)' })
  importedCount!: number;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: 'PM-9(3): how much of a catalog is shared (信息资源共享的范围、程度)' })
export class CatalogSharingSummary {
  @Field(() => Int, { description: 'Entries' })
  total!: number;

  @Field(() => Int, { description: '无条件共享' })
  unconditional!: number;

  @Field(() => Int, { description: '有条件共享' })
  conditional!: number;

  @Field(() => Int, { description: '不予共享' })
  notShared!: number;

  @Field(() => Int, { description: 'Registered on the data-sharing exchange platform' })
  registeredOnExchange!: number;
}
