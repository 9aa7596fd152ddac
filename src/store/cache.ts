/** The on-disk cache: parsed articles, their facts and the search index, keyed by file content hashes. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Article } from '../corpus/types.js';
import type { ArticleFacts } from '../knowledge/extract.js';

/** Bump when the parser, the extractor or the index change shape: old caches are then ignored. */
export const CACHE_VERSION = 1;

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
  version?: number;
  entries: Record<string, CacheEntry>;
  indexKey: string;
  /** The serialised search index (binary, see src/search/binary.ts), kept in a file of its own: PATH.index.bin. */
  index: Uint8Array;
}

export async function readCache(path: string): Promise<CacheFile | null> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as Omit<CacheFile, 'index'>;
    if (data.version !== CACHE_VERSION) return null;
    return { ...data, index: await readFile(`${path}.index.bin`) };
  } catch {
    // No cache, or a damaged one: start from the files.
    return null;
  }
}

async function writeAtomically(path: string, text: string | Uint8Array) {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

export async function writeCache(path: string, data: CacheFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const { index, ...rest } = data;
  // The index first: a cache whose entries are newer than its index is detected by the index key and rebuilt.
  await writeAtomically(`${path}.index.bin`, index);
  await writeAtomically(path, JSON.stringify({ ...rest, version: CACHE_VERSION }));
}
