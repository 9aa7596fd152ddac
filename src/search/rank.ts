/**
 * Ranking of passages by BM25 over the postings of a SearchIndex, as minisearch ranked them (same formula, defaults
 * and tie order), keeping only the best few and skipping the passages that cannot be among them: see rank().
 */
import type { Passage } from '../corpus/index.js';
import { inverseFrequency } from './bm25.js';
import { END, type Segment, TermCursor } from './cursor.js';
import type { SearchIndex } from './index.js';
import { passageCount, postingRange, type Postings } from './postings.js';
import { TopK } from './top-k.js';

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

/**
 * A bound computed in another order than the score's sum may round below it by a few units in the last place: such
 * bounds are raised by this factor before they decide anything.
 */
const SLACK = 1 + 1e-9;

/**
 * The `top` passages holding any of the terms (and allowed by `keep`, when given), scored as minisearch's OR query
 * did: the BM25 of each term summed in the order of the terms, times the number of terms matched; best first, ties in
 * order of first match (the first term a passage holds, then its ordinal: as minisearch's stable sort left them).
 *
 * Exact, and pruned (MaxScore over block bounds): passages are visited in ordinal order, one cursor per term. Once
 * `top` passages are kept, the worst of them sets a threshold; a term whose bound, with those of the weaker terms, cannot
 * reach it on their own is no longer read through but only looked up for passages the other terms bring; a block of
 * postings whose bounds cannot reach it is skipped; a passage is scored only when its bound can. A common term matches
 * most passages of a large archive (400,000 at 100,000 articles): most of them are never scored.
 */
export function rank(
  index: SearchIndex,
  terms: string[],
  keep: ((passage: Passage) => boolean) | null,
  top: number,
  /**
   * For the tests: `stats.scored` counts the passages scored in full (what pruning saves); `sampledFrom` lowers the
   * number of postings from which a floor is sampled (so that small corpora take that path too).
   */
  tuning: { stats?: { scored: number }; sampledFrom?: number } = {},
): Candidate[] {
  const averageLength = index.totalLength / index.liveCount;
  const cursors = cursorsOf(index, terms, averageLength);
  const best = new TopK<Passage>(top);
  if (cursors.length === 0 || top <= 0) return [];
  const passages = index.passageAt.length;
  // Weakest first: the terms that stop being read through, as the threshold rises, are a prefix of this list.
  const byBound = [...cursors].sort((x, y) => x.bound - y.bound);
  let weak = 0;
  let weakBound = 0;
  /** Below this no passage can enter: the sampled floor, then the worst kept score once `top` are kept. */
  let floor = sampledFloor(index, cursors, byBound, keep, top, tuning.sampledFrom ?? SAMPLED_FROM);
  /** The worst kept passage once `top` are kept: its score, and the query position of the first term it holds. */
  let threshold = Number.NEGATIVE_INFINITY;
  let thresholdFirst = 0;
  const raiseFloor = () => {
    while (weak < byBound.length && (weakBound + byBound[weak]!.bound) * (weak + 1) * SLACK < floor) {
      weakBound += byBound[weak]!.bound;
      byBound[weak++]!.essential = false;
    }
  };
  raiseFloor();
  const { removed } = index;
  let nextRemoved = 0;
  let windowEnd = -1;
  let doc = END;
  for (let j = weak; j < byBound.length; j++) if (byBound[j]!.doc < doc) doc = byBound[j]!.doc;
  while (doc !== END) {
    if (floor > Number.NEGATIVE_INFINITY && doc > windowEnd) {
      // A new window: up to the end of the first block an essential term leaves. When even the block bounds there
      // cannot reach the floor, every essential term jumps past it.
      windowEnd = END;
      for (let j = weak; j < byBound.length; j++) {
        const c = byBound[j]!;
        if (c.doc !== END && c.blockLast() < windowEnd) windowEnd = c.blockLast();
      }
      if (!windowCanEnter(cursors, windowEnd, floor, threshold, thresholdFirst)) {
        doc = END;
        for (let j = weak; j < byBound.length; j++) {
          const c = byBound[j]!;
          c.advance(windowEnd + 1);
          if (c.doc < doc) doc = c.doc;
        }
        continue;
      }
    }
    while (nextRemoved < removed.length && removed[nextRemoved]! < doc) nextRemoved++;
    if (
      (nextRemoved >= removed.length || removed[nextRemoved] !== doc) &&
      scoreCandidate(byBound, weak, weakBound, doc, floor)
    ) {
      const passage = index.passageAt[doc]!;
      if (!keep || keep(passage)) {
        let sum = 0;
        let held = 0;
        let first = -1;
        for (const c of cursors) {
          if (c.doc !== doc) continue;
          sum += c.value;
          held++;
          if (first < 0) first = c.position;
        }
        const score = sum * held;
        if (tuning.stats) tuning.stats.scored++;
        const order = first * passages + doc;
        if (best.wouldTake(score, order)) {
          best.offer(score, passage, order);
          if (best.full) {
            threshold = best.worstScore;
            thresholdFirst = Math.floor(best.worstOrder / passages);
            if (threshold > floor) {
              floor = threshold;
              raiseFloor();
            }
          }
        }
      }
    }
    // On to the next passage an essential term holds.
    const done = doc;
    doc = END;
    for (let j = weak; j < byBound.length; j++) {
      const c = byBound[j]!;
      if (c.doc === done) c.next();
      if (c.doc < doc) doc = c.doc;
    }
  }
  return best.sorted().map(({ score, item }) => ({ passage: item, score }));
}

/**
 * Reads the terms' scores in passage `doc` (each cursor's `value`) unless its bound shows it cannot reach the
 * floor: the essential terms' scores, then the weak terms looked up strongest first, the bound shrinking with
 * each one the passage does not hold. Whether the passage may enter.
 */
function scoreCandidate(byBound: TermCursor[], weak: number, weakBound: number, doc: number, floor: number): boolean {
  let sum = 0;
  let held = 0;
  for (let j = weak; j < byBound.length; j++) {
    const c = byBound[j]!;
    if (c.doc !== doc) continue;
    c.value = c.score();
    sum += c.value;
    held++;
  }
  let possible = weakBound;
  for (let j = weak - 1; j >= 0; j--) {
    if ((sum + possible) * (held + j + 1) * SLACK < floor) return false;
    const c = byBound[j]!;
    possible -= c.bound;
    c.advance(doc);
    if (c.doc !== doc) continue;
    c.value = c.score();
    sum += c.value;
    held++;
  }
  return sum * held * SLACK >= floor;
}

/**
 * Whether a passage in ordinals [doc, windowEnd] may enter: the essential terms' bounds in their current block, the
 * weak terms' whole bounds, summed in the order of the terms as a score is (so the bound is never below a score, to
 * the last bit) times their number. Below the floor it cannot; equal to the worst kept score it still loses when no
 * term before the first that passage holds can lift it over that passage in the tie order (visited later, its
 * ordinal is greater).
 */
function windowCanEnter(
  cursors: TermCursor[],
  windowEnd: number,
  floor: number,
  threshold: number,
  thresholdFirst: number,
): boolean {
  let sum = 0;
  let count = 0;
  let firstPosition = Number.POSITIVE_INFINITY;
  for (const c of cursors) {
    if (c.essential) {
      if (c.doc > windowEnd) continue;
      sum += c.blockBound();
    } else sum += c.bound;
    count++;
    if (firstPosition === Number.POSITIVE_INFINITY) firstPosition = c.position;
  }
  const bound = sum * count;
  return bound >= floor && !(bound === threshold && firstPosition >= thresholdFirst);
}

/** The strongest terms whose strongest blocks are sampled for a floor. */
const SAMPLED_TERMS = 3;
/** Below this many postings in all, a ranking is quick without a floor, and sampling would cost more than it saves. */
const SAMPLED_FROM = 10_000;

/**
 * A floor under the `top`-th best score, known before any passage is visited, so that pruning starts at once rather
 * than once `top` passages have been kept (in ordinal order, mostly weak ones): the exact scores of the passages in
 * the strongest blocks of the strongest terms. When `top` of them are live and kept, the `top` best all score at least
 * the `top`-th of them. No floor (-Infinity) when the sample is too small or the lists short.
 */
function sampledFloor(
  index: SearchIndex,
  cursors: TermCursor[],
  byBound: TermCursor[],
  keep: ((passage: Passage) => boolean) | null,
  top: number,
  sampledFrom: number,
): number {
  if (cursors.reduce((n, c) => n + c.length, 0) < sampledFrom) return Number.NEGATIVE_INFINITY;
  const sample = new Set(byBound.slice(-SAMPLED_TERMS).flatMap((c) => c.strongestBlock()));
  if (sample.size < top) return Number.NEGATIVE_INFINITY;
  const scores: number[] = [];
  for (const doc of sample) {
    const passage = index.passageAt[doc];
    if (!passage || (keep && !keep(passage))) continue;
    // The exact score: the terms' scores summed in the order of the terms, times their number.
    let sum = 0;
    let held = 0;
    for (const c of cursors) {
      const value = c.scoreAt(doc);
      if (value === 0) continue;
      sum += value;
      held++;
    }
    scores.push(sum * held);
  }
  if (scores.length < top) return Number.NEGATIVE_INFINITY;
  return scores.sort((a, b) => b - a)[top - 1]!;
}

/** A cursor per term the index holds (for a live passage), in the order of the terms. */
function cursorsOf(index: SearchIndex, terms: string[], averageLength: number, bounded = true): TermCursor[] {
  const cursors: TermCursor[] = [];
  terms.forEach((term, position) => {
    const frequency = documentFrequency(index, term);
    if (frequency === 0) return;
    const segments: Segment[] = [];
    for (const [postings, first] of sectionsOf(index)) {
      const [start, end] = postingRange(postings, term);
      if (start < end) segments.push({ postings, first, start, end });
    }
    const idf = inverseFrequency(index.liveCount, frequency);
    cursors.push(new TermCursor(position, idf, segments, averageLength, bounded));
  });
  return cursors;
}

/**
 * How many passages hold any of the terms (and are allowed by `keep`), counted up to `upTo`: a merge of the terms'
 * ascending postings that stops there.
 */
export function countMatches(
  index: SearchIndex,
  terms: string[],
  keep: ((passage: Passage) => boolean) | null,
  upTo: number,
): number {
  const averageLength = index.totalLength / index.liveCount;
  const cursors = cursorsOf(index, terms, averageLength, false);
  let count = 0;
  while (count < upTo) {
    let doc = END;
    for (const c of cursors) if (c.doc < doc) doc = c.doc;
    if (doc === END) break;
    const passage = index.passageAt[doc];
    if (passage && (!keep || keep(passage))) count++;
    for (const c of cursors) if (c.doc === doc) c.next();
  }
  return count;
}
