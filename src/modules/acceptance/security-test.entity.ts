import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../organizations/agency.entity';
import { User } from '../organizations/user.entity';
import { Project } from '../projects/project.entity';
import { SecurityTestKind, SecurityTestResult } from './acceptance.enums';

/**
 * PM-11: a periodic network-security test or risk assessment of a project's system: what kind,
 * when, by whom, with what result. The MLPS test report (等级保护测评) it records is also part of
 * the acceptance application (PM-16.1).
 */
@ObjectType({ implements: Node, description: 'PM-11: a security test or risk assessment of a project' })
@Entity()
@Index({ properties: ['project', 'kind'] })
export class SecurityTest extends BaseEntity {
  @ManyToOne(() => Project)
  project!: Project;

  @Field(() => SecurityTestKind)
  @Enum({ items: () => SecurityTestKind, nativeEnumName: 'security_test_kind' })
  kind!: SecurityTestKind;

  @Field(() => LocalDateScalar)
  @Property({ type: 'date' })
  testedOn!: string;

  @Field(() => String, { description: 'The testing or assessment body' })
  @Property({ type: 'string' })
  tester!: string;

  @Field(() => SecurityTestResult)
  @Enum({ items: () => SecurityTestResult, nativeEnumName: 'security_test_result' })
  result!: SecurityTestResult;

  @Field(() => Int, { nullable: true, description: 'MLPS protection level (等级保护级别), for MLPS tests' })
  @Property({ type: 'smallint', nullable: true })
  mlpsLevel?: number;

  @Field(() => String, { nullable: true, description: 'Report number' })
  @Property({ type: 'string', nullable: true })
  reportNo?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  summary?: string;

  @Index()
  @ManyToOne(() => User)
  recordedBy!: User;

  @Index()
  @ManyToOne(() => Agency)
  recordedByAgency!: Agency;
}
