import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Requests counted for one principal (or one address) in its current window, shared by every API
 * process. Written only by rate-limiter-flexible's RateLimiterPostgres, whose statements name this
 * table's columns in this order; a migration creates it, the limiter never does.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** When the window ends, in milliseconds since the epoch. */
  @Property({ type: 'bigint', nullable: true })
  expire?: string;
}
