/**
 * One benchmark size, in its own process so that its memory is its own: generate, cold start, warm start from the
 * disk cache, reload after one change, latencies of the answers over a fixed query mix, and the same passages in a
 * plain minisearch index with default options plus fuzzy and prefix search, as a naive bot would use it.
 * Prints one JSON line.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { answerDialogue, answerSearch, answerTimeline, answerTopic, suggestPartners } from '../src/answers/index.js';
import { CorpusStore } from '../src/store/store.js';
import { generateCorpus, writeCorpus } from './generate.js';

const size = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), `attache-bench-${size}-`));
writeCorpus(join(dir, 'corpus'), generateCorpus({ articles: size, seed: 2026 }));
const cacheFile = join(dir, 'cache.json');

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 20);

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

function latencies(inputs: string[], rounds: number, run: (input: string) => unknown) {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = performance.now();
      run(input);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), n: times.length };
}

let cold: CorpusStore | null = new CorpusStore(join(dir, 'corpus'), { cacheFile });
const [, coldMs] = await timed(() => cold!.load());
await cold.flush();
cold = null;
const warm = new CorpusStore(join(dir, 'corpus'), { cacheFile });
const [lib, warmMs] = await timed(() => warm.load());
const warmStats = { ...warm.lastStats };
appendFileSync(join(dir, 'corpus', 'gen_000007.txt'), '\nHai bên cũng trao đổi về hợp tác quân y.\n');
const [, reloadMs] = await timed(() => warm.reload());
const library = warm.library!;
sample();

const en = { lang: 'en' as const };
const PARTNERS = ['canada', 'japan', 'korea', 'usa', 'india', 'nhat ban', 'phap', 'australia', 'singapore', 'germany'];
const TOPICS = ['demining', 'peacekeeping', 'maritime security', 'rà phá bom mìn', 'training', 'cyber'];
const SEARCHES = ['bom mìn', 'an ninh biển', 'gìn giữ hòa bình', 'hop tac quoc phong', 'peacekeeping', 'đào tạo', 'Đối thoại Chính sách Quốc phòng', 'tìm kiếm cứu nạn'];
const PREFIXES = ['c', 'ca', 'nh', 'nhat', 'kor', 'u', 'vi', 'ger', 'ph', 'in'];
const results = {
  autocomplete: latencies(PREFIXES, 50, (p) => suggestPartners(library, p)),
  dialogue: latencies(PARTNERS, 20, (p) => answerDialogue(library, { partner: p }, en)),
  topic: latencies(TOPICS, 20, (t) => answerTopic(library, { topic: t }, en)),
  timeline: latencies(PARTNERS, 20, (p) => answerTimeline(library, { partner: p }, en)),
  search: latencies(SEARCHES, 20, (q) => answerSearch(library, { query: q }, en)),
};

// The same passages in a plain minisearch, default options, fuzzy and prefix search.
const passages = library.corpus.articles.flatMap((a) => a.passages);
const plain = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
const [, plainBuildMs] = await timed(() => plain.addAll(passages.map((p) => ({ id: p.id, text: p.text }))));
sample();
const plainSearch = latencies(SEARCHES, 20, (q) => plain.search(q, { fuzzy: 0.2, prefix: true }).slice(0, 10));
clearInterval(sampler);
sample();

process.stdout.write(
  `${JSON.stringify({
    size, articles: library.corpus.articles.length, passages: passages.length, rounds: library.knowledge.rounds.length,
    coldMs, warmMs, reloadMs, reread: warm.lastStats.reread, indexFromCache: warmStats.indexFromCache,
    peakRssMb: peakRss / 1024 / 1024, peakHeapMb: peakHeap / 1024 / 1024, plainBuildMs, plainSearch, ...results,
    coldRate: size / (coldMs / 1000),
  })}\n`,
);
rmSync(dir, { recursive: true, force: true });
void lib;
