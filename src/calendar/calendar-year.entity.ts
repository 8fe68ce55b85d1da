import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars';
import { Agency } from '../modules/organizations/agency.entity';
import { User } from '../modules/organizations/user.entity';

/**
 * One year of the official holiday calendar (法定节假日及调休安排). Loaded from the maintained
 * `chinese-days` package by the seed; a year the package does not have yet is published here by BDC
 * or the Government Office from the State Council's notice. Working-day deadlines (CM-12, CM-13,
 * CM-15) are computed from these rows only.
 */
@ObjectType({ implements: Node, description: 'One year of the official holiday and make-up working day calendar' })
@Entity()
export class WorkingCalendarYear extends BaseEntity {
  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  year!: number;

  @Field(() => [LocalDateScalar], { description: 'Days off by the notice (public holidays and the weekdays given off with them)' })
  @Property({ type: 'text[]' })
  holidays: string[] = [];

  @Field(() => [LocalDateScalar], { description: 'Weekend days that are working days (调休上班)' })
  @Property({ type: 'text[]' })
  workdays: string[] = [];

  @Field(() => String, { description: 'Where the data comes from: the package version, or the notice published' })
  @Property({ type: 'text' })
  source!: string;

  /** Who published it; null for years loaded from the package. */
  @Index()
  @ManyToOne(() => User, { nullable: true })
  publishedBy?: User;

  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  publishedByAgency?: Agency;
}
