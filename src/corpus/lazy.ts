/**
 * An article whose body (passages, page context, furniture, units) is read on first use, as a start from the disk
 * cache makes them (src/store/lazy-records.ts): its metadata is at hand, its body parsed when an answer first reads
 * it. What may ask about it without reading the body (the search index, finding its passages at a start) asks here.
 */
import type { Article } from './types.js';

const passageCounts = new WeakMap<Article, number>();

/** Marks `article` as lazy, with the number of passages its body holds. */
export function markLazy(article: Article, passages: number): void {
  passageCounts.set(article, passages);
}

/** The number of passages of a lazy article whose body was not read yet; undefined once read, or for any other. */
export const unreadPassageCount = (article: Article): number | undefined => passageCounts.get(article);

/** The body was read: the article is an ordinary one from now on. */
export function markRead(article: Article): void {
  passageCounts.delete(article);
}
