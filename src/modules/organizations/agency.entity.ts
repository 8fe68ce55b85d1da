import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { Division } from './division.entity';
import { AgencyKind, AgencyLevel } from './organization.enums';

@ObjectType({ implements: Node, description: 'A government agency, unit or firm taking part in projects or the cloud' })
@Entity()
export class Agency extends BaseEntity {
  /** Stable readable code, e.g. `DRC`, `GAJ`, `360826-EGOV`. */
  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  nameEn!: string;

  @Field(() => AgencyKind)
  @Index()
  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind' })
  kind!: AgencyKind;

  /** The county-level unit it belongs to; null for municipal and non-governmental agencies. */
  @Index()
  @ManyToOne(() => Division, { nullable: true, fieldName: 'county_code' })
  county?: Division;

  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  parent?: Agency;

  /**
   * PM-16.3: for a public institution, the bureau it belongs to (its 主管部门); the default
   * competent department of its projects. Null for a bureau itself.
   */
  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  competentDepartment?: Agency;

  @Field(() => AgencyLevel)
  level(): AgencyLevel {
    return this.county ? AgencyLevel.COUNTY : AgencyLevel.MUNICIPAL;
  }

  @Field(() => String, { nullable: true, description: 'GB/T 2260 code of its county-level unit; null when municipal' })
  countyCode(): string | null {
    return this.county?.code ?? null;
  }
}
