import { Collection, Entity, Enum, ManyToOne, OneToMany, OneToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { Project } from '../projects/project.entity';

export enum CatalogStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  RETURNED = 'RETURNED',
}
registerEnumType(CatalogStatus, { name: 'CatalogStatus' });

/** A project's information-resource catalog (政务信息资源目录), a precondition of approval (PM-9(3)). */
@ObjectType({ implements: Node })
@Entity()
export class Catalog extends BaseEntity<'status' | 'version'> {
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

  @OneToMany(() => CatalogEntry, (e) => e.catalog)
  entries = new Collection<CatalogEntry>(this);
}

/** One information resource of a catalog. */
@ObjectType({ implements: Node })
@Entity()
export class CatalogEntry extends BaseEntity {
  @ManyToOne(() => Catalog)
  catalog!: Catalog;

  @Field(() => String, { description: '信息资源名称' })
  @Property({ type: 'string' })
  resourceName!: string;

  @Field(() => String, { description: '信息资源代码' })
  @Property({ type: 'string' })
  resourceCode!: string;
}
