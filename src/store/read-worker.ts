/**
 * A worker thread that reads, parses and extracts a share of the corpus on another core during a cold start.
 * It receives its files once and posts the entries back in batches (quotes packed, see ./quotes.ts), then exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CacheEntry } from './cache.js';
import { packQuotes } from './quotes.js';
import { readEntry, type FileToRead } from './read-entry.js';

export interface ReadWorkerInput {
  files: FileToRead[];
  maxBytes: number;
}

export interface ReadWorkerBatch {
  /** Index in `files` of the first entry of this batch. */
  from: number;
  entries: (CacheEntry | 'unchanged')[];
}

const POST_EVERY = 64;
const { files, maxBytes } = workerData as ReadWorkerInput;
for (let from = 0; from < files.length; from += POST_EVERY) {
  const entries = await Promise.all(files.slice(from, from + POST_EVERY).map((f) => readEntry(f, maxBytes)));
  // Quotes go as offsets: a message copies every string, and the main thread makes them slices of their passage.
  for (const entry of entries) if (entry !== 'unchanged') packQuotes(entry);
  parentPort!.postMessage({ from, entries } satisfies ReadWorkerBatch);
}
