// A corpus folder that an attacker or an unlucky operator filled: files that must be skipped with their reason while
// the rest loads, in the CLI's loader and in the bot's store, at the start and on a hot reload.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerDialogue } from '../../src/answers/index.js';
import { search } from '../../src/search/index.js';
import { indexTerms } from '../../src/search/tokens.js';
import { CorpusStore } from '../../src/store/store.js';
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
