/**
 * Where a search's time goes, query by query, on a prepared bench folder (its cache written by `measure.ts N prepare`):
 * each term's posting-list length, the time of each ranking and of the whole answer, and a hash of every search
 * answer so that two versions of the code can be compared byte for byte.
 *
 *   node --import tsx bench/search-probe.ts DIR [rounds]
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { answerSearch } from '../src/answers/index.js';
import { vocabularyTerms } from '../src/answers/search.js';
import { queryPhrase, rank, search } from '../src/search/index.js';
import { documentFrequency } from '../src/search/rank.js';
import { CorpusStore } from '../src/store/index.js';

const dir = process.argv[2]!;
const rounds = Number(process.argv[3] ?? 20);
const SEARCHES = [
  'bom mìn',
  'an ninh biển',
  'gìn giữ hòa bình',
  'hop tac quoc phong',
  'peacekeeping',
  'đào tạo',
  'Đối thoại Chính sách Quốc phòng',
  'tìm kiếm cứu nạn',
];

const library = await new CorpusStore(join(dir, 'corpus'), { cacheFile: join(dir, 'attache.cache') }).load();
const index = library.index;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const max = (xs: number[]) => Math.max(...xs);
function timeIt(run: () => unknown): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

const hash = createHash('sha256');
for (const query of SEARCHES) {
  const phrases = [query, ...vocabularyTerms(query)].map(queryPhrase).filter((q) => q !== null);
  const words = [...new Set(phrases.flatMap((q) => q.keywords.map((k) => k.folded)))];
  const pairs = [...new Set(phrases.flatMap((q) => q.pairs))];
  const lists = (terms: string[]) => terms.map((t) => `${t}:${documentFrequency(index, t)}`).join(' ');
  const answer = JSON.stringify(answerSearch(library, { query }, { lang: 'en' }));
  hash.update(answer);
  const all = timeIt(() => answerSearch(library, { query }, { lang: 'en' }));
  const bare = timeIt(() => search(index, query, { extraTerms: vocabularyTerms(query) }));
  const byWords = timeIt(() => rank(index, words, null, 60));
  const byPairs = timeIt(() => rank(index, pairs, null, 60));
  console.log(
    JSON.stringify({
      query,
      answerMs: [median(all), max(all)].map((x) => +x.toFixed(2)),
      searchMs: [median(bare), max(bare)].map((x) => +x.toFixed(2)),
      rankWordsMs: [median(byWords), max(byWords)].map((x) => +x.toFixed(2)),
      rankPairsMs: [median(byPairs), max(byPairs)].map((x) => +x.toFixed(2)),
      words: lists(words),
      pairs: lists(pairs),
    }),
  );
}
console.log(JSON.stringify({ passages: index.passageAt.length, answersSha256: hash.digest('hex') }));
