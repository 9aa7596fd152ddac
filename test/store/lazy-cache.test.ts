// A start from the disk cache reads the manifest and the merged knowledge table only: article bodies and facts are read
// from their records when first needed. What it serves must equal a cold build, before and after reloads, and a
// record damaged on disk after it was written is never used.
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../src/answers/index.js';
import { unreadPassageCount } from '../../src/corpus/index.js';
import { search } from '../../src/search/index.js';
import { CorpusStore } from '../../src/store/index.js';

/** Two reports of one round (Japan's 5th) and one of another (Canada's 2nd), written for this test. */
const FIXTURE = 'test/fixtures/shared-round';
const HANOI = 'jp-dpd-5-hanoi.txt';
const REPORT = 'jp-dpd-5-report.txt';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture with a cache written by a cold start. */
async function cachedCopy() {
  const root = mkdtempSync(join(tmpdir(), 'attache-lazy-'));
  folders.push(root);
  const dir = join(root, 'corpus');
  cpSync(FIXTURE, dir, { recursive: true });
  const cache = join(root, 'attache.cache');
  const first = new CorpusStore(dir, { cacheFile: cache });
  await first.load();
  await first.flush();
  return { dir, cache };
}

function warmStore(dir: string, cache: string) {
  const logged: string[] = [];
  const store = new CorpusStore(dir, { cacheFile: cache, log: (_level, _fields, message) => logged.push(message) });
  return { store, logged };
}

/** What answers read, compared whole: the table, the articles with their bodies, and a search. */
const served = (lib: Library) => ({
  knowledge: JSON.stringify(lib.knowledge),
  articles: JSON.stringify(lib.corpus.articles),
  skipped: lib.corpus.skipped,
  search: search(lib.index, 'Defence Policy Dialogue').map((h) => [h.passage.id, h.passage.text, h.score]),
});

const cold = (dir: string) => new CorpusStore(dir).load();
const japan = (lib: Library) => lib.knowledge.rounds.find((r) => r.partner === 'JP' && r.round === 5);

describe('a start from the disk cache', () => {
  it('reads no article body and merges nothing, and serves what a cold build serves', async () => {
    const { dir, cache } = await cachedCopy();
    const { store } = warmStore(dir, cache);
    const lib = await store.load();
    expect(store.lastStats).toMatchObject({ files: 3, reread: 0, indexFromCache: true });
    expect(lib.corpus.articles.map((a) => unreadPassageCount(a))).toEqual([1, 2, 2]);
    // The round reported by two files comes merged from the cache.
    expect(new Set(japan(lib)!.sources.map((s) => s.article))).toEqual(new Set(['jp-dpd-5-hanoi', 'jp-dpd-5-report']));
    expect(served(lib)).toEqual(served(await cold(dir)));
  });

  it('the periodic hash check finds nothing changed and reads no record', async () => {
    const { dir, cache } = await cachedCopy();
    const { store } = warmStore(dir, cache);
    await store.load();
    const lib = await store.reload({ verifyContent: true });
    expect(store.lastStats.reread).toBe(3);
    expect(lib.corpus.articles.map((a) => unreadPassageCount(a))).toEqual([1, 2, 2]);
  });

  it('re-merges a round reported by several files when one of them changes, as a cold build does', async () => {
    const { dir, cache } = await cachedCopy();
    const { store } = warmStore(dir, cache);
    await store.load();
    const path = join(dir, REPORT);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('maritime security', 'maritime security, search and rescue'),
    );
    const edited = await store.reload({ paths: [REPORT] });
    expect(store.lastStats.reread).toBe(1);
    expect(japan(edited)!.topics).toContain('search-and-rescue');
    // The other report's facts were read from its record for the merge; its body was not.
    expect(unreadPassageCount(edited.articles.get('jp-dpd-5-hanoi')!)).toBe(2);
    expect(served(edited)).toEqual(served(await cold(dir)));
    rmSync(join(dir, HANOI));
    const removed = await store.reload({ paths: [HANOI] });
    expect(japan(removed)!.sources.map((s) => s.article)).toEqual(['jp-dpd-5-report']);
    expect(served(removed)).toEqual(served(await cold(dir)));
  });

  it('a restart after a reload reads the cache that reload wrote, and still serves what a cold build serves', async () => {
    const { dir, cache } = await cachedCopy();
    const { store } = warmStore(dir, cache);
    await store.load();
    const path = join(dir, HANOI);
    writeFileSync(path, readFileSync(path, 'utf8').replace('peacekeeping', 'peacekeeping, cyber security'));
    await store.reload({ paths: [HANOI] });
    await store.flush();
    const again = warmStore(dir, cache).store;
    const lib = await again.load();
    expect(again.lastStats).toMatchObject({ reread: 0, indexFromCache: true });
    // The index written after a reload lists the edited article's passages last: still no text read at the start.
    expect(lib.corpus.articles.map((a) => unreadPassageCount(a))).toEqual([1, 2, 2]);
    expect(served(lib)).toEqual(served(await cold(dir)));
  });

  it('a file edited while no process ran: the cached index is updated with it, and no other article is read', async () => {
    const { dir, cache } = await cachedCopy();
    const path = join(dir, REPORT);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('maritime security', 'maritime security, search and rescue'),
    );
    const { store } = warmStore(dir, cache);
    const lib = await store.load();
    expect(store.lastStats).toMatchObject({ reread: 1, indexFromCache: true });
    expect(lib.corpus.articles.map((a) => unreadPassageCount(a))).toEqual([1, 2, undefined]);
    expect(served(lib)).toEqual(served(await cold(dir)));
  });

  it('a record damaged on disk after it was written is never used: its file is read again, and it is logged', async () => {
    const { dir, cache } = await cachedCopy();
    // One letter of the Hanoi report's body changed inside its record only: the manifest and table stay whole.
    const bytes = readFileSync(cache);
    const record = bytes.indexOf(`"record":{"file":"${HANOI}"`);
    const text = bytes.indexOf('peacekeeping and military medicine', record);
    expect(record).toBeGreaterThan(0);
    expect(text).toBeGreaterThan(record);
    bytes.write('X', text, 'latin1');
    writeFileSync(cache, bytes);
    const { store, logged } = warmStore(dir, cache);
    const lib = await store.load();
    expect(store.lastStats.reread).toBe(0);
    expect(logged).toEqual([]);
    const body = lib.articles.get('jp-dpd-5-hanoi')!.passages.map((p) => p.text);
    expect(body.join(' ')).toContain('peacekeeping and military medicine');
    expect(body.join(' ')).not.toContain('Xeacekeeping');
    expect(logged.join('\n')).toMatch(/failed their checksum/);
    expect(served(lib)).toEqual(served(await cold(dir)));
  });

  it('a cache file cut short after the start: the records not read yet are read from their files', async () => {
    const { dir, cache } = await cachedCopy();
    const { store, logged } = warmStore(dir, cache);
    const lib = await store.load();
    truncateSync(cache, 200);
    expect(served(lib)).toEqual(served(await cold(dir)));
    expect(logged.join('\n')).toMatch(/failed their checksum/);
  });
});
