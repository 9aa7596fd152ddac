/**
 * Evidence whose quote stays UTF-8 bytes until it is read (./knowledge-section.ts). A start from the cache makes
 * 252,000 of them at 100,000 articles: as strings their quotes were 96 MB of the heap and most of the start's decoding.
 * The quote is an own, enumerable property (an accessor), so the object spreads, serialises, compares and lists its
 * keys as a plain Evidence does; it is decoded at each read (a sentence: about a microsecond) and not kept, so memory
 * stays flat however many answers quote it. Assigning a quote makes it an ordinary property.
 */
import { type Evidence, quoteBytes } from '../knowledge/index.js';

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
      this.#assigned = true;
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
  #assigned = false;

  /**
   * The quote's UTF-8 bytes (a view, not a copy) while it is still read from them, else null. Equal bytes are equal
   * quotes, and a save writes them as they are: neither needs the text decoded.
   */
  static bytesOf(e: Evidence): Buffer | null {
    return e instanceof LazyEvidence ? e[quoteBytes]() : null;
  }

  [quoteBytes](): Buffer | null {
    return this.#assigned ? null : this.#source.bytes.subarray(this.#start, this.#end);
  }

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

/** Whether a value is evidence (a passage and a quote), without decoding a quote kept as bytes to ask. */
export const isEvidence = (value: unknown): value is Evidence =>
  value instanceof LazyEvidence ||
  (value !== null &&
    typeof value === 'object' &&
    typeof (value as { passage?: unknown }).passage === 'string' &&
    typeof (value as { quote?: unknown }).quote === 'string');
