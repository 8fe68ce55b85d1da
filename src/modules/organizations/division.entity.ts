import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DivisionKind } from './organization.enums';

/** Ji'an City's own code (GB/T 2260): the division of every municipal agency and project. */
export const CITY_CODE = '360800';

/**
 * The city and its county-level units (GB/T 2260 codes; the functional zones, which have none,
 * carry the city's code with a suffix).
 */
@ObjectType({ description: 'Ji\'an City or one of its county-level units' })
@Entity()
export class Division {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String)
  @PrimaryKey({ type: 'string', length: 20 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  nameEn!: string;

  @Field(() => DivisionKind)
  @Enum({ items: () => DivisionKind, nativeEnumName: 'division_kind' })
  kind!: DivisionKind;
}
