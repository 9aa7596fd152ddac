/**
 * Reload timings on one store, the watcher's way and the periodic check's way, alternated so that both see the same
 * state of the machine: `node --import tsx bench/reloads.ts DIR CACHE [TIMES]` (DIR from `npm run bench -- generate`).
 * Prints one JSON line: the load (from the cache when it is valid), then each reload by path and each full rescan.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusStore } from '../src/store/index.js';

const [dir, cacheFile, times = '6'] = process.argv.slice(2);
if (!dir || !cacheFile) {
  process.stderr.write('usage: node --import tsx bench/reloads.ts DIR CACHE [TIMES]\n');
  process.exit(2);
}
const store = new CorpusStore(dir, { cacheFile });
const since = (start: number) => Math.round(performance.now() - start);
let start = performance.now();
await store.load();
await store.flush();
const loadMs = since(start);
const byPath: number[] = [];
const full: number[] = [];
for (let i = 0; i < Number(times); i++) {
  const file = `gen_${String(10 + i).padStart(6, '0')}.txt`;
  appendFileSync(join(dir, file), '\nHai bên cũng trao đổi về hợp tác quân y.\n');
  start = performance.now();
  await store.reload({ paths: [file] });
  byPath.push(since(start));
  appendFileSync(join(dir, file), '\nHai bên.\n');
  start = performance.now();
  await store.reload();
  full.push(since(start));
}
process.stdout.write(`${JSON.stringify({ loadMs, byPath, full, lastStats: store.lastStats })}\n`);
