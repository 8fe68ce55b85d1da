import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Node } from '../graphql/node';

export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  REFUSED = 'REFUSED',
}
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

/**
 * One entry of the append-only audit log (PM-18): every mutation, allowed or refused. Entries are
 * chained by SM3 hashes (each covers the previous hash), so an edited or removed entry is detected
 * by the verifier; a trigger also refuses UPDATE and DELETE.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'audit_event' })
export class AuditEvent extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'Position in the chain, from 1' })
  @Property({ type: new BigIntType('number'), unique: true })
  seq!: number;

  @Field(() => Date)
  @Index()
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String)
  @Property({ type: 'string' })
  requestId!: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  actorUsername?: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorAgencyId?: string;

  @Field(() => String, { nullable: true, description: 'Service credential that acted for the user (OA systems)' })
  @Property({ type: 'string', nullable: true })
  serviceClient?: string;

  @Field(() => String)
  @Property({ type: 'string' })
  action!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  subjectType!: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  subjectId?: string;

  @Field(() => AuditOutcome)
  @Enum({ items: () => AuditOutcome, nativeEnumName: 'audit_outcome' })
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'Error code when refused' })
  @Property({ type: 'string', nullable: true })
  errorCode?: string;

  @Field(() => String, { nullable: true, description: 'Rule ID that decided' })
  @Property({ type: 'string', nullable: true })
  rule?: string;

  @Field(() => GraphQLJSON, { description: 'Changed fields, before and after, per entity' })
  @Property({ type: 'jsonb' })
  changes: unknown = [];

  @Field(() => String)
  @Property({ type: 'string' })
  policyVersion!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  hash!: string;
}
