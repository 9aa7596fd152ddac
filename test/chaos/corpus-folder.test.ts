// A corpus folder that an attacker or an unlucky operator filled: files that must be skipped with their reason while
// the rest loads, in the CLI's loader and in the bot's store, at the start and on a hot reload.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerDialogue } from '../../src/answers/index.js';
import { search, indexTerms } from '../../src/search/index.js';
import { CorpusStore } from '../../src/store/index.js';
import { libraryOf } from '../helpers/library.js';

const folders: string[] = [];
function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'attache-chaos-folder-'));
  folders.push(dir);
  cpSync('seeds', dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A Vietnamese article whose body holds one "word" of 4.3 million letters (4.3 MB, under the 5 MB limit). */
const longWordArticle = () =>
  `Đối thoại quốc phòng\n\n12/05/2021 10:00\n\nMột đoạn ${'a'.repeat(4_300_000)} kết thúc.\n\nNguồn: qdnd.vn\n`;

describe('a word of 4.3 million letters', () => {
  it('the tokenizer reads it without overflowing the stack', () => {
    const terms = indexTerms(`Hai bên ${'ệ'.repeat(4_300_000)} kết thúc.`);
    expect(terms.slice(0, 3)).toEqual(['hai', 'hai_ben', 'ben']);
    expect(terms.at(-1)).toBe('thuc');
  });
  it('the store (the CLI and the bot alike) skips the file with its reason and loads the rest', async () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, 'long-word.txt'), longWordArticle());
    const lib = await libraryOf(dir);
    expect(lib.corpus.articles).toHaveLength(5);
    expect(lib.corpus.skipped).toEqual([
      { file: 'long-word.txt', reason: expect.stringMatching(/with no space: not article text/) },
    ]);
  });
  it('the bot store skips it at the start and on a hot reload, and keeps answering', async () => {
    const dir = seedsCopy();
    writeFileSync(join(dir, 'long-word.txt'), longWordArticle());
    const store = new CorpusStore(dir);
    const first = await store.load();
    expect(first.corpus.skipped.map((s) => s.file)).toEqual(['long-word.txt']);
    writeFileSync(join(dir, 'long-word-2.txt'), longWordArticle().replace('12/05', '13/05'));
    const reloaded = await store.reload();
    expect(reloaded.corpus.skipped.map((s) => s.file).sort()).toEqual(['long-word-2.txt', 'long-word.txt']);
    expect(search(reloaded.index, 'bom mìn').length).toBeGreaterThan(0);
    expect(JSON.stringify(answerDialogue(reloaded, { partner: 'canada' }, { lang: 'en' }))).toMatch(/Canada/);
  });
});

/** Outside the corpus folder: a sidecar that would rename an article's outlet, and a folder of articles. */
function outsideTheFolder(): { sidecar: string; folder: string } {
  const outside = mkdtempSync(join(tmpdir(), 'attache-chaos-outside-'));
  folders.push(outside);
  writeFileSync(
    join(outside, 'meta.json'),
    JSON.stringify({ outlet: 'Outside Outlet', url: 'https://outside.example/' }),
  );
  mkdirSync(join(outside, 'more'));
  writeFileSync(join(outside, 'more', 'elsewhere.txt'), 'Tiêu đề ở ngoài\n\nMột đoạn văn ở ngoài thư mục.\n');
  return { sidecar: join(outside, 'meta.json'), folder: join(outside, 'more') };
}

const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

describe('what lies in the corpus folder but is not a regular file inside it', () => {
  it.each([
    ['on the main thread', 0],
    ['by a worker thread, which reads at once', 1],
  ])(
    'pipes, links outside and to /dev/zero are skipped with their reason; nothing outside is read (%s)',
    async (_, workers) => {
      const dir = seedsCopy();
      const outside = outsideTheFolder();
      mkfifo(join(dir, 'pipe.txt'));
      mkfifo(join(dir, '000_064f160b2ba67829.meta.json'));
      symlinkSync(outside.sidecar, join(dir, '001_bee81db2a34faaf4.meta.json'));
      symlinkSync('/dev/zero', join(dir, '002_8c84e9cb420551fb.meta.json'));
      symlinkSync(outside.folder, join(dir, 'linked-folder'));
      symlinkSync(join(outside.folder, 'elsewhere.txt'), join(dir, 'linked.txt'));
      // A link that stays inside the folder is read like the file it leads to.
      mkdirSync(join(dir, 'sub'));
      symlinkSync(join(dir, '003_17f2a32df134652f.txt'), join(dir, 'sub', 'inside-link.txt'));
      const store = new CorpusStore(dir, { workers });
      const lib = await store.load();
      expect(store.lastStats.readByWorkers > 0).toBe(workers > 0);
      const skipped = Object.fromEntries(
        [...lib.corpus.skipped, ...(lib.corpus.warnings ?? [])].map((s) => [s.file, s.reason]),
      );
      expect(skipped).toMatchObject({
        'pipe.txt': expect.stringMatching(/named pipe, not a regular file/),
        '000_064f160b2ba67829.meta.json': expect.stringMatching(/named pipe/),
        '001_bee81db2a34faaf4.meta.json': expect.stringMatching(/outside the corpus folder/),
        '002_8c84e9cb420551fb.meta.json': expect.stringMatching(/outside the corpus folder/),
        'linked-folder': expect.stringMatching(/link to a folder outside/),
        'linked.txt': expect.stringMatching(/link to a file outside/),
      });
      expect(lib.corpus.articles.map((a) => a.file)).toContain('sub/inside-link.txt');
      const everything = JSON.stringify(lib.corpus.articles);
      expect(everything).not.toMatch(/Outside Outlet|outside\.example|ở ngoài/);
      // A reload with a new pipe settles too.
      mkfifo(join(dir, 'pipe-2.txt'));
      const reloaded = await store.reload();
      expect(reloaded.corpus.skipped.map((s) => s.file)).toContain('pipe-2.txt');
    },
  );
});
