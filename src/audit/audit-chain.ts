import { createHash } from 'node:crypto';
import type { AuditEvent } from './audit-event.entity';

/** Hash of the empty chain: the `prevHash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level (jsonb does not keep key order). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

type Hashed = Pick<
  AuditEvent,
  | 'seq' | 'occurredAt' | 'requestId' | 'actorUserId' | 'actorUsername' | 'actorAgencyId' | 'serviceClient'
  | 'action' | 'subjectType' | 'subjectId' | 'outcome' | 'errorCode' | 'rule' | 'changes' | 'policyVersion' | 'prevHash'
>;

/** SM3 over every recorded field and the previous event's hash. */
export function hashEvent(e: Hashed): string {
  const body = canonicalJson({
    seq: e.seq,
    occurredAt: e.occurredAt.toISOString(),
    requestId: e.requestId,
    actorUserId: e.actorUserId ?? null,
    actorUsername: e.actorUsername ?? null,
    actorAgencyId: e.actorAgencyId ?? null,
    serviceClient: e.serviceClient ?? null,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId ?? null,
    outcome: e.outcome,
    errorCode: e.errorCode ?? null,
    rule: e.rule ?? null,
    changes: e.changes,
    policyVersion: e.policyVersion,
    prevHash: e.prevHash,
  });
  return createHash('sm3').update(body).digest('hex');
}
