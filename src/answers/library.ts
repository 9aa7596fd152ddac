/** Everything an answer reads, built once per corpus load and swapped whole on reload — by the store (src/store/) only. */
import type { Article, Corpus } from '../corpus/index.js';
import type { KnowledgeTable } from '../knowledge/index.js';
import type { SearchIndex } from '../search/index.js';

export interface Library {
  corpus: Corpus;
  knowledge: KnowledgeTable;
  index: SearchIndex;
  articles: Map<string, Article>;
  loadedAt: Date;
}

/**
 * A Library from its parts, which the store builds and keeps across reloads; `articles` by id when the store kept them
 * up to date itself (a reload of one file need not rebuild a map of every article).
 */
export function assembleLibrary(
  corpus: Corpus,
  knowledge: KnowledgeTable,
  index: SearchIndex,
  loadedAt = new Date(),
  articles = new Map(corpus.articles.map((a) => [a.id, a])),
): Library {
  return { corpus, knowledge, index, articles, loadedAt };
}
