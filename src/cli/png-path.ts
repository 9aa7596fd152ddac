/** Where `--png FILE` will write, checked before any work: a clear usage error, not an internal one after the answer. */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Why the picture cannot be written to `file`, or null when it can be tried. */
export function pngPathProblem(file: string): string | null {
  const folder = statSync(dirname(resolve(file)), { throwIfNoEntry: false });
  if (!folder) return `--png: no folder ${dirname(file)} to write ${file} in`;
  if (!folder.isDirectory()) return `--png: ${dirname(file)} is not a folder`;
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return `--png: ${file} is a folder, not a file name`;
  return null;
}

/** A write that still failed (permissions, a full disk): its cause in words. */
export function pngWriteProblem(file: string, error: NodeJS.ErrnoException): string {
  const cause = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : (error.code ?? 'error');
  return `--png: cannot write ${file} (${cause})`;
}
