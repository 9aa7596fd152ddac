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
  index: string;
}

export async function readCache(path: string): Promise<CacheFile | null> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
    return data.version === CACHE_VERSION ? data : null;
  } catch {
    // No cache, or a damaged one: start from the files.
    return null;
  }
}

export async function writeCache(path: string, data: CacheFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ ...data, version: CACHE_VERSION }));
  await rename(temporary, path);
}
