/**
 * One benchmark size's phases other than the store's (bench/store-phases.ts), each in its own process so that its
 * memory is its own: generate; cli: two questions to `npm run ask` with the store's cache; ready: the bot process
 * against a fake Discord; plain: the same passages in a plain minisearch index with default options plus fuzzy and
 * prefix search, as a naive bot would use it. Prints one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { buildSearchIndex, loadIndex, serializeIndex } from '../src/search/index.js';
import { CorpusStore } from '../src/store/index.js';
import { startBot } from '../test/bot/bot-process.js';
import { newMarker, peakRssMb } from '../test/bot/process-set.js';
import { startFakeDiscord } from '../test/fake-discord/server.js';
import { generateCorpus, writeCorpus } from './generate.js';
import { cacheFile, dir, latencies, phase, report, size, timed } from './phase-report.js';
import { BENCH_SEARCHES } from './searches.js';

/** A port nothing listens on now (the bot's /healthz). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The largest corpus whose plain minisearch is searched (the bench reports the plain search as skipped beyond). */
const PLAIN_SEARCH_UP_TO = 30_000;

if (phase === 'prepare' || phase === 'serve') {
  // The store's phases live in ./store-phases.ts (bench/main.ts runs them compiled); asked for here, as older notes
  // do, they run from the sources.
  await import('./store-phases.js');
} else if (phase === 'generate') {
  writeCorpus(join(dir, 'corpus'), generateCorpus({ articles: size, seed: 2026 }));
  report({ dir });
} else if (phase === 'cli') {
  // `npm run ask` as a user runs it, with the store's cache (CACHE_FILE): the first question after the cache exists (the
  // serve phase edited a file since, so it re-reads that one and writes the cache again), then a second right after.
  const ask = () =>
    timed(() =>
      execFileSync('npm', ['run', '-s', 'ask', '--', '--corpus', join(dir, 'corpus'), 'topic', 'demining'], {
        env: { ...process.env, CACHE_FILE: cacheFile },
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      }),
    );
  const [, cliFirstMs] = await ask();
  const [, cliSecondMs] = await ask();
  report({ cliFirstMs, cliSecondMs });
} else if (phase === 'ready') {
  // The bot itself (npm start's entry) against the tests' fake Discord: from process start to the gateway's ready,
  // first with no cache, then restarted from the cache it wrote; then `npm run start:sharded` from that cache with 1,
  // 2 and 4 shards. Each run answers a few commands; its peak RSS is the kernel's high-water mark of every process
  // the start made (found by a marker in their environment), so a shard process would count too.
  const botCache = join(dir, 'bot.cache');
  // A cold start at 100,000 articles takes minutes on a slow machine: the wait grows with the corpus.
  const readyTimeoutMs = Math.max(300_000, size * 30);
  const run = async (shards = 1, args: string[] = []) => {
    const fake = await startFakeDiscord({ shards });
    const healthPort = await freePort();
    const marker = newMarker();
    const start = performance.now();
    const bot = startBot(
      fake,
      { CORPUS_DIR: join(dir, 'corpus'), CACHE_FILE: botCache, HEALTH_PORT: String(healthPort), ...marker },
      'src/bot/main.ts',
      args,
    );
    await bot.waitForLog(/"msg":"ready"/, readyTimeoutMs);
    const readyMs = performance.now() - start;
    // The first start writes its cache in the background: the peak should include it.
    const waitUntil = Date.now() + readyTimeoutMs;
    while (!existsSync(botCache)) {
      if (Date.now() > waitUntil) throw new Error('bench: the bot wrote no cache');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const [name, value] of [
      ['dialogue', 'japan'],
      ['topic', 'demining'],
      ['timeline', 'korea'],
      ['search', 'an ninh biển'],
    ] as const) {
      const option = name === 'topic' ? 'topic' : name === 'search' ? 'query' : 'partner';
      await fake.waitForResponse(fake.dispatchCommand(name, [{ name: option, value }]), { timeoutMs: 20_000 });
    }
    const health = (await (await fetch(`http://127.0.0.1:${healthPort}/healthz`)).json()) as {
      memory: { peakRssMb: number };
    };
    const setRssMb = peakRssMb(marker);
    await bot.stop();
    await fake.close();
    return { readyMs, peakRssMb: Math.max(health.memory.peakRssMb, setRssMb) };
  };
  const cold = await run();
  const warm = await run();
  const sharded = [];
  for (const shards of [1, 2, 4]) sharded.push({ shards, ...(await run(shards, ['--sharded'])) });
  report({
    botColdMs: cold.readyMs,
    botWarmMs: warm.readyMs,
    botColdPeakRssMb: cold.peakRssMb,
    botWarmPeakRssMb: warm.peakRssMb,
    sharded,
  });
} else {
  // Side by side on the same passages: Attaché's index and a plain minisearch, default options, fuzzy and prefix search.
  const library = await new CorpusStore(join(dir, 'corpus'), { cacheFile }).load();
  const articles = library.corpus.articles;
  const passages = articles.flatMap((a) => a.passages);
  const MB = 1024 * 1024;
  /** Live heap and array buffers after full collections (this phase runs with --expose-gc; a buffer's memory goes on the second). */
  const held = () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  let before = held();
  const [ours, indexBuildMs] = await timed(() => buildSearchIndex(articles));
  const indexHeldMb = (held() - before) / MB;
  const bytes = serializeIndex(ours);
  const [, indexLoadMs] = await timed(() => loadIndex(bytes, articles));
  before = held();
  const plain = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  const [, plainBuildMs] = await timed(() => plain.addAll(passages.map((p) => ({ id: p.id, text: p.text }))));
  const plainHeldMb = (held() - before) / MB;
  const json = JSON.stringify(plain);
  const [, plainLoadMs] = await timed(() => MiniSearch.loadJSON(json, { fields: ['text'] }));
  report({
    indexBuildMs,
    indexLoadMs,
    indexHeldMb,
    indexFileMb: bytes.length / MB,
    plainBuildMs,
    plainLoadMs,
    plainHeldMb,
    plainFileMb: Buffer.byteLength(json) / MB,
    // Past 30,000 articles a plain fuzzy search takes seconds a query (25 s at 100,000): not measured, and said so.
    plainSearch:
      size > PLAIN_SEARCH_UP_TO
        ? null
        : latencies(BENCH_SEARCHES, 20, (q) => plain.search(q, { fuzzy: 0.2, prefix: true }).slice(0, 10)),
  });
  rmSync(dir, { recursive: true, force: true });
}
