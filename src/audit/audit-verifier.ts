import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditCheckpointConfig } from '../config';
import type { Msg } from '../graphql/errors';
import { GENESIS_HASH, hashEvent } from './audit-chain';
import { listCheckpoints, readCheckpoint, trustedCheckpointKeys, type AuditCheckpoint, type CheckpointEntry } from './audit-checkpoint';
import { AuditEvent } from './audit-event.entity';

export interface ChainWalk {
  ok: boolean;
  /** Events verified, in order, before the first bad one. */
  checked: number;
  firstBadSeq?: number;
  reason?: Msg;
  /** The last event verified. */
  last?: { seq: number; hash: string };
  /** Hashes of the verified events whose sequence was asked for. */
  seen: Map<number, string>;
}

/**
 * Re-hashes the chain in order, in pages, from `after` (the genesis by default) up to `toSeq`
 * (the head by default), and names the first event that does not verify.
 */
export async function walkAuditChain(
  em: EntityManager,
  options: { after?: { seq: number; hash: string }; toSeq?: number; pageSize?: number; watch?: ReadonlySet<number> } = {},
): Promise<ChainWalk> {
  const pageSize = options.pageSize ?? 1000;
  let expectedPrev = options.after?.hash ?? GENESIS_HASH;
  let expectedSeq = (options.after?.seq ?? 0) + 1;
  let last = options.after;
  let checked = 0;
  const seen = new Map<number, string>();
  const bad = (firstBadSeq: number, zh: string, en: string): ChainWalk => ({ ok: false, checked, firstBadSeq, reason: { zh, en }, last, seen });
  for (;;) {
    const page = await em.find(
      AuditEvent,
      { seq: options.toSeq === undefined ? { $gte: expectedSeq } : { $gte: expectedSeq, $lte: options.toSeq } },
      { orderBy: { seq: 'asc' }, limit: pageSize, disableIdentityMap: true },
    );
    if (page.length === 0) {
      if (options.toSeq !== undefined && expectedSeq <= options.toSeq) return bad(expectedSeq, `事件 ${expectedSeq} 缺失`, `event ${expectedSeq} is missing`);
      return { ok: true, checked, last, seen };
    }
    for (const event of page) {
      if (event.seq !== expectedSeq) return bad(expectedSeq, `事件 ${expectedSeq} 缺失`, `event ${expectedSeq} is missing`);
      if (event.prevHash !== expectedPrev) return bad(event.seq, '与前一事件衔接不上', 'does not follow the previous event');
      if (hashEvent(event) !== event.hash) return bad(event.seq, '内容与其哈希不符', 'content does not match its hash');
      if (options.watch?.has(event.seq)) seen.set(event.seq, event.hash);
      expectedPrev = event.hash;
      expectedSeq += 1;
      checked += 1;
      last = { seq: event.seq, hash: event.hash };
    }
  }
}

export interface CheckpointProblem {
  file: string;
  seq?: number;
  reason: Msg;
}

export interface ChainReport {
  /** The chain re-hashes from the genesis, agrees with every signed checkpoint, and no checkpoint file is bad. */
  ok: boolean;
  checked: number;
  /** The first event that does not verify, and why. */
  firstBadSeq?: number;
  reason?: Msg;
  /** The chain was checked against a signed checkpoint and reaches it unchanged. */
  anchored: boolean;
  /** The newest checkpoint whose signature verifies. */
  checkpoint?: AuditCheckpoint & { file: string };
  /** Checkpoint files that are forged, altered, unreadable or signed by an unknown key (tampering in itself). */
  checkpointProblems: CheckpointProblem[];
}

/**
 * Verifies the chain from the genesis and, given the checkpoint configuration, against the signed
 * checkpoints: the newest valid one must name an event that exists with exactly its hash (so removing
 * or rewriting events up to it is found), and every checkpoint's name must agree with the chain.
 * Checkpoints are listed before the chain is read, so one written meanwhile cannot look ahead of it.
 */
export async function verifyAuditChain(
  em: EntityManager,
  options: { pageSize?: number; checkpoints?: Pick<AuditCheckpointConfig, 'dir' | 'keyFile' | 'trustedPublicKeys'> } = {},
): Promise<ChainReport> {
  const problems: CheckpointProblem[] = [];
  let entries: CheckpointEntry[] = [];
  let anchor: (AuditCheckpoint & { file: string }) | undefined;
  const judged = new Set<string>();
  let trusted = new Map<string, string>();
  const cp = options.checkpoints;
  if (cp) {
    trusted = trustedCheckpointKeys(cp);
    const listing = listCheckpoints(cp.dir);
    entries = listing.entries;
    for (const file of listing.strays) {
      problems.push({ file, reason: { zh: '检查点目录中有不是检查点的 JSON 文件', en: 'a JSON file in the checkpoint directory that is not named as a checkpoint' } });
    }
    // The newest checkpoint whose signature verifies is the anchor; any newer one is bad.
    for (let i = entries.length - 1; i >= 0 && !anchor; i--) {
      const reading = readCheckpoint(cp.dir, entries[i], trusted);
      judged.add(entries[i].file);
      if (reading.valid) anchor = { ...reading.checkpoint, file: entries[i].file };
      else problems.push({ file: entries[i].file, seq: entries[i].seq, reason: reading.reason });
    }
  }

  const walk = await walkAuditChain(em, { pageSize: options.pageSize, watch: new Set(entries.map((e) => e.seq)) });
  const findings: { seq: number; reason: Msg }[] = [];
  if (!walk.ok) findings.push({ seq: walk.firstBadSeq!, reason: walk.reason! });
  const headSeq = walk.last?.seq ?? 0;

  for (const entry of entries) {
    const hash = walk.seen.get(entry.seq);
    if (hash === undefined || hash === entry.hash || judged.has(entry.file)) continue;
    // An older checkpoint the chain disagrees with: a signed one means the event was changed.
    const reading = readCheckpoint(cp!.dir, entry, trusted);
    if (reading.valid) {
      findings.push({ seq: entry.seq, reason: { zh: `事件 ${entry.seq} 与已签名的检查点不符`, en: `event ${entry.seq} is not the one signed in checkpoint ${entry.seq}` } });
    } else problems.push({ file: entry.file, seq: entry.seq, reason: reading.reason });
  }

  let anchored = false;
  if (anchor) {
    const hash = walk.seen.get(anchor.seq);
    if (hash === anchor.hash) anchored = true;
    else if (hash !== undefined) {
      findings.push({ seq: anchor.seq, reason: { zh: `事件 ${anchor.seq} 与已签名的检查点不符`, en: `event ${anchor.seq} is not the one signed in checkpoint ${anchor.seq}` } });
    } else if (walk.ok) {
      findings.push({
        seq: headSeq + 1,
        reason: {
          zh: `事件 ${headSeq + 1} 至 ${anchor.seq} 缺失：签名检查点 ${anchor.seq} 时链已到事件 ${anchor.seq}`,
          en: `events ${headSeq + 1} to ${anchor.seq} are missing: checkpoint ${anchor.seq} was signed when the chain reached event ${anchor.seq}`,
        },
      });
    }
  }

  findings.sort((a, b) => a.seq - b.seq);
  const first = findings[0];
  return {
    ok: !first && problems.length === 0,
    checked: walk.checked,
    firstBadSeq: first?.seq,
    reason: first?.reason ?? (problems.length ? { zh: `检查点 ${problems[0].file}：${problems[0].reason.zh}`, en: `checkpoint ${problems[0].file}: ${problems[0].reason.en}` } : undefined),
    anchored,
    checkpoint: anchor,
    checkpointProblems: problems,
  };
}
