/**
 * What the cached entries were made by: the data files (gazetteer, topics, titles…) and the code that reads, parses,
 * extracts and indexes. An alias added to data/partners.json or a rule changed in the extractor makes every cached
 * fact stale even though no article changed, so the cache is keyed by this fingerprint as well as by file hashes.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../project-root.js';

/** The folders (beside this one, under src/ or a build's output) whose code shapes what is cached. */
const SHAPING_CODE = ['corpus', 'knowledge', 'vocabulary', 'text', 'search', 'store'];

/** A hash of every file below `roots`, by path relative to its root and content, in a fixed order. */
export function fingerprintOf(roots: string[]): string {
  const hash = createHash('sha1');
  for (const root of roots) {
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files)
      hash
        .update(`${relative(root, file)}\u0000`)
        .update(readFileSync(file))
        .update('\u0000');
  }
  return hash.digest('hex');
}

/** A constant of the process: the installed code and data/ do not change under a running bot (a deploy restarts it). */
let memo: string | undefined;

/**
 * The fingerprint of this installation's data and shaping code (computed once: about 100 small files). Where they
 * cannot be read, a value of this process alone: no cache is trusted, none is fatal. The code hashed is always the
 * TypeScript sources in src/, whether they run through tsx or compiled from dist/: bin/run.mjs runs a build only while
 * it matches those sources, so they say what runs either way, and the bot, the CLI and the bench (tsx) share one cache.
 */
export function codeFingerprint(): string {
  try {
    memo ??= fingerprintOf([
      ...SHAPING_CODE.map((folder) => fileURLToPath(new URL(`src/${folder}`, PROJECT_ROOT))),
      fileURLToPath(new URL('data', PROJECT_ROOT)),
    ]);
  } catch {
    memo = `unreadable:${randomUUID()}`;
  }
  return memo;
}
