/**
 * Read, parse and extract many files. A cold start of thousands of files shares them with worker threads, one per
 * spare core, since parsing and extraction are pure CPU work; a reload of a few files stays on the main thread.
 * A worker that cannot start or fails leaves its unfinished files to the main thread: workers only make it faster.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CacheEntry } from './cache.js';
import { unpackQuotes } from './quotes.js';
import { readEntry, type FileToRead } from './read-entry.js';
import type { ReadWorkerBatch, ReadWorkerInput } from './read-worker.js';

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
}

type Into = (i: number, e: CacheEntry | 'unchanged') => void;

async function readOnMainThread(files: FileToRead[], maxBytes: number, into: Into, offset = 0) {
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH);
    const entries = await Promise.all(batch.map((f) => readEntry(f, maxBytes)));
    entries.forEach((e, j) => {
      into(offset + i + j, e);
    });
  }
}

/**
 * The worker's entry. Run from TypeScript sources (tsx), a worker does not inherit the loader, so it registers tsx's
 * loader before importing the worker module; compiled, it imports the JavaScript directly.
 */
function startWorker(workerData: ReadWorkerInput): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './read-worker.ts' : './read-worker.js', import.meta.url).href;
  if (!fromSources) return new Worker(new URL(entry), { workerData, resourceLimits: WORKER_LIMITS });
  const loader = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(loader)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;
  return new Worker(boot, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}

/** Runs one worker over `files`; resolves with how many of them it finished (its batches arrive in order). */
function runWorker(files: FileToRead[], maxBytes: number, into: Into, offset: number): Promise<number> {
  return new Promise((resolve) => {
    let done = 0;
    let worker: Worker;
    try {
      worker = startWorker({ files, maxBytes });
    } catch {
      resolve(0);
      return;
    }
    worker.on('message', ({ from, entries }: ReadWorkerBatch) => {
      entries.forEach((e, j) => {
        if (e !== 'unchanged') unpackQuotes(e);
        into(offset + from + j, e);
      });
      done = from + entries.length;
    });
    worker.on('error', () => undefined);
    worker.on('exit', () => resolve(done));
  });
}

export interface ReadResult {
  /** One per file, in the same order ('unchanged' where the content hash is the known one). */
  entries: (CacheEntry | 'unchanged')[];
  /** How many of them worker threads read. */
  byWorkers: number;
}

export async function readFiles(files: FileToRead[], options: ReadOptions): Promise<ReadResult> {
  const out: (CacheEntry | 'unchanged')[] = new Array(files.length);
  const into: Into = (i, e) => {
    out[i] = e;
  };
  const workers =
    options.workers ?? (files.length >= WORKER_THRESHOLD ? Math.min(MAX_WORKERS, availableParallelism() - 1) : 0);
  if (workers <= 0) {
    await readOnMainThread(files, options.maxBytes, into);
    return { entries: out, byWorkers: 0 };
  }
  // Equal shares: the main thread takes the last one.
  const share = Math.ceil(files.length / (workers + 1));
  const shares = Array.from({ length: workers }, (_, w) => files.slice(w * share, (w + 1) * share));
  const running = shares.map((s, w) => runWorker(s, options.maxBytes, into, w * share));
  await readOnMainThread(files.slice(workers * share), options.maxBytes, into, workers * share);
  const finished = await Promise.all(running);
  // Whatever a worker did not finish, the main thread does now.
  for (const [w, count] of finished.entries()) {
    const start = w * share + count;
    await readOnMainThread(files.slice(start, w * share + shares[w]!.length), options.maxBytes, into, start);
  }
  return { entries: out, byWorkers: finished.reduce((sum, count) => sum + count, 0) };
}
