/**
 * Article ids, unique within a corpus by construction. A file's id is its name without extension ("064f…" for
 * `064f….txt`) — short, and stable as long as no other file shares that name. Files that share a name are told apart
 * by their path relative to the corpus folder: `a/x.txt` and `b/x.txt` are `a/x` and `b/x`, and `x.txt` beside `x.md`
 * keep their extension (`x.txt`, `x.md`). The ids depend on the whole listing, so the store assigns them when it lists
 * the folder, before any file is read.
 */
import { basename, extname, sep } from 'node:path';

/** Each candidate, from the shortest to one that is always unique: the path itself. */
const candidatesOf = (file: string): readonly string[] => {
  const path = file.split(sep).join('/');
  const stem = path.slice(0, path.length - extname(path).length);
  return [basename(stem), stem, path];
};

/**
 * The id of every file (paths relative to the corpus folder). Every file starts with its name; while two files
 * claim one id, each of them moves on to its next candidate. Paths are unique, so this ends with unique ids.
 */
export function articleIdsOf(files: readonly string[]): Map<string, string> {
  const candidates = new Map(files.map((file) => [file, candidatesOf(file)]));
  const level = new Map(files.map((file) => [file, 0]));
  const idOf = (file: string) => candidates.get(file)![level.get(file)!]!;
  for (;;) {
    const claims = new Map<string, string[]>();
    for (const file of files) claims.set(idOf(file), [...(claims.get(idOf(file)) ?? []), file]);
    const clashing = [...claims.values()].filter((group) => group.length > 1).flat();
    // A file already at its full path keeps it: paths are unique, so any other claimant moves on.
    const moving = clashing.filter((file) => level.get(file)! < 2);
    if (moving.length === 0) break;
    for (const file of moving) level.set(file, level.get(file)! + 1);
  }
  return new Map(files.map((file) => [file, idOf(file)]));
}
