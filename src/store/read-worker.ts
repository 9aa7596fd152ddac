/**
 * A worker thread that reads, parses and extracts files on another core during a cold start. It receives the whole
 * list once, reads its first share, then claims further batches from the counter it shares with the main thread
 * and the other workers (./read-files.ts), posting each batch's entries back (quotes packed, see ./quotes.ts); it
 * exits when no file is left to claim.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CacheEntry } from './cache.js';
import { packQuotes } from './quotes.js';
import { readEntry, type FileToRead } from './read-entry.js';
import { claimBatch } from './read-queue.js';

export interface ReadWorkerInput {
  files: FileToRead[];
  maxBytes: number;
  /** The first files this worker reads, [from, to), before it claims more. */
  first: [number, number];
  /** The shared claim counter (./read-queue.ts) and how many threads claim from it; absent: the first share only. */
  queue?: { next: SharedArrayBuffer; threads: number };
}

export interface ReadWorkerBatch {
  /** Index in `files` of the first entry of this batch. */
  from: number;
  entries: (CacheEntry | 'unchanged')[];
}

const { files, maxBytes, first, queue } = workerData as ReadWorkerInput;
const counter = queue ? new Int32Array(queue.next) : null;
const claim = () => (counter && queue ? claimBatch(counter, files.length, queue.threads) : null);
for (let batch: [number, number] | null = first; batch; batch = claim()) {
  const [from, to] = batch;
  const entries = await Promise.all(files.slice(from, to).map((f) => readEntry(f, maxBytes)));
  // Quotes go as offsets: a message copies every string, and the main thread makes them slices of their passage.
  for (const entry of entries) if (entry !== 'unchanged') packQuotes(entry);
  parentPort!.postMessage({ from, entries } satisfies ReadWorkerBatch);
}
