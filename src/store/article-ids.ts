/**
 * Article ids, unique within a corpus by construction. A file's id is its name without extension ("064f…" for
 * `064f….txt`) — short, and stable as long as no other file shares that name. Files that share a name are told apart
 * by their path relative to the corpus folder: `a/x.txt` and `b/x.txt` are `a/x` and `b/x`, and `x.txt` beside `x.md`
 * keep their extension (`x.txt`, `x.md`). The ids depend on the whole listing, so the store assigns them when it lists
 * the folder, before any file is read.
 */
import { extname, sep } from 'node:path';

/** Each candidate, from the shortest to one that is always unique: the path itself (with "/" on every system). */
const candidatesOf = (file: string): readonly [string, string, string] => {
  const path = sep === '/' ? file : file.split(sep).join('/');
  const stem = path.slice(0, path.length - extname(path).length);
  return [stem.slice(stem.lastIndexOf('/') + 1), stem, path];
};

/**
 * The id of every file (paths relative to the corpus folder). Every file starts with its name; while two files
 * claim one id, each of them moves on to its next candidate. Paths are unique, so this ends with unique ids.
 */
export function articleIdsOf(files: readonly string[]): Map<string, string> {
  const ids = articleIdList(files);
  const byFile = new Map<string, string>();
  for (let i = 0; i < files.length; i++) byFile.set(files[i]!, ids[i]!);
  return byFile;
}

/** articleIdsOf's ids as a list, in the order of `files`. */
export function articleIdList(files: readonly string[]): string[] {
  // Nearly always every name is unique: then each id is its name, found with one set and no candidate list (at
  // 100,000 files the lists and the repeated claims were a third of a second of every start).
  const names: string[] = new Array(files.length);
  const seen = new Set<string>();
  for (let i = 0; i < files.length; i++) {
    const name = nameOf(files[i]!);
    if (seen.has(name)) return [...idsOfClashing(files).values()];
    seen.add(name);
    names[i] = name;
  }
  return names;
}

/** A file's first candidate (candidatesOf's first), alone. */
function nameOf(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(sep));
  const name = file.slice(slash + 1);
  return name.slice(0, name.length - extname(name).length);
}

/** articleIdsOf where names clash: each file moves along its candidates while another claims its id. */
function idsOfClashing(files: readonly string[]): Map<string, string> {
  const candidates = files.map(candidatesOf);
  const level = new Uint8Array(files.length);
  const idOf = (i: number) => candidates[i]![level[i]!]!;
  for (let moved = true; moved; ) {
    const claims = new Map<string, number>();
    for (let i = 0; i < files.length; i++) claims.set(idOf(i), (claims.get(idOf(i)) ?? 0) + 1);
    moved = false;
    // A file already at its full path keeps it: paths are unique, so any other claimant moves on.
    for (let i = 0; i < files.length; i++)
      if (claims.get(idOf(i))! > 1 && level[i]! < 2) {
        level[i]!++;
        moved = true;
      }
  }
  return new Map(files.map((file, i) => [file, idOf(i)]));
}
