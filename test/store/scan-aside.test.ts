// A start from the disk cache walks and stats the corpus folder in a worker thread while it parses the cache
// (src/store/scan.ts). What it serves must be what the same start without the worker serves, and what a cold build
// serves, with files edited, added and removed since the cache was written; a missing folder is the same error.
import { appendFileSync, cpSync, mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../src/answers/index.js';
import { CorpusError } from '../../src/corpus/index.js';
import { search } from '../../src/search/index.js';
import { CorpusStore, scanFolder } from '../../src/store/index.js';

/** Three reports written for the tests: two of Japan's 5th round, one of Canada's 2nd. */
const FIXTURE = 'test/fixtures/shared-round';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function cachedCopy() {
  const root = mkdtempSync(join(tmpdir(), 'attache-scan-'));
  folders.push(root);
  const dir = join(root, 'corpus');
  cpSync(FIXTURE, dir, { recursive: true, preserveTimestamps: true });
  const cache = join(root, 'attache.cache');
  const first = new CorpusStore(dir, { cacheFile: cache });
  await first.load();
  await first.flush();
  return { dir, cache };
}

const served = (lib: Library) => ({
  knowledge: JSON.stringify(lib.knowledge),
  articles: JSON.stringify(lib.corpus.articles),
  skipped: lib.corpus.skipped,
  search: search(lib.index, 'Defence Policy Dialogue').map((h) => [h.passage.id, h.passage.text, h.score]),
});

/** A start from the cache, with the scan in a worker (every cache is large enough) or on this thread. */
async function warm(dir: string, cache: string, aside: boolean) {
  const store = new CorpusStore(dir, { cacheFile: cache, scanAsideFromBytes: aside ? 0 : Number.POSITIVE_INFINITY });
  const lib = await store.load();
  return { store, lib };
}

describe('a start that scans the folder in a worker', () => {
  it('serves what the same start on one thread serves, every file stat-ed and none read', async () => {
    const { dir, cache } = await cachedCopy();
    const aside = await warm(dir, cache, true);
    expect(aside.store.lastStats).toMatchObject({ files: 3, statted: 3, reread: 0, indexFromCache: true });
    const here = await warm(dir, cache, false);
    expect(served(aside.lib)).toEqual(served(here.lib));
  });

  it('finds a file edited, one added and one removed since the cache was written', async () => {
    const { dir, cache } = await cachedCopy();
    appendFileSync(join(dir, 'ca-dpd-2.txt'), '\nHai bên cũng trao đổi về hợp tác quân y.\n');
    cpSync(join(dir, 'jp-dpd-5-hanoi.txt'), join(dir, 'sub', 'jp-dpd-5-copy.txt'), { recursive: true });
    unlinkSync(join(dir, 'jp-dpd-5-report.txt'));
    const aside = await warm(dir, cache, true);
    expect(aside.store.lastStats).toMatchObject({ files: 3, reread: 2 });
    expect(served(aside.lib)).toEqual(served(await new CorpusStore(dir).load()));
    expect(aside.lib.corpus.articles.map((a) => a.id)).toEqual(['ca-dpd-2', 'jp-dpd-5-hanoi', 'jp-dpd-5-copy']);
  });

  it('reports a corpus folder gone since the cache was written as a start on one thread does', async () => {
    const { dir, cache } = await cachedCopy();
    rmSync(dir, { recursive: true });
    const failure = (aside: boolean) =>
      warm(dir, cache, aside).then(
        () => null,
        (error: unknown) => error,
      );
    const [aside, here] = [await failure(true), await failure(false)];
    expect(aside).toBeInstanceOf(CorpusError);
    expect((aside as Error).message).toBe((here as Error).message);
  });

  it('gives each listed article its relative path, id, size and time', async () => {
    const { dir } = await cachedCopy();
    const scan = await scanFolder(dir);
    expect(scan.files).toEqual(['ca-dpd-2.txt', 'jp-dpd-5-hanoi.txt', 'jp-dpd-5-report.txt']);
    expect(scan.ids).toEqual(['ca-dpd-2', 'jp-dpd-5-hanoi', 'jp-dpd-5-report']);
    scan.files.forEach((file, i) => {
      const info = statSync(join(dir, file));
      expect([scan.size[i], scan.mtimeMs[i], scan.exists[i]]).toEqual([info.size, info.mtimeMs, 1]);
    });
  });
});
