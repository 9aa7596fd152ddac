/**
 * Vitest's global setup: every test run gets its own temporary folder, and every `os.tmpdir()` of the run (the test
 * workers, the bots and CLIs they start) lies in it, because workers and child processes inherit TMPDIR. The teardown
 * removes it, so a run leaves nothing in the system's temporary folder, even for a test that made a folder and failed
 * before cleaning it up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'attache-tests-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
