/**
 * Search before and after a change, in one process, on one loaded index: BASE is a copy of the sources before the
 * change (`git archive <commit> | tar -x -C BASE`, with node_modules linked), whose store loads DIR's cache (written by
 * `measure.ts N prepare` from those sources); the search of this checkout then runs on that same index. Every query's
 * hits (passage, score, marks, phrase) must be equal, byte for byte; the times of both are taken alternately.
 *
 *   node --import tsx bench/search-compare.ts BASE DIR [rounds]
 *
 * The queries: the bench's, the development set's questions (when ../shared/devset is there), and words, pairs and
 * phrases cut from the corpus's own passages (with and without diacritics), at the limits the answers use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { answerSearch, vocabularyTerms } from '../src/answers/index.js';
import { type SearchIndex, rank, search } from '../src/search/index.js';
import { fold } from '../src/text/index.js';
import { BENCH_SEARCHES } from './searches.js';

const base = resolve(process.argv[2]!);
const dir = resolve(process.argv[3]!);
const rounds = Number(process.argv[4] ?? 5);

const { CorpusStore } = (await import(join(base, 'src/store/index.ts'))) as typeof import('../src/store/index.js');
/** The search of BASE (its rank may return { best } rather than the candidates themselves). */
const before = (await import(join(base, 'src/search/index.ts'))) as Omit<
  typeof import('../src/search/index.js'),
  'rank'
> & {
  rank: (...args: Parameters<typeof rank>) => { best: ReturnType<typeof rank> } | ReturnType<typeof rank>;
};
const bestOf = (ranked: ReturnType<typeof before.rank>) => ('best' in ranked ? ranked.best : ranked);
const library = await new CorpusStore(join(dir, 'corpus'), { cacheFile: join(dir, 'attache.cache') }).load();
const index = library.index as SearchIndex;

type Query = { text: string; limit: number; extraTerms: string[] };
const queries: Query[] = [];
const add = (text: string, limit = 10, extraTerms = vocabularyTerms(text)) => queries.push({ text, limit, extraTerms });
for (const text of BENCH_SEARCHES) add(text);
const devset = join(import.meta.dirname, '../../shared/devset/questions.json');
if (existsSync(devset))
  for (const q of JSON.parse(readFileSync(devset, 'utf8')) as { question: string }[]) add(q.question, 10);
// Passages spread over the corpus: a word, two, four, a whole clause; as written and folded; plain and with extras.
const passages = index.passageAt.filter((p) => p !== null);
for (let i = 0; i < 60; i++) {
  const passage = passages[Math.floor((i * passages.length) / 60)]!;
  const words = passage.text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const at = (i * 13) % Math.max(1, words.length - 8);
  const cut = (n: number) => words.slice(at, at + n).join(' ');
  add(cut(1 + (i % 4)), [10, 50, 60][i % 3]);
  add(fold(cut(2 + (i % 3))), 10, []);
  add(cut(8), 25, ['hợp tác', 'quốc phòng']);
}

// The rankings alone, on each query's words and on its pairs (what search ranks, the common words included).
let differ = 0;
const termLists = queries.flatMap((q) => {
  const phrases = [q.text, ...q.extraTerms].map(before.queryPhrase).filter((p) => p !== null);
  return [
    [...new Set(phrases.flatMap((p) => p.keywords.map((k) => k.folded)))],
    [...new Set(phrases.flatMap((p) => p.pairs))],
  ];
});
const candidatesOf = (best: { passage: { id: string }; score: number }[]) =>
  JSON.stringify(best.map((c) => [c.passage.id, c.score]));
const rankTimes = { before: [] as number[], after: [] as number[] };
const slowest: [number, number, string][] = [];
for (const terms of termLists) {
  const old = candidatesOf(bestOf(before.rank(index, terms, null, 60)));
  const now = candidatesOf(rank(index, terms, null, 60));
  if (old !== now) {
    differ++;
    console.log(JSON.stringify({ differ: terms, before: old.slice(0, 400), after: now.slice(0, 400) }));
  }
  for (let r = 0; r < rounds; r++) {
    let start = performance.now();
    before.rank(index, terms, null, 60);
    rankTimes.before.push(performance.now() - start);
    start = performance.now();
    rank(index, terms, null, 60);
    rankTimes.after.push(performance.now() - start);
  }
  const [b, a] = [rankTimes.before, rankTimes.after].map((xs) => Math.min(...xs.slice(-rounds)));
  slowest.push([b!, a!, terms.join(' ')]);
}
// The slowest rankings (fastest of their rounds), to see which lists the time goes to.
for (const [b, a, terms] of slowest.sort((x, y) => y[1] - x[1]).slice(0, 5))
  console.log(JSON.stringify({ rankMs: { before: +b.toFixed(2), after: +a.toFixed(2) }, terms: terms.slice(0, 200) }));

const hitsOf = (hits: ReturnType<typeof search>) =>
  JSON.stringify(hits.map((h) => [h.passage.id, h.score, h.marks, h.phrase]));
const times = { before: [] as number[], after: [] as number[] };
for (const q of queries) {
  const options = { limit: q.limit, extraTerms: q.extraTerms };
  const old = hitsOf(before.search(index, q.text, options));
  const now = hitsOf(search(index, q.text, options));
  if (old !== now) {
    differ++;
    console.log(JSON.stringify({ differ: q, before: old.slice(0, 400), after: now.slice(0, 400) }));
  }
}
for (let r = 0; r < rounds; r++)
  for (const q of queries) {
    const options = { limit: q.limit, extraTerms: q.extraTerms };
    for (const [name, run] of [
      ['before', before.search],
      ['after', search],
    ] as const) {
      const start = performance.now();
      run(index, q.text, options);
      times[name].push(performance.now() - start);
    }
  }
// The bench's query mix through the whole answer (measure.ts serve: 8 queries, 20 rounds), before and after taking
// turns query by query; wall time and the process's CPU time (less disturbed by other processes on a busy machine).
const answersBefore = (await import(join(base, 'src/answers/index.ts'))) as typeof import('../src/answers/index.js');
const mix = { before: [] as number[], after: [] as number[], beforeCpu: [] as number[], afterCpu: [] as number[] };
for (let r = 0; r < 20; r++)
  for (const query of BENCH_SEARCHES)
    for (const [name, answer] of [
      ['before', answersBefore.answerSearch],
      ['after', answerSearch],
    ] as const) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      answer(library, { query }, { lang: 'en' });
      mix[name].push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      mix[`${name}Cpu`].push((used.user + used.system) / 1000);
    }

const summary = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  return { p50: at(0.5), p99: at(0.99), max: at(1), sum: Math.round(xs.reduce((a, b) => a + b, 0)) };
};
console.log(
  JSON.stringify({
    passages: index.passageAt.length,
    queries: queries.length,
    differ,
    before: summary(times.before),
    after: summary(times.after),
    rankBefore: summary(rankTimes.before),
    rankAfter: summary(rankTimes.after),
    benchMixBefore: { wall: summary(mix.before), cpu: summary(mix.beforeCpu) },
    benchMixAfter: { wall: summary(mix.after), cpu: summary(mix.afterCpu) },
  }),
);
