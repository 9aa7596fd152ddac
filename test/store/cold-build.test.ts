// A first build with a cache to write streams each file's record into it as it is read and keeps only stand-ins
// (src/store/cold-build.ts): it must serve exactly what a build held whole in memory serves, leave a cache a warm start
// takes as it is, and put no cache in place before it is complete.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/generate.js';
import { answerDialogue, answerTopic, type Library } from '../../src/answers/index.js';
import { unreadPassageCount } from '../../src/corpus/index.js';
import { search, serializeIndex } from '../../src/search/index.js';
import { CorpusStore, readCache, writeCache } from '../../src/store/index.js';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function seedsCopy() {
  const root = mkdtempSync(join(tmpdir(), 'attache-cold-'));
  folders.push(root);
  const dir = join(root, 'seeds');
  cpSync('seeds', dir, { recursive: true });
  return { root, dir, cache: join(root, 'attache.cache') };
}

const en = { lang: 'en' as const };
/** What answers read, compared whole: the table, the articles with their bodies, a search, and answers. */
const served = (lib: Library) => ({
  knowledge: JSON.stringify(lib.knowledge),
  articles: JSON.stringify(lib.corpus.articles),
  skipped: lib.corpus.skipped,
  search: ['bom mìn', 'Defence Policy Dialogue', 'an ninh biển'].map((q) =>
    search(lib.index, q).map((h) => [h.passage.id, h.passage.text, h.score, h.marks]),
  ),
  index: Buffer.from(serializeIndex(lib.index)).toString('base64'),
  answers: JSON.stringify([
    answerDialogue(lib, { partner: 'japan' }, en),
    answerDialogue(lib, { partner: 'canada' }, en),
    answerTopic(lib, { topic: 'demining' }, en),
  ]),
});

describe('a streamed first build', () => {
  it('keeps stand-ins only, serves what a build held in memory serves, and a warm start from its cache too', async () => {
    const { dir, cache } = seedsCopy();
    // A worker thread reads some files: entries arrive out of order and are taken in listing order.
    const streamed = new CorpusStore(dir, { cacheFile: cache, workers: 1 });
    const lib = await streamed.load();
    // No article body is held once built: each is read back from the cache when first needed.
    expect(lib.corpus.articles.map((a) => unreadPassageCount(a) !== undefined)).toEqual([true, true, true, true, true]);
    // The cache is put in place only once complete: until the save, only the temporary exists.
    expect(existsSync(cache)).toBe(false);
    expect(existsSync(`${cache}.${process.pid}.tmp`)).toBe(true);
    await streamed.flush();
    expect(existsSync(cache)).toBe(true);
    expect(existsSync(`${cache}.${process.pid}.tmp`)).toBe(false);

    const inMemory = await new CorpusStore(dir).load();
    expect(served(lib)).toEqual(served(inMemory));

    const warm = new CorpusStore(dir, { cacheFile: cache });
    const fromCache = await warm.load();
    expect(warm.lastStats).toMatchObject({ files: 5, reread: 0, indexFromCache: true });
    expect(served(fromCache)).toEqual(served(inMemory));
  });

  it.each([
    ['read on the main thread', 0],
    ['records serialised by a worker thread', 1],
  ])('writes the bytes writeCache writes for the same entries (the layout is unchanged): %s', async (_, workers) => {
    const { root, dir, cache } = seedsCopy();
    const store = new CorpusStore(dir, { cacheFile: cache, workers });
    await store.load();
    if (workers) expect(store.lastStats.readByWorkers).toBeGreaterThan(0);
    await store.flush();
    const cached = (await readCache(cache))!;
    const copy = join(root, 'copy.cache');
    await writeCache(copy, {
      entries: cached.entries,
      indexKey: cached.indexKey,
      index: cached.index!,
      knowledge: cached.knowledge ?? null,
    });
    expect(readFileSync(copy).equals(readFileSync(cache))).toBe(true);
  });

  it('writes the same cache whether a worker thread serialised the records or the main thread did', async () => {
    const { root, dir } = seedsCopy();
    const written = async (workers: number) => {
      const cache = join(root, `workers-${workers}.cache`);
      const store = new CorpusStore(dir, { cacheFile: cache, workers });
      await store.load();
      expect(store.lastStats.readByWorkers > 0).toBe(workers > 0);
      await store.flush();
      return readFileSync(cache);
    };
    expect((await written(1)).equals(await written(0))).toBe(true);
  });

  it('a large first build lays out its postings in a worker thread: the index and cache one thread alone makes', async () => {
    // Some 340 index entries an article: 1,000 generated articles are past the size from which a worker lays them out.
    const root = mkdtempSync(join(tmpdir(), 'attache-cold-large-'));
    folders.push(root);
    const dir = join(root, 'corpus');
    writeCorpus(dir, generateCorpus({ articles: 1000, seed: 11 }));
    const built = async (workers: number) => {
      const cache = join(root, `workers-${workers}.cache`);
      const store = new CorpusStore(dir, { cacheFile: cache, workers });
      const lib = await store.load();
      expect(store.lastStats.postingsByWorker).toBe(workers > 0);
      const hits = search(lib.index, 'an ninh biển').map((h) => [h.passage.id, h.score]);
      await store.flush();
      return { index: Buffer.from(serializeIndex(lib.index)), hits, cache: readFileSync(cache) };
    };
    const [aside, alone] = [await built(1), await built(0)];
    expect(aside.hits.length).toBeGreaterThan(0);
    expect(aside.hits).toEqual(alone.hits);
    expect(aside.index.equals(alone.index)).toBe(true);
    expect(aside.cache.equals(alone.cache)).toBe(true);
  });

  it('a file edited before the cache is completed gets its new record in it', async () => {
    const { dir, cache } = seedsCopy();
    const store = new CorpusStore(dir, { cacheFile: cache });
    await store.load();
    const canada = join(dir, '000_064f160b2ba67829.txt');
    writeFileSync(canada, readFileSync(canada, 'utf8').replace('Jody Thomas', 'Jody Thompson'));
    const edited = await store.reload({ paths: ['000_064f160b2ba67829.txt'] });
    await store.flush();
    const warm = new CorpusStore(dir, { cacheFile: cache });
    const fromCache = await warm.load();
    expect(warm.lastStats).toMatchObject({ files: 5, reread: 0 });
    expect(JSON.stringify(answerDialogue(fromCache, { partner: 'canada' }, en))).toMatch(/Jody Thompson/);
    expect(served(fromCache)).toEqual(served(edited));
    // A reload adds its passages to the index beside the others: the same answers as a fresh build, laid out otherwise.
    const { index: _updated, ...answers } = served(fromCache);
    const { index: _fresh, ...fresh } = served(await new CorpusStore(dir).load());
    expect(answers).toEqual(fresh);
  });

  // /proc takes no new file (as a read-only folder): a start there finds no cache and cannot write one.
  it.runIf(existsSync('/proc/self'))(
    'where the cache cannot be written, every entry is held whole and served the same, with the reason logged',
    async () => {
      const { dir } = seedsCopy();
      const logged: string[] = [];
      const store = new CorpusStore(dir, {
        cacheFile: '/proc/attache-cold-build-test.cache',
        log: (_level, _fields, message) => logged.push(message),
      });
      const lib = await store.load();
      await store.flush();
      expect(lib.corpus.articles.map((a) => unreadPassageCount(a))).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(logged).toContain('cache not written (answers go on from memory)');
      expect(served(lib)).toEqual(served(await new CorpusStore(dir).load()));
    },
  );
});
