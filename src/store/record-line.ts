/**
 * One file's cache record as a line: `{"sum":"<sha1 of the record>","record":{file, hash, size, mtimeMs, article,
 * facts, skipped, warning}}`. The checksum goes first, outside what it sums: an edit that keeps the JSON valid is
 * still caught. Quotes are packed as offsets into their passages (./quotes.ts).
 */
import * as crypto from 'node:crypto';
import type { Article } from '../corpus/index.js';
import type { CacheEntry } from './cache.js';
import { packQuotes, unpackQuotes } from './quotes.js';

export type CacheRecord = CacheEntry & { file: string };

/** A record's line as written to the cache (no newline), and where its article's JSON lies in it (bytes). */
export interface RecordLine {
  line: Buffer;
  article: [number, number] | null;
}

/**
 * One entry as a line of JSON with its quotes packed, as UTF-8 bytes, and where its article's JSON lies in the line
 * (bytes), so that an article's body can be read without parsing its facts (more than half of a record). The quotes
 * are swapped for offsets and back within this one synchronous call, so no answer can see them packed.
 *
 * The record is JSON.stringify({ file, ...entry }), written key by key (the same text: each value stringified, keys
 * whose value JSON leaves out skipped) so that the article's place is known without stringifying it twice. Each part
 * is encoded once, into a scratch buffer large enough for any text of its length, and the line copied out of it:
 * joined into one string first, the text was copied to be flattened and scanned twice more for its byte lengths.
 */
export function serializeEntry(file: string, entry: CacheEntry): RecordLine {
  const { bytes, article } = encodeEntry(file, entry);
  const line = Buffer.allocUnsafe(bytes.length);
  bytes.copy(line);
  return { line, article };
}

/**
 * serializeEntry's line as a view of the scratch buffer, valid until the next call: for a caller that copies it
 * into a buffer of its own (a worker thread's batch of records, ./read-worker.ts), not into one per line first.
 */
export function encodeEntry(file: string, entry: CacheEntry): { bytes: Buffer; article: [number, number] | null } {
  const unpack = packQuotes(entry);
  try {
    const record: Record<string, unknown> = { file, ...entry };
    const parts: string[] = [];
    let units = 0;
    let articlePart = -1;
    for (const key of Object.keys(record)) {
      const value = JSON.stringify(record[key]);
      if (value === undefined) continue; // undefined, a function: JSON.stringify leaves the key out
      const name = `${parts.length > 0 ? ',' : ''}${JSON.stringify(key)}:`;
      if (key === 'article' && record[key]) articlePart = parts.length + 1;
      parts.push(name, value);
      units += name.length + value.length;
    }
    // A UTF-16 unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four).
    const scratch = scratchFor(RECORD_AT + 3 * units + 2);
    let at = RECORD_AT;
    scratch[at++] = OPEN_BRACE;
    let article: [number, number] | null = null;
    for (let k = 0; k < parts.length; k++) {
      const written = scratch.write(parts[k]!, at, 'utf8');
      if (k === articlePart) article = [at, written];
      at += written;
    }
    scratch[at++] = CLOSE_BRACE;
    scratch.write(`{"sum":"${checksumOf(scratch.subarray(RECORD_AT, at))}","record":`, 0, 'latin1');
    scratch[at++] = CLOSE_BRACE;
    return { bytes: scratch.subarray(0, at), article };
  } finally {
    unpack();
  }
}

/**
 * The buffer records are encoded into before their line is copied out (one per thread), grown as a record needs; one
 * grown past SCRATCH_KEPT for a long file is let go at the next record of a usual size.
 */
const SCRATCH_BYTES = 1 << 16;
const SCRATCH_KEPT = 1 << 22;
let scratch = Buffer.allocUnsafeSlow(SCRATCH_BYTES);

function scratchFor(bytes: number): Buffer {
  if (scratch.length < bytes) scratch = Buffer.allocUnsafeSlow(Math.max(bytes, 2 * scratch.length));
  else if (scratch.length > SCRATCH_KEPT && bytes <= SCRATCH_BYTES) scratch = Buffer.allocUnsafeSlow(SCRATCH_BYTES);
  return scratch;
}

/**
 * SHA-1 in hex. crypto.hash where Node has it (20.12 and later; a named import would fail to load before): one call
 * and no Hash object, for every record a cold start writes (on both threads) and every record a start checks.
 */
const hashOnce = (crypto as { hash?: (algorithm: string, data: string | Uint8Array) => string }).hash;
const checksumOf: (text: string | Uint8Array) => string = hashOnce
  ? (text) => hashOnce('sha1', text)
  : (text) => crypto.createHash('sha1').update(text).digest('hex');

/** `{"sum":"<40 hex digits>","record":`, then the record, then `}`: the layout serializeEntry writes. */
const SUM_AT = '{"sum":"'.length;
const RECORD_AT = SUM_AT + 40 + '","record":'.length;
const RECORD_PREFIX = /^\{"sum":"([0-9a-f]{40})","record":/;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * The record of the line `bytes[start, end)` when its checksum holds, else the file it names (or "?"), to be read
 * again. The checksum is taken over the line's own bytes (the UTF-8 the writer hashed), and only the record is
 * decoded, once. Its quotes are still packed.
 */
export function checkedRecord(bytes: Buffer, start: number, end: number): CacheRecord | string {
  const prefix = RECORD_PREFIX.exec(bytes.toString('latin1', start, Math.min(end, start + RECORD_AT)));
  if (!prefix) return '?';
  const bodyEnd = end - 1;
  let parsed: CacheRecord | null = null;
  try {
    parsed = JSON.parse(bytes.toString('utf8', start + RECORD_AT, bodyEnd)) as CacheRecord;
  } catch {
    // Damaged beyond reading: the line is dropped.
  }
  const file = typeof parsed?.file === 'string' ? parsed.file : '?';
  if (!parsed || bytes[bodyEnd] !== CLOSE_BRACE || checksumOf(bytes.subarray(start + RECORD_AT, bodyEnd)) !== prefix[1])
    return file;
  return parsed;
}

/**
 * The article of a record line, parsed alone from its place (`article`, bytes in the line), when the line's checksum
 * holds and it is the record of `file` with `hash`; else null.
 */
export function checkedArticle(bytes: Buffer, file: string, hash: string, article: [number, number]): Article | null {
  const prefix = RECORD_PREFIX.exec(bytes.toString('latin1', 0, Math.min(bytes.length, RECORD_AT)));
  const bodyEnd = bytes.length - 1;
  if (!prefix || bytes[bodyEnd] !== CLOSE_BRACE) return null;
  if (checksumOf(bytes.subarray(RECORD_AT, bodyEnd)) !== prefix[1]) return null;
  const head = Buffer.from(`{"file":${JSON.stringify(file)},"hash":${JSON.stringify(hash)},`);
  if (!bytes.subarray(RECORD_AT, RECORD_AT + head.length).equals(head)) return null;
  const [start, length] = article;
  if (start < RECORD_AT + head.length || start + length > bodyEnd) return null;
  try {
    return JSON.parse(bytes.toString('utf8', start, start + length)) as Article;
  } catch {
    return null;
  }
}

/** checkedRecord with its quotes unpacked: the entry as the store holds it, or the file to read again. */
export function entryOfLine(bytes: Buffer, start: number, end: number): CacheRecord | string {
  const record = checkedRecord(bytes, start, end);
  if (typeof record !== 'string') unpackQuotes(record);
  return record;
}

export { checksumOf };
