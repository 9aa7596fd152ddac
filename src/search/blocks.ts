/**
 * Block bounds of a term's postings, for pruned ranking (./rank.ts): the postings cut into blocks of BLOCK, and per
 * block its last ordinal and the largest termFactor of its passages. A term's score in a passage is idf × termFactor,
 * so idf × a block's largest factor is the most any passage of the block can earn from the term: a ranking that needs
 * more skips the block unread.
 *
 * Computed from the postings when a search first needs them, not stored in the index (no change to its layout or to
 * the cache): a pass over the term's postings, about what one unpruned ranking of the term cost. A factor depends on
 * the average passage length, which a reload changes: the bounds of another average are computed again. Long lists
 * keep their bounds (a common word's are reused by every search that names it); at most one entry per BLOCK × 16
 * postings of the index, 12 bytes a block: under 7 MB for every term at 100,000 articles.
 */
import { termFactor } from './bm25.js';
import type { Postings } from './postings.js';

/** Postings a block: small enough that a block's largest factor is close to its passages', large enough to skip far. */
export const BLOCK = 64;
/** Lists shorter than this are computed at each search and not kept: reading them whole is cheap. */
const KEPT_FROM = BLOCK * 16;

export interface Blocks {
  averageLength: number;
  /** Per block, the section ordinal of its last posting. */
  last: Uint32Array;
  /** Per block, the largest termFactor of its postings at averageLength. */
  maxFactor: Float64Array;
  /** The largest of them all. */
  largest: number;
}

/** Per section of postings (an index's base, a reload's additions), the blocks of its long lists by their first posting. */
const kept = new WeakMap<Postings, Map<number, Blocks>>();

/** The blocks of postings [start, end) of a section (one term's). */
export function blocksOf(postings: Postings, start: number, end: number, averageLength: number): Blocks {
  if (end - start < KEPT_FROM) return computeBlocks(postings, start, end, averageLength);
  let byStart = kept.get(postings);
  if (!byStart) {
    byStart = new Map();
    kept.set(postings, byStart);
  }
  let blocks = byStart.get(start);
  if (blocks?.averageLength !== averageLength) {
    blocks = computeBlocks(postings, start, end, averageLength);
    byStart.set(start, blocks);
  }
  return blocks;
}

function computeBlocks(postings: Postings, start: number, end: number, averageLength: number): Blocks {
  const { ordinals, frequencies, lengths } = postings;
  const count = Math.ceil((end - start) / BLOCK);
  const last = new Uint32Array(count);
  const maxFactor = new Float64Array(count);
  let largest = 0;
  for (let block = 0; block < count; block++) {
    const from = start + block * BLOCK;
    const to = Math.min(end, from + BLOCK);
    let max = 0;
    for (let i = from; i < to; i++) {
      const factor = termFactor(frequencies[i]!, lengths[ordinals[i]!]!, averageLength);
      if (factor > max) max = factor;
    }
    last[block] = ordinals[to - 1]!;
    maxFactor[block] = max;
    if (max > largest) largest = max;
  }
  return { averageLength, last, maxFactor, largest };
}
