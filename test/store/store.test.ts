// Reloads re-read only what changed, swap the Library whole, and survive bad files; the disk cache is used when valid.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerDialogue } from '../../src/answers/index.js';
import { search } from '../../src/search/index.js';
import { CorpusStore } from '../../src/store/index.js';

function corpusCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'attache-store-'));
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  return { dir: join(dir, 'seeds'), cache: join(dir, 'cache', 'attache.json') };
}

describe('CorpusStore', () => {
  it('reloads only the changed file, swaps a new Library, and the old one stays whole', async () => {
    const { dir } = corpusCopy();
    const store = new CorpusStore(dir);
    const first = await store.load();
    expect(store.lastStats).toMatchObject({ files: 5, reread: 5 });
    const canada = join(dir, '000_064f160b2ba67829.txt');
    writeFileSync(canada, readFileSync(canada, 'utf8').replace('Jody Thomas', 'Jody Thompson'));
    const second = await store.reload();
    expect(store.lastStats).toMatchObject({ files: 5, reread: 1, reusedFromCache: 4 });
    expect(second).not.toBe(first);
    expect(JSON.stringify(answerDialogue(second, { partner: 'canada' }, { lang: 'en' }))).toMatch(/Jody Thompson/);
    expect(search(second.index, 'Thompson').length).toBeGreaterThan(0);
    expect(search(second.index, 'bom mìn').length).toBeGreaterThan(0);
    expect(first.knowledge.rounds.find((r) => r.partner === 'CA')!.coChairs.map((c) => c.name)).toContain(
      'Jody Thomas',
    );
  });
  it('a removed file and a broken file: the rest reloads, the broken one is skipped with its reason', async () => {
    const { dir } = corpusCopy();
    const store = new CorpusStore(dir);
    await store.load();
    rmSync(join(dir, '004_23107760df640c84.txt'));
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3]));
    const lib = await store.reload();
    expect(lib.corpus.articles.map((a) => a.id)).not.toContain('004_23107760df640c84');
    expect(lib.knowledge.rounds.some((r) => r.partner === 'JP' && r.round === 2)).toBe(false);
    expect(lib.corpus.skipped).toEqual([{ file: 'broken.txt', reason: 'binary file (NUL bytes)' }]);
    expect(search(lib.index, 'Hyuga')).toEqual([]);
  });
  it('a second process starts from the disk cache without re-reading unchanged files', async () => {
    const { dir, cache } = corpusCopy();
    const first = new CorpusStore(dir, { cacheFile: cache });
    const built = await first.load();
    await first.flush();
    const second = new CorpusStore(dir, { cacheFile: cache });
    const lib = await second.load();
    expect(second.lastStats).toMatchObject({ files: 5, reread: 0, reusedFromCache: 5, indexFromCache: true });
    // Quotes are stored as offsets into their passages: they come back as the same sentences.
    expect(JSON.stringify(lib.knowledge)).toBe(JSON.stringify(built.knowledge));
    expect(lib.corpus.articles).toEqual(built.corpus.articles);
    expect(
      answerDialogue(lib, { partner: 'japan', round: 'latest' }, { lang: 'en' }).sections[0]!.entries[0]!.heading,
    ).toMatch(/^4th/);
  });
  it('a cold start shared with a worker thread gives the same knowledge and index as one thread alone', async () => {
    const { dir } = corpusCopy();
    const alone = new CorpusStore(dir, { workers: 0 });
    const shared = new CorpusStore(dir, { workers: 1 });
    const [one, two] = [await alone.load(), await shared.load()];
    expect(alone.lastStats.readByWorkers).toBe(0);
    // The worker takes the first share (3 of 5 files) and the main thread the rest.
    expect(shared.lastStats.readByWorkers).toBe(3);
    expect(JSON.stringify(two.knowledge)).toBe(JSON.stringify(one.knowledge));
    expect(two.corpus.articles).toEqual(one.corpus.articles);
    expect(search(two.index, 'bom mìn').map((h) => h.passage.id)).toEqual(
      search(one.index, 'bom mìn').map((h) => h.passage.id),
    );
  });
  it('a damaged cached index is rebuilt, not fatal', async () => {
    const { dir, cache } = corpusCopy();
    const first = new CorpusStore(dir, { cacheFile: cache });
    await first.load();
    await first.flush();
    writeFileSync(`${cache}.index`, 'not an index');
    const second = new CorpusStore(dir, { cacheFile: cache });
    const lib = await second.load();
    expect(second.lastStats.reread).toBe(0);
    expect(search(lib.index, 'bom mìn').length).toBeGreaterThan(0);
  });
  it('a cache cut short (a crash, a full disk) is ignored whole: every file is read again', async () => {
    const { dir, cache } = corpusCopy();
    const first = new CorpusStore(dir, { cacheFile: cache });
    const built = await first.load();
    await first.flush();
    const bytes = readFileSync(cache);
    writeFileSync(cache, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const second = new CorpusStore(dir, { cacheFile: cache });
    const lib = await second.load();
    expect(second.lastStats).toMatchObject({ reread: 5, reusedFromCache: 0 });
    expect(JSON.stringify(lib.knowledge)).toBe(JSON.stringify(built.knowledge));
  });
});
