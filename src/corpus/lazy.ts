/**
 * An article whose body (passages, page context, furniture, units) is read on first use, as a start from the disk
 * cache makes them (src/store/lazy-records.ts): its metadata is at hand, its body parsed when an answer first reads
 * it. What may ask about it without reading the body (the search index, finding its passages at a start) asks here.
 */
import type { Article } from './types.js';

/**
 * Lets a subclass add private fields to an object made elsewhere (a constructor that returns its argument): lazy
 * articles here, lazy cache entries in src/store/lazy-records.ts.
 */
export class Returning {
  constructor(object: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the object made elsewhere is what this class marks.
    return object;
  }
}

/**
 * The unread passage count, kept on the article as a private field: invisible to keys, spreads and JSON as a WeakMap's
 * entry was, without a weak table of 100,000 keys for the collector to walk at a start from the cache.
 */
class LazyMark extends Returning {
  #passages: number | undefined;
  private constructor(article: Article, passages: number) {
    super(article);
    this.#passages = passages;
  }
  static mark(article: Article, passages: number): void {
    if (#passages in article) article.#passages = passages;
    else new LazyMark(article, passages);
  }
  static count(article: Article): number | undefined {
    return #passages in article ? article.#passages : undefined;
  }
  static read(article: Article): void {
    if (#passages in article) article.#passages = undefined;
  }
}

/** Marks `article` as lazy, with the number of passages its body holds. */
export function markLazy(article: Article, passages: number): void {
  LazyMark.mark(article, passages);
}

/** The number of passages of a lazy article whose body was not read yet; undefined once read, or for any other. */
export const unreadPassageCount = (article: Article): number | undefined => LazyMark.count(article);

/** The body was read: the article is an ordinary one from now on. */
export function markRead(article: Article): void {
  LazyMark.read(article);
}
