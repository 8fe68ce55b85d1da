import type { AppServices } from '../context';
import type { Msg } from '../graphql/errors';
import { hashEvent } from './audit-chain';
import {
  keyIdOf,
  listCheckpoints,
  loadOrCreateCheckpointKey,
  readCheckpoint,
  signCheckpoint,
  writeCheckpointFile,
  type AuditCheckpoint,
} from './audit-checkpoint';
import { AuditEvent } from './audit-event.entity';
import { walkAuditChain } from './audit-verifier';

export type CheckpointWrite =
  | { status: 'written'; checkpoint: AuditCheckpoint }
  /** The head has not moved since the newest checkpoint (or another process just wrote it), or the chain is empty. */
  | { status: 'unchanged'; checkpoint?: AuditCheckpoint }
  /** The chain contradicts the newest checkpoint or does not verify after it: signing it would launder the change. */
  | { status: 'refused'; reason: Msg }
  | { status: 'failed'; error: unknown };

type CheckpointServices = Pick<AppServices, 'config' | 'orm' | 'logger'>;

const inFlight = new WeakMap<CheckpointServices, Promise<CheckpointWrite>>();

/**
 * Signs and writes a checkpoint of the chain's head when it has moved since the newest valid
 * checkpoint, after verifying the events in between. Called by the periodic timer and at shutdown;
 * calls in one process take turns, and processes racing for the same head write one file. Never
 * rejects: a refusal or a failure is logged and returned.
 */
export function writeAuditCheckpoint(services: CheckpointServices): Promise<CheckpointWrite> {
  const previous = inFlight.get(services);
  const next = (previous ?? Promise.resolve()).then(() => checkpointOnce(services));
  inFlight.set(services, next);
  return next;
}

async function checkpointOnce(services: CheckpointServices): Promise<CheckpointWrite> {
  try {
    const result = await checkpointHead(services);
    if (result.status === 'refused') services.logger.error({ reason: result.reason.en }, 'audit checkpoint refused');
    return result;
  } catch (error) {
    services.logger.error({ err: error }, 'audit checkpoint failed');
    return { status: 'failed', error };
  }
}

const refused = (zh: string, en: string): CheckpointWrite => ({ status: 'refused', reason: { zh, en } });

async function checkpointHead(services: CheckpointServices): Promise<CheckpointWrite> {
  const { dir, keyFile, trustedPublicKeys } = services.config.auditCheckpoint;
  const key = loadOrCreateCheckpointKey(keyFile);
  const trusted = new Map(trustedPublicKeys.map((k) => [keyIdOf(k), k]));
  trusted.set(key.keyId, key.publicKey);

  // Listed before the head is read: a checkpoint another process writes meanwhile is not ahead of it.
  const { entries } = listCheckpoints(dir);
  let latest: AuditCheckpoint | undefined;
  for (let i = entries.length - 1; i >= 0 && !latest; i--) {
    const reading = readCheckpoint(dir, entries[i], trusted);
    if (reading.valid) latest = reading.checkpoint;
  }

  const em = services.orm.em.fork();
  const head = await em.findOne(AuditEvent, { seq: { $gt: 0 } }, { orderBy: { seq: 'desc' }, disableIdentityMap: true });
  if (!head) {
    return latest ? refused(`审计链为空，但检查点 ${latest.seq} 已签名`, `the chain is empty but checkpoint ${latest.seq} was signed`) : { status: 'unchanged' };
  }
  if (latest) {
    if (head.seq === latest.seq && head.hash === latest.hash) return { status: 'unchanged', checkpoint: latest };
    if (head.seq <= latest.seq) {
      return refused(`审计链止于事件 ${head.seq}，与检查点 ${latest.seq} 不符`, `the chain ends at event ${head.seq}, which contradicts checkpoint ${latest.seq}`);
    }
    const anchor = await em.findOne(AuditEvent, { seq: latest.seq }, { disableIdentityMap: true });
    if (!anchor || anchor.hash !== latest.hash || hashEvent(anchor) !== anchor.hash) {
      return refused(`事件 ${latest.seq} 与检查点不符`, `event ${latest.seq} no longer matches its checkpoint`);
    }
  }
  const walk = await walkAuditChain(em, { after: latest, toSeq: head.seq });
  if (!walk.ok) return refused(`事件 ${walk.firstBadSeq}：${walk.reason!.zh}`, `event ${walk.firstBadSeq}: ${walk.reason!.en}`);

  // Signed at wall time, not the service clock (which tests and replays move).
  const checkpoint = signCheckpoint(
    { seq: head.seq, hash: head.hash, occurredAt: head.occurredAt.toISOString(), signedAt: new Date().toISOString() },
    key,
  );
  return writeCheckpointFile(dir, checkpoint) ? { status: 'written', checkpoint } : { status: 'unchanged' };
}
