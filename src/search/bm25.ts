/**
 * BM25 as minisearch computes it (its defaults), in one place for the ranking and for the bounds that let the ranking
 * skip passages: a bound computed by the same expression is never below a score it bounds (every floating-point step
 * of it rounds monotonically), so pruning by it changes no result.
 */

/** k1, b, and d, the floor every matching term earns. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** A term's inverse document frequency among `liveCount` passages, `frequency` of which hold it. */
export const inverseFrequency = (liveCount: number, frequency: number) =>
  Math.log(1 + (liveCount - frequency + 0.5) / (frequency + 0.5));

/**
 * What a term's score is, less its idf (a term scores idf × this): it grows with the term's frequency in the passage
 * and shrinks with the passage's length. The same expression, in the same order, as minisearch's: equal scores stay
 * equal, so ties break alike.
 */
export function termFactor(tf: number, length: number, averageLength: number): number {
  const { k, b, d } = BM25;
  return d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / averageLength));
}
