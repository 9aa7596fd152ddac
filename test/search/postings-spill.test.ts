// The postings builder may put its full chunks of entries aside (a cold start puts them in a file) and read them back
// in build(): the postings must be exactly those built with everything in memory.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPostings, type ChunkSpill, forEachIndexWord, PostingsBuilder } from '../../src/search/index.js';
import { CorpusStore } from '../../src/store/index.js';

/** A spill in memory that counts what was put aside. */
function memorySpill() {
  const parts: Uint8Array[] = [];
  const spill: ChunkSpill & { count: () => number } = {
    put: (bytes) => parts.push(bytes.slice()) - 1,
    get: (at, into) => into.set(parts[at]!),
    count: () => parts.length,
  };
  return spill;
}

describe('PostingsBuilder with its chunks put aside', () => {
  it('builds the same postings as with every chunk in memory', async () => {
    const library = await new CorpusStore('seeds').load();
    // Each passage's words as the index reads them, once.
    const passages = library.corpus.articles.flatMap((a) =>
      a.passages.map((p) => {
        const words: [string, boolean][] = [];
        forEachIndexWord(p.text, (word, follows) => words.push([word, follows]));
        return words;
      }),
    );
    /** `elsewhere`: laid out from a copy of the builder's parts, as a worker thread receives them. */
    const build = (spill: ChunkSpill | null, elsewhere = false) => {
      const builder = new PostingsBuilder(spill);
      // The seeds' passages many times over (6,682 entries each time): several chunks of 65,536 entries.
      for (let round = 0; round < 40; round++)
        for (const words of passages) {
          for (const [word, follows] of words) builder.addWord(word, follows);
          builder.endPassage();
        }
      const postings = elsewhere ? buildPostings(structuredClone(builder.parts()), spill) : builder.build();
      return Object.fromEntries(
        Object.entries(postings).map(([name, array]) => [
          name,
          Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64'),
        ]),
      );
    };
    const spill = memorySpill();
    const aside = build(spill);
    expect(spill.count()).toBeGreaterThanOrEqual(4);
    expect(aside).toEqual(build(null));
    // Laid out from a copy of the parts (another thread's), the chunks put aside read from the same spill.
    const again = memorySpill();
    expect(build(again, true)).toEqual(aside);
    expect(again.count()).toBeGreaterThanOrEqual(4);
    // A spill that cannot take a chunk keeps it in memory: the same postings again.
    expect(build({ put: () => -1, get: () => undefined })).toEqual(build(null));
  });

  it('lays them out in a module that imports nothing, so that the postings worker starts without the search door', () => {
    // src/store/postings-worker.ts imports src/search/layout.ts alone: an import there would load more at its start.
    const source = readFileSync('src/search/layout.ts', 'utf8');
    expect(source).not.toMatch(/^\s*(import|export .* from)\b/m);
    expect(source).not.toMatch(/\bimport\(/);
  });
});
