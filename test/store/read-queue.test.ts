import { describe, expect, it } from 'vitest';
import { claimBatch, claimCounter, MAX_BATCH } from '../../src/store/index.js';

/** Claims batches round-robin for `threads` claimers until the queue is empty; returns each claimer's batches. */
function drain(files: number, threads: number, firstClaimed = 0) {
  const counter = new Int32Array(claimCounter(firstClaimed));
  const batches: [number, number][][] = Array.from({ length: threads }, () => []);
  for (let turn = 0, idle = 0; idle < threads; turn = (turn + 1) % threads) {
    const batch = claimBatch(counter, files, threads);
    if (batch) {
      batches[turn]!.push(batch);
      idle = 0;
    } else idle++;
  }
  return batches;
}

describe('the shared queue of a cold start', () => {
  it('hands out every file exactly once, whichever thread claims, after the first shares', () => {
    for (const [files, threads, first] of [
      [10_000, 2, 32],
      [5, 2, 3],
      [1, 4, 0],
      [997, 3, 96],
    ] as const) {
      const seen = new Array<number>(files).fill(0);
      for (let i = 0; i < first; i++) seen[i]!++;
      for (const list of drain(files, threads, first))
        for (const [from, to] of list) for (let i = from; i < to; i++) seen[i]!++;
      expect(seen.every((n) => n === 1)).toBe(true);
    }
  });
  it('gives batches of at most MAX_BATCH files that shrink as the queue empties, so the threads finish together', () => {
    const sizes = drain(10_000, 2)
      .flat()
      .sort((a, b) => a[0] - b[0])
      .map(([from, to]) => to - from);
    expect(Math.max(...sizes)).toBe(MAX_BATCH);
    expect(sizes.at(-1)!).toBeLessThanOrEqual(4);
    expect(sizes.slice(-3).every((s) => s < MAX_BATCH)).toBe(true);
  });
  it('has nothing to give once every file is claimed', () => {
    const counter = new Int32Array(claimCounter(7));
    expect(claimBatch(counter, 7, 2)).toBeNull();
    expect(claimBatch(new Int32Array(claimCounter(0)), 0, 1)).toBeNull();
  });
});
