import type { EntityManager } from '@mikro-orm/postgresql';
import { GENESIS_HASH, hashEvent } from './audit-chain';
import { noteRefusal } from '../log/request-facts';
import { AuditEvent, AuditOutcome } from './audit-event.entity';

/** Advisory lock key that serialises appends to the chain (one tail, many writers). */
const AUDIT_CHAIN_LOCK = 0x4a41_0001;

export interface AuditEntry {
  requestId: string;
  actorUserId?: string;
  actorUsername?: string;
  actorAgencyId?: string;
  serviceClient?: string;
  action: string;
  subjectType: string;
  subjectId?: string;
  outcome: AuditOutcome;
  errorCode?: string;
  rule?: string;
  changes?: unknown;
  policyVersion: string;
}

/**
 * Appends one event to the chain inside the caller's transaction. The transaction-scoped advisory
 * lock makes concurrent appenders take turns, so each event's `prevHash` is its predecessor's hash;
 * it is released at commit or rollback.
 */
export async function appendAuditEvent(em: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
  if (!em.isInTransaction()) throw new Error('appendAuditEvent needs a transaction');
  await em.execute('select pg_advisory_xact_lock(?)', [AUDIT_CHAIN_LOCK]);
  const [last] = await em.execute<{ seq: string; hash: string }[]>(
    'select seq, hash from audit_event order by seq desc limit 1',
  );
  const event = em.create(AuditEvent, {
    ...entry,
    changes: entry.changes ?? [],
    seq: last ? Number(last.seq) + 1 : 1,
    occurredAt: new Date(),
    prevHash: last ? last.hash : GENESIS_HASH,
    hash: '',
  });
  event.hash = hashEvent(event);
  await em.flush();
  // The request's log line gives the refusal the trail recorded as its outcome.
  if (entry.outcome === AuditOutcome.REFUSED) noteRefusal(entry.errorCode ?? 'REFUSED', entry.rule);
  return event;
}
