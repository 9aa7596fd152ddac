/** Everything an answer reads, built once per corpus load and swapped whole on reload. */
import type { Article, Corpus } from '../corpus/types.js';
import type { KnowledgeTable } from '../knowledge/types.js';
import { buildKnowledge } from '../knowledge/merge.js';
import { loadCorpus } from '../corpus/load.js';
import { buildSearchIndex, type SearchIndex } from '../search/index.js';

export interface Library {
  corpus: Corpus;
  knowledge: KnowledgeTable;
  index: SearchIndex;
  articles: Map<string, Article>;
  loadedAt: Date;
}

/** A Library from parts already built (the store keeps its knowledge and index across reloads). */
export function assembleLibrary(
  corpus: Corpus,
  knowledge: KnowledgeTable,
  index: SearchIndex,
  loadedAt = new Date(),
): Library {
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  return { corpus, knowledge, index, articles, loadedAt };
}

export function buildLibrary(corpus: Corpus, loadedAt = new Date()): Library {
  return assembleLibrary(corpus, buildKnowledge(corpus), buildSearchIndex(corpus.articles), loadedAt);
}

export async function loadLibrary(dir: string): Promise<Library> {
  return buildLibrary(await loadCorpus(dir));
}
