// A cold build's read worker sends each article without its passages' text, with its tokens and its cache record
// (src/store/read-worker.ts). Should the tokens not be usable (a batch out of order), the article is indexed from the
// record, which holds it whole: the index is still the one its text builds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/index.js';
import {
  buildSearchIndex,
  DRAINED_TERMS_MAX,
  PostingsBuilder,
  serializeIndex,
  TermIds,
} from '../../src/search/index.js';
import { type CacheEntry, CacheStream, ColdBuild, CorpusStore, serializeEntry } from '../../src/store/index.js';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Each article's passages tokenised by one worker's builder, one batch per article, as a message carries them. */
function batchesOf(articles: Article[]) {
  const worker = new PostingsBuilder(null, DRAINED_TERMS_MAX);
  return articles.map((article) => {
    for (const p of article.passages) {
      worker.addText(p.text);
      worker.endPassage();
    }
    return structuredClone(worker.drain());
  });
}

describe("a cold build's entries from a worker", () => {
  it('are indexed from their tokens, or from their record when the tokens cannot be used', async () => {
    const articles = (await new CorpusStore('seeds').load()).corpus.articles.slice(0, 3);
    const root = mkdtempSync(join(tmpdir(), 'attache-tokens-'));
    folders.push(root);
    const cacheFile = join(root, 'attache.cache');
    const stream = await CacheStream.open(cacheFile, 'code', { damaged: () => undefined, reread: () => null });
    const cold = new ColdBuild(stream!, cacheFile);
    const batches = batchesOf(articles);
    const ids = new TermIds();
    const entries = new Map<string, CacheEntry>();
    articles.forEach((article, i) => {
      const whole: CacheEntry = { hash: `h${i}`, size: 1, mtimeMs: 1, article, facts: null, skipped: null };
      const record = serializeEntry(article.file, whole);
      // The entry as the worker sends it: its passages without their text.
      const bodiless = { ...article, passages: article.passages.map((p) => ({ ...p, text: '' })) };
      // The second article is given the third's batch: out of order, so its record's article is indexed instead.
      const batch = batches[i === 1 ? 2 : i]!;
      const terms = { batch, from: 0, to: article.passages.length, ids };
      const taken = cold.take(article.file, { ...whole, article: bodiless }, { ...record, facts: null, terms });
      if (taken !== 'unchanged') entries.set(article.file, taken);
    });
    const { index } = cold.finish(articles, entries);
    expect(Buffer.from(serializeIndex(index))).toEqual(Buffer.from(serializeIndex(buildSearchIndex(articles))));
    // The third article's batch met terms the second's did not learn: it too is refused and read from its record.
    expect(ids.ids.length).toBe(batches[0]!.terms.length);
    await stream!.abandon();
  });
});
