/**
 * The on-disk cache: per file its parsed article and facts, keyed by content hash, and the search index beside it.
 *
 * One line of JSON per file, so a restart parses small records from one buffer instead of one huge JSON text
 * while holding both the text and the objects (at 10,000 articles that was most of the start time and of the peak
 * memory). Not V8's serialiser: it is a little faster to read, but its growing native buffers left some 50-120 MB
 * of the process's memory fragmented after one write of 10,000 records, where JSON's strings stay on the JS heap.
 * Quotes are stored as offsets into their passage: every fact quotes a sentence of its article, so the text is
 * written once, and read back as slices that share its memory.
 */
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Article } from '../corpus/index.js';
import type { ArticleFacts } from '../knowledge/index.js';
import { codeFingerprint } from './fingerprint.js';
import { packQuotes, unpackQuotes } from './quotes.js';

/** The layout of the file. What the records mean is keyed by the code fingerprint (./fingerprint.ts) in the header. */
export const CACHE_VERSION = 4;
const MAGIC = 'ATTACHE-CACHE';

export interface CacheEntry {
  hash: string;
  size: number;
  mtimeMs: number;
  article: Article | null;
  facts: ArticleFacts | null;
  skipped: string | null;
  /** A problem that did not stop the file: its sidecar was invalid, and ignored. */
  warning?: string;
}

export interface CacheFile {
  entries: Map<string, CacheEntry>;
  /** Hash of every file's hash: the cached index is valid only for exactly these files. */
  indexKey: string;
  index: Uint8Array | null;
  /** Records whose checksum did not match (edited or damaged): left out, so their files are read again. */
  rejected?: string[];
}

/** The cache path is something other than a regular file or nothing (a device, a pipe, a folder, a link): never used. */
export class CachePathError extends Error {
  override name = 'CachePathError';
}

/**
 * Whether `path` may be opened or replaced as a cache file: a regular file, or nothing there yet. A device node
 * (CACHE_FILE=/dev/null under a root service would otherwise be replaced by a regular file), a named pipe (its read
 * never ends), a link (to /dev/zero, or anywhere) or a folder is refused with the reason.
 */
export async function checkCachePath(path: string): Promise<void> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new CachePathError(`cache path ${path} cannot be checked (${(error as NodeJS.ErrnoException).code})`);
  }
  if (!info.isFile()) throw new CachePathError(`cache path ${path} is ${kindOf(info)}, not a regular file: not used`);
}

function kindOf(info: Stats): string {
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The bytes of a regular file, opened without following a link and without blocking on a pipe, and checked to be a
 * regular file on the open handle itself (so nothing can be swapped in between the check and the read).
 */
async function readRegularFile(path: string): Promise<Buffer> {
  await checkCachePath(path);
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CachePathError(`cache path ${path} is ${kindOf(info)}, not a regular file: not used`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export const indexPathOf = (path: string) => `${path}.index`;

/**
 * One entry as a line of JSON with its quotes packed (./quotes.ts). The quotes are swapped for offsets and back
 * within this one synchronous call, so no answer can see them packed, and nothing is copied.
 */
function serializeEntry(file: string, entry: CacheEntry): string {
  const unpack = packQuotes(entry);
  try {
    const record = JSON.stringify({ file, ...entry });
    // The record's checksum goes first, outside what it sums: an edit that keeps the JSON valid is still caught.
    return `{"sum":"${checksumOf(record)}","record":${record}}`;
  } finally {
    unpack();
  }
}

const checksumOf = (record: string) => createHash('sha1').update(record).digest('hex');

/** Records are written in chunks of about a megabyte: one write per record would be 10,000 small writes. */
const CHUNK_CHARS = 1 << 20;
const NEWLINE = 0x0a;

/** The header line, then one line per file (JSON.stringify never writes a raw newline). */
function* records(data: Pick<CacheFile, 'entries' | 'indexKey'>, code: string): Generator<Uint8Array> {
  let chunk = [JSON.stringify({ magic: MAGIC, version: CACHE_VERSION, code, indexKey: data.indexKey })];
  let chars = chunk[0]!.length;
  for (const [file, entry] of data.entries) {
    const line = serializeEntry(file, entry);
    chunk.push(line);
    chars += line.length;
    if (chars >= CHUNK_CHARS) {
      yield Buffer.from(`${chunk.join('\n')}\n`);
      chunk = [];
      chars = 0;
    }
  }
  if (chunk.length) yield Buffer.from(`${chunk.join('\n')}\n`);
}

/** The records of a cache file; throws on a truncated or damaged one (every line must end and parse). */
function parseRecords(bytes: Buffer, code: string): CacheFile | null {
  let at = 0;
  const next = (): unknown => {
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) throw new RangeError('truncated cache record');
    const value = JSON.parse(bytes.toString('utf8', at, end)) as unknown;
    at = end + 1;
    return value;
  };
  const header = next() as { magic?: string; version?: number; code?: string; indexKey?: string };
  if (
    header.magic !== MAGIC ||
    header.version !== CACHE_VERSION ||
    header.code !== code ||
    typeof header.indexKey !== 'string'
  )
    return null;
  const entries = new Map<string, CacheEntry>();
  const rejected: string[] = [];
  while (at < bytes.length) {
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) throw new RangeError('truncated cache record');
    const record = checkedRecord(bytes, at, end);
    at = end + 1;
    if (typeof record === 'string') {
      rejected.push(record);
      continue;
    }
    const { file, ...entry } = record;
    unpackQuotes(entry);
    entries.set(file, entry);
  }
  return { entries, indexKey: header.indexKey, index: null, ...(rejected.length ? { rejected } : {}) };
}

/** `{"sum":"<40 hex digits>","record":`, then the record, then `}`: the layout serializeEntry writes. */
const SUM_AT = '{"sum":"'.length;
const RECORD_AT = SUM_AT + 40 + '","record":'.length;
const RECORD_PREFIX = /^\{"sum":"([0-9a-f]{40})","record":/;
const CLOSE_BRACE = 0x7d;

/**
 * The record of the line `bytes[start, end)` when its checksum holds, else the file it names (or "?"), to be read
 * again. The checksum is taken over the line's own bytes (the UTF-8 the writer hashed), and only the record is
 * decoded, once: at 10,000 articles a start reads 40 MB of records.
 */
function checkedRecord(bytes: Buffer, start: number, end: number): (CacheEntry & { file: string }) | string {
  const prefix = RECORD_PREFIX.exec(bytes.toString('latin1', start, Math.min(end, start + RECORD_AT)));
  if (!prefix) return '?';
  const bodyEnd = end - 1;
  let parsed: (CacheEntry & { file: string }) | null = null;
  try {
    parsed = JSON.parse(bytes.toString('utf8', start + RECORD_AT, bodyEnd)) as CacheEntry & {
      file: string;
    };
  } catch {
    // Damaged beyond reading: the line is dropped.
  }
  const file = typeof parsed?.file === 'string' ? parsed.file : '?';
  const body = bytes.subarray(start + RECORD_AT, bodyEnd);
  if (
    !prefix ||
    !parsed ||
    bytes[bodyEnd] !== CLOSE_BRACE ||
    createHash('sha1').update(body).digest('hex') !== prefix[1]
  )
    return file;
  return parsed;
}

/** The cache at `path` when it was written by this code and data (`code`), else null. */
export async function readCache(path: string, code = codeFingerprint()): Promise<CacheFile | null> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path);
  } catch (error) {
    // A path that is not a regular file is the operator's to fix: said. No cache yet is the usual first start.
    if (error instanceof CachePathError) throw error;
    return null;
  }
  try {
    const cache = parseRecords(bytes, code);
    if (cache) cache.index = await readRegularFile(indexPathOf(path)).catch(() => null);
    return cache;
  } catch {
    // A damaged cache: start from the files.
    return null;
  }
}

/** `NAME.<pid>.tmp` and `NAME.index.<pid>.tmp` beside the cache: what a write leaves if the process dies mid-way. */
const temporaryOf = (path: string) => new RegExp(`^${escapeRegExp(basename(path))}(?:\\.index)?\\.(\\d+)\\.tmp$`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes the temporary files that writers which no longer run left beside the cache; returns their names. */
export async function removeStaleTemporaries(path: string): Promise<string[]> {
  const pattern = temporaryOf(path);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    // A writer still running (the CLI beside the bot, sharing the cache) is left to finish.
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const full = join(dirname(path), name);
    if (!(await lstat(full).catch(() => null))?.isFile()) continue;
    await unlink(full).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function writeAtomically(path: string, data: Uint8Array | Iterable<Uint8Array>) {
  await checkCachePath(path);
  const temporary = `${path}.${process.pid}.tmp`;
  await unlink(temporary).catch(() => undefined);
  // Created new (never through a link someone put at that name), written, flushed, renamed: a crash cannot leave
  // a renamed but empty cache, and a failed write (a full disk) leaves no partial file behind.
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    try {
      for (const chunk of data instanceof Uint8Array ? [data] : data) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Checked again just before the rename: what is at the path now is what gets replaced.
    await checkCachePath(path);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export async function writeCache(
  path: string,
  data: Omit<CacheFile, 'index' | 'rejected'> & { index: Uint8Array | Iterable<Uint8Array> },
  code = codeFingerprint(),
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // The index first: a cache whose entries are newer than its index is detected by the index key and rebuilt.
  await writeAtomically(indexPathOf(path), data.index);
  await writeAtomically(path, records(data, code));
}
