/**
 * The bench's store phases, run as `npm start` runs the bot: compiled when the build is fresh (bench/compiled.ts),
 * with no TypeScript loader in the process or its worker threads. prepare: the cold start (writes the cache); serve:
 * what a restarted bot does (warm start from the disk cache, reloads after one change, latencies of the answers over
 * a fixed query mix). Prints one JSON line (bench/phase-report.ts).
 *
 *   node --import tsx bench/store-phases.ts SIZE prepare|serve DIR
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerDialogue, answerSearch, answerTimeline, answerTopic, suggestPartners } from '../src/answers/index.js';
import { unreadPassageCount } from '../src/corpus/index.js';
import { CorpusStore } from '../src/store/index.js';
import { cacheFile, dir, latencies, phase, report, size, timed } from './phase-report.js';
import { BENCH_SEARCHES } from './searches.js';

const en = { lang: 'en' as const };
const PARTNERS = ['canada', 'japan', 'korea', 'usa', 'india', 'nhat ban', 'phap', 'australia', 'singapore', 'germany'];
const TOPICS = ['demining', 'peacekeeping', 'maritime security', 'rà phá bom mìn', 'training', 'cyber'];
const PREFIXES = ['c', 'ca', 'nh', 'nhat', 'kor', 'u', 'vi', 'ger', 'ph', 'in'];

if (phase === 'prepare') {
  const cold = new CorpusStore(join(dir, 'corpus'), { cacheFile });
  const [library, coldMs] = await timed(() => cold.load());
  await cold.flush();
  report({
    dir,
    coldMs,
    coldRate: size / (coldMs / 1000),
    readByWorkers: cold.lastStats.readByWorkers,
    // Counted without reading a body: `a.passages` reads the article back from the cache, as no start does (at 100,000
    // articles that read every body and raised this phase's peak RSS by some 190 MB).
    passages: library.corpus.articles.reduce((n, a) => n + (unreadPassageCount(a) ?? a.passages.length), 0),
    rounds: library.knowledge.rounds.length,
  });
} else if (phase === 'serve') {
  const warm = new CorpusStore(join(dir, 'corpus'), { cacheFile });
  const [, warmMs] = await timed(() => warm.load());
  const indexFromCache = warm.lastStats.indexFromCache;
  // One file edited, reloaded as the watcher reloads it (from its list of changed paths): the first reload after a
  // start from the cache also runs the parser and extractor for the first time (a start from the cache ran neither),
  // the next is what each later edit costs; then an edit found by the periodic check (the folder walked, every file
  // stat-ed).
  const edited = 'gen_000007.txt';
  const edit = () => appendFileSync(join(dir, 'corpus', edited), '\nHai bên cũng trao đổi về hợp tác quân y.\n');
  edit();
  const [, reloadMs] = await timed(() => warm.reload({ paths: [edited] }));
  const { reread, statted } = warm.lastStats;
  edit();
  const [, reloadNextMs] = await timed(() => warm.reload({ paths: [edited] }));
  edit();
  const [library, reloadFullMs] = await timed(() => warm.reload());
  report({
    warmMs,
    indexFromCache,
    reloadMs,
    reread,
    statted,
    reloadNextMs,
    reloadFullMs,
    autocomplete: latencies(PREFIXES, 50, (p) => suggestPartners(library, p)),
    dialogue: latencies(PARTNERS, 20, (p) => answerDialogue(library, { partner: p }, en)),
    topic: latencies(TOPICS, 20, (t) => answerTopic(library, { topic: t }, en)),
    timeline: latencies(PARTNERS, 20, (p) => answerTimeline(library, { partner: p }, en)),
    search: latencies(BENCH_SEARCHES, 20, (q) => answerSearch(library, { query: q }, en)),
  });
} else {
  process.stderr.write(`store-phases: unknown phase ${phase} (prepare or serve)\n`);
  process.exit(2);
}
