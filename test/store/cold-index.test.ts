import { describe, expect, it } from 'vitest';
import { buildSearchIndex, serializeIndex } from '../../src/search/index.js';
import { CorpusStore } from '../../src/store/index.js';

describe('the search index of a cold start', () => {
  // Built article by article while the files are read (a worker thread reading some of them): it must be the very
  // index a build over the loaded articles gives, byte for byte, whichever thread read which file.
  for (const workers of [0, 1]) {
    it(`is the index of the loaded articles, built as they are read (${workers} worker)`, async () => {
      const store = new CorpusStore('seeds', { workers });
      const library = await store.load();
      expect(library.corpus.articles.length).toBeGreaterThan(0);
      const built = Buffer.from(serializeIndex(buildSearchIndex(library.corpus.articles)));
      expect(Buffer.from(serializeIndex(library.index)).equals(built)).toBe(true);
      expect(library.index.passageAt.map((p) => p?.id)).toEqual(
        library.corpus.articles.flatMap((a) => a.passages.map((p) => p.id)),
      );
    });
  }
});
