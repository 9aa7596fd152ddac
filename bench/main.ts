/**
 * `npm run bench`: the performance table at 1,000 and 10,000 generated articles, beside a plain minisearch index.
 * `npm run bench -- generate --articles N --out DIR [--seed S]` writes a scale corpus.
 * `npm run bench -- --sizes 200,1000` measures other sizes.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generateCorpus, writeCorpus } from './generate.js';

const TARGETS = {
  coldMs: 15_000,
  warmMs: 3_000,
  reloadMs: 500,
  autocomplete: 5,
  answer: 20,
  search: 50,
  searchRatio: 5,
  rssMb: 400,
};

function generate(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  const args = z
    .object({
      articles: z.coerce.number().int().min(1).max(200_000),
      out: z.string().min(1),
      seed: z.coerce.number().int().default(2026),
    })
    .safeParse(values);
  if (!args.success) {
    process.stderr.write('bench: usage: npm run bench -- generate --articles N --out DIR [--seed S]\n');
    process.exit(2);
  }
  writeCorpus(args.data.out, generateCorpus({ articles: args.data.articles, seed: args.data.seed }));
  process.stdout.write(`bench: wrote ${args.data.articles} articles to ${args.data.out}\n`);
}

interface Result {
  size: number;
  passages: number;
  rounds: number;
  coldMs: number;
  warmMs: number;
  reloadMs: number;
  reread: number;
  indexFromCache: boolean;
  peakRssMb: number;
  peakHeapMb: number;
  coldPeakRssMb: number;
  coldRate: number;
  readByWorkers: number;
  botColdMs: number;
  botWarmMs: number;
  botColdPeakRssMb: number;
  botWarmPeakRssMb: number;
  indexBuildMs: number;
  indexLoadMs: number;
  indexHeldMb: number;
  indexFileMb: number;
  plainBuildMs: number;
  plainLoadMs: number;
  plainHeldMb: number;
  plainFileMb: number;
  plainSearch: Lat;
  autocomplete: Lat;
  dialogue: Lat;
  topic: Lat;
  timeline: Lat;
  search: Lat;
}
interface Lat {
  p50: number;
  p99: number;
  n: number;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function run(sizes: number[]) {
  const measure = (size: number, phase: string, dir = '') => {
    // Attaché's phases run with Node's default flags, as `npm start` does; generating and the naive index get room.
    const flags =
      phase === 'prepare' || phase === 'serve' || phase === 'ready' ? [] : ['--max-old-space-size=4096', '--expose-gc'];
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', ...flags, 'bench/measure.ts', String(size), phase, ...(dir ? [dir] : [])],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
  };
  const results: Result[] = sizes.map((size) => {
    process.stderr.write(`bench: measuring ${size} articles…\n`);
    // Each phase in its own process: its memory is its own, as in a real restart.
    const { dir } = measure(size, 'generate');
    const prepared = measure(size, 'prepare', String(dir));
    const served = measure(size, 'serve', String(dir));
    const ready = measure(size, 'ready', String(dir));
    const plain = measure(size, 'plain', String(dir));
    return {
      size,
      ...prepared,
      ...served,
      ...ready,
      ...plain,
      coldPeakRssMb: prepared.peakRssMb,
      peakRssMb: served.peakRssMb,
      peakHeapMb: served.peakHeapMb,
    } as unknown as Result;
  });
  const rows: [string, (r: Result) => string][] = [
    ['passages / rounds extracted', (r) => `${r.passages} / ${r.rounds}`],
    [
      'the bot: process start to Discord ready, cold / from cache',
      (r) => `${ms(r.botColdMs)} / ${ms(r.botWarmMs)} ms (fake Discord)`,
    ],
    [
      'cold start: read, parse, extract, index',
      (r) => `${ms(r.coldMs)} ms (${r.coldRate.toFixed(0)} articles/s, ${r.readByWorkers} by a worker thread)`,
    ],
    [
      'warm start from the disk cache',
      (r) => `${ms(r.warmMs)} ms (index from cache: ${r.indexFromCache ? 'yes' : 'no'})`,
    ],
    ['reload after one changed file', (r) => `${ms(r.reloadMs)} ms (${r.reread} file re-read)`],
    [
      'peak RSS / heap, serving (warm start, reload, queries)',
      (r) => `${r.peakRssMb.toFixed(0)} MB / ${r.peakHeapMb.toFixed(0)} MB`,
    ],
    ['peak RSS, cold start (first build and cache write)', (r) => `${r.coldPeakRssMb.toFixed(0)} MB`],
    [
      'peak RSS of the bot, cold / from cache (discord.js included)',
      (r) => `${r.botColdPeakRssMb.toFixed(0)} / ${r.botWarmPeakRssMb.toFixed(0)} MB`,
    ],
    ['autocomplete p50 / p99', (r) => `${ms(r.autocomplete.p50)} / ${ms(r.autocomplete.p99)} ms`],
    ['dialogue p50 / p99', (r) => `${ms(r.dialogue.p50)} / ${ms(r.dialogue.p99)} ms`],
    ['topic p50 / p99', (r) => `${ms(r.topic.p50)} / ${ms(r.topic.p99)} ms`],
    ['timeline p50 / p99', (r) => `${ms(r.timeline.p50)} / ${ms(r.timeline.p99)} ms`],
    ['search p50 / p99 (Attaché)', (r) => `${ms(r.search.p50)} / ${ms(r.search.p99)} ms`],
    [
      'search p50 / p99 (plain minisearch, fuzzy+prefix)',
      (r) => `${ms(r.plainSearch.p50)} / ${ms(r.plainSearch.p99)} ms`,
    ],
    ['search p99 ratio plain / Attaché', (r) => `${(r.plainSearch.p99 / r.search.p99).toFixed(1)}×`],
    [
      'index build, Attaché / plain (same passages)',
      (r) => `${ms(r.indexBuildMs)} / ${ms(r.plainBuildMs)} ms (${(r.plainBuildMs / r.indexBuildMs).toFixed(1)}×)`,
    ],
    [
      'index load from disk, Attaché / plain',
      (r) => `${ms(r.indexLoadMs)} / ${ms(r.plainLoadMs)} ms (${(r.plainLoadMs / r.indexLoadMs).toFixed(1)}×)`,
    ],
    [
      'index held in memory, Attaché / plain',
      (r) =>
        `${r.indexHeldMb.toFixed(0)} / ${r.plainHeldMb.toFixed(0)} MB (${(r.plainHeldMb / r.indexHeldMb).toFixed(1)}×)`,
    ],
    [
      'index on disk, Attaché / plain',
      (r) =>
        `${r.indexFileMb.toFixed(1)} / ${r.plainFileMb.toFixed(1)} MB (${(r.plainFileMb / r.indexFileMb).toFixed(1)}×)`,
    ],
  ];
  const header = ['measure', ...results.map((r) => `${r.size.toLocaleString('en')} articles`)];
  const lines = [header, ...rows.map(([name, f]) => [name, ...results.map(f)])];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(
    [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.slice(1).map(fmt)].join('\n') +
      '\n\n',
  );
  const big = results.at(-1)!;
  // The target holds for the whole life of the bot: the first build as much as serving, the bot process as much as the store.
  const peakRss = Math.max(big.peakRssMb, big.coldPeakRssMb, big.botColdPeakRssMb, big.botWarmPeakRssMb);
  const checks: [string, boolean][] = [
    // Start times are the bot's own, process start to ready: the store's share of them is in the table.
    [`cold start to ready ${ms(big.botColdMs)} ms ≤ ${TARGETS.coldMs}`, big.botColdMs <= TARGETS.coldMs],
    [`warm start to ready ${ms(big.botWarmMs)} ms ≤ ${TARGETS.warmMs}`, big.botWarmMs <= TARGETS.warmMs],
    [`reload ${ms(big.reloadMs)} ms ≤ ${TARGETS.reloadMs}`, big.reloadMs <= TARGETS.reloadMs],
    [
      `autocomplete p99 ${ms(big.autocomplete.p99)} ms ≤ ${TARGETS.autocomplete}`,
      big.autocomplete.p99 <= TARGETS.autocomplete,
    ],
    [
      `answers p99 ${ms(Math.max(big.dialogue.p99, big.topic.p99, big.timeline.p99))} ms ≤ ${TARGETS.answer}`,
      Math.max(big.dialogue.p99, big.topic.p99, big.timeline.p99) <= TARGETS.answer,
    ],
    [`search p99 ${ms(big.search.p99)} ms ≤ ${TARGETS.search}`, big.search.p99 <= TARGETS.search],
    [
      `search ${(big.plainSearch.p99 / big.search.p99).toFixed(1)}× faster than plain ≥ ${TARGETS.searchRatio}×`,
      big.plainSearch.p99 / big.search.p99 >= TARGETS.searchRatio,
    ],
    [`peak RSS ${peakRss.toFixed(0)} MB ≤ ${TARGETS.rssMb}`, peakRss <= TARGETS.rssMb],
  ];
  const missed = checks.filter(([, ok]) => !ok).map(([text]) => text);
  process.stdout.write(
    missed.length
      ? `summary: at ${big.size} articles, ${checks.length - missed.length}/${checks.length} targets met; missed: ${missed.join('; ')}\n`
      : `summary: at ${big.size} articles, every target met (${checks.map(([t]) => t).join('; ')})\n`,
  );
}

const Sizes = z
  .string()
  .regex(/^\d+(,\d+)*$/)
  .transform((list) => list.split(',').map(Number))
  .pipe(z.array(z.number().int().min(1).max(200_000)));

function measureSizes(argv: string[]) {
  let sizes: number[] | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { sizes: { type: 'string', default: '1000,10000' } } });
    sizes = Sizes.safeParse(values.sizes).data;
  } catch {
    // an unknown option: the usage line below
  }
  if (!sizes) {
    process.stderr.write(
      'bench: usage: npm run bench [-- --sizes 1000,10000]  |  npm run bench -- generate --articles N --out DIR [--seed S]\n',
    );
    process.exit(2);
  }
  run(sizes);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'generate') generate(rest);
else measureSizes(process.argv.slice(2));
