// The tighter heap growing factor (src/store/heap-policy.ts) is held by a first build from the files until its save is
// written, and by nothing else: a start from the cache, a reload and a store with no cache leave V8's default.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore, heapIsTight, tightenHeap } from '../../src/store/index.js';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function seedsCopy() {
  const root = mkdtempSync(join(tmpdir(), 'attache-heap-'));
  folders.push(root);
  const dir = join(root, 'seeds');
  cpSync('seeds', dir, { recursive: true });
  return { dir, cache: join(root, 'attache.cache') };
}

describe('the heap policy of a first build', () => {
  it('is held from a cold build to the end of its save, and not by a start from the cache', async () => {
    const { dir, cache } = seedsCopy();
    const cold = new CorpusStore(dir, { cacheFile: cache });
    await cold.load();
    // Built, the save not written yet: the save is the peak of a cold start.
    expect(heapIsTight()).toBe(true);
    await cold.flush();
    expect(heapIsTight()).toBe(false);

    const warm = new CorpusStore(dir, { cacheFile: cache });
    const loading = warm.load();
    expect(heapIsTight()).toBe(false);
    await loading;
    await warm.flush();
    expect(heapIsTight()).toBe(false);
  });

  it('is let go at the end of the build when there is no cache to write', async () => {
    const { dir } = seedsCopy();
    await new CorpusStore(dir).load();
    expect(heapIsTight()).toBe(false);
  });

  it('is restored only when the last of two overlapping holders lets go, and a second release changes nothing', () => {
    const first = tightenHeap();
    const second = tightenHeap();
    first();
    first();
    expect(heapIsTight()).toBe(true);
    second();
    expect(heapIsTight()).toBe(false);
  });
});
