// Ranking keeps only the best few candidates and skips the passages that cannot be among them (a common term matches
// most passages of a large archive): the few it keeps must be exactly the first few of the whole ranking as minisearch
// computed it (written out plainly below), same scores, ties in the same order, with or without removed and added
// passages, whatever the filter.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/generate.js';
import type { Article, Passage } from '../../src/corpus/index.js';
import {
  allTerms,
  buildSearchIndex,
  countMatches,
  indexTerms,
  postingRange,
  rank,
  type SearchIndex,
  TopK,
  updateIndex,
} from '../../src/search/index.js';
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

  it('with orders given, keeps what a sort by score then order puts first, whatever the offering order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 120 }), fc.nat(30), (values, k) => {
        const items = values.map((score, order) => ({ score, item: order }));
        const top = new TopK<number>(k);
        // Offered in a scrambled order (odd orders first, then even), as pruned ranking offers by ordinal.
        for (const { score, item } of [...items.filter((x) => x.item % 2), ...items.filter((x) => x.item % 2 === 0)])
          top.offer(score, item, item);
        const expected = [...items].sort((a, b) => b.score - a.score || a.item - b.item).slice(0, k);
        expect(top.sorted()).toEqual(expected);
      }),
    );
  });
});

/**
 * The ranking as minisearch's OR query computed it, every passage scored: per term in order (removed passages left
 * out), BM25 with k1 1.2, b 0.7, d 0.5 summed in the order of the terms, times the number of terms matched; sorted by
 * score, stably from the order of first match.
 */
function fullRanking(index: SearchIndex, terms: string[], keep: ((p: Passage) => boolean) | null = null) {
  const live = (ordinal: number) => index.passageAt[ordinal] !== null;
  const base = index.base.lengths.length;
  const sections = [
    { postings: index.base, first: 0 },
    { postings: index.added, first: base },
  ];
  const lengthOf = (ordinal: number) =>
    ordinal < base ? index.base.lengths[ordinal]! : index.added.lengths[ordinal - base]!;
  const averageLength = index.totalLength / index.liveCount;
  const scores = new Map<number, { sum: number; matched: number }>();
  for (const term of terms) {
    const holding: [number, number][] = [];
    for (const { postings, first } of sections) {
      const [start, end] = postingRange(postings, term);
      for (let i = start; i < end; i++)
        if (live(first + postings.ordinals[i]!))
          holding.push([first + postings.ordinals[i]!, postings.frequencies[i]!]);
    }
    if (!holding.length) continue;
    const idf = Math.log(1 + (index.liveCount - holding.length + 0.5) / (holding.length + 0.5));
    for (const [ordinal, tf] of holding) {
      const entry = scores.get(ordinal) ?? { sum: 0, matched: 0 };
      entry.sum += idf * (0.5 + (tf * 2.2) / (tf + 1.2 * (1 - 0.7 + (0.7 * lengthOf(ordinal)) / averageLength)));
      entry.matched++;
      scores.set(ordinal, entry);
    }
  }
  return [...scores]
    .map(([ordinal, { sum, matched }]) => ({ passage: index.passageAt[ordinal]!, score: sum * matched }))
    .filter(({ passage }) => !keep || keep(passage))
    .sort((a, b) => b.score - a.score);
}

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
      ['hop_tac'],
      ['quoc'],
      ['hop', 'tac', 'quoc', 'phong'],
      ['viet', 'nam', 'hai'],
      ['doi_thoai', 'bom_min', 'an_ninh'],
      ['nam', 'viet', 'nam'],
      ...sample.map((p) => indexTerms(p.text).slice(0, 6)),
      ...sample.map((p) => indexTerms(p.text).slice(-3)),
    ];
  });

  it('matches most passages for common terms (the case pruning is for), and scores few of them', () => {
    const terms = ['hop_tac', 'quoc_phong'];
    const matched = fullRanking(index, terms).length;
    expect(matched).toBeGreaterThan(index.liveCount / 2);
    expect(countMatches(index, terms, null, Number.POSITIVE_INFINITY)).toBe(matched);
    for (const common of [['quoc_phong'], ['hop_tac'], terms]) {
      for (const sampledFrom of [0, Number.POSITIVE_INFINITY]) {
        const stats = { scored: 0 };
        rank(index, common, null, 10, { stats, sampledFrom });
        expect(stats.scored).toBeLessThan(fullRanking(index, common).length / 2);
      }
    }
  });

  it('the best k are the first k of the whole ranking, for any k, scores and ties alike', () => {
    for (const terms of queries) {
      const all = fullRanking(index, terms);
      expect(rank(index, terms, null, index.passageAt.length)).toEqual(all);
      for (const k of [1, 3, 10, 60, 400])
        for (const sampledFrom of [0, Number.POSITIVE_INFINITY])
          expect(rank(index, terms, null, k, { sampledFrom })).toEqual(all.slice(0, k));
      for (const upTo of [0, 1, 30, all.length + 1])
        expect(countMatches(index, terms, null, upTo)).toBe(Math.min(upTo, all.length));
    }
  });

  it('agrees with a filter of articles and after reloads removed some and added others', () => {
    const allowed = new Set(articles.filter((_, i) => i % 3 === 0).map((a) => a.id));
    const keep = (p: { articleId: string }) => allowed.has(p.articleId);
    const removed = new Set(articles.slice(0, 20).map((a) => a.id));
    updateIndex(index, articles.slice(0, 20), []);
    // Re-added under their ids: their passages now live in the added section, after the base's ordinals.
    updateIndex(index, [], articles.slice(10, 15));
    expect(index.added.lengths.length).toBeGreaterThan(0);
    for (const terms of queries) {
      const all = fullRanking(index, terms, keep);
      expect(all.every((c) => allowed.has(c.passage.articleId))).toBe(true);
      expect(all.some((c) => removed.has(c.passage.articleId) && c.passage.articleId < articles[10]!.id)).toBe(false);
      for (const k of [1, 10, 60]) expect(rank(index, terms, keep, k, { sampledFrom: 0 })).toEqual(all.slice(0, k));
      expect(countMatches(index, terms, keep, 50)).toBe(Math.min(50, all.length));
      const unfiltered = fullRanking(index, terms);
      for (const k of [1, 10, 60]) expect(rank(index, terms, null, k)).toEqual(unfiltered.slice(0, k));
    }
  });
});

describe('rank on small random corpora (ties everywhere)', () => {
  /** Passages of a few words out of five, some repeated: many equal lengths, frequencies and scores. */
  const WORDS = ['an', 'bo', 'ca', 'da', 'em'];
  const passageText = fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 })
    .map((words) => words.join(' '));
  const articleOf = (id: string, texts: string[]): Article =>
    ({
      id,
      passages: texts.map((text, i) => ({ id: `${id}#${i + 1}`, articleId: id, index: i + 1, text })),
    }) as unknown as Article;

  it('a passage that only ties the worst kept still enters when it holds an earlier term of the query', () => {
    // Every passage scores the same: the first "an" passages rank first (the first term), though visited after "bo".
    const texts = [...Array.from({ length: 150 }, () => 'bo da'), ...Array.from({ length: 150 }, () => 'an da')];
    const index = buildSearchIndex([articleOf('x', texts)]);
    for (const k of [1, 5, 70]) {
      const best = rank(index, ['an', 'bo'], null, k, { sampledFrom: Number.POSITIVE_INFINITY });
      expect(best).toEqual(fullRanking(index, ['an', 'bo']).slice(0, k));
      expect(best.every((c) => c.passage.text === 'an da')).toBe(true);
    }
  });

  it('keeps the first k of the whole ranking, with removals, additions, filters and repeated terms', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(passageText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.array(passageText, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
        fc.nat(5),
        fc.array(fc.nat(30), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 25 }),
        (bodies, additions, removeCount, picks, k) => {
          const articles = bodies.map((texts, i) => articleOf(`a${String(i).padStart(3, '0')}`, texts));
          const index = buildSearchIndex(articles);
          const added = additions.map((texts, i) => articleOf(`b${i}`, texts));
          if (removeCount || added.length) updateIndex(index, articles.slice(0, removeCount), added);
          const vocabulary = allTerms(index.base);
          const terms = picks.map((p) => vocabulary[p % vocabulary.length]!);
          const keep = (p: Passage) => p.index % 2 === 1;
          for (const filter of [null, keep]) {
            const all = fullRanking(index, terms, filter);
            expect(rank(index, terms, filter, k)).toEqual(all.slice(0, k));
            expect(rank(index, terms, filter, k, { sampledFrom: 0 })).toEqual(all.slice(0, k));
            expect(countMatches(index, terms, filter, k)).toBe(Math.min(k, all.length));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
