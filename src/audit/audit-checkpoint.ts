import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import type { AuditCheckpointConfig } from '../config';
import type { Msg } from '../graphql/errors';
import { canonicalJson } from './audit-chain';

export const CHECKPOINT_FORMAT = 'jian-audit-checkpoint/1';

/** The default distinguishing ID of GB/T 35276, stated so that any SM2 tool can check a checkpoint. */
const SM2_USER_ID = '1234567812345678';

/**
 * A signed statement "the audit chain had reached event `seq`, whose hash was `hash`", kept outside
 * the database: a later rewrite or removal of events up to `seq` no longer matches it.
 */
export interface AuditCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  /** Sequence number of the head event; the chain then held exactly this many events. */
  seq: number;
  hash: string;
  /** When the head event occurred (ISO). */
  occurredAt: string;
  /** When the checkpoint was signed (ISO). */
  signedAt: string;
  /** Which key signed: the first 16 hex digits of SM3 over its public key. */
  keyId: string;
  /** SM2 signature (DER, hex) over the canonical JSON of every other field. */
  signature: string;
}

export type UnsignedCheckpoint = Omit<AuditCheckpoint, 'signature' | 'keyId' | 'format'>;

export interface CheckpointKey {
  privateKey: string;
  publicKey: string;
  keyId: string;
}

export function keyIdOf(publicKey: string): string {
  return createHash('sm3').update(publicKey.toLowerCase()).digest('hex').slice(0, 16);
}

function readPrivateKey(keyFile: string): string {
  const hex = fs.readFileSync(keyFile, 'utf8').trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${keyFile} is not an SM2 private key (64 hex digits)`);
  return hex;
}

/** Writes `content` to `target` only if nothing is there yet; true when this call wrote it. */
function createExclusively(target: string, content: string, mode: number): boolean {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    // A hard link never replaces an existing file (rename would), so the first writer wins.
    fs.linkSync(tmp, target);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    // No hard links on this file system: rename, which can only replace a file for the same name.
    if (fs.existsSync(target)) return false;
    fs.renameSync(tmp, target);
    return true;
  } finally {
    fs.rmSync(tmp, { force: true });
    syncDirectory(dir);
  }
}

function syncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a directory; the file itself is synced.
  }
}

/**
 * The SM2 key that signs checkpoints: generated once (mode 0600) at `keyFile`, which should not be
 * on the database host. Its public key is written beside it (`<keyFile>.pub`) for verifiers
 * elsewhere. Several processes starting at once agree on one key: the first file written wins.
 */
export function loadOrCreateCheckpointKey(keyFile: string): CheckpointKey {
  if (!fs.existsSync(keyFile)) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    createExclusively(keyFile, sm2.generateKeyPairHex().privateKey + '\n', 0o600);
  }
  const privateKey = readPrivateKey(keyFile);
  const publicKey = sm2.getPublicKeyFromPrivateKey(privateKey);
  const pubFile = `${keyFile}.pub`;
  if (!fs.existsSync(pubFile) || fs.readFileSync(pubFile, 'utf8').trim() !== publicKey) {
    const tmp = `${pubFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, publicKey + '\n', { mode: 0o644 });
    fs.renameSync(tmp, pubFile);
  }
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/**
 * The public keys a verifier accepts, by key ID: the configured ones, else the key file's own
 * (from the private key, or the `.pub` file beside it when only that was copied here). Never
 * creates a key: a verifier without one finds every checkpoint unverifiable.
 */
export function trustedCheckpointKeys(config: Pick<AuditCheckpointConfig, 'keyFile' | 'trustedPublicKeys'>): Map<string, string> {
  let keys = config.trustedPublicKeys;
  if (keys.length === 0) {
    const pubFile = `${config.keyFile}.pub`;
    if (fs.existsSync(config.keyFile)) keys = [sm2.getPublicKeyFromPrivateKey(readPrivateKey(config.keyFile))];
    else if (fs.existsSync(pubFile)) keys = [fs.readFileSync(pubFile, 'utf8').trim().toLowerCase()];
  }
  return new Map(keys.map((k) => [keyIdOf(k), k]));
}

function signedText(c: Omit<AuditCheckpoint, 'signature'>): string {
  return canonicalJson({ format: c.format, seq: c.seq, hash: c.hash, occurredAt: c.occurredAt, signedAt: c.signedAt, keyId: c.keyId });
}

export function signCheckpoint(head: UnsignedCheckpoint, key: CheckpointKey): AuditCheckpoint {
  const body = { format: CHECKPOINT_FORMAT, ...head, keyId: key.keyId } as const;
  const signature = sm2.doSignature(signedText(body), key.privateKey, { hash: true, der: true, publicKey: key.publicKey, userId: SM2_USER_ID });
  return { ...body, signature };
}

/** One checkpoint file as listed: its name carries the sequence and hash, so a listing can be compared with the chain. */
export interface CheckpointEntry {
  file: string;
  seq: number;
  hash: string;
}

const FILE_NAME = /^(\d{16})-([0-9a-f]{64})\.json$/;

/** `<seq, 16 digits>-<hash>.json`: names sort by sequence, and one head always gets one name. */
export function checkpointFileName(seq: number, hash: string): string {
  return `${String(seq).padStart(16, '0')}-${hash}.json`;
}

export interface CheckpointListing {
  /** Ascending by sequence. */
  entries: CheckpointEntry[];
  /** `.json` files whose names are not checkpoint names. */
  strays: string[];
}

export function listCheckpoints(dir: string): CheckpointListing {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], strays: [] };
    throw e;
  }
  const entries: CheckpointEntry[] = [];
  const strays: string[] = [];
  for (const file of names) {
    const m = FILE_NAME.exec(file);
    if (m) entries.push({ file, seq: Number(m[1]), hash: m[2] });
    else if (file.endsWith('.json')) strays.push(file);
  }
  entries.sort((a, b) => a.seq - b.seq || (a.hash < b.hash ? -1 : 1));
  return { entries, strays };
}

export type CheckpointReading = { valid: true; checkpoint: AuditCheckpoint } | { valid: false; reason: Msg };

const invalid = (zh: string, en: string): CheckpointReading => ({ valid: false, reason: { zh, en } });

/** Reads one checkpoint file and checks its form, that its name matches it, and its signature. */
export function readCheckpoint(dir: string, entry: CheckpointEntry, trusted: ReadonlyMap<string, string>): CheckpointReading {
  let c: AuditCheckpoint;
  try {
    c = JSON.parse(fs.readFileSync(path.join(dir, entry.file), 'utf8')) as AuditCheckpoint;
  } catch {
    return invalid('检查点文件无法读取或不是 JSON', 'the checkpoint file cannot be read or is not JSON');
  }
  const wellFormed =
    c !== null &&
    typeof c === 'object' &&
    c.format === CHECKPOINT_FORMAT &&
    Number.isSafeInteger(c.seq) &&
    c.seq > 0 &&
    typeof c.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(c.hash) &&
    typeof c.occurredAt === 'string' &&
    !Number.isNaN(Date.parse(c.occurredAt)) &&
    typeof c.signedAt === 'string' &&
    !Number.isNaN(Date.parse(c.signedAt)) &&
    typeof c.keyId === 'string' &&
    typeof c.signature === 'string' &&
    /^[0-9a-f]+$/i.test(c.signature);
  if (!wellFormed) return invalid('检查点文件格式不对', `the checkpoint file is not in the ${CHECKPOINT_FORMAT} format`);
  if (c.seq !== entry.seq || c.hash !== entry.hash) return invalid('检查点文件名与内容不符', 'the file name does not match its content');
  const publicKey = trusted.get(c.keyId);
  if (!publicKey) return invalid(`检查点由未知密钥 ${c.keyId} 签名`, `signed by an unknown key ${c.keyId}`);
  let verified = false;
  try {
    verified = sm2.doVerifySignature(signedText(c), c.signature, publicKey, { hash: true, der: true, userId: SM2_USER_ID });
  } catch {
    verified = false;
  }
  if (!verified) return invalid('检查点签名验证失败（伪造或被改动）', 'its signature does not verify (forged or altered)');
  return { valid: true, checkpoint: c };
}

/** Writes a checkpoint file atomically; false when a file for that head was already there. */
export function writeCheckpointFile(dir: string, checkpoint: AuditCheckpoint): boolean {
  fs.mkdirSync(dir, { recursive: true });
  return createExclusively(path.join(dir, checkpointFileName(checkpoint.seq, checkpoint.hash)), JSON.stringify(checkpoint, null, 2) + '\n', 0o644);
}
