/** One corpus file → what the store keeps of it: read, hashed, parsed and its facts extracted. */
import * as crypto from 'node:crypto';
import { sep } from 'node:path';
import {
  processingFailedReason,
  unbrokenRunReason,
  readArticleFile,
  readArticleFileSync,
  readSidecar,
  readSidecarSync,
  readMeta,
  parseArticle,
  type Article,
} from '../corpus/index.js';
import { extractArticle } from '../knowledge/index.js';
import type { CacheEntry } from './cache.js';
import { articleMetaOf } from './lazy-records.js';

export interface FileToRead {
  path: string;
  /** Path relative to the corpus folder. */
  file: string;
  /** The article's id, unique within the corpus (./article-ids.ts). */
  id: string;
  /** The corpus folder's real path: the file and its sidecar are read only inside it. */
  root: string;
  size: number;
  mtimeMs: number;
  exists: boolean;
  /** The content hash this file had when last read: the same hash again means it need not be parsed. */
  knownHash?: string;
  /**
   * Whether the folder's listing found a sidecar beside the file. False: none is looked for (a look-up of a file
   * that is not there was two system calls and an exception per article); unknown: looked for.
   */
  sidecar?: boolean;
}

/**
 * What answers read of an article. The furniture lines and the other headlines of the page only serve parsing and
 * dating, which are done: keeping them would hold a third more text in memory and in the cache.
 */
function servedPart(article: Article): Article {
  // Key by key, never a spread of the article (which would read the page context, left by parsing to be read when
  // first asked for: ../corpus/parse.ts): every key of an Article, in the order parsing writes them (the cache's
  // JSON). A key Article gains must be added here (test/store/served-article.test.ts).
  const served: Article = {
    ...articleMetaOf(article),
    passages: article.passages,
    pageContext: [],
    furniture: [],
  };
  if (article.units !== undefined) served.units = article.units;
  return served;
}

/**
 * The path a file is opened by. A file directly in the corpus folder is opened under the folder's real path (the
 * listing's paths start with the folder as given, perhaps a link or a relative path): there, opening it needs no
 * look-up of where it lies (../corpus/contained.ts, isDirectlyIn), one system call less per file. A file in a subfolder
 * is opened by its listed path, and checked.
 */
function pathToOpen({ root, file, path }: FileToRead): string {
  if (file.includes(sep) || file.includes('/')) return path;
  return root.endsWith(sep) ? root + file : root + sep + file;
}

/** The file's entry, or 'unchanged' when its content hash is its known one (touched, not edited). */
export async function readEntry(target: FileToRead, maxBytes: number): Promise<CacheEntry | 'unchanged'> {
  const path = pathToOpen(target);
  const read = await readArticleFile(path, maxBytes, target.root);
  // No look-up of a sidecar the folder's listing did not find (target.sidecar false).
  const sidecar = typeof read === 'string' || target.sidecar === false ? null : await readSidecar(path, target.root);
  return entryOf(target, read, sidecar);
}

/** readEntry at once: for a cache record found damaged while an answer reads it (./lazy-records.ts). */
export function readEntrySync(target: FileToRead, maxBytes: number): CacheEntry | 'unchanged' {
  const path = pathToOpen(target);
  const read = readArticleFileSync(path, maxBytes, target.root);
  const sidecar = typeof read === 'string' || target.sidecar === false ? null : readSidecarSync(path, target.root);
  return entryOf(target, read, sidecar);
}

/**
 * The content hash of a file and its sidecar: SHA-1 over the file's bytes as read (not its text encoded again), then
 * a NUL and the sidecar's text when there is one (an article holds no NUL, so the two parts cannot be confused). It
 * tells an edited file from a touched one; SHA-1's known collisions must be crafted into both files by someone who
 * could as well edit the file, which is what the hash detects. One call, no Hash object, for the common case.
 */
const contentHash = (bytes: Buffer, sidecar: string | null): string =>
  sidecar === null
    ? sha1(bytes)
    : crypto.createHash('sha1').update(bytes).update('\u0000').update(sidecar).digest('hex');

/** crypto.hash where Node has it (20.12 and later; a named import would fail to load before), else a Hash object. */
const hashOnce = (crypto as { hash?: (algorithm: string, data: Buffer) => string }).hash;
const sha1: (bytes: Buffer) => string = hashOnce
  ? (bytes) => hashOnce('sha1', bytes)
  : (bytes) => crypto.createHash('sha1').update(bytes).digest('hex');

function entryOf(
  target: FileToRead,
  read: string | { text: string; bytes: Buffer },
  sidecar: string | null | { refused: string },
): CacheEntry | 'unchanged' {
  const { file, id, size, mtimeMs } = target;
  if (typeof read === 'string')
    return { hash: `skipped:${read}`, size, mtimeMs, article: null, facts: null, skipped: read };
  const sidecarText = typeof sidecar === 'string' ? sidecar : null;
  const sidecarRefused = sidecar !== null && typeof sidecar === 'object' ? `${sidecar.refused}; ignored` : undefined;
  const hash = contentHash(read.bytes, sidecarText);
  if (hash === target.knownHash) return 'unchanged';
  const skip = (reason: string): CacheEntry => ({ hash, size, mtimeMs, article: null, facts: null, skipped: reason });
  const overBudget = unbrokenRunReason(read.text);
  if (overBudget) return skip(overBudget);
  try {
    const meta = sidecarText === null ? null : readMeta(sidecarText);
    const article = parseArticle({ id, file, text: read.text, ...(meta && 'meta' in meta ? { meta: meta.meta } : {}) });
    if (article.passages.length === 0) return skip('no article text after cleaning');
    const warning = meta && 'error' in meta ? `${meta.error}; ignored` : sidecarRefused;
    return {
      hash,
      size,
      mtimeMs,
      article: servedPart(article),
      facts: extractArticle(article),
      skipped: null,
      ...(warning ? { warning } : {}),
    };
  } catch (error) {
    return skip(processingFailedReason(error));
  }
}
