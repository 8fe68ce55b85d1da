import { DefaultLogger, type LogContext } from '@mikro-orm/core';
import { countStatement } from './request-facts';

/**
 * The ORM's logger: counts every statement sent (the ORM reports each one here, query logging on
 * or off) towards the request in flight, then logs as the default logger does.
 */
export class RequestStatementLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    countStatement();
    super.logQuery(context);
  }
}
