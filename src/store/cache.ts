/**
 * The on-disk cache: per file its parsed article and facts, keyed by content hash, and the search index beside it.
 *
 * Binary, one record per file (length + V8 serialisation), so a restart deserialises small records from one buffer
 * instead of parsing one huge JSON text while holding both the text and the objects (at 10,000 articles that was
 * most of the start time and of the peak memory). Quotes are stored as offsets into their passage: every fact
 * quotes a sentence of its article, so the text is written once, and read back as slices that share its memory.
 */
import { open, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../corpus/types.js';
import type { ArticleFacts } from '../knowledge/extract.js';

/** Bump when the parser, the extractor or the index change shape: old caches are then ignored. */
export const CACHE_VERSION = 2;
const MAGIC = 'ATTACHE-CACHE';

export interface CacheEntry {
  hash: string;
  size: number;
  mtimeMs: number;
  article: Article | null;
  facts: ArticleFacts | null;
  skipped: string | null;
  /** A problem that did not stop the file (an invalid sidecar). */
  warning?: string;
}

export interface CacheFile {
  entries: Map<string, CacheEntry>;
  /** Hash of every file's hash: the cached index is valid only for exactly these files. */
  indexKey: string;
  index: Uint8Array | null;
}

export const indexPathOf = (path: string) => `${path}.index`;

/** A quote packed as [start, end] in its passage's text, or left as text when it is not found there. */
type PackedQuote = string | [number, number];

/** Visit every evidence-like object ({ passage, quote }) in a fact tree. */
function forEachEvidence(node: unknown, visit: (e: { passage: string; quote: PackedQuote }) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) forEachEvidence(item, visit);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.passage === 'string' && 'quote' in record) visit(record as { passage: string; quote: PackedQuote });
    for (const value of Object.values(record)) if (value && typeof value === 'object') forEachEvidence(value, visit);
  }
}

function passageTexts(article: Article | null): Map<string, string> {
  return new Map((article?.passages ?? []).map((p) => [p.id, p.text]));
}

/**
 * One entry serialised with its quotes packed. The quotes are swapped for offsets and back within this one
 * synchronous call, so no answer can see them packed, and nothing is copied.
 */
function serializeEntry(file: string, entry: CacheEntry): Uint8Array {
  const texts = passageTexts(entry.article);
  const swapped: [{ quote: PackedQuote }, string][] = [];
  if (entry.facts) {
    forEachEvidence(entry.facts, (e) => {
      if (typeof e.quote !== 'string') return; // the same evidence object reached twice
      const at = texts.get(e.passage)?.indexOf(e.quote) ?? -1;
      if (at < 0) return;
      swapped.push([e, e.quote]);
      e.quote = [at, at + e.quote.length];
    });
  }
  try {
    return serialize({ file, ...entry });
  } finally {
    for (const [e, quote] of swapped) e.quote = quote;
  }
}

function unpackQuotes(facts: ArticleFacts, article: Article | null): void {
  const texts = passageTexts(article);
  forEachEvidence(facts, (e) => {
    if (Array.isArray(e.quote)) e.quote = texts.get(e.passage)?.slice(e.quote[0], e.quote[1]) ?? '';
  });
}

/** Records are written in chunks of about a megabyte: one write per record would be 20,000 small writes. */
const CHUNK_BYTES = 1 << 20;

function* records(data: CacheFile): Generator<Uint8Array> {
  const header = serialize({ magic: MAGIC, version: CACHE_VERSION, indexKey: data.indexKey });
  let chunk: Uint8Array[] = [];
  let bytes = 0;
  const blobs = (function* () {
    yield header;
    for (const [file, entry] of data.entries) yield serializeEntry(file, entry);
  })();
  for (const blob of blobs) {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(blob.length);
    chunk.push(length, blob);
    bytes += 4 + blob.length;
    if (bytes >= CHUNK_BYTES) {
      yield Buffer.concat(chunk);
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length) yield Buffer.concat(chunk);
}

function parseRecords(bytes: Buffer): CacheFile | null {
  const next = (at: number): [unknown, number] => {
    const length = bytes.readUInt32LE(at);
    if (at + 4 + length > bytes.length) throw new RangeError('truncated cache record');
    return [deserialize(bytes.subarray(at + 4, at + 4 + length)), at + 4 + length];
  };
  let [header, at] = next(0) as [{ magic?: string; version?: number; indexKey?: string }, number];
  if (header.magic !== MAGIC || header.version !== CACHE_VERSION || typeof header.indexKey !== 'string') return null;
  const entries = new Map<string, CacheEntry>();
  while (at < bytes.length) {
    const [record, end] = next(at) as [CacheEntry & { file: string }, number];
    at = end;
    const { file, ...entry } = record;
    if (entry.facts) unpackQuotes(entry.facts, entry.article);
    entries.set(file, entry);
  }
  return { entries, indexKey: header.indexKey, index: null };
}

export async function readCache(path: string): Promise<CacheFile | null> {
  try {
    const cache = parseRecords(await readFile(path));
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

export async function writeCache(path: string, data: CacheFile & { index: Uint8Array }): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // The index first: a cache whose entries are newer than its index is detected by the index key and rebuilt.
  await writeAtomically(indexPathOf(path), data.index);
  await writeAtomically(path, records(data));
}
