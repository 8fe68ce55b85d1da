import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A request sent with an `Idempotency-Key` header: the first one runs, a retry with the same key
 * gets the stored response instead of running again.
 */
@Entity()
@Index({ properties: ['createdAt'] })
export class IdempotentRequest {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'integer', nullable: true })
  statusCode?: number;

  @Property({ type: 'text', nullable: true })
  response?: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
