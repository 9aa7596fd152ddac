/**
 * The least a two-thread cold start can take: parsing and extraction alone, the files split evenly between this
 * thread and one worker, from the moment the store's modules are loaded (as the bench's cold start is timed) until
 * both are done; nothing written to a cache, indexed or merged. Prints one JSON line: each thread's wall ms and the
 * process's CPU ms. Beside a plain minisearch build of the same articles (the bench's "plain" phase), it bounds the
 * ratio the bench reports for the cold start. It runs the compiled code (`dist/`, built by `npm ci` or `npm run build`),
 * as `npm start` does, with no TypeScript loader in either thread.
 *
 *   node --max-semi-space-size=4 --single-threaded-gc --no-regexp-tier-up bench/cold-floor.mjs DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const dist = new URL('../dist/src/', import.meta.url);

async function parseAndExtract(files) {
  const { parseArticle } = await import(new URL('corpus/index.js', dist).href);
  const { extractArticle } = await import(new URL('knowledge/index.js', dist).href);
  for (const file of files) extractArticle(parseArticle({ id: file, file, text: readFileSync(file, 'utf8') }));
}

if (isMainThread) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node bench/cold-floor.mjs DIR\n');
    process.exit(2);
  }
  await import(new URL('store/index.js', dist).href);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
  const start = performance.now();
  const cpu = process.cpuUsage();
  const half = Math.ceil(files.length / 2);
  const worker = new Worker(new URL(import.meta.url), { workerData: files.slice(half) });
  const workerDone = new Promise((resolve) => worker.once('message', () => resolve(performance.now() - start)));
  await parseAndExtract(files.slice(0, half));
  const mainMs = performance.now() - start;
  const workerMs = await workerDone;
  const used = process.cpuUsage(cpu);
  const report = { files: files.length, mainMs: Math.round(mainMs), workerMs: Math.round(workerMs) };
  console.log(JSON.stringify({ ...report, cpuMs: Math.round((used.user + used.system) / 1000) }));
  await worker.terminate();
} else {
  await parseAndExtract(workerData);
  parentPort?.postMessage('done');
}
