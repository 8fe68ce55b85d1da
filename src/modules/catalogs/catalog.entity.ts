import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, OneToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import {
  CatalogUsageOutcome,
  InformationItemDataType,
  OpenType,
  ResourceFormatClass,
  SharingMethod,
  SharingType,
  UpdateCycle,
} from './catalog.enums';

export enum CatalogStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  RETURNED = 'RETURNED',
}
registerEnumType(CatalogStatus, { name: 'CatalogStatus', description: 'PM-9(3): drafted and submitted by the unit, published or returned by BDC' });

@ObjectType({ description: 'A finding of BDC on a returned catalog, on one resource or on the whole' })
export class CatalogFinding {
  @Field(() => String, { nullable: true, description: 'The resource code the finding is about; null for the whole catalog' })
  resourceCode?: string | null;

  @Field(() => String)
  text!: string;
}

/**
 * A project's information-resource catalog (政务信息资源目录), a precondition of the project's
 * approval (PM-9(3)). The construction unit drafts and submits it; BDC publishes it or returns it
 * with findings. `version` increases with every change of the catalog or of its entries, so that a
 * transition never acts on a catalog that changed under it.
 */
@ObjectType({ implements: Node })
@Entity()
export class Catalog extends BaseEntity<'status' | 'version' | 'findings'> {
  @OneToOne(() => Project, { owner: true, unique: true })
  project!: Project;

  @Field(() => CatalogStatus)
  @Enum({ items: () => CatalogStatus, nativeEnumName: 'catalog_status', default: CatalogStatus.DRAFT })
  status: CatalogStatus = CatalogStatus.DRAFT;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  publishedBy?: User;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  returnedAt?: Date;

  @Field(() => [CatalogFinding], { description: "BDC's findings of the last return; empty when never returned" })
  @Property({ type: 'json', default: '[]' })
  findings: CatalogFinding[] = [];

  @OneToMany(() => CatalogEntry, (e) => e.catalog)
  entries = new Collection<CatalogEntry>(this);
}

@ObjectType({ description: '信息项: a data item of a resource, with its data type' })
export class CatalogInformationItem {
  @Field(() => String)
  name!: string;

  @Field(() => InformationItemDataType)
  dataType!: InformationItemDataType;
}

/**
 * One information resource of a catalog, with the core metadata of the national catalog guide
 * (政务信息资源目录编制指南, 2017). Its resource code is unique within the catalog (PM-9(3)).
 */
@ObjectType({ implements: Node })
@Entity()
@Unique({ name: 'catalog_entry_catalog_resource_code_unique', properties: ['catalog', 'resourceCode'] })
@Index({ properties: ['provider'] })
// PM-9(3), also in the database: the service refuses these first, with reasons.
@Check({ name: 'catalog_entry_conditional_has_condition', expression: "sharing_type <> 'CONDITIONAL' or sharing_condition is not null" })
@Check({ name: 'catalog_entry_not_shared_has_basis', expression: "sharing_type <> 'NOT_SHARED' or not_shared_basis is not null" })
@Check({ name: 'catalog_entry_shared_not_restricted', expression: "sharing_type = 'NOT_SHARED' or cardinality(restricted_to_organizations) = 0" })
export class CatalogEntry extends BaseEntity<'registeredOnExchange' | 'informationItems' | 'restrictedToOrganizations' | 'relatedResourceCodes'> {
  @ManyToOne(() => Catalog)
  catalog!: Catalog;

  @Field(() => String, { description: '类 (1 基础, 2 主题, 3 部门信息资源)' })
  @Property({ type: 'string', length: 1 })
  classCode!: string;

  @Field(() => String, { description: '项 (2 digits)' })
  @Property({ type: 'string', length: 2 })
  itemCode!: string;

  @Field(() => String, { description: '目 (3 digits)' })
  @Property({ type: 'string', length: 3 })
  categoryCode!: string;

  @Field(() => String, { nullable: true, description: '细目 (digits)' })
  @Property({ type: 'string', length: 12, nullable: true })
  subcategoryCode?: string | null;

  @Field(() => String, { description: '信息资源名称' })
  @Property({ type: 'string', length: 200 })
  resourceName!: string;

  @Field(() => String, { description: '信息资源代码: classification digits, "/", sequence' })
  @Property({ type: 'string', length: 60 })
  resourceCode!: string;

  /** 信息资源提供方: the construction unit or a co-builder (PM-9(6)). */
  @ManyToOne(() => Agency)
  provider!: Agency;

  @Field(() => String, { description: '信息资源提供方代码' })
  @Property({ type: 'string', length: 40 })
  providerCode!: string;

  @Field(() => String, { description: '信息资源摘要' })
  @Property({ type: 'text' })
  abstract!: string;

  @Field(() => ResourceFormatClass, { description: '信息资源格式分类' })
  @Enum({ items: () => ResourceFormatClass, nativeEnumName: 'resource_format_class' })
  formatClass!: ResourceFormatClass;

  @Field(() => String, { description: '信息资源格式类型 (OFD, xlsx, Oracle, …)' })
  @Property({ type: 'string', length: 40 })
  formatType!: string;

  @Field(() => [CatalogInformationItem], { description: '信息项' })
  @Property({ type: 'json', default: '[]' })
  informationItems: CatalogInformationItem[] = [];

  @Field(() => SharingType, { description: '共享类型 (PM-9(3))' })
  @Index()
  @Enum({ items: () => SharingType, nativeEnumName: 'sharing_type' })
  sharingType!: SharingType;

  @Field(() => String, { nullable: true, description: '共享条件: required when conditional (PM-9(3))' })
  @Property({ type: 'text', nullable: true })
  sharingCondition?: string | null;

  @Field(() => String, { nullable: true, description: '不予共享依据: law, regulation or policy; required when not shared (PM-9(3))' })
  @Property({ type: 'text', nullable: true })
  notSharedBasis?: string | null;

  @Field(() => SharingMethod, { nullable: true, description: '共享方式; null when not shared' })
  @Enum({ items: () => SharingMethod, nativeEnumName: 'sharing_method', nullable: true })
  sharingMethod?: SharingMethod | null;

  @Field(() => [String], { description: '仅向特定企业、社会组织开放: must be empty for shareable data (PM-9(3))' })
  @Property({ type: 'text[]', default: '{}' })
  restrictedToOrganizations: string[] = [];

  @Field(() => OpenType, { description: '开放属性' })
  @Enum({ items: () => OpenType, nativeEnumName: 'open_type' })
  openType!: OpenType;

  @Field(() => String, { nullable: true, description: '开放条件: required when conditionally opened' })
  @Property({ type: 'text', nullable: true })
  openCondition?: string | null;

  @Field(() => UpdateCycle, { description: '更新周期' })
  @Enum({ items: () => UpdateCycle, nativeEnumName: 'update_cycle' })
  updateCycle!: UpdateCycle;

  @Field(() => LocalDateScalar, { nullable: true, description: '发布日期; set on publication when empty' })
  @Property({ type: 'date', nullable: true })
  publishDate?: string | null;

  @Field(() => [String], { description: '关联资源代码' })
  @Property({ type: 'text[]', default: '{}' })
  relatedResourceCodes: string[] = [];

  @Field(() => Boolean, { description: 'Registered on the municipal data-sharing exchange platform (PM-9(3))' })
  @Property({ type: 'boolean', default: false })
  registeredOnExchange: boolean = false;

  @Field(() => String, { description: 'The classification digits: 类+项+目+细目' })
  classificationCode(): string {
    return `${this.classCode}${this.itemCode}${this.categoryCode}${this.subcategoryCode ?? ''}`;
  }
}

/**
 * 使用情况反馈 (PM-9(3)): an agency that used a published resource says what for and how it went;
 * the providing unit sees it.
 */
@ObjectType({ implements: Node })
@Entity()
@Index({ properties: ['entry', 'createdAt'] })
export class CatalogUsage extends BaseEntity {
  @ManyToOne(() => CatalogEntry)
  entry!: CatalogEntry;

  @ManyToOne(() => Agency)
  @Index()
  consumerAgency!: Agency;

  @Index()
  @ManyToOne(() => User)
  recordedBy!: User;

  @Field(() => String, { description: 'What the resource was used for (使用用途)' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => CatalogUsageOutcome)
  @Enum({ items: () => CatalogUsageOutcome, nativeEnumName: 'catalog_usage_outcome' })
  outcome!: CatalogUsageOutcome;

  @Field(() => String, { nullable: true, description: 'The quality issue or why the data could not be obtained' })
  @Property({ type: 'text', nullable: true })
  issue?: string | null;

  @Field(() => LocalDateScalar, { description: 'When it was used' })
  @Property({ type: 'date' })
  usedOn!: string;
}
