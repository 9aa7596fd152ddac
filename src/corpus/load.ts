/**
 * A corpus folder's files, listed and read one by one (the store, src/store/, turns them into a Library). A bad file
 * never stops loading: it is skipped with its reason. Sizes are checked before reading, so an oversized file is never
 * read into memory.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { isInside, kindOf, readContained, readContainedSync } from './contained.js';
import type { SkippedFile } from './types.js';
import { decodeUtf8, isBlank } from './utf8.js';

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
  /**
   * The `NAME.meta.json` sidecars present, so that files without one need no look-up for it: every entry of that
   * name, whatever it is (a link outside, a pipe, a folder), so that one that is refused is still looked up, and its
   * reason reported with its article.
   */
  sidecars: Set<string>;
  /** The folder's real path: every file read must lie inside it (./contained.ts). */
  root: string;
  /**
   * What was found but will not be read, with the reason (relative paths): links that lead outside the folder, pipes,
   * devices and sockets named like articles, folders that cannot be read.
   */
  refused: SkippedFile[];
}

/** An article's name. (A refused sidecar is reported with its article, as a warning, when the article is read.) */
export const isArticleName = (name: string) =>
  !name.endsWith(SIDECAR_SUFFIX) && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());

/** What a folder entry is, links followed: a folder (with its real path), a file, or why it is not read. */
type EntryKind = { folder: string } | 'file' | { refused: string; leadsToFolder?: boolean };

async function kindOfEntry(root: string, path: string, entry: Dirent): Promise<EntryKind> {
  if (entry.isDirectory()) return { folder: await realpath(path).catch(() => path) };
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return { refused: `${describeEntry(entry)}, not a regular file: not read` };
  const real = await realpath(path).catch(() => null);
  const target = real && (await stat(real).catch(() => null));
  if (!real || !target) return { refused: 'a symbolic link that leads nowhere' };
  const what = target.isDirectory() ? 'a folder' : 'a file';
  if (!isInside(root, real))
    return {
      refused: `a symbolic link to ${what} outside the corpus folder: not read`,
      leadsToFolder: target.isDirectory(),
    };
  if (target.isDirectory()) return { folder: real };
  if (target.isFile()) return 'file';
  return { refused: `${kindOf(target)}, not a regular file: not read` };
}

function describeEntry(entry: Dirent) {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * `join(folder, name)` for the names a listing of `folder` gives (never empty, never "." or "..", no separator): when
 * the folder is written as join writes it (no trailing separator, no "." or ".." step), the name appended to it, which
 * is what join would return; else join itself, which normalises anew at each call (a tenth of a second of a listing of
 * 10,000 files, before any file can be read).
 */
function childPaths(folder: string): (name: string) => string {
  const plain = folder !== '.' && !folder.endsWith(sep) && join(folder) === folder;
  return plain ? (name) => folder + sep + name : (name) => join(folder, name);
}

export async function listCorpusFiles(dir: string): Promise<CorpusListing> {
  const root = await realpath(dir);
  const articles: string[] = [];
  const sidecars = new Set<string>();
  const refused: SkippedFile[] = [];
  const refuse = (path: string, reason: string) => refused.push({ file: relative(dir, path), reason });
  // Real paths of the folders walked: a link back to a folder already seen is not walked twice (no cycle).
  const walked = new Set<string>([root]);
  const walk = async (folder: string) => {
    const childOf = childPaths(folder);
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = childOf(entry.name);
      // A plain file (nearly every entry) is known from the listing itself: no look-up, no turn of the event loop.
      const kind = entry.isFile() ? 'file' : await kindOfEntry(root, path, entry);
      if (entry.name.endsWith(SIDECAR_SUFFIX)) sidecars.add(path);
      if (kind === 'file') {
        if (!entry.name.endsWith(SIDECAR_SUFFIX) && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
          articles.push(path);
      } else if ('folder' in kind) {
        if (walked.has(kind.folder)) continue;
        walked.add(kind.folder);
        await walk(path).catch((error: NodeJS.ErrnoException) =>
          refuse(path, `a folder that cannot be read (${error.code ?? 'error'}): its files are not loaded`),
        );
      } else if (isArticleName(entry.name) || kind.leadsToFolder) refuse(path, kind.refused);
    }
  };
  await walk(dir);
  return { articles: articles.sort(), sidecars, root, refused: refused.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** The sidecar of an article file: `NAME.meta.json` beside `NAME.txt`. */
export function sidecarOf(path: string): string {
  // A normalised path (every path the listing makes): its extension cut off, with no join (which normalises anew at
  // each call: a twentieth of a second per 10,000 files at every start). Anything else is joined as always.
  const normalised =
    !path.startsWith('.') && !path.endsWith(sep) && !path.includes(`${sep}.`) && !path.includes(sep + sep);
  if (normalised) return `${path.slice(0, path.length - extname(path).length)}${SIDECAR_SUFFIX}`;
  return join(path, '..', `${basename(path, extname(path))}${SIDECAR_SUFFIX}`);
}

/**
 * Read and check one file; a string is the reason to skip it. `root` is the corpus folder's real path (the file's
 * own folder when not given): the file is read only inside it, and only when it is a regular file (./contained.ts).
 */
export async function readArticleFile(
  path: string,
  maxBytes = MAX_FILE_BYTES,
  root?: string,
): Promise<string | ArticleFileText> {
  const inside = root ?? (await realpath(dirname(path)).catch(() => dirname(path)));
  return articleTextOf(await readContained(inside, path, maxBytes));
}

/** readArticleFile at once (a damaged cache record re-read while an answer waits): `root` is the folder's real path. */
export const readArticleFileSync = (path: string, maxBytes: number, root: string) =>
  articleTextOf(readContainedSync(root, path, maxBytes));

/** An article file's text, and its bytes as read (what its content hash is taken over). */
export interface ArticleFileText {
  text: string;
  bytes: Buffer;
}

function articleTextOf(read: Awaited<ReturnType<typeof readContained>>): string | ArticleFileText {
  if (read === 'missing') return 'file disappeared before it could be read';
  if ('reason' in read) return read.reason;
  const bytes = read.bytes;
  if (isBlank(bytes)) return 'empty file';
  if (bytes.includes(0)) return 'binary file (NUL bytes)';
  const text = decodeUtf8(bytes);
  return text === null ? 'not valid UTF-8 text' : { text, bytes };
}

/** A sidecar's text, null when there is none, or the reason it was refused (a link outside, a pipe, too large). */
export async function readSidecar(path: string, root: string): Promise<string | null | { refused: string }> {
  return sidecarTextOf(await readContained(root, sidecarOf(path), MAX_SIDECAR_BYTES));
}

/** readSidecar at once. */
export const readSidecarSync = (path: string, root: string) =>
  sidecarTextOf(readContainedSync(root, sidecarOf(path), MAX_SIDECAR_BYTES));

function sidecarTextOf(read: Awaited<ReturnType<typeof readContained>>): string | null | { refused: string } {
  if (read === 'missing') return null;
  if ('reason' in read) return { refused: read.reason };
  return decodeUtf8(read.bytes) ?? { refused: 'not valid UTF-8 text' };
}

/** A sidecar holds a few fields of metadata: a megabyte is far more than any needs. */
const MAX_SIDECAR_BYTES = 1024 * 1024;

/** What to tell a user whose corpus folder cannot be listed (the CLI, the bot and a reload say the same). */
export function corpusFolderError(dir: string, error: NodeJS.ErrnoException): CorpusError {
  if (error.code === 'ENOENT') return new CorpusError(`corpus folder not found: ${dir}`);
  if (error.code === 'ENOTDIR') return new CorpusError(`corpus path is not a folder: ${dir}`);
  return new CorpusError(`corpus folder cannot be read: ${dir} (${error.code ?? 'error'})`);
}
