/**
 * Read, parse and extract many files. A cold start of thousands of files shares them with worker threads, one per
 * spare core, since parsing and extraction are pure CPU work; a reload of a few files stays on the main thread.
 * The threads claim batches from one queue (./read-queue.ts), so none idles while another still has files.
 * A worker that cannot start or fails leaves its unfinished files to the main thread: workers only make it faster.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { defaults } from '../config.js';
import type { CacheEntry } from './cache.js';
import type { PackedFacts } from './packed-facts.js';
import { unpackQuotes } from './quotes.js';
import { readEntry, readEntrySync, type FileToRead } from './read-entry.js';
import { claimBatch, claimCounter, MAX_BATCH } from './read-queue.js';
import type { ReadWorkerBatch, ReadWorkerInput } from './read-worker.js';
import type { RecordLine } from './record-line.js';
import { startWorker } from './start-worker.js';

/** Below this many files a worker's start-up (about 150 ms to load the extractor) is not worth it. */
const WORKER_THRESHOLD = 400;
const MAX_WORKERS = 3;
/**
 * A worker's objects live a few milliseconds (an article's parse) before they are posted: a small young generation
 * collects them as well and keeps the worker's memory down (measured at 10,000 articles: cold-start peak RSS about
 * 20 MB lower, no slower).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
/** Files read at a time on the main thread: disk waits overlap with parsing. */
const READ_BATCH = 32;

export interface ReadOptions {
  maxBytes: number;
  /** Worker threads to use; by default one per spare core for large batches, none for small ones. */
  workers?: number;
  /** Files above this size get a worker of their own, even in a reload of one file (defaults.largeFileBytes). */
  largeFileBytes?: number;
  /** A large file whose worker has not finished in this long is skipped with its reason (defaults.fileBudgetMs). */
  fileBudgetMs?: number;
  /**
   * Called on the main thread with each entry in the order of `files`, as soon as it and every entry before it are
   * read; what it returns is what the result keeps in the entry's place. A cold start writes each entry to the cache
   * and keeps a stand-in (./cold-build.ts), so that no more than the entries still out of order are held whole.
   * The entries that worker threads read come with their cache record (`record`) and their facts packed there (the
   * entry has none), with strings of their own (their quotes share no passage's memory).
   */
  inOrder?: (entry: CacheEntry | 'unchanged', i: number, record?: WorkerRecord) => CacheEntry | 'unchanged';
  /** Workers already started (a cold start's), used before any new one is started; the caller ends the rest. */
  early?: EarlyReaders;
}

/**
 * An entry's cache record as the worker thread that read it serialised it, with its facts packed for the knowledge
 * table (./packed-facts.ts): such an entry comes with no facts of its own.
 */
export interface WorkerRecord extends RecordLine {
  facts: PackedFacts | null;
}

type Into = (i: number, e: CacheEntry | 'unchanged', record?: WorkerRecord) => void;

/**
 * Reads files on the main thread, a batch at a time. `atOnce`: each file read without promises (as a worker does),
 * yielding to the event loop after each batch; for a main thread that shares a cold start with workers, whose
 * parsing holds it far longer than reading a small file does: measured on 10,000 articles, reading them through
 * promises (four turns through the thread pool per file) cost 1.3-1.6 s of CPU, at once 0.2-0.3 s.
 */
async function readOnMainThread(files: FileToRead[], maxBytes: number, into: Into, offset = 0, atOnce = false) {
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH);
    if (atOnce) {
      batch.forEach((f, j) => {
        into(offset + i + j, readEntrySync(f, maxBytes));
      });
      // Messages from the workers and timers are handled between batches.
      await new Promise((resolve) => setImmediate(resolve));
      continue;
    }
    const entries = await Promise.all(batch.map((f) => readEntry(f, maxBytes)));
    entries.forEach((e, j) => {
      into(offset + i + j, e);
    });
  }
}

/** A reading worker (./read-worker.ts); with no input it waits for it as its first message. */
const startReader = (workerData: ReadWorkerInput | null): Worker =>
  startWorker('read-worker', workerData, WORKER_LIMITS);

/** A started worker, with its failures caught (an 'error' with no listener would end the process) and its exit. */
interface Reader {
  worker: Worker;
  exited: Promise<void>;
}

function watched(worker: Worker): Reader {
  worker.on('error', () => undefined);
  return { worker, exited: new Promise((resolve) => worker.once('exit', () => resolve())) };
}

/** How many reading workers a read of `files` files uses (`workers`: the caller's choice, if any). */
export const workersFor = (files: number, workers?: number): number =>
  workers ?? (files >= WORKER_THRESHOLD ? Math.min(MAX_WORKERS, availableParallelism() - 1) : 0);

/**
 * Reading workers started before their files are known: a cold start starts them as soon as its listing says how
 * many files it will read, so that their start-up (about 0.3 s each of loading modules and compiling the
 * vocabulary's matchers) overlaps this thread's stats of every file, rather than following them. readFiles hands each
 * its input; `end` terminates those it did not take (call it whatever happens: a waiting worker keeps the process).
 * One that could not start is simply not there, and a read starts its own as before.
 */
export class EarlyReaders {
  private readonly waiting: Reader[] = [];

  /** `start`: how one is started (tests give one that fails). */
  constructor(count: number, start: () => Worker = () => startReader(null)) {
    for (let i = 0; i < count; i++) {
      try {
        this.waiting.push(watched(start()));
      } catch {
        break;
      }
    }
  }

  /** How many are still waiting. */
  get size(): number {
    return this.waiting.length;
  }

  take(): Reader | undefined {
    return this.waiting.shift();
  }

  /** Terminates those still waiting; resolves once they have exited. */
  end(): Promise<void> {
    const ended = this.waiting.splice(0);
    for (const reader of ended) void reader.worker.terminate();
    return Promise.all(ended.map((reader) => reader.exited)).then(() => undefined);
  }
}

/**
 * Runs one worker (its first share, then what it claims), an early one if given; resolves with how many files it
 * read, once it has exited.
 */
function runWorker(input: ReadWorkerInput, into: Into, early?: Reader): Promise<number> {
  return new Promise((resolve) => {
    let done = 0;
    let reader: Reader;
    try {
      reader = early ?? watched(startReader(input));
    } catch {
      resolve(0);
      return;
    }
    const { worker } = reader;
    worker.on('message', ({ from, entries, records }: ReadWorkerBatch) => {
      let at = 0;
      entries.forEach((e, j) => {
        if (e === 'unchanged' || !records) {
          if (e !== 'unchanged') unpackQuotes(e);
          into(from + j, e);
          return;
        }
        const [length, articleStart, articleLength] = records.places.slice(3 * j, 3 * j + 3) as [
          number,
          number,
          number,
        ];
        const line = Buffer.from(records.bytes.buffer, records.bytes.byteOffset + at, length);
        at += length;
        const facts = records.facts[j] ?? null;
        into(from + j, e, { line, article: articleStart < 0 ? null : [articleStart, articleLength], facts });
      });
      done += entries.length;
    });
    // One that exited before it got its input (it failed to load) read nothing: the main thread reads its share.
    if (early) worker.postMessage(input);
    void reader.exited.then(() => resolve(done));
  });
}

export interface ReadResult {
  /** One per file, in the same order ('unchanged' where the content hash is the known one). */
  entries: (CacheEntry | 'unchanged')[];
  /** How many of them worker threads read. */
  byWorkers: number;
}

const budgetSkip = (file: FileToRead, reason: string): CacheEntry => ({
  hash: `skipped:${reason}`,
  size: file.size,
  mtimeMs: file.mtimeMs,
  article: null,
  facts: null,
  skipped: reason,
});

/**
 * One large file in a worker of its own, within a time budget. Parsing and extracting a few megabytes takes seconds
 * to minutes of pure CPU (measured: a 5 MB file of 50,000 lines had not finished after ten minutes), which on the main
 * thread held every interaction; in a worker the event loop stays free, and a worker past its budget is terminated and
 * its file skipped with the reason. Null when no worker could start: the caller reads the file itself.
 */
function readLargeFile(file: FileToRead, maxBytes: number, budgetMs: number): Promise<CacheEntry | 'unchanged' | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startReader({ files: [file], maxBytes, first: [0, 1] });
    } catch {
      resolve(null);
      return;
    }
    let settled = false;
    const settle = (entry: CacheEntry | 'unchanged' | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(entry);
    };
    const timer = setTimeout(() => {
      settle(budgetSkip(file, `took more than ${Math.round(budgetMs / 1000)} s to read, parse and extract: skipped`));
      void worker.terminate();
    }, budgetMs);
    worker.on('message', ({ entries }: ReadWorkerBatch) => {
      const entry = entries[0]!;
      if (entry !== 'unchanged') unpackQuotes(entry);
      settle(entry);
    });
    worker.on('error', (error) => settle(budgetSkip(file, `could not be processed (${error.message.split('\n')[0]})`)));
    worker.on('exit', () => settle(budgetSkip(file, 'could not be processed (its worker stopped)')));
  });
}

export async function readFiles(files: FileToRead[], options: ReadOptions): Promise<ReadResult> {
  const out: (CacheEntry | 'unchanged')[] = new Array(files.length);
  let into: Into = (i, e) => {
    out[i] = e;
  };
  let failed: { error: unknown } | null = null;
  if (options.inOrder) {
    const { inOrder } = options;
    /** Records of entries read out of order, until their turn. */
    const records = new Map<number, WorkerRecord>();
    let next = 0;
    into = (i, e, record) => {
      out[i] = e;
      if (record) records.set(i, record);
      // A worker's entries arrive in an event handler, where a throw would end the process: kept for the caller.
      try {
        for (; !failed && next < out.length && out[next] !== undefined; next++) {
          out[next] = inOrder(out[next]!, next, records.get(next));
          records.delete(next);
        }
      } catch (error) {
        failed = { error };
      }
    };
  }
  const byWorkers = await readAll(files, options, into);
  if (failed) throw (failed as { error: unknown }).error;
  return { entries: out, byWorkers };
}

/** Reads every file into `into` (each index once, in any order); resolves with how many files worker threads read. */
async function readAll(files: FileToRead[], options: ReadOptions, into: Into): Promise<number> {
  const largeBytes = options.largeFileBytes ?? defaults.largeFileBytes;
  const isLarge = (f: FileToRead) => options.workers !== 0 && f.size > largeBytes;
  if (files.some(isLarge)) {
    // Large files one at a time, each in its own worker, while the rest are read as usual.
    const large = files.flatMap((f, i) => (isLarge(f) ? [i] : []));
    const rest = files.flatMap((f, i) => (isLarge(f) ? [] : [i]));
    const readingLarge = (async () => {
      for (const i of large) {
        const entry = await readLargeFile(files[i]!, options.maxBytes, options.fileBudgetMs ?? defaults.fileBudgetMs);
        if (entry) into(i, entry);
        else await readOnMainThread([files[i]!], options.maxBytes, into, i);
      }
    })();
    const others = await readAll(
      rest.map((i) => files[i]!),
      { ...options, largeFileBytes: Number.POSITIVE_INFINITY },
      (j, e, record) => into(rest[j]!, e, record),
    );
    await readingLarge;
    return others + large.length;
  }
  // No files (every one large, each read in a worker of its own), no worker.
  const workers = files.length === 0 ? 0 : workersFor(files.length, options.workers);
  if (workers <= 0) {
    void options.early?.end();
    await readOnMainThread(files, options.maxBytes, into);
    return 0;
  }
  // Which files are read: a worker that fails leaves some unread (the entries themselves may be handed on at once).
  const read = new Uint8Array(files.length);
  const mark: Into = (i, e, record) => {
    read[i] = 1;
    into(i, e, record);
  };
  // Each worker's first share is its own before any thread starts (a worker takes a while to load the extractor,
  // and a small list is then still shared); the rest is claimed batch by batch by whichever thread is free.
  const threads = workers + 1;
  const firstShare = Math.min(MAX_BATCH, Math.ceil(files.length / threads));
  const next = claimCounter(Math.min(files.length, workers * firstShare));
  const running = Array.from({ length: workers }, (_, w) => {
    const first: [number, number] = [
      Math.min(files.length, w * firstShare),
      Math.min(files.length, (w + 1) * firstShare),
    ];
    const input = { files, maxBytes: options.maxBytes, first, queue: { next, threads }, records: !!options.inOrder };
    return runWorker(input, mark, options.early?.take());
  });
  // Any early worker not needed is not kept waiting while the files are read.
  void options.early?.end();
  const counter = new Int32Array(next);
  for (
    let batch = claimBatch(counter, files.length, threads);
    batch;
    batch = claimBatch(counter, files.length, threads)
  )
    await readOnMainThread(files.slice(batch[0], batch[1]), options.maxBytes, mark, batch[0], true);
  const finished = await Promise.all(running);
  // Whatever a worker claimed but did not finish (it could not start, or failed), the main thread reads now.
  for (let i = 0; i < files.length; i++) if (!read[i]) await readOnMainThread([files[i]!], options.maxBytes, mark, i);
  return finished.reduce((sum, count) => sum + count, 0);
}
