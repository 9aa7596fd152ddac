// The corpus watcher: one watch per folder, not per file, with names relative to the root as node's recursive watch.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFolderTree } from '../../src/bot/index.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A closed watch leaves the list of active resources once the event loop has closed its handle (two turns). */
const handlesClosed = async () => {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
};
const watches = () => process.getActiveResourcesInfo().filter((kind) => kind === 'FSEventWrap').length;

describe('watchFolderTree', () => {
  it('names changes below the root, follows folders that come and go, and watches folders, not files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'attache-folder-watch-'));
    mkdirSync(join(root, 'sub'));
    for (let i = 0; i < 40; i++) writeFileSync(join(root, i % 2 ? 'sub' : '', `${i}.txt`), 'x');
    const seen: string[] = [];
    const waiters: [string, () => void][] = [];
    const errors: Error[] = [];
    const before = watches();
    const watcher = watchFolderTree(
      root,
      (_event, name) => {
        seen.push(String(name));
        for (const [want, resolve] of waiters) if (want === name) resolve();
      },
      (error) => errors.push(error),
    );
    cleanup = () => {
      watcher.close();
      rmSync(root, { recursive: true, force: true });
    };
    const named = (name: string) =>
      seen.includes(name) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push([name, resolve]));

    expect(watches() - before).toBe(2);
    writeFileSync(join(root, '0.txt'), 'edited');
    await named('0.txt');
    writeFileSync(join(root, 'sub', '1.txt'), 'edited');
    await named(join('sub', '1.txt'));
    mkdirSync(join(root, 'new'));
    await named('new');
    expect(watches() - before).toBe(3);
    writeFileSync(join(root, 'new', 'a.txt'), 'x');
    await named(join('new', 'a.txt'));
    rmSync(join(root, 'sub'), { recursive: true });
    await named('sub');
    await handlesClosed();
    expect(watches() - before).toBe(2);
    expect(seen.filter((name) => name.startsWith(join('sub', 'sub')))).toEqual([]);
    expect(errors).toEqual([]);
    watcher.close();
    await handlesClosed();
    expect(watches()).toBe(before);
  });
});
