import { constants, inflateRawSync } from 'node:zlib';

/**
 * What an archive (an XLSX workbook is a ZIP) would expand to, checked before a library inflates
 * it: a few kilobytes can declare, or hide, gigabytes ("zip bomb"). The central directory gives the
 * entries and their sizes; each entry is then inflated with its declared size as the ceiling, so an
 * entry that holds more than it declares fails here, not in the parser.
 *
 * Only what a workbook uses is accepted: stored or deflated entries, no ZIP64, no encryption.
 */

export interface ZipLimits {
  /** Most entries (an XLSX of one sheet has about a dozen). */
  maxEntries: number;
  /** Most bytes all entries together inflate to. */
  maxUncompressedBytes: number;
}

export type ZipVerdict =
  | { ok: true; entries: number; uncompressedBytes: number }
  | { ok: false; reason: 'NOT_A_ZIP' | 'TOO_MANY_ENTRIES' | 'TOO_LARGE' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARK = 0xffffffff;

/** Offset of the end-of-central-directory record: the last one, within the comment's reach of the end. */
function endOfCentralDirectory(buf: Buffer): number {
  const earliest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= earliest; i -= 1) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

export function inspectZip(buf: Buffer, limits: ZipLimits): ZipVerdict {
  if (buf.length < 22) return { ok: false, reason: 'NOT_A_ZIP' };
  const end = endOfCentralDirectory(buf);
  if (end < 0) return { ok: false, reason: 'NOT_A_ZIP' };
  const count = buf.readUInt16LE(end + 10);
  const dirSize = buf.readUInt32LE(end + 12);
  const dirOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || dirSize === ZIP64_MARK || dirOffset === ZIP64_MARK) return { ok: false, reason: 'NOT_A_ZIP' };
  if (count > limits.maxEntries) return { ok: false, reason: 'TOO_MANY_ENTRIES' };
  if (dirOffset + dirSize > end) return { ok: false, reason: 'NOT_A_ZIP' };

  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL) return { ok: false, reason: 'NOT_A_ZIP' };
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) return { ok: false, reason: 'NOT_A_ZIP' }; // encrypted
    if (compressed === ZIP64_MARK || declared === ZIP64_MARK || localOffset === ZIP64_MARK) return { ok: false, reason: 'NOT_A_ZIP' };
    total += declared;
    if (total > limits.maxUncompressedBytes) return { ok: false, reason: 'TOO_LARGE' };

    // The entry's data, where a reader finds it: after its local header.
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) return { ok: false, reason: 'NOT_A_ZIP' };
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressed > buf.length) return { ok: false, reason: 'NOT_A_ZIP' };
    const data = buf.subarray(dataStart, dataStart + compressed);
    if (method === STORED) {
      if (compressed > declared) return { ok: false, reason: 'TOO_LARGE' };
    } else if (method === DEFLATED) {
      try {
        // One byte more than declared may come out: more than that and the entry lies about its size.
        const out = inflateRawSync(data, { maxOutputLength: Math.max(1, declared + 1), finishFlush: constants.Z_SYNC_FLUSH });
        if (out.length > declared) return { ok: false, reason: 'TOO_LARGE' };
      } catch (e) {
        const code = (e as { code?: string }).code;
        return { ok: false, reason: code === 'ERR_BUFFER_TOO_LARGE' ? 'TOO_LARGE' : 'NOT_A_ZIP' };
      }
    } else {
      return { ok: false, reason: 'NOT_A_ZIP' };
    }
  }
  return { ok: true, entries: count, uncompressedBytes: total };
}
