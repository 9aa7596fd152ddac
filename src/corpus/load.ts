/**
 * A corpus folder's files, listed and read one by one (the store, src/store/, turns them into a Library). A bad file
 * never stops loading: it is skipped with its reason. Sizes are checked before reading, so an oversized file is never
 * read into memory.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const SIDECAR_SUFFIX = '.meta.json';

/** The corpus folder itself is missing or unreadable: loading cannot start. The message is one line. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

export interface CorpusListing {
  /** Article files, sorted. */
  articles: string[];
  /** The `NAME.meta.json` sidecars present, so that files without one need no look-up for it. */
  sidecars: Set<string>;
}

export async function listCorpusFiles(dir: string): Promise<CorpusListing> {
  const articles: string[] = [];
  const sidecars = new Set<string>();
  const walk = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path).catch(() => undefined);
      else if (!entry.isFile()) continue;
      else if (entry.name.endsWith(SIDECAR_SUFFIX)) sidecars.add(path);
      else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) articles.push(path);
    }
  };
  await walk(dir);
  return { articles: articles.sort(), sidecars };
}

/** The sidecar of an article file: `NAME.meta.json` beside `NAME.txt`. */
export const sidecarOf = (path: string) => join(path, '..', `${basename(path, extname(path))}${SIDECAR_SUFFIX}`);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read and check one file; a string is the reason to skip it. */
export async function readArticleFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<string | { text: string }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return 'file disappeared before it could be read';
  }
  if (size > maxBytes)
    return `larger than ${Math.round(maxBytes / 1024 / 1024)} MB (${(size / 1024 / 1024).toFixed(1)} MB)`;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'file disappeared before it could be read' : `unreadable (${code ?? 'error'})`;
  }
  if (bytes.length === 0 || bytes.toString('latin1').trim() === '') return 'empty file';
  if (bytes.includes(0)) return 'binary file (NUL bytes)';
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return 'not valid UTF-8 text';
  }
}

/** What to tell a user whose corpus folder cannot be listed (the CLI, the bot and a reload say the same). */
export function corpusFolderError(dir: string, error: NodeJS.ErrnoException): CorpusError {
  if (error.code === 'ENOENT') return new CorpusError(`corpus folder not found: ${dir}`);
  if (error.code === 'ENOTDIR') return new CorpusError(`corpus path is not a folder: ${dir}`);
  return new CorpusError(`corpus folder cannot be read: ${dir} (${error.code ?? 'error'})`);
}
