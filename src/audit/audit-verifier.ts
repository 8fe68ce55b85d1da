import type { EntityManager } from '@mikro-orm/postgresql';
import { GENESIS_HASH, hashEvent } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first event that does not verify, and why. */
  firstBadSeq?: number;
  reason?: string;
}

/** Re-hashes the whole chain in order, in pages, and names the first event that does not verify. */
export async function verifyAuditChain(em: EntityManager, pageSize = 1000): Promise<ChainReport> {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await em.find(
      AuditEvent,
      { seq: { $gte: expectedSeq } },
      { orderBy: { seq: 'asc' }, limit: pageSize, disableIdentityMap: true },
    );
    if (page.length === 0) return { ok: true, checked };
    for (const event of page) {
      if (event.seq !== expectedSeq) {
        return { ok: false, checked, firstBadSeq: expectedSeq, reason: `event ${expectedSeq} is missing` };
      }
      if (event.prevHash !== expectedPrev) {
        return { ok: false, checked, firstBadSeq: event.seq, reason: 'does not follow the previous event' };
      }
      if (hashEvent(event) !== event.hash) {
        return { ok: false, checked, firstBadSeq: event.seq, reason: 'content does not match its hash' };
      }
      expectedPrev = event.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
}
