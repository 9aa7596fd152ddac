/**
 * A term's postings read in ascending ordinal across the sections of an index (its base, then a reload's additions,
 * whose ordinals follow), able to jump forward block by block (./blocks.ts) and to say how much the term can earn in
 * the block it stands in. Pruned ranking (./rank.ts) moves one cursor per query term.
 */
import { BLOCK, blocksOf, type Blocks } from './blocks.js';
import { termFactor } from './bm25.js';
import type { Postings } from './postings.js';

/** A cursor past its last posting stands here, beyond every ordinal. */
export const END = Number.MAX_SAFE_INTEGER;

/** Postings [start, end) of one section, whose ordinals start at `first`. */
export interface Segment {
  postings: Postings;
  first: number;
  start: number;
  end: number;
}

export class TermCursor {
  /** The ordinal of the current posting, or END. */
  doc = END;
  /** The most the term can earn in any passage: idf × its largest factor (0 when not bounded). */
  readonly bound: number;
  /** Whether the ranking reads every posting of this term (else it only looks up the passages others found). */
  essential = true;
  /** The term's postings in all. */
  readonly length: number;
  /** The term's score in the passage being ranked, once read. */
  value = 0;
  private readonly blocks: Blocks[];
  private segment = -1;
  private ordinals: Uint32Array = new Uint32Array(0);
  private frequencies: Uint16Array = new Uint16Array(0);
  private lengths: Uint32Array = new Uint32Array(0);
  private first = 0;
  private start = 0;
  private end = 0;
  private pos = 0;
  private last: Uint32Array = new Uint32Array(0);
  private maxFactor: Float64Array = new Float64Array(0);

  /**
   * `position`: the term's place in the query, which decides ties (the first term a passage holds). `bounded`: the
   * block bounds are read (a ranking needs them; a count of matches does not, and jumps nowhere).
   */
  constructor(
    readonly position: number,
    readonly idf: number,
    private readonly segments: Segment[],
    private readonly averageLength: number,
    bounded = true,
  ) {
    this.length = segments.reduce((n, s) => n + s.end - s.start, 0);
    this.blocks = bounded ? segments.map((s) => blocksOf(s.postings, s.start, s.end, averageLength)) : [];
    this.bound = idf * Math.max(0, ...this.blocks.map((b) => b.largest));
    this.nextSegment();
  }

  /** The ordinals of the postings of the term's strongest block (where its best passages are likely to be). */
  strongestBlock(): number[] {
    let best = -1;
    let segment = 0;
    this.blocks.forEach(({ maxFactor }, s) => {
      for (let b = 0; b < maxFactor.length; b++)
        if (best < 0 || maxFactor[b]! > this.blocks[segment]!.maxFactor[best]!) [best, segment] = [b, s];
    });
    if (best < 0) return [];
    const { postings, first, start, end } = this.segments[segment]!;
    const from = start + best * BLOCK;
    return Array.from(postings.ordinals.subarray(from, Math.min(end, from + BLOCK)), (o) => first + o);
  }

  /** The term's score in passage `doc` (0 when it does not hold the term), found without moving the cursor. */
  scoreAt(doc: number): number {
    for (const { postings, first, start, end } of this.segments) {
      const relative = doc - first;
      let low = start;
      let high = end;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (postings.ordinals[middle]! < relative) low = middle + 1;
        else high = middle;
      }
      if (low < end && postings.ordinals[low] === relative)
        return this.idf * termFactor(postings.frequencies[low]!, postings.lengths[relative]!, this.averageLength);
    }
    return 0;
  }

  /** The term's score in the current passage. */
  score(): number {
    return (
      this.idf * termFactor(this.frequencies[this.pos]!, this.lengths[this.ordinals[this.pos]!]!, this.averageLength)
    );
  }

  next(): void {
    if (++this.pos < this.end) this.doc = this.first + this.ordinals[this.pos]!;
    else this.nextSegment();
  }

  /** Moves to the first posting at or after `target` (nowhere when already there). Needs the block bounds. */
  advance(target: number): void {
    while (this.doc < target) {
      const relative = target - this.first;
      let block = ((this.pos - this.start) / BLOCK) | 0;
      while (block < this.last.length && this.last[block]! < relative) block++;
      if (block === this.last.length) {
        this.nextSegment();
        continue;
      }
      let i = Math.max(this.pos, this.start + block * BLOCK);
      while (this.ordinals[i]! < relative) i++;
      this.pos = i;
      this.doc = this.first + this.ordinals[i]!;
    }
  }

  /** The ordinal of the last posting of the current block (the cursor stands on a posting). */
  blockLast(): number {
    return this.first + this.last[((this.pos - this.start) / BLOCK) | 0]!;
  }

  /** The most the term can earn in a passage of the current block. */
  blockBound(): number {
    return this.idf * this.maxFactor[((this.pos - this.start) / BLOCK) | 0]!;
  }

  private nextSegment(): void {
    if (++this.segment >= this.segments.length) {
      this.doc = END;
      return;
    }
    const { postings, first, start, end } = this.segments[this.segment]!;
    ({ ordinals: this.ordinals, frequencies: this.frequencies, lengths: this.lengths } = postings);
    const blocks = this.blocks[this.segment];
    if (blocks) ({ last: this.last, maxFactor: this.maxFactor } = blocks);
    this.first = first;
    this.start = start;
    this.end = end;
    this.pos = start;
    this.doc = first + this.ordinals[start]!;
  }
}
