/**
 * `npm run bench`: the performance table at 1,000 and 10,000 generated articles, beside a plain minisearch index, the
 * sharded bot with 1, 2 and 4 shards, and a summary line with every goal that applies to the sizes measured.
 * `npm run bench -- generate --articles N --out DIR [--seed S]` writes a scale corpus.
 * `npm run bench -- --sizes 1000,10000,30000,100000` measures other sizes: the scale curve (100,000 takes about half an
 * hour on two idle cores; past 30,000 the plain minisearch is built but not searched, a fuzzy query taking seconds).
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { scriptNodeFlags } from '../test/bot/bot-process.js';
import { compiledEntry } from './compiled.js';
import { generateCorpus, writeCorpus } from './generate.js';

/** The goals at 10,000 articles (issue 7's, and issue 16's tighter memory and warm start). */
const AT_10K = {
  coldMs: 15_000,
  warmMs: 1_500,
  reloadMs: 500,
  autocomplete: 5,
  answer: 20,
  search: 50,
  searchRatio: 5,
  rssMb: 300,
};
/** The goals at 100,000 articles, one process (issue 16). */
const AT_100K = { coldMs: 60_000, warmMs: 5_000, reloadMs: 200, answer: 20, search: 50, rssMb: 1024 };
/** Every size: RSS grows by at most this per extra shard; a cold start costs at most this × a plain minisearch build. */
const PER_SHARD_MB = 50;
const COLD_VS_PLAIN = 2;
/** The sizes at which the cold start is compared with a plain minisearch build. */
const COLD_RATIO_SIZES = [2_000, 10_000];

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
  statted: number;
  reloadNextMs: number;
  reloadFullMs: number;
  sharded: { shards: number; readyMs: number; peakRssMb: number }[];
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
  /** Null past the size where a plain fuzzy search takes seconds a query (measure.ts). */
  plainSearch: Lat | null;
  cliFirstMs: number;
  cliSecondMs: number;
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

/**
 * `storePhases`: the store's phases (bench/store-phases.ts) bundled against the build (bench/compiled.ts), or null to
 * run them through tsx.
 */
function run(sizes: number[], storePhases: string | null) {
  const measure = (size: number, phase: string, dir = '') => {
    const store = phase === 'prepare' || phase === 'serve';
    // Attaché's phases run with the node flags `npm start` gives (package.json; the bot's own run reads them too);
    // generating and the naive index get room.
    const flags = store ? scriptNodeFlags() : phase === 'ready' ? [] : ['--max-old-space-size=4096', '--expose-gc'];
    const entry =
      store && storePhases ? [storePhases] : ['--import', 'tsx', store ? 'bench/store-phases.ts' : 'bench/measure.ts'];
    const out = execFileSync(process.execPath, [...flags, ...entry, String(size), phase, ...(dir ? [dir] : [])], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
  };
  const results: Result[] = sizes.map((size) => {
    process.stderr.write(`bench: measuring ${size} articles…\n`);
    // Each phase in its own process: its memory is its own, as in a real restart.
    const { dir } = measure(size, 'generate');
    const prepared = measure(size, 'prepare', String(dir));
    const served = measure(size, 'serve', String(dir));
    const cli = measure(size, 'cli', String(dir));
    const ready = measure(size, 'ready', String(dir));
    const plain = measure(size, 'plain', String(dir));
    return {
      size,
      ...prepared,
      ...served,
      ...cli,
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
    [
      'reload after one changed file (the watcher names it), first / next',
      (r) => `${ms(r.reloadMs)} / ${ms(r.reloadNextMs)} ms (${r.reread} re-read, ${r.statted} stat-ed)`,
    ],
    ['reload with a full rescan (periodic check)', (r) => `${ms(r.reloadFullMs)} ms`],
    [
      'CLI first / second question (npm run ask, with the cache)',
      (r) => `${ms(r.cliFirstMs)} / ${ms(r.cliSecondMs)} ms`,
    ],
    [
      'peak RSS / heap, serving (warm start, reload, queries)',
      (r) => `${r.peakRssMb.toFixed(0)} MB / ${r.peakHeapMb.toFixed(0)} MB`,
    ],
    ['peak RSS, cold start (first build and cache write)', (r) => `${r.coldPeakRssMb.toFixed(0)} MB`],
    [
      'peak RSS of the bot, cold / from cache (discord.js included)',
      (r) => `${r.botColdPeakRssMb.toFixed(0)} / ${r.botWarmPeakRssMb.toFixed(0)} MB`,
    ],
    [
      'start:sharded from cache, 1 / 2 / 4 shards: ready',
      (r) => `${r.sharded.map((x) => ms(x.readyMs)).join(' / ')} ms`,
    ],
    [
      'start:sharded, 1 / 2 / 4 shards: peak RSS of all its processes',
      (r) => `${r.sharded.map((x) => x.peakRssMb.toFixed(0)).join(' / ')} MB`,
    ],
    ['cold start ÷ plain minisearch build', (r) => `${(r.coldMs / r.plainBuildMs).toFixed(1)}×`],
    ['autocomplete p50 / p99', (r) => `${ms(r.autocomplete.p50)} / ${ms(r.autocomplete.p99)} ms`],
    ['dialogue p50 / p99', (r) => `${ms(r.dialogue.p50)} / ${ms(r.dialogue.p99)} ms`],
    ['topic p50 / p99', (r) => `${ms(r.topic.p50)} / ${ms(r.topic.p99)} ms`],
    ['timeline p50 / p99', (r) => `${ms(r.timeline.p50)} / ${ms(r.timeline.p99)} ms`],
    ['search p50 / p99 (Attaché)', (r) => `${ms(r.search.p50)} / ${ms(r.search.p99)} ms`],
    [
      'search p50 / p99 (plain minisearch, fuzzy+prefix)',
      (r) =>
        r.plainSearch
          ? `${ms(r.plainSearch.p50)} / ${ms(r.plainSearch.p99)} ms`
          : 'not measured at this size (seconds a query)',
    ],
    [
      'search p99 ratio plain / Attaché',
      (r) => (r.plainSearch ? `${(r.plainSearch.p99 / r.search.p99).toFixed(1)}×` : '—'),
    ],
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
  const checks = results.flatMap(goalsAt);
  const missed = checks.filter(([, ok]) => !ok).map(([text]) => text);
  process.stdout.write(
    missed.length
      ? `summary: ${checks.length - missed.length}/${checks.length} goals met; missed: ${missed.join('; ')}; met: ${checks
          .filter(([, ok]) => ok)
          .map(([text]) => text)
          .join('; ')}\n`
      : `summary: every goal met (${checks.map(([t]) => t).join('; ')})\n`,
  );
}

/** The goals that apply at this size, each with whether it was met. */
function goalsAt(r: Result): [string, boolean][] {
  const at = `at ${r.size.toLocaleString('en')}:`;
  // The memory goals hold for the whole life of the bot: the first build as much as serving, the bot as much as the store.
  const peakRss = Math.max(r.peakRssMb, r.coldPeakRssMb, r.botColdPeakRssMb, r.botWarmPeakRssMb);
  const answerP99 = Math.max(r.dialogue.p99, r.topic.p99, r.timeline.p99);
  const check = (text: string, ok: boolean): [string, boolean] => [`${at} ${text}`, ok];
  const [one, ...more] = r.sharded;
  const perShard = Math.max(...more.map((x) => (x.peakRssMb - one!.peakRssMb) / (x.shards - one!.shards)));
  const checks: [string, boolean][] = [
    check(`RSS per extra shard ${perShard.toFixed(0)} MB ≤ ${PER_SHARD_MB}`, perShard <= PER_SHARD_MB),
  ];
  if (COLD_RATIO_SIZES.includes(r.size)) {
    const ratio = r.coldMs / r.plainBuildMs;
    checks.push(check(`cold start ${ratio.toFixed(1)}× plain minisearch ≤ ${COLD_VS_PLAIN}×`, ratio <= COLD_VS_PLAIN));
  }
  const goals: (typeof AT_100K & Partial<typeof AT_10K>) | null =
    r.size === 10_000 ? AT_10K : r.size === 100_000 ? AT_100K : null;
  if (!goals) return checks;
  // Start times are the bot's own, process start to ready: the store's share of them is in the table.
  checks.push(
    check(`ready cold ${ms(r.botColdMs)} ms ≤ ${goals.coldMs}`, r.botColdMs <= goals.coldMs),
    check(`ready from cache ${ms(r.botWarmMs)} ms ≤ ${goals.warmMs}`, r.botWarmMs <= goals.warmMs),
    // The reload that every later edit costs; the first after a start from the cache also compiles the parser and
    // extractor (shown apart in the table).
    check(`reload ${ms(r.reloadNextMs)} ms ≤ ${goals.reloadMs}`, r.reloadNextMs <= goals.reloadMs),
    check(`answers p99 ${ms(answerP99)} ms ≤ ${goals.answer}`, answerP99 <= goals.answer),
    check(`search p99 ${ms(r.search.p99)} ms ≤ ${goals.search}`, r.search.p99 <= goals.search),
    check(`peak RSS ${peakRss.toFixed(0)} MB ≤ ${goals.rssMb}`, peakRss <= goals.rssMb),
  );
  if (goals.autocomplete !== undefined)
    checks.push(
      check(
        `autocomplete p99 ${ms(r.autocomplete.p99)} ms ≤ ${goals.autocomplete}`,
        r.autocomplete.p99 <= goals.autocomplete,
      ),
    );
  if (goals.searchRatio !== undefined && r.plainSearch)
    checks.push(
      check(
        `search ${(r.plainSearch.p99 / r.search.p99).toFixed(1)}× faster than plain ≥ ${goals.searchRatio}×`,
        r.plainSearch.p99 / r.search.p99 >= goals.searchRatio,
      ),
    );
  return checks;
}

const Sizes = z
  .string()
  .regex(/^\d+(,\d+)*$/)
  .transform((list) => list.split(',').map(Number))
  .pipe(z.array(z.number().int().min(1).max(200_000)));

async function measureSizes(argv: string[]) {
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
  const root = fileURLToPath(new URL('..', import.meta.url));
  const storePhases = await compiledEntry(root, 'bench/store-phases.ts').catch((error: unknown) => {
    process.stderr.write(`bench: the store phases could not be bundled (${String(error).split('\n')[0]})\n`);
    return null;
  });
  if (!storePhases)
    process.stderr.write('bench: no fresh build (npm run build): the store phases run the sources through tsx\n');
  run(sizes, storePhases);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'generate') generate(rest);
else await measureSizes(process.argv.slice(2));
