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
import { open, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Article } from '../corpus/types.js';
import type { ArticleFacts } from '../knowledge/extract.js';
import { codeFingerprint } from './fingerprint.js';
import { packQuotes, unpackQuotes } from './quotes.js';

/** The layout of the file. What the records mean is keyed by the code fingerprint (./fingerprint.ts) in the header. */
export const CACHE_VERSION = 3;
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
}

export const indexPathOf = (path: string) => `${path}.index`;

/**
 * The cache file for a corpus folder, from the CACHE_FILE setting: "off" for none, a path, or by default one file
 * per folder under .cache/, so two bots (or the bot and the CLI) on two folders never share one.
 */
export function cacheFileFor(dir: string, setting: string | undefined): string | undefined {
  if (setting === 'off') return undefined;
  return (
    setting || join('.cache', `attache-${createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 12)}.cache`)
  );
}

/**
 * One entry as a line of JSON with its quotes packed (./quotes.ts). The quotes are swapped for offsets and back
 * within this one synchronous call, so no answer can see them packed, and nothing is copied.
 */
function serializeEntry(file: string, entry: CacheEntry): string {
  const unpack = packQuotes(entry);
  try {
    return JSON.stringify({ file, ...entry });
  } finally {
    unpack();
  }
}

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
  while (at < bytes.length) {
    const { file, ...entry } = next() as CacheEntry & { file: string };
    unpackQuotes(entry);
    entries.set(file, entry);
  }
  return { entries, indexKey: header.indexKey, index: null };
}

/** The cache at `path` when it was written by this code and data (`code`), else null. */
export async function readCache(path: string, code = codeFingerprint()): Promise<CacheFile | null> {
  try {
    const cache = parseRecords(await readFile(path), code);
    if (cache) cache.index = await readFile(indexPathOf(path)).catch(() => null);
    return cache;
  } catch {
    // No cache, or a damaged one: start from the files.
    return null;
  }
}

async function writeAtomically(path: string, data: Uint8Array | Iterable<Uint8Array>) {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  // Flushed before the rename, so a crash cannot leave a renamed but empty cache.
  const handle = await open(temporary, 'r+');
  await handle.sync().finally(() => handle.close());
  await rename(temporary, path);
}

export async function writeCache(
  path: string,
  data: Omit<CacheFile, 'index'> & { index: Uint8Array | Uint8Array[] },
  code = codeFingerprint(),
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // The index first: a cache whose entries are newer than its index is detected by the index key and rebuilt.
  await writeAtomically(indexPathOf(path), data.index);
  await writeAtomically(path, records(data, code));
}
