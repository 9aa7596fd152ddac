/**
 * The corpus folder walked and every article (and its sidecar) stat-ed, as one result a start compares with the disk
 * cache's manifest. At a start from the cache this runs in a worker thread (./scan-worker.ts) while the main thread
 * parses the cache: at 100,000 articles the walk and the stats take about as long as the parse, and they are system
 * calls the other core can make. Without a worker (small corpora, a worker that fails) the store does the same itself.
 */
import { lstatSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
// Past the corpus door (scripts/door-exceptions.ts): the worker loads the listing alone, not every parser.
import { listCorpusFiles, sidecarOf, type CorpusListing } from '../corpus/load.js';
import { articleIdList } from './article-ids.js';

/**
 * The listing, and per listed article (same order) its path relative to the folder, its id (./article-ids.ts), its
 * size, its time (the later of file and sidecar) and whether it exists.
 */
export interface Scan {
  listing: CorpusListing;
  files: string[];
  ids: string[];
  size: Float64Array<ArrayBuffer>;
  mtimeMs: Float64Array<ArrayBuffer>;
  exists: Uint8Array<ArrayBuffer>;
}

/**
 * `relative(dir, path)`, by cutting the folder off when the path starts with it (the listing joins every path onto
 * the folder): path.relative resolves both paths at each call, a tenth of a second for 10,000 files.
 */
export const relativeTo = (dir: string) => {
  const folder = join(dir);
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : relative(dir, path));
};

/** Size and time of the article at `path` as the store compares them: its sidecar's time counts too. */
export function statArticle(listing: CorpusListing, path: string) {
  const info = statSync(path, { throwIfNoEntry: false });
  // A folder with no sidecar at all (the common case) needs no sidecar's name made for each of its files.
  const sidecarPath = listing.sidecars.size === 0 ? null : sidecarOf(path);
  const hasSidecar = sidecarPath !== null && listing.sidecars.has(sidecarPath);
  const sidecar = hasSidecar ? statSync(sidecarPath, { throwIfNoEntry: false }) : undefined;
  return {
    size: info?.size ?? 0,
    mtimeMs: Math.max(info?.mtimeMs ?? 0, sidecar?.mtimeMs ?? 0),
    exists: info !== undefined,
    sidecar: hasSidecar,
  };
}

/** Walk and stat, here. Throws what listCorpusFiles throws (a missing folder). */
export async function scanFolder(dir: string): Promise<Scan> {
  const listing = await listCorpusFiles(dir);
  const count = listing.articles.length;
  const files = listing.articles.map(relativeTo(dir));
  const scan: Scan = {
    listing,
    files,
    ids: articleIdList(files),
    size: new Float64Array(count),
    mtimeMs: new Float64Array(count),
    exists: new Uint8Array(count),
  };
  listing.articles.forEach((path, i) => {
    const info = statArticle(listing, path);
    scan.size[i] = info.size;
    scan.mtimeMs[i] = info.mtimeMs;
    scan.exists[i] = info.exists ? 1 : 0;
  });
  return scan;
}

/**
 * Below this size of cache (about 1,000 articles) a start scans on the main thread: a worker's own start (tens of
 * milliseconds, more under tsx) would cost more than it saves.
 */
export const SCAN_WORKER_MIN_CACHE_BYTES = 5 * 1024 * 1024;

/** Whether a start with this cache file should scan in a worker: a regular file of `minBytes` or more. */
export function worthScanningAside(cacheFile: string, minBytes = SCAN_WORKER_MIN_CACHE_BYTES): boolean {
  try {
    const info = lstatSync(cacheFile, { throwIfNoEntry: false });
    return info?.isFile() === true && info.size >= minBytes;
  } catch {
    // Cannot be looked at (a folder on the way not readable): the cache's own checks will say so.
    return false;
  }
}

/**
 * The scan of `dir` in a worker thread. Null when anything goes wrong there (the worker cannot start, the folder
 * cannot be listed): the store then lists the folder itself, and reports a missing folder as it always does.
 */
export function scanAside(dir: string): Promise<Scan | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startScanWorker(dir);
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (scan: Scan | null) => resolve(scan));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

/** Run from TypeScript sources (tsx), a worker registers tsx's loader first; compiled, it imports the JavaScript. */
function startScanWorker(dir: string): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './scan-worker.ts' : './scan-worker.js', import.meta.url).href;
  if (!fromSources) return new Worker(new URL(entry), { workerData: dir });
  const loader = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(loader)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;
  return new Worker(boot, { eval: true, workerData: dir });
}
