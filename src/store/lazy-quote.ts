/**
 * Evidence whose quote stays UTF-8 bytes until it is read (./knowledge-section.ts). A start from the cache makes
 * 252,000 of them at 100,000 articles: as strings their quotes were 96 MB of the heap and most of the start's decoding.
 * The quote is an own, enumerable property (an accessor), so the object spreads, serialises, compares and lists its
 * keys as a plain Evidence does; it is decoded at each read (a sentence: about a microsecond) and not kept, so memory
 * stays flat however many answers quote it. Assigning a quote makes it an ordinary property.
 */
import type { Evidence } from '../knowledge/index.js';

/** The quotes' bytes, shared by the evidence of one table. */
export class QuoteBytes {
  constructor(readonly bytes: Buffer) {}
  text(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }
}

export class LazyEvidence implements Evidence {
  /** One descriptor for every object (its functions shared, none made per object). */
  static readonly #quote: PropertyDescriptor = {
    get(this: LazyEvidence) {
      return this.#source.text(this.#start, this.#end);
    },
    set(this: LazyEvidence, value: string) {
      Object.defineProperty(this, 'quote', { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  };

  article: string;
  passage: string;
  declare quote: string;
  readonly #source: QuoteBytes;
  readonly #start: number;
  readonly #end: number;

  constructor(article: string, passage: string, source: QuoteBytes, start: number, end: number) {
    this.article = article;
    this.passage = passage;
    this.#source = source;
    this.#start = start;
    this.#end = end;
    // After article and passage: the keys in an Evidence's order.
    Object.defineProperty(this, 'quote', LazyEvidence.#quote);
  }
}
