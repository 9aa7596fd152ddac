// What the store keeps of a parsed article: every key parsing writes, in its order (the cache's JSON is written key
// by key from it), with the page's furniture and context left out. The served copy is a literal (parsing reads the
// page context only when asked), so a key parsing gains must be added there: this fails until it is.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.js';
import { readEntry } from '../../src/store/index.js';
import { readFileSync } from 'node:fs';

const FOLDERS = ['seeds', 'test/fixtures/articles'];

const served = async (folder: string, file: string) => {
  const root = resolve(folder);
  const entry = await readEntry(
    { root, path: join(root, file), file, id: file, size: 1, mtimeMs: 1, exists: true, sidecar: false },
    1 << 20,
  );
  if (entry === 'unchanged') throw new Error('no known hash was given');
  return entry.article;
};

describe('the served article', () => {
  it('keeps every key of the parsed article in its order, without furniture or page context', async () => {
    let listings = 0;
    for (const folder of FOLDERS)
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
        const parsed = parseArticle({ id: file, file, text: readFileSync(join(folder, file), 'utf8') });
        const article = await served(folder, file);
        if (!article) continue; // skipped (no text after cleaning)
        if (parsed.units) listings++;
        expect(Object.keys(article)).toEqual(Object.keys(parsed));
        expect(article).toEqual({ ...parsed, furniture: [], pageContext: [] });
      }
    // Both kinds of page are met: a listing has one key more.
    expect(listings).toBeGreaterThan(0);
  });
});
