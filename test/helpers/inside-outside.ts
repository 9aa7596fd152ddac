/**
 * Two folders side by side for the containment tests: a corpus folder (with a subfolder `sub`) and one outside it, under
 * a temporary folder named by its real path (so that a link's target compares as written), removed after the file's
 * tests.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function insideAndOutside(prefix: string): { base: string; root: string; outside: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const root = join(base, 'corpus');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  return { base, root, outside };
}
