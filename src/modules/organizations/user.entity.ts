import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { Agency } from './agency.entity';
import { Role } from './organization.enums';

@ObjectType({ implements: Node, description: 'A person who signs in; their agency and roles decide their rights' })
@Entity()
export class User extends BaseEntity<'roles' | 'active'> {
  /** The `sub` claim of the identity platform's tokens. */
  @Field(() => String)
  @Property({ type: 'string', length: 80, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  displayName!: string;

  @Index()
  @ManyToOne(() => Agency)
  agency!: Agency;

  @Field(() => [Role])
  @Property({ type: 'text[]' })
  roles: Role[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
