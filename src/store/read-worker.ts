/**
 * A worker thread that reads, parses and extracts files on another core during a cold start. It receives the whole
 * list once (in its workerData, or as its one message when it was started before the list was known), reads its
 * first share, then claims further batches from the counter it shares with the main thread and the other workers
 * (./read-files.ts), posting each batch's entries back (quotes packed, see ./quotes.ts); it exits when no file is
 * left to claim. For a cold build it also writes each entry's cache record here, where the
 * entry was made, so that the main thread (which indexes, merges and writes every entry) only copies its bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareMatchers } from '../knowledge/index.js';
import type { CacheEntry } from './cache.js';
import { type PackedFacts, packFacts } from './packed-facts.js';
import { packQuotes } from './quotes.js';
import { readEntrySync, type FileToRead } from './read-entry.js';
import { claimBatch } from './read-queue.js';
import { encodeEntry } from './record-line.js';

export interface ReadWorkerInput {
  files: FileToRead[];
  maxBytes: number;
  /** The first files this worker reads, [from, to), before it claims more. */
  first: [number, number];
  /** The shared claim counter (./read-queue.ts) and how many threads claim from it; absent: the first share only. */
  queue?: { next: SharedArrayBuffer; threads: number };
  /** Send each entry's cache record with it (a cold build streams them to the cache: ./cold-build.ts). */
  records?: boolean;
}

/** The cache records of a batch's entries, one after another in `bytes` (transferred, not copied). */
export interface RecordsOfBatch {
  /**
   * Per entry its facts packed as the cold build's knowledge table keeps them (./packed-facts.ts), null for
   * 'unchanged' or none; the entry itself is sent with no facts (the main thread reads them from the cache if asked).
   */
  facts: (PackedFacts | null)[];
  bytes: Uint8Array;
  /** Per entry three numbers: its line's length (-1 for 'unchanged'), its article's start and length in it (-1, 0: none). */
  places: number[];
}

export interface ReadWorkerBatch {
  /** Index in `files` of the first entry of this batch. */
  from: number;
  entries: (CacheEntry | 'unchanged')[];
  records?: RecordsOfBatch;
}

/**
 * The batch's records, and its entries' facts packed (and taken out of the entries: they are in the records). Each
 * record is encoded into one buffer for the batch, grown as needed: a buffer of its own per record (most are over
 * the 4 KB Node pools) was an allocation, its memory counted against the heap's, and a copy more.
 */
function recordsOf(files: FileToRead[], from: number, entries: (CacheEntry | 'unchanged')[]): RecordsOfBatch {
  let bytes = Buffer.allocUnsafeSlow(BATCH_BYTES);
  const places: number[] = [];
  let at = 0;
  for (let j = 0; j < entries.length; j++) {
    const entry = entries[j]!;
    if (entry === 'unchanged') {
      places.push(-1, -1, 0);
      continue;
    }
    const record = encodeEntry(files[from + j]!.file, entry);
    const length = record.bytes.length;
    if (at + length > bytes.length) {
      const larger = Buffer.allocUnsafeSlow(Math.max(2 * bytes.length, at + length));
      bytes.copy(larger, 0, 0, at);
      bytes = larger;
    }
    record.bytes.copy(bytes, at);
    at += length;
    places.push(length, record.article?.[0] ?? -1, record.article?.[1] ?? 0);
  }
  const facts = entries.map((entry) => {
    if (entry === 'unchanged' || !entry.facts) return null;
    const packed = packFacts(entry.facts);
    entry.facts = null;
    return packed;
  });
  return { facts, bytes: bytes.subarray(0, at), places };
}

/** A batch's records buffer to begin with: records are about 5 KB, a batch up to 8 files (./read-queue.ts). */
const BATCH_BYTES = 1 << 16;

/** Reads this worker's share and what it claims, posting each batch. */
function read({ files, maxBytes, first, queue, records }: ReadWorkerInput) {
  const counter = queue ? new Int32Array(queue.next) : null;
  const claim = () => (counter && queue ? claimBatch(counter, files.length, queue.threads) : null);
  for (let batch: [number, number] | null = first; batch; batch = claim()) {
    const [from, to] = batch;
    // Read at once, not through promises: this thread has nothing else to do meanwhile, and each file's four
    // asynchronous calls (open, stat, read, close), each a turn through the thread pool, cost more CPU than the read.
    const entries = files.slice(from, to).map((f) => readEntrySync(f, maxBytes));
    if (records) {
      const sent = recordsOf(files, from, entries);
      parentPort!.postMessage({ from, entries, records: sent } satisfies ReadWorkerBatch, [
        sent.bytes.buffer as ArrayBuffer,
      ]);
      continue;
    }
    // Quotes go as offsets: a message copies every string, and the main thread makes them slices of their passage.
    for (const entry of entries) if (entry !== 'unchanged') packQuotes(entry);
    parentPort!.postMessage({ from, entries } satisfies ReadWorkerBatch);
  }
}

const input = workerData as ReadWorkerInput | null;
if (input) read(input);
else {
  // Started early (./read-files.ts, EarlyReaders): the input comes as the one message, once the files are listed and
  // stat-ed. Meanwhile the vocabulary's matchers are compiled, which the first extraction would do otherwise.
  parentPort!.once('message', read);
  prepareMatchers();
}
