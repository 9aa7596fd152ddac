/**
 * Each folder under src/ shows one door, its index.ts: code in other folders imports only that. A file may import its
 * own folder's files and those of the folders that contain it. `npx tsx scripts/doors.ts` rewrites imports to the doors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOOR_EXCEPTIONS } from '../../scripts/door-exceptions.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNED = ['src', 'commands', 'test', 'bench', 'scripts'];

/** Specifiers of static imports, export-from and dynamic imports (comments are rare enough to ignore). */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Whether `specifier`, imported by the file at `importer` (both relative to the root), passes another folder's door. */
function bypassesDoor(importer: string, specifier: string): boolean {
  const target = join(dirname(importer), specifier).replace(/\.js$/, '.ts');
  const folder = dirname(target);
  if (!folder.startsWith(`src${sep}`) || target.endsWith(`${sep}index.ts`) || target in DOOR_EXCEPTIONS) return false;
  const from = dirname(importer);
  return from !== folder && !from.startsWith(folder + sep);
}

describe('folder doors', () => {
  it('tells a bypass from a door, a same-folder import and an import of an enclosing folder', () => {
    expect(bypassesDoor('src/answers/topic.ts', '../knowledge/merge.js')).toBe(true);
    expect(bypassesDoor('test/knowledge/x.test.ts', '../../src/knowledge/merge.js')).toBe(true);
    expect(bypassesDoor('src/answers/topic.ts', './question/parse.js')).toBe(true);
    expect(bypassesDoor('src/answers/topic.ts', '../knowledge/index.js')).toBe(false);
    expect(bypassesDoor('src/answers/topic.ts', './types.js')).toBe(false);
    expect(bypassesDoor('src/answers/question/parse.ts', '../types.js')).toBe(false);
    expect(bypassesDoor('src/cli/main.ts', '../config.js')).toBe(false);
  });

  it('every import of another folder goes through its index.ts', () => {
    const bypasses = SCANNED.flatMap((dir) => tsFiles(join(ROOT, dir))).flatMap((file) => {
      const importer = relative(ROOT, file);
      const specifiers = [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[1]!);
      return specifiers.filter((s) => bypassesDoor(importer, s)).map((s) => `${importer}: ${s}`);
    });
    expect(bypasses, 'run `npx tsx scripts/doors.ts` to route these through the doors').toEqual([]);
  });

  it('lists only exceptions that exist, each with its reason', () => {
    for (const [file, reason] of Object.entries(DOOR_EXCEPTIONS)) {
      expect(readdirSync(join(ROOT, dirname(file)))).toContain(file.split('/').pop());
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
