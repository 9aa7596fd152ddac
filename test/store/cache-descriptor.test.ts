// The cache file's descriptor has one owner: a start that gives up its lazy records (a knowledge table that fails its
// checksum) must not close it and leave it to the records' source too. Closed twice, the second close, when the source
// was collected, hit whatever file had been given the number since: a folder being listed failed with EBADF.
import { closeSync, cpSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore, readCache } from '../../src/store/index.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The seeds' cache, with the knowledge table's checksum spoilt (a date changed in it and in the records). */
async function cacheWithSpoiltTable() {
  const root = mkdtempSync(join(tmpdir(), 'attache-descriptor-'));
  folders.push(root);
  const corpus = join(root, 'corpus');
  cpSync('seeds', corpus, { recursive: true });
  const cache = join(root, 'attache.cache');
  const first = new CorpusStore(corpus, { cacheFile: cache });
  await first.load();
  await first.flush();
  const text = readFileSync(cache, 'latin1');
  expect(text).toContain('2021-07-23');
  writeFileSync(cache, text.replaceAll('2021-07-23', '1999-07-23'), 'latin1');
  return { root, cache };
}

/** Collections until the finalizers that a collection queues have run. */
async function collectAndFinalize() {
  for (let round = 0; round < 3; round++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the cache file descriptor', () => {
  it('is never closed under a file opened after a start that fell back to the records', async () => {
    const { root, cache } = await cacheWithSpoiltTable();
    const read = await readCache(cache);
    expect(read?.knowledge).toBeNull();
    expect(read?.entries.size).toBeGreaterThan(0);
    // Files opened now take the lowest free numbers, the one the cache had among them if it was closed.
    const opened = Array.from({ length: 8 }, (_, i) => {
      const path = join(root, `other-${i}`);
      writeFileSync(path, 'x');
      return openSync(path, 'r');
    });
    try {
      await collectAndFinalize();
      for (const fd of opened) expect(() => fstatSync(fd)).not.toThrow();
    } finally {
      for (const fd of opened) closeSync(fd);
    }
  });
});
