// A cold start's read worker tokenises the articles it reads with a draining PostingsBuilder of its own, and the main
// thread only appends their entries (SearchIndexBuilder.addTokenised): the index must be exactly the one built from
// the text, whichever thread tokenised which article, in whatever batches.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/index.js';
import {
  buildSearchIndex,
  PostingsBuilder,
  type SearchIndex,
  SearchIndexBuilder,
  serializeIndex,
  type TermBatch,
} from '../../src/search/index.js';
import { CorpusStore } from '../../src/store/index.js';

/** An article of the given passages (only what the index reads). */
const articleOf = (id: string, texts: string[]): Article =>
  ({ id, passages: texts.map((text, i) => ({ id: `${id}#${i + 1}`, articleId: id, index: i + 1, text })) }) as Article;

/** Tokenises the articles as a worker does: one batch per group, the worker's dictionary kept across batches. */
function drainedBatches(worker: PostingsBuilder, groups: Article[][]): TermBatch[] {
  return groups.map((articles) => {
    for (const article of articles)
      for (const p of article.passages) {
        worker.addText(p.text);
        worker.endPassage();
      }
    // Through a message, as the worker posts it.
    return structuredClone(worker.drain());
  });
}

const bytesOf = (index: SearchIndex) => Buffer.from(serializeIndex(index));

describe('passages tokenised by a worker thread', () => {
  it('build the index the text builds: two workers and the main thread taking turns, batch by batch', async () => {
    const articles = (await new CorpusStore('seeds').load()).corpus.articles;
    // Odd text too: a lone combining mark folds to the empty word (no term, still a pair's half), a long run of letters.
    const odd = articleOf('odd-1', ['a \u0301 b, c\u0301 đ', `${'x'.repeat(70)} y`, '']);
    const all = [...articles, odd, ...articles.map((a) => ({ ...a, id: `${a.id}-again` }))];
    // Each group of three articles: the first read by worker A, the second by worker B, the third by the main thread.
    const groups = Array.from({ length: Math.ceil(all.length / 3) }, (_, g) => all.slice(3 * g, 3 * g + 3));
    const workers = [new PostingsBuilder(null, true), new PostingsBuilder(null, true)];
    const batches = workers.map((worker, w) =>
      drainedBatches(
        worker,
        groups.map((group) => group.slice(w, w + 1)),
      ),
    );
    const ids: number[][] = [[], []];
    const index = new SearchIndexBuilder();
    groups.forEach((group, g) => {
      group.forEach((article, w) => {
        if (w === 2) index.add(article);
        else
          index.addTokenised(article, { batch: batches[w]![g]!, from: 0, to: article.passages.length, ids: ids[w]! });
      });
    });
    expect(bytesOf(index.finish(all))).toEqual(bytesOf(buildSearchIndex(all)));
    // The workers' terms were learnt, not added from the text.
    expect(ids[0]!.length).toBeGreaterThan(100);
  });

  it('several articles in one batch, each its own range of passages', async () => {
    const articles = (await new CorpusStore('seeds').load()).corpus.articles.slice(0, 5);
    const [batch] = drainedBatches(new PostingsBuilder(null, true), [articles]);
    const index = new SearchIndexBuilder();
    const ids: number[] = [];
    let from = 0;
    for (const article of articles) {
      const to = from + article.passages.length;
      index.addTokenised(article, { batch: batch!, from, to, ids });
      from = to;
    }
    expect(bytesOf(index.finish(articles))).toEqual(bytesOf(buildSearchIndex(articles)));
  });

  it('a batch that does not follow the ones learnt, or ranges that are not the article, are read from the text', () => {
    const first = articleOf('first', ['hợp tác quốc phòng', 'defence cooperation']);
    const second = articleOf('second', ['đối thoại chính sách quốc phòng']);
    const [, later] = drainedBatches(new PostingsBuilder(null, true), [[first], [second]]);
    const index = new SearchIndexBuilder();
    const ids: number[] = [];
    // The second batch before the first: its term numbers mean nothing yet.
    index.addTokenised(second, { batch: later!, from: 0, to: 1, ids });
    expect(ids).toEqual([]);
    // A range of another length than the article's passages.
    index.addTokenised(first, { batch: later!, from: 0, to: 1, ids });
    const both = [second, first];
    expect(bytesOf(index.finish(both))).toEqual(bytesOf(buildSearchIndex(both)));
  });
});
