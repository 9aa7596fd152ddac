/**
 * The on-disk cache: per file its parsed article and facts, keyed by content hash, the merged knowledge table, and
 * the search index beside it.
 *
 * The file: a header line (magic, layout version, code fingerprint, index key); one line of JSON per file, its record
 * (./record-line.ts); then the manifest (per file its size, time, hash, article metadata and where its record lies),
 * the merged knowledge table (./knowledge-section.ts), and a last line saying where those two lie, with a checksum of
 * each. A start reads the header, the last line and the two sections, and nothing else: records are read when first
 * needed (./lazy-records.ts). A manifest or table that fails its checksum makes the start read every record instead,
 * each checked on its own, as a cache without them would be. Not V8's serialiser: its growing native buffers left
 * some 50-120 MB of the process's memory fragmented after one write of 10,000 records, where JSON's stay on the heap.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, read, readSync, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { unreadPassageCount, type Article } from '../corpus/index.js';
import type { ArticleFacts, KnowledgeSnapshot } from '../knowledge/index.js';
import { codeFingerprint } from './fingerprint.js';
import { decodeKnowledge, encodeKnowledgeParts } from './knowledge-section.js';
import { jsonText } from './ascii-json.js';
import { encodeManifestParts, Manifest, type ManifestEntry } from './manifest.js';
import { asciiParts } from './parts.js';
import { articleMetaOf, lazyEntry, RecordSource, type RereadHooks, unreadLine } from './lazy-records.js';
import { checksumOf, encodeEntry, entryOfLine, serializeEntry } from './record-line.js';

/** The layout of the file. What the records mean is keyed by the code fingerprint (./fingerprint.ts) in the header. */
export const CACHE_VERSION = 6;
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
  /** The merged knowledge table as written, when its section was whole. */
  knowledge?: KnowledgeSnapshot | null;
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
 * A regular file opened without following a link and without blocking on a pipe, and checked to be a regular file on
 * the open descriptor itself (so nothing can be swapped in between the check and the read). The cache's records are
 * read later on demand from it (./lazy-records.ts), and it is closed with them.
 */
async function openRegularFile(path: string): Promise<{ fd: number; size: number }> {
  await checkCachePath(path);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new CachePathError(`cache path ${path} is ${kindOf(info)}, not a regular file: not used`);
    return { fd, size: info.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

export const indexPathOf = (path: string) => `${path}.index`;

/**
 * The index file, opened and checked as the cache is, and a buffer of its size to read it into (readIndexInto). Null
 * when it is missing or unreadable (the index is then built).
 */
async function openIndexFile(path: string): Promise<{ fd: number; buffer: Buffer } | null> {
  try {
    const { fd, size } = await openRegularFile(path);
    // Not zero-filled: every byte is read, or the index is refused.
    return { fd, buffer: Buffer.allocUnsafe(size) };
  } catch {
    return null;
  }
}

/** The index file's bytes, read off this thread (readAtOffThread), then closed; null when the read fails. */
async function readIndexInto(opened: { fd: number; buffer: Buffer } | null): Promise<Buffer | null> {
  if (!opened) return null;
  try {
    return await readAtOffThread(opened.fd, 0, opened.buffer.length, opened.buffer);
  } catch {
    return null;
  } finally {
    closeSync(opened.fd);
  }
}

/** Records are written in chunks of about a megabyte: one write per record would be 10,000 small writes. */
export const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;
export const NEWLINE_BYTES = Buffer.from('\n');
/** The knowledge section of a cache written without the merged table. */
const NO_KNOWLEDGE = Buffer.from('null');

/** Where the manifest and the knowledge table lie, and their checksums: the file's last line. */
interface Footer {
  manifest: [number, number, string];
  knowledge: [number, number, string];
}

export function manifestEntry(
  file: string,
  entry: CacheEntry,
  at: [number, number],
  body: [number, number] | null,
): ManifestEntry {
  const { article } = entry;
  return {
    file,
    hash: entry.hash,
    size: entry.size,
    mtimeMs: entry.mtimeMs,
    skipped: entry.skipped,
    ...(entry.warning !== undefined ? { warning: entry.warning } : {}),
    article: article && articleMetaOf(article),
    // Counted without reading the body of an article that was not read.
    passages: article ? (unreadPassageCount(article) ?? article.passages.length) : 0,
    at,
    body,
  };
}

/** The first line. Its length depends on the code only (the index key is 40 hex digits): a streamed write rewrites it in place. */
export const headerOf = (code: string, indexKey: string) =>
  Buffer.from(`${JSON.stringify({ magic: MAGIC, version: CACHE_VERSION, code, indexKey })}\n`);

/** The manifest, the knowledge section and the footer, in parts; `manifest` is emptied once written. */
export function* sectionsAt(
  offset: number,
  manifest: ManifestEntry[],
  positions: Map<string, number>,
  knowledge: KnowledgeSnapshot | null | undefined,
): Generator<Buffer> {
  // Each section in parts, its length and checksum (checksumOf's SHA-1) counted as they go: never one buffer of it
  // all, nor one string (tens of megabytes each at 100,000 articles, at the peak of a cold start).
  const counted = function* (parts: Iterable<Buffer>, into: [number, number, string]) {
    const sum = createHash('sha1');
    for (const part of parts) {
      sum.update(part);
      into[1] += part.length;
      yield part;
    }
    into[2] = sum.digest('hex');
  };
  const footer: Footer = { manifest: [offset, 0, ''], knowledge: [0, 0, ''] };
  // The manifest is ASCII (asciiJson's): written as Latin-1, its bytes are its UTF-8.
  yield* counted(asciiParts(encodeManifestParts(manifest)), footer.manifest);
  // Let go of the manifest (an object per file) before the knowledge table is encoded: both were at the peak of a
  // cold start (some 30 MB of manifest at 100,000 articles). Its callers use it for nothing else.
  manifest.length = 0;
  yield NEWLINE_BYTES;
  footer.knowledge[0] = offset + footer.manifest[1] + 1;
  yield* counted(knowledge ? encodeKnowledgeParts(knowledge, positions) : [NO_KNOWLEDGE], footer.knowledge);
  yield NEWLINE_BYTES;
  yield Buffer.from(`${JSON.stringify(footer)}\n`);
}

/**
 * recordLineOf's line, for a caller that copies it at once: an entry serialised now gives a view of the encoder's
 * scratch buffer (../record-line.ts, encodeEntry), written over by the next record.
 */
export function recordBytesOf(file: string, entry: CacheEntry): { line: Buffer; article: [number, number] | null } {
  const unread = unreadLine(entry);
  if (unread) return unread;
  const { bytes, article } = encodeEntry(file, entry);
  return { line: bytes, article };
}

/** An entry's record line: a lazy entry's as it is on disk (copied), any other serialised now. */
export function recordLineOf(file: string, entry: CacheEntry): { line: Buffer; article: [number, number] | null } {
  const unread = unreadLine(entry);
  if (unread) return unread;
  return serializeEntry(file, entry);
}

/** The whole file, in chunks: header, records (a record not read since the start is copied as it is), sections, footer. */
function* records(
  data: Pick<CacheFile, 'entries' | 'indexKey'> & { knowledge?: KnowledgeSnapshot | null },
  code: string,
): Generator<Uint8Array> {
  const header = headerOf(code, data.indexKey);
  let chunk: Buffer[] = [header];
  let chunkBytes = header.length;
  let offset = header.length;
  const manifest: ManifestEntry[] = [];
  const positions = new Map<string, number>();
  for (const [file, entry] of data.entries) {
    const { line, article } = recordLineOf(file, entry);
    positions.set(file, manifest.length);
    manifest.push(manifestEntry(file, entry, [offset, line.length], article));
    chunk.push(line, NEWLINE_BYTES);
    offset += line.length + 1;
    chunkBytes += line.length + 1;
    if (chunkBytes >= CHUNK_BYTES) {
      yield Buffer.concat(chunk);
      chunk = [];
      chunkBytes = 0;
    }
  }
  yield Buffer.concat(chunk);
  yield* sectionsAt(offset, manifest, positions, data.knowledge);
}

/**
 * `length` bytes at `offset`, read by libuv's thread pool in one `pread` (a large read is one call, not the promise
 * API's half-megabyte steps, each waiting for a turn of the event loop); throws when the file is shorter. The kernel's
 * copy and the page faults of a fresh buffer (at 100,000 articles 200 MB of index and 80 MB of sections, 0.3-0.4 s of
 * CPU) are then paid on a pool thread, while this one parses what it has (and the bot imports discord.js).
 */
async function readAtOffThread(
  fd: number,
  offset: number,
  length: number,
  // Not zero-filled: every byte is read below, or the whole is refused.
  buffer: Buffer = Buffer.allocUnsafe(length),
): Promise<Buffer> {
  let done = 0;
  while (done < length) {
    const bytesRead = await new Promise<number>((resolve, reject) =>
      read(fd, buffer, done, length - done, offset + done, (error, n) => (error ? reject(error) : resolve(n))),
    );
    if (bytesRead === 0) throw new RangeError('truncated cache');
    done += bytesRead;
  }
  return buffer;
}

/** `length` bytes at `offset`; throws when the file is shorter (a cache cut short). */
function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const bytesRead = readSync(fd, buffer, read, length - read, offset + read);
    if (bytesRead === 0) throw new RangeError('truncated cache');
    read += bytesRead;
  }
  return buffer;
}

const isSection = (value: unknown, size: number): value is [number, number, string] =>
  Array.isArray(value) &&
  Number.isSafeInteger(value[0]) &&
  Number.isSafeInteger(value[1]) &&
  value[0] >= 0 &&
  value[1] >= 0 &&
  value[0] + value[1] <= size &&
  typeof value[2] === 'string';

/** The header (null when written by other code or data) and where the records end; throws on a damaged one. */
function readHeader(fd: number, size: number, code: string) {
  const head = readAt(fd, 0, Math.min(size, 4096));
  const end = head.indexOf(NEWLINE);
  if (end < 0) throw new RangeError('truncated cache header');
  const header = JSON.parse(head.toString('utf8', 0, end)) as {
    magic?: string;
    version?: number;
    code?: string;
    indexKey?: string;
  };
  const valid =
    header.magic === MAGIC &&
    header.version === CACHE_VERSION &&
    header.code === code &&
    typeof header.indexKey === 'string';
  return valid ? { indexKey: header.indexKey!, recordsAt: end + 1 } : null;
}

/** The last line: where the sections lie. Throws when it is missing (a cache cut short) or damaged. */
function readFooter(fd: number, size: number): Footer {
  const from = Math.max(0, size - 4096);
  const tail = readAt(fd, from, size - from);
  if (tail[tail.length - 1] !== NEWLINE) throw new RangeError('truncated cache');
  const start = tail.lastIndexOf(NEWLINE, tail.length - 2) + 1;
  const footer = JSON.parse(tail.toString('utf8', start, tail.length - 1)) as Partial<Footer>;
  if (!isSection(footer.manifest, size) || !isSection(footer.knowledge, size)) throw new RangeError('damaged footer');
  return footer as Footer;
}

/** checksumOf the parts one after another. */
function checksumOfParts(parts: Uint8Array[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** Every record read and checked, one by one: the start when the manifest or the table failed its checksum. */
function parseRecords(bytes: Buffer): Pick<CacheFile, 'entries' | 'rejected'> {
  const entries = new Map<string, CacheEntry>();
  const rejected: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    let end = bytes.indexOf(NEWLINE, at);
    if (end < 0) end = bytes.length;
    const record = entryOfLine(bytes, at, end);
    at = end + 1;
    if (typeof record === 'string') {
      rejected.push(record);
      continue;
    }
    const { file, ...entry } = record;
    entries.set(file, entry);
  }
  return { entries, ...(rejected.length ? { rejected } : {}) };
}

/** Lazy entries from the manifest, each reading its record from `source` when first needed. */
function entriesOf(manifest: Manifest, source: RecordSource): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  const records = manifest.records(source);
  for (let i = 0; i < manifest.length; i++) {
    const warning = manifest.warning(i);
    // No spread of an optional field: 100,000 entries at a start.
    const base: { hash: string; size: number; mtimeMs: number; warning?: string } = {
      hash: manifest.hash(i),
      size: manifest.size(i),
      mtimeMs: manifest.mtimeMs(i),
    };
    if (warning !== undefined) base.warning = warning;
    const file = manifest.file(i);
    const article = manifest.article(i);
    entries.set(
      file,
      article
        ? lazyEntry(records, i, base, article, manifest.passages(i))
        : { ...base, article: null, facts: null, skipped: manifest.skipped(i) ?? 'skipped' },
    );
  }
  return entries;
}

const NO_HOOKS: RereadHooks = { damaged: () => undefined, reread: () => null };

/**
 * The cache at `path` when it was written by this code and data (`code`), else null. Its records are read lazily
 * from the open file; `hooks` say what to do with one that turns out damaged.
 */
export async function readCache(
  path: string,
  code = codeFingerprint(),
  hooks: RereadHooks = NO_HOOKS,
): Promise<CacheFile | null> {
  let opened: { fd: number; size: number };
  try {
    opened = await openRegularFile(path);
  } catch (error) {
    // A path that is not a regular file is the operator's to fix: said. No cache yet is the usual first start.
    if (error instanceof CachePathError) throw error;
    return null;
  }
  const { fd, size } = opened;
  let keepOpen = false;
  // A read still running on the thread pool when this ends early: the descriptor is closed only after it.
  let quotesInFlight: Promise<unknown> | null = null;
  try {
    const header = readHeader(fd, size, code);
    if (!header) return null;
    const footer = readFooter(fd, size);
    const [manifestAt, manifestLength, manifestSum] = footer.manifest;
    const [knowledgeAt, knowledgeLength, knowledgeSum] = footer.knowledge;
    // Every large buffer of the start made now, while the heap is small: V8 counts their memory as the program's,
    // and each allocation past a threshold sets off a full collection, which marks whatever the heap holds by then
    // (made between the parses at 100,000 articles, two of them took 0.3-0.5 s of this thread). The quotes' buffer is
    // the table's size (their own is known once the sections are read); its pages past the quotes are never touched.
    const indexFile = await openIndexFile(indexPathOf(path));
    const quotesBuffer = Buffer.allocUnsafe(knowledgeLength);
    // The index is read while the sections are read and parsed (it is needed last); one that cannot be read is null,
    // never a failed start. Chained after the sections, its read was still running when the parse ended, on a
    // loaded machine.
    const reading = readIndexInto(indexFile);
    const sections = await readAtOffThread(fd, manifestAt, knowledgeAt + knowledgeLength - manifestAt);
    const manifestBytes = sections.subarray(0, manifestLength);
    const knowledgeBytes = sections.subarray(knowledgeAt - manifestAt);
    // The table's quotes, which outlive the start (the rest of the sections does not), read again into a buffer of
    // their own while the manifest is parsed: copied out of the sections here, they were 0.2-0.3 s of this thread
    // at 100,000 articles (48 MB). The table's checksum is taken over the bytes kept.
    const jsonEnd = knowledgeBytes.indexOf(NEWLINE) + 1;
    const quotesReading =
      jsonEnd > 0
        ? readAtOffThread(
            fd,
            knowledgeAt + jsonEnd,
            knowledgeLength - jsonEnd,
            quotesBuffer.subarray(0, knowledgeLength - jsonEnd),
          ).catch(() => null)
        : null;
    quotesInFlight = quotesReading;
    const fromRecords = async () => {
      await quotesReading;
      const records = parseRecords(readAt(fd, header.recordsAt, manifestAt - header.recordsAt));
      return { ...records, indexKey: header.indexKey, index: await reading, knowledge: null };
    };
    if (checksumOf(manifestBytes) !== manifestSum) return await fromRecords();
    const manifest = Manifest.parse(jsonText(manifestBytes));
    const entries = entriesOf(manifest, new RecordSource(fd, hooks));
    // From here the source owns the descriptor: it is closed when the source is collected, whichever way this ends.
    // Closed here too, it was closed twice, the second time under whatever file had been given its number since.
    keepOpen = true;
    const quotes = await quotesReading;
    const knowledgeWhole = quotes
      ? checksumOfParts([knowledgeBytes.subarray(0, jsonEnd), quotes]) === knowledgeSum
      : checksumOf(knowledgeBytes) === knowledgeSum;
    if (!knowledgeWhole) return await fromRecords();
    let knowledge: KnowledgeSnapshot | null = null;
    try {
      const none = knowledgeBytes.equals(NO_KNOWLEDGE);
      knowledge = none
        ? null
        : decodeKnowledge(quotes ? knowledgeBytes.subarray(0, jsonEnd) : knowledgeBytes, [...entries.keys()], quotes);
    } catch {
      // A table that does not fit: merged again from the records' facts.
    }
    return { entries, indexKey: header.indexKey, index: await reading, knowledge };
  } catch {
    // A damaged cache: start from the files.
    return null;
  } finally {
    if (!keepOpen) {
      await quotesInFlight;
      closeSync(fd);
    }
  }
}

/** `NAME.<pid>.tmp` and `NAME.index.<pid>.tmp` beside the cache: what a write leaves if the process dies mid-way. */
const temporaryPattern = (path: string) => new RegExp(`^${escapeRegExp(basename(path))}(?:\\.index)?\\.(\\d+)\\.tmp$`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes the temporary files that writers which no longer run left beside the cache; returns their names. */
export async function removeStaleTemporaries(path: string): Promise<string[]> {
  const pattern = temporaryPattern(path);
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

/** Where a write by this process puts the file before renaming it into place. */
export const temporaryOf = (path: string) => `${path}.${process.pid}.tmp`;

export async function writeAtomically(path: string, data: Uint8Array | Iterable<Uint8Array>) {
  await checkCachePath(path);
  const temporary = temporaryOf(path);
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
  data: Pick<CacheFile, 'entries' | 'indexKey'> & {
    index: Uint8Array | Iterable<Uint8Array>;
    knowledge?: KnowledgeSnapshot | null;
  },
  code = codeFingerprint(),
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // The index first: a cache whose entries are newer than its index is detected by the index key and rebuilt.
  await writeAtomically(indexPathOf(path), data.index);
  await writeAtomically(path, records(data, code));
}
