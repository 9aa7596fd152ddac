// A reload told which paths changed (the watcher's list) looks at those files only: the others are neither stat-ed nor
// read again, yet the Library is the one a full rescan gives. What it cannot decide alone rescans the folder.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerDialogue } from '../../src/answers/index.js';
import { search } from '../../src/search/index.js';
import { CorpusStore } from '../../src/store/index.js';

const CANADA = '000_064f160b2ba67829.txt';
const JAPAN = '004_23107760df640c84.txt';

async function loadedCopy() {
  const dir = join(mkdtempSync(join(tmpdir(), 'attache-paths-')), 'seeds');
  cpSync('seeds', dir, { recursive: true });
  const store = new CorpusStore(dir);
  await store.load();
  return { dir, store };
}

const edit = (dir: string, file: string, from: string, to: string) =>
  writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));

describe('reload by changed paths', () => {
  it('an edited file is picked up, and no other file is stat-ed or read again', async () => {
    const { dir, store } = await loadedCopy();
    expect(store.lastStats).toMatchObject({ files: 5, statted: 5 });
    edit(dir, CANADA, 'Jody Thomas', 'Jody Thompson');
    const lib = await store.reload({ paths: [CANADA] });
    expect(store.lastStats).toMatchObject({ files: 5, statted: 1, reread: 1, reusedFromCache: 4 });
    expect(JSON.stringify(answerDialogue(lib, { partner: 'canada' }, { lang: 'en' }))).toMatch(/Jody Thompson/);
    expect(search(lib.index, 'Thompson').length).toBeGreaterThan(0);
    // The same Library a full rescan of a fresh store gives.
    const fresh = new CorpusStore(dir);
    expect(JSON.stringify((await fresh.load()).knowledge)).toBe(JSON.stringify(lib.knowledge));
  });

  it('edited articles take their places in the article list and map, as a fresh load has them, skips included', async () => {
    const { dir, store } = await loadedCopy();
    const same = async (lib: Awaited<ReturnType<CorpusStore['load']>>) => {
      const fresh = await new CorpusStore(dir).load();
      const shape = (l: typeof lib) => ({
        articles: JSON.stringify(l.corpus.articles),
        skipped: l.corpus.skipped,
        warnings: l.corpus.warnings,
        byId: JSON.stringify([...l.articles]),
      });
      expect(shape(lib)).toEqual(shape(fresh));
      for (const a of lib.corpus.articles) expect(lib.articles.get(a.id)).toBe(a);
    };
    edit(dir, JAPAN, 'Hyuga', 'Izumo');
    edit(dir, CANADA, 'Jody Thomas', 'Jody Thompson');
    await same(await store.reload({ paths: [JAPAN, CANADA] }));
    // Emptied, the file is skipped: the list is walked again; refilled, it is an article again.
    const text = readFileSync(join(dir, CANADA), 'utf8');
    writeFileSync(join(dir, CANADA), '');
    const skipped = await store.reload({ paths: [CANADA] });
    expect(skipped.corpus.skipped.map((s) => s.file)).toEqual([CANADA]);
    await same(skipped);
    writeFileSync(join(dir, CANADA), text);
    await same(await store.reload({ paths: [CANADA] }));
  });

  it('a removed file named by the watcher leaves the Library without a walk of the folder', async () => {
    const { dir, store } = await loadedCopy();
    rmSync(join(dir, JAPAN));
    const lib = await store.reload({ paths: [JAPAN] });
    expect(store.lastStats).toMatchObject({ files: 4, statted: 0, reread: 0 });
    expect(lib.corpus.articles.map((a) => a.id)).not.toContain('004_23107760df640c84');
    expect(search(lib.index, 'Hyuga')).toEqual([]);
  });

  it('a sidecar written beside an article re-reads that article only', async () => {
    const { dir, store } = await loadedCopy();
    const sidecar = CANADA.replace('.txt', '.meta.json');
    writeFileSync(join(dir, sidecar), JSON.stringify({ url: 'https://example.org/canada' }));
    const lib = await store.reload({ paths: [sidecar] });
    expect(store.lastStats).toMatchObject({ statted: 1, reread: 1 });
    expect(lib.corpus.articles.find((a) => a.id === '000_064f160b2ba67829')?.url).toBe('https://example.org/canada');
  });

  it('a file that is no article changes nothing and reads nothing', async () => {
    const { dir, store } = await loadedCopy();
    const before = store.library;
    writeFileSync(join(dir, `.${CANADA}.swp`), 'editor state');
    expect(await store.reload({ paths: [`.${CANADA}.swp`] })).toBe(before);
    expect(store.lastStats).toMatchObject({ statted: 0, reread: 0 });
  });

  it('a new article, a new folder or a path outside rescans the whole folder, as a cold start would', async () => {
    const { dir, store } = await loadedCopy();
    writeFileSync(join(dir, 'new.txt'), readFileSync(join(dir, CANADA), 'utf8'));
    await store.reload({ paths: ['new.txt'] });
    expect(store.lastStats).toMatchObject({ files: 6, statted: 6, reread: 1 });
    mkdirSync(join(dir, 'more'));
    cpSync(join(dir, JAPAN), join(dir, 'more', 'copy.txt'));
    await store.reload({ paths: ['more'] });
    expect(store.lastStats).toMatchObject({ files: 7, statted: 7, reread: 1 });
    await store.reload({ paths: ['../elsewhere.txt'] });
    expect(store.lastStats).toMatchObject({ files: 7, statted: 7, reread: 0 });
  });
});
