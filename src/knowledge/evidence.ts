/** The evidence a fact keeps: the one sentence it was read from, with its article and passage. */
import type { Sentence } from './sentences.js';
import type { Evidence } from './types.js';

export const evidenceOf = (s: Sentence): Evidence => ({
  article: s.passage.articleId,
  passage: s.passage.id,
  quote: s.text,
});

/**
 * A method an evidence object may have that gives its quote's UTF-8 bytes, when it keeps its quote as bytes and decodes
 * it at each read (src/store/lazy-quote.ts): a symbol, so it is no key of the object and no part of its JSON.
 */
export const quoteBytes = Symbol('quote bytes');

type MaybeBytes = { [quoteBytes]?: () => Uint8Array | null };

/**
 * Whether two pieces of evidence quote the same text. Equal UTF-8 bytes are equal text, so where both keep their quote
 * as bytes these are compared and neither is decoded.
 */
export function sameQuote(a: Evidence, b: Evidence): boolean {
  const x = (a as MaybeBytes)[quoteBytes]?.();
  const y = x && (b as MaybeBytes)[quoteBytes]?.();
  return x && y ? Buffer.compare(x, y) === 0 : a.quote === b.quote;
}
