import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { CloudChangeRequest } from '../cloud/change-request.entity';
import { CloudServiceItem } from '../cloud/service-item.entity';
import { CloudTenancy } from '../cloud/tenancy.entity';
import { Agency } from '../organizations/agency.entity';
import { Division } from '../organizations/division.entity';
import { User } from '../organizations/user.entity';

/**
 * CM-14: a utilisation reading of one service item of a tenancy over a period, as the cloud
 * monitoring platform (云监管平台) posted it. Its natural key is (tenancy, item, period start, period
 * end); a reading is never edited: a correction is a new revision of the same key, and the one it
 * replaces is kept (superseded), so an adjustment still shows the figures it rested on. At most one
 * revision of a key is current (a partial unique index). The tenancy's parties are copied so
 * policies can scope on them, as on incidents.
 */
@ObjectType({ implements: Node, description: 'CM-14: a utilisation reading of a tenancy’s service item over a period, from the cloud monitoring platform' })
@Entity()
@Unique({ name: 'utilisation_reading_key_revision_unique', properties: ['tenancy', 'item', 'periodStart', 'periodEnd', 'revision'] })
// One current revision per natural key (MikroORM cannot declare a partial index: given by its SQL, compared by name).
@Index({
  name: 'utilisation_reading_current_unique',
  expression:
    'create unique index "utilisation_reading_current_unique" on "utilisation_reading" ("tenancy_id", "item_id", "period_start", "period_end") where "superseded_at" is null',
})
@Check({ name: 'utilisation_reading_values', expression: 'period_end >= period_start and average >= 0 and peak >= average and revision >= 1' })
export class UtilisationReading extends BaseEntity<'revision' | 'supersededAt' | 'userDepartment'> {
  @ManyToOne(() => CloudTenancy)
  tenancy!: CloudTenancy;

  @Index()
  @ManyToOne(() => CloudServiceItem)
  item!: CloudServiceItem;

  @Index()
  @ManyToOne(() => Agency)
  tenant!: Agency;

  /** The tenancy's county user department (CM-7, CM-10); null when it has none. */
  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  userDepartment: Agency | null = null;

  @Index()
  @ManyToOne(() => Agency, { nullable: true })
  provider?: Agency;

  @Index()
  @ManyToOne(() => Division, { fieldName: 'division_code' })
  division!: Division;

  @Field(() => LocalDateScalar, { description: 'First day of the period measured' })
  @Index()
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period measured' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => String, { description: 'Average use over the period, in `unit` (an exact decimal, 4 places)' })
  @Property({ type: 'decimal', precision: 14, scale: 4 })
  average!: string;

  @Field(() => String, { description: 'Peak use over the period, in `unit` (an exact decimal, 4 places)' })
  @Property({ type: 'decimal', precision: 14, scale: 4 })
  peak!: string;

  @Field(() => String, { description: 'The item’s own unit (e.g. 核, GB), or % of the quota in force' })
  @Property({ type: 'string', length: 20 })
  unit!: string;

  @Field(() => Int, { description: '1, then one more for each correction of the same tenancy, item and period' })
  @Property({ type: 'smallint', default: 1 })
  revision: number = 1;

  @Field(() => Date, { nullable: true, description: 'When a correction replaced it; null while current' })
  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;

  @Index()
  @ManyToOne(() => User)
  postedBy!: User;
}

/** CM-14: an adjustment of BDC cites a reading it rests on (the very revision it saw). */
@Entity()
@Unique({ properties: ['changeRequest', 'reading'] })
export class UtilisationCitation extends BaseEntity {
  @ManyToOne(() => CloudChangeRequest)
  changeRequest!: CloudChangeRequest;

  @Index()
  @ManyToOne(() => UtilisationReading)
  reading!: UtilisationReading;
}
