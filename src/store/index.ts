/** The door of src/store: what other folders may use of it. */

// For the test that holds citeInPlace to mapCitations (test/store/cite-in-place.test.ts).
export { citeInPlace, mapCitations } from './knowledge-section.js';
// For the test of the cold build's cache stream when its writes fail (test/store/cache-stream.test.ts).
export { CacheStream } from './cache-stream.js';
// For the test of reading workers started before their files are known (test/store/early-readers.test.ts).
export { EarlyReaders, readFiles } from './read-files.js';

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { articleIdsOf } from './article-ids.js';
export { asciiJson, asciiJsonArray, jsonText } from './ascii-json.js';
export { readCache, writeCache } from './cache.js';
export type { CacheEntry } from './cache.js';
export { codeFingerprint, fingerprintOf } from './fingerprint.js';
export { heapIsTight, tightenHeap } from './heap-policy.js';
export { decodeKnowledge, encodeKnowledge, encodeKnowledgeParts } from './knowledge-section.js';
export { LazyEvidence, QuoteBytes } from './lazy-quote.js';
export { packFacts } from './packed-facts.js';
export { PackedKnowledge } from './packed-knowledge.js';
export { PART_BYTES } from './parts.js';
export { packQuotes, unpackQuotes } from './quotes.js';
export { readEntry } from './read-entry.js';
export { claimBatch, claimCounter, MAX_BATCH } from './read-queue.js';
export { serializeEntry } from './record-line.js';
export { scanFolder } from './scan.js';
export { CorpusStore } from './store.js';
