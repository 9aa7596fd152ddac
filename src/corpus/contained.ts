/**
 * The one rule for everything read from the corpus folder (articles, sidecars, anything added later): a file is read
 * only when its real path lies inside the folder's real path and it is a regular file, and its size is checked on the
 * open handle before anything is read. A link is never opened before its target is known to lie inside (a path with
 * no link as its last step is opened at once: directly in the folder that is all the check needed, see isDirectlyIn;
 * deeper, on Linux, the real path checked is the open descriptor's). A sidecar linked to a JSON file elsewhere on the machine would put that
 * file's outlet and URL into answers; a named pipe never ends its read (and held every later reload and SIGTERM);
 * a link to /dev/zero reads forever into memory. Each is refused with a reason the operator can act on.
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { type FileHandle, open, readlink, realpath } from 'node:fs/promises';
import { sep } from 'node:path';

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What kind of thing a non-regular file is, in words. */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** True when `real` (a real path) is `root` (a real path) or lies below it. */
export const isInside = (root: string, real: string) =>
  real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

type Contained = { bytes: Buffer } | { reason: string } | 'missing';

const OUTSIDE = { reason: 'a symbolic link to a file outside the corpus folder: not read' };
const GREW = { reason: 'file grew while it was read; read again at the next reload' };
/** Whether an open can refuse a link as its last step (not on Windows). */
const canRefuseLinks = typeof constants.O_NOFOLLOW === 'number';
/** Opened without following a link, and non-blocking: opening a named pipe returns at once and is refused below. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/** A failed look-up or open: 'missing' when there is nothing there, else the reason. */
function failure(error: unknown): { reason: string } | 'missing' {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'missing' : { reason: `unreadable (${code ?? 'error'})` };
}

/** Why the open file may not be read (not a regular file, too large), or null. */
function refusalOf(info: Stats, maxBytes: number): { reason: string } | null {
  if (!info.isFile()) return { reason: `${kindOf(info)}, not a regular file: not read` };
  if (info.size > maxBytes)
    return { reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB (${megabytes(info.size)})` };
  return null;
}

/**
 * Where the kernel says an open descriptor's file lies (Linux's /proc/self/fd): checked on the file actually opened, so
 * nothing can be swapped in between the check and the read, and one system call where realpath makes one per folder
 * of the path. Elsewhere the path's real path is checked before it is opened.
 */
const FD_PATHS = '/proc/self/fd/';
const knowsFdPaths = process.platform === 'linux' && existsSync(FD_PATHS);
/** Opening a link as the last step of a path with O_NOFOLLOW fails so: such a path is resolved first. */
const isLink = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ELOOP';

/**
 * Whether `path` names an entry directly in `root` (a real path, with its separator or without). Opened with
 * O_NOFOLLOW such a path is that entry and nothing else: the open refuses a link as the last step, and every step
 * before it is the folder's own real path, which has no link in it. No look-up of where the file lies is needed (on
 * Linux a readlink of the descriptor, a system call per file and a fifth of reading one). That path could lead
 * elsewhere only if the corpus folder itself, or a folder above it, were replaced by a link, and whoever can do that
 * can already point the corpus anywhere: the folder's real path is taken again at each listing. A file in a
 * subfolder (which a corpus feeder may swap for a link between the listing and the read) is checked as before.
 */
export function isDirectlyIn(root: string, path: string): boolean {
  if (!canRefuseLinks) return false;
  const folder = root.endsWith(sep) ? root : root + sep;
  if (!path.startsWith(folder)) return false;
  const name = path.slice(folder.length);
  return name !== '' && name !== '.' && name !== '..' && !name.includes(sep) && !name.includes('/');
}

/**
 * The path opened when it lies inside `root`, else why not. A path directly in the folder is opened at once (see
 * isDirectlyIn); any other with no link as its last step is opened at once and its real path read from the open
 * descriptor (Linux); a link, or a system that cannot say, is resolved first.
 */
async function openInside(root: string, path: string): Promise<FileHandle | { reason: string } | 'missing'> {
  const direct = isDirectlyIn(root, path);
  if (direct || knowsFdPaths) {
    let handle: FileHandle | null = null;
    try {
      handle = await open(path, OPEN_FLAGS);
      if (direct || isInside(root, await readlink(`${FD_PATHS}${handle.fd}`))) return handle;
      await handle.close();
      return OUTSIDE;
    } catch (error) {
      await handle?.close();
      if (!handle && !isLink(error)) return failure(error);
    }
  }
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    return failure(error);
  }
  if (!isInside(root, real)) return OUTSIDE;
  try {
    return await open(real, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
}

/** openInside at once. */
function openInsideSync(root: string, path: string): number | { reason: string } | 'missing' {
  const direct = isDirectlyIn(root, path);
  if (direct || knowsFdPaths) {
    let fd = -1;
    try {
      fd = openSync(path, OPEN_FLAGS);
      if (direct || isInside(root, readlinkSync(`${FD_PATHS}${fd}`))) return fd;
      closeSync(fd);
      return OUTSIDE;
    } catch (error) {
      if (fd >= 0) closeSync(fd);
      if (fd < 0 && !isLink(error)) return failure(error);
    }
  }
  let real: string;
  try {
    // The C library's realpath: Node's own walks the path in JavaScript, one lstat per folder.
    real = realpathSync.native(path);
  } catch (error) {
    return failure(error);
  }
  if (!isInside(root, real)) return OUTSIDE;
  try {
    return openSync(real, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
}

/**
 * Whether a read has met the end of the file. The file is read into size + 1 bytes (never more than the size checked
 * on the handle plus one byte, to notice a file that grew since: a bounded read; the buffer is not zeroed, only the
 * bytes read are returned). A read that stops short exactly at the size checked has met the end: no second read to
 * hear nothing more (a system call per file). One that stops short before it (the file shrank, a read was cut) reads
 * on until a read brings nothing.
 */
const hasEnded = (bytesRead: number, wanted: number, length: number, size: number) =>
  bytesRead === 0 || (bytesRead < wanted && length === size);

/**
 * The bytes of `path`, or the reason it may not be read. `root` is the corpus folder's real path. Missing files give
 * 'missing' so that a caller can tell "no sidecar" from a refused one.
 */
export async function readContained(root: string, path: string, maxBytes: number): Promise<Contained> {
  const handle = await openInside(root, path);
  if (handle === 'missing' || 'reason' in handle) return handle;
  try {
    const info = await handle.stat();
    const refused = refusalOf(info, maxBytes);
    if (refused) return refused;
    const buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const wanted = buffer.length - length;
      const { bytesRead } = await handle.read(buffer, length, wanted, length);
      length += bytesRead;
      if (hasEnded(bytesRead, wanted, length, info.size)) break;
    }
    return length > info.size ? GREW : { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await handle.close();
  }
}

/**
 * readContained's twin for the callers that need not wait: a cache record found damaged while an answer reads it
 * (src/store/lazy-records.ts) is re-read from its file at once, and a read worker thread reads its files so. The same
 * rule, step by step.
 */
export function readContainedSync(root: string, path: string, maxBytes: number): Contained {
  const fd = openInsideSync(root, path);
  if (typeof fd !== 'number') return fd;
  try {
    const info = fstatSync(fd);
    const refused = refusalOf(info, maxBytes);
    if (refused) return refused;
    const buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const wanted = buffer.length - length;
      const bytesRead = readSync(fd, buffer, length, wanted, length);
      length += bytesRead;
      if (hasEnded(bytesRead, wanted, length, info.size)) break;
    }
    return length > info.size ? GREW : { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}
