/**
 * The one rule for everything read from the corpus folder (articles, sidecars, anything added later): a file is opened
 * only when its real path lies inside the folder's real path and it is a regular file, and its size is checked on the
 * open handle before anything is read. A sidecar linked to a JSON file elsewhere on the machine would put that
 * file's outlet and URL into answers; a named pipe never ends its read (and held every later reload and SIGTERM);
 * a link to /dev/zero reads forever into memory. Each is refused with a reason the operator can act on.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
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

/**
 * The bytes of `path`, or the reason it may not be read. `root` is the corpus folder's real path. Missing files give
 * 'missing' so that a caller can tell "no sidecar" from a refused one.
 */
export async function readContained(
  root: string,
  path: string,
  maxBytes: number,
): Promise<{ bytes: Buffer } | { reason: string } | 'missing'> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'missing' : { reason: `unreadable (${code ?? 'error'})` };
  }
  if (!isInside(root, real)) return { reason: 'a symbolic link to a file outside the corpus folder: not read' };
  let handle;
  try {
    // Non-blocking, so that opening a named pipe returns at once and is refused below instead of waiting for a writer.
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'missing' : { reason: `unreadable (${code ?? 'error'})` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { reason: `${kindOf(info)}, not a regular file: not read` };
    if (info.size > maxBytes)
      return { reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB (${megabytes(info.size)})` };
    // Never more than the size checked (plus one byte, to notice a file that grew since): a bounded read.
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > info.size) return { reason: 'file grew while it was read; read again at the next reload' };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await handle.close();
  }
}

/**
 * readContained's twin for the one caller that cannot wait: a cache record found damaged while an answer reads it
 * (src/store/lazy-records.ts) is re-read from its file at once. The same rule, step by step.
 */
export function readContainedSync(
  root: string,
  path: string,
  maxBytes: number,
): { bytes: Buffer } | { reason: string } | 'missing' {
  const failed = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'missing' : { reason: `unreadable (${code ?? 'error'})` };
  };
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return failed(error);
  }
  if (!isInside(root, real)) return { reason: 'a symbolic link to a file outside the corpus folder: not read' };
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return failed(error);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { reason: `${kindOf(info)}, not a regular file: not read` };
    if (info.size > maxBytes)
      return { reason: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB (${megabytes(info.size)})` };
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > info.size) return { reason: 'file grew while it was read; read again at the next reload' };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}
