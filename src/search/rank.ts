/**
 * Ranking of passages by BM25 over the postings of a SearchIndex, as minisearch ranked them (same formula, defaults
 * and tie order), keeping only the best few: see rank().
 */
import type { Passage } from '../corpus/index.js';
import type { SearchIndex } from './index.js';
import { passageCount, postingRange, type Postings } from './postings.js';
import { TopK } from './top-k.js';

/** BM25 as minisearch computes it (its defaults): k1, b, and d, the floor every matching term earns. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Each section of postings with the ordinal of its first passage. */
function sectionsOf(index: SearchIndex): [Postings, number][] {
  return [
    [index.base, 0],
    [index.added, passageCount(index.base)],
  ];
}

/** Passages holding the term, the removed ones left out (minisearch, pruning its posting lists lazily, counted so too). */
export function documentFrequency(index: SearchIndex, term: string): number {
  let count = 0;
  for (const [postings, first] of sectionsOf(index)) {
    const [start, end] = postingRange(postings, term);
    count += end - start - removedAmong(index, postings, first, start, end);
  }
  return count;
}

/**
 * How many of the postings [start, end) of a section are of removed passages: each removed passage looked up in the
 * (ascending) ordinals when they are few, else the postings scanned. A reload removes a few passages, and a common
 * term has hundreds of thousands of postings.
 */
function removedAmong(index: SearchIndex, postings: Postings, first: number, start: number, end: number): number {
  const { removed } = index;
  if (removed.length === 0 || start === end) return 0;
  let count = 0;
  if (removed.length * 20 < end - start) {
    for (const ordinal of removed) if (holds(postings.ordinals, start, end, ordinal - first)) count++;
  } else for (let i = start; i < end; i++) if (index.passageAt[first + postings.ordinals[i]!] === null) count++;
  return count;
}

/** Whether the ascending ordinals[start, end) hold `ordinal` (a binary search). */
function holds(ordinals: Uint32Array, start: number, end: number, ordinal: number): boolean {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ordinals[middle]! < ordinal) low = middle + 1;
    else high = middle;
  }
  return low < end && ordinals[low] === ordinal;
}

export interface Candidate {
  passage: Passage;
  score: number;
}

/** The best candidates of a ranking, and how many passages it matched in all. */
export interface Ranked {
  best: Candidate[];
  matchedCount: number;
}

/**
 * Per-passage accumulators for rank(), kept between searches: allocating them for every search (45,000 passages: half
 * a megabyte) made the garbage collector a large part of a search's time. rank() leaves them zeroed. They hold no state
 * between searches, so one set serves every index of the process (a reload's too). `order` lists the passages matched,
 * in order of first match.
 */
let scores = new Float64Array(0);
let matched = new Uint16Array(0);
let order = new Uint32Array(0);
function accumulators(passages: number) {
  if (scores.length < passages) {
    scores = new Float64Array(passages);
    matched = new Uint16Array(passages);
    order = new Uint32Array(passages);
  }
}

/**
 * Passages holding any of the terms (and allowed by `keep`, when given), scored as minisearch's OR query did: the BM25
 * of each term summed in the order of the terms, times the number of terms matched. Returns the `top` best, best
 * first, ties in order of first match (as minisearch's stable sort left them), and how many matched. Only those `top`
 * become objects: a common term matches most passages of a large archive (400,000 at 100,000 articles), and making
 * and sorting them all was most of a search's time.
 */
export function rank(
  index: SearchIndex,
  terms: string[],
  keep: ((passage: Passage) => boolean) | null,
  top: number,
): Ranked {
  accumulators(index.passageAt.length);
  let count = 0;
  const averageLength = index.totalLength / index.liveCount;
  const { k, b, d } = BM25;
  for (const term of terms) {
    const frequency = documentFrequency(index, term);
    if (frequency === 0) continue;
    const idf = Math.log(1 + (index.liveCount - frequency + 0.5) / (frequency + 0.5));
    for (const [postings, first] of sectionsOf(index)) {
      const [start, end] = postingRange(postings, term);
      const { ordinals, frequencies, lengths } = postings;
      // Removed passages are skipped by walking their ascending list beside the ascending postings: reading passageAt
      // for every posting (hundreds of thousands for a common term) cost as much as the scoring.
      const { removed } = index;
      let r = 0;
      let nextRemoved = removed.length ? removed[0]! : Number.POSITIVE_INFINITY;
      for (let i = start; i < end; i++) {
        const ordinal = first + ordinals[i]!;
        while (nextRemoved < ordinal) nextRemoved = ++r < removed.length ? removed[r]! : Number.POSITIVE_INFINITY;
        if (nextRemoved === ordinal) continue;
        const tf = frequencies[i]!;
        // The same expression, in the same order, as minisearch's: equal scores stay equal, so ties break alike.
        scores[ordinal]! +=
          idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[ordinal - first]!) / averageLength)));
        if (matched[ordinal]!++ === 0) order[count++] = ordinal;
      }
    }
  }
  const best = new TopK<Passage>(top);
  let matchedCount = 0;
  for (let j = 0; j < count; j++) {
    const ordinal = order[j]!;
    const score = scores[ordinal]! * matched[ordinal]!;
    scores[ordinal] = 0;
    matched[ordinal] = 0;
    // The passage itself is read only when it is filtered or may enter the top.
    if (!keep) {
      matchedCount++;
      if (best.wouldTake(score)) best.offer(score, index.passageAt[ordinal]!);
      continue;
    }
    const passage = index.passageAt[ordinal]!;
    if (!keep(passage)) continue;
    matchedCount++;
    if (best.wouldTake(score)) best.offer(score, passage);
  }
  return { best: best.sorted().map(({ score, item }) => ({ passage: item, score })), matchedCount };
}
