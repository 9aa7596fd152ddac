// Ranking keeps only the best few candidates (a common term matches most passages of a large archive): the few it
// keeps must be exactly the first few of the whole ranking, ties in the same order, with or without removed passages.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/generate.js';
import type { Article } from '../../src/corpus/index.js';
import { buildSearchIndex, indexTerms, updateIndex, type SearchIndex, rank, TopK } from '../../src/search/index.js';
import { libraryOf } from '../helpers/library.js';

describe('TopK', () => {
  it('keeps what a stable sort by descending score puts first, ties in the order offered', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 200 }), fc.nat(40), (values, k) => {
        const top = new TopK<number>(k);
        values.forEach((score, i) => {
          top.offer(score, i);
        });
        const expected = values
          .map((score, i) => ({ score, item: i }))
          .sort((a, b) => b.score - a.score)
          .slice(0, k);
        expect(top.sorted()).toEqual(expected);
      }),
    );
  });
});

describe('rank on generated passages', () => {
  let articles: Article[];
  let index: SearchIndex;
  /** Frequent and rare terms alike: the words and pairs of a few passages, and words every article has. */
  let queries: string[][];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-rank-'));
    writeCorpus(dir, generateCorpus({ articles: 300, seed: 3 }));
    articles = (await libraryOf(dir, { workers: 0 })).corpus.articles;
    index = buildSearchIndex(articles);
    const sample = [articles[0]!, articles[7]!, articles[99]!].flatMap((a) => a.passages.slice(0, 2));
    queries = [
      ['hop_tac', 'quoc_phong'],
      ['viet', 'nam', 'hai'],
      ['doi_thoai', 'bom_min', 'an_ninh'],
      ...sample.map((p) => indexTerms(p.text).slice(0, 6)),
      ...sample.map((p) => indexTerms(p.text).slice(-3)),
    ];
  });

  const every = (terms: string[], keep: Parameters<typeof rank>[2] = null) =>
    rank(index, terms, keep, index.passageAt.length);

  it('matches most passages for common terms (the case pruning is for)', () => {
    expect(every(['hop_tac', 'quoc_phong']).matchedCount).toBeGreaterThan(index.liveCount / 2);
  });

  it('the best k are the first k of the whole ranking, for any k, scores and ties alike', () => {
    for (const terms of queries) {
      const all = every(terms);
      expect(all.best.length).toBe(all.matchedCount);
      for (const k of [1, 3, 10, 60, 400]) {
        const some = rank(index, terms, null, k);
        expect(some.matchedCount).toBe(all.matchedCount);
        expect(some.best).toEqual(all.best.slice(0, k));
      }
    }
  });

  it('agrees with a filter of articles and after a reload removed some', () => {
    const allowed = new Set(articles.filter((_, i) => i % 3 === 0).map((a) => a.id));
    const keep = (p: { articleId: string }) => allowed.has(p.articleId);
    const removed = new Set(articles.slice(0, 20).map((a) => a.id));
    updateIndex(index, articles.slice(0, 20), []);
    for (const terms of queries) {
      const all = every(terms, keep);
      expect(all.best.every((c) => allowed.has(c.passage.articleId) && !removed.has(c.passage.articleId))).toBe(true);
      for (const k of [1, 10, 60]) expect(rank(index, terms, keep, k).best).toEqual(all.best.slice(0, k));
    }
  });
});
