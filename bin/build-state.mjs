/**
 * What a compiled build (scripts/build.mjs) was made from, and whether it still matches the sources on disk.
 * Shared by the build, which writes the manifest, and bin/run.mjs, which checks it before every start.
 *
 * The check stats each source (about 150 files, a few milliseconds) and compares its size and modification time with
 * the manifest; only a file whose time changed but whose size did not (a `git checkout` touching an unchanged file) is
 * read and hashed. A file added, removed, resized or with different content makes the build stale; so does a package
 * bundled into the build (VENDORED) whose package.json changed (another version installed) or went away.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The compiled output, beside src/: dist/src/…, dist/commands/… mirror the sources, so relative imports still hold. */
export const BUILD_DIR = 'dist';
/** Written last by the build: a folder without it is not a build. */
export const MANIFEST = 'build-manifest.json';
/**
 * Packages bundled into one file each in the build (scripts/build.mjs): discord.js with the packages it loads, which
 * src/bot/discord.ts requires when compiled; zod, which the compiled files import.
 */
export const VENDORED = {
  discord: {
    name: 'discord.js',
    file: 'vendor/discord.cjs',
    format: 'cjs',
    contents: "module.exports = require('discord.js');",
  },
  zod: {
    name: 'zod',
    file: 'vendor/zod.js',
    format: 'esm',
    contents: "export * from 'zod'; export { default } from 'zod';",
  },
};
/** Folders whose .ts files are compiled (not tests, bench or scripts: those run through tsx or vitest). */
export const SOURCE_FOLDERS = ['src', 'commands'];
/** Files that change what the build produces without being compiled themselves. */
export const BUILD_INPUTS = ['tsconfig.json', 'scripts/build.mjs', 'bin/build-state.mjs'];

const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.d.ts');

/** Every file the build reads, relative to `root` with forward slashes, sorted. */
export function buildInputs(root) {
  const sources = SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && isSource(entry.name))
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
  return [...sources.sort(), ...BUILD_INPUTS];
}

const hashOf = (file) => createHash('sha1').update(readFileSync(file)).digest('hex');

/** Size, modification time and content hash of each of `paths` (relative to `root`): what the manifest records. */
export function snapshotFiles(root, paths) {
  return Object.fromEntries(
    paths.map((path) => {
      const file = join(root, path);
      const { size, mtimeMs } = statSync(file);
      return [path, { size, mtimeMs, sha1: hashOf(file) }];
    }),
  );
}

/** The snapshot of every build input. */
export const snapshot = (root) => snapshotFiles(root, buildInputs(root));

/** Whether the file at `path` still is what `was` recorded (a stat; a hash only when the time moved). */
function unchanged(root, path, was) {
  const file = join(root, path);
  const { size, mtimeMs } = statSync(file);
  return size === was.size && (mtimeMs === was.mtimeMs || hashOf(file) === was.sha1);
}

/**
 * Whether `root`/dist holds a build of exactly the sources now on disk: 'fresh', 'absent' (never built, or a build
 * that did not finish) or 'stale' (a source changed since).
 */
export function buildState(root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, BUILD_DIR, MANIFEST), 'utf8'));
  } catch {
    return 'absent';
  }
  const recorded = manifest?.inputs ?? {};
  try {
    const paths = buildInputs(root);
    if (paths.length !== Object.keys(recorded).length) return 'stale';
    for (const path of paths) if (!recorded[path] || !unchanged(root, path, recorded[path])) return 'stale';
    for (const [path, was] of Object.entries(manifest?.packages ?? {})) if (!unchanged(root, path, was)) return 'stale';
  } catch {
    return 'stale';
  }
  return 'fresh';
}
