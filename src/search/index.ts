/**
 * Passage search over an inverted index of our own (./postings.ts). Folded words and syllable pairs are the index
 * terms; there is no fuzzy or prefix search, because on short Vietnamese syllables they match almost everything and
 * cost the most. Candidates are ranked by BM25 as minisearch did before (same formula and parameters, so the same
 * order), then rescored: phrase matches first, then passages with every word, then the rest; exact diacritics and tone
 * add a bonus.
 */
import type { Article, Passage } from '../corpus/index.js';
import { fold, toneKey } from '../text/index.js';
import { decodeImage, encodeImageParts } from './binary.js';
import { passageCount, postingRange, PostingsBuilder, type Postings } from './postings.js';
import { forEachIndexWord, queryPhrase, type QueryPhrase, type QueryWord } from './tokens.js';

export interface SearchHit {
  passage: Passage;
  score: number;
  /** Substrings of the passage text, as written, that matched the query. */
  marks: string[];
  /** The passage holds the query words as a phrase. */
  phrase: boolean;
}

/**
 * Passages are numbered by ordinal: first those of `base` (built or loaded whole), then those of `added` (passages that
 * reloads brought since, re-indexed at each reload while they are few). A removed passage keeps its ordinal and its
 * postings until the next full build, and is skipped because passageAt holds null for it.
 */
export interface SearchIndex {
  base: Postings;
  added: Postings;
  passageAt: (Passage | null)[];
  /** Passages not removed, and the sum of their lengths: BM25's N and average length. */
  liveCount: number;
  totalLength: number;
}

/** BM25 as minisearch computes it (its defaults): k1, b, and d, the floor every matching term earns. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

function postingsOf(passages: Passage[]): Postings {
  const builder = new PostingsBuilder();
  const addWord = builder.addWord.bind(builder);
  for (const p of passages) {
    forEachIndexWord(p.text, addWord);
    builder.endPassage();
  }
  return builder.build();
}

const NO_POSTINGS = postingsOf([]);

function lengthOf(index: SearchIndex, ordinal: number): number {
  const inBase = passageCount(index.base);
  return ordinal < inBase ? index.base.lengths[ordinal]! : index.added.lengths[ordinal - inBase]!;
}

function assemble(base: Postings, added: Postings, passageAt: (Passage | null)[]): SearchIndex {
  const index: SearchIndex = { base, added, passageAt, liveCount: 0, totalLength: 0 };
  passageAt.forEach((passage, ordinal) => {
    if (!passage) return;
    index.liveCount++;
    index.totalLength += lengthOf(index, ordinal);
  });
  return index;
}

const indexOf = (passages: Passage[]) => assemble(postingsOf(passages), NO_POSTINGS, passages);

export function buildSearchIndex(articles: Article[]): SearchIndex {
  return indexOf(articles.flatMap((a) => a.passages));
}

/**
 * Rebuild everything once the passages added or removed since the last full build are this many: below it a reload
 * re-indexes only the passages it added (milliseconds for a few files), above it the dead postings cost more than a rebuild.
 */
const compactionThreshold = (basePassages: number) => Math.max(1000, basePassages / 4);

const live = (passages: (Passage | null)[]) => passages.filter((p): p is Passage => p !== null);

/**
 * Passage id → ordinal for each index that reloads updated, kept from one update to the next: building it walks every
 * passage (450,000 at 100,000 articles), which a reload of one file should not pay each time.
 */
const ordinalMaps = new WeakMap<SearchIndex, Map<string, number>>();

/** Replace some articles' passages in place (a reload of a few files), without rebuilding the rest. */
export function updateIndex(index: SearchIndex, removed: Article[], added: Article[]): void {
  // A copy: until the swap at the end, searches still see the index as it was.
  const passageAt = index.passageAt.slice();
  const ordinalOf = ordinalMaps.get(index) ?? ordinalsById(passageAt);
  // Until it matches the index again, no map is kept (should anything below throw, the next update builds one).
  ordinalMaps.delete(index);
  for (const article of [...removed, ...added]) {
    for (const p of article.passages) {
      const ordinal = ordinalOf.get(p.id);
      if (ordinal === undefined) continue;
      passageAt[ordinal] = null;
      ordinalOf.delete(p.id);
    }
  }
  // One copy of the passage list per update, not four: at 100,000 articles each is 450,000 slots of garbage for the
  // collector, in a reload of one file.
  const inBase = passageCount(index.base);
  let liveInBase = 0;
  for (let ordinal = 0; ordinal < inBase; ordinal++) if (passageAt[ordinal] !== null) liveInBase++;
  const extra = [...live(passageAt.slice(inBase)), ...added.flatMap((a) => a.passages)];
  if (extra.length + inBase - liveInBase > compactionThreshold(inBase)) {
    passageAt.length = inBase;
    Object.assign(index, indexOf([...live(passageAt), ...extra]));
    return;
  }
  passageAt.length = inBase;
  for (const p of extra) passageAt.push(p);
  Object.assign(index, assemble(index.base, postingsOf(extra), passageAt));
  // The added passages are numbered anew after the base at each update.
  extra.forEach((p, j) => {
    ordinalOf.set(p.id, inBase + j);
  });
  ordinalMaps.set(index, ordinalOf);
}

/**
 * Passage id → ordinal. Ids are unique in a corpus (the loader skips duplicate articles); should one occur twice all
 * the same, the later passage wins and the earlier is removed, as a reload replaces a passage.
 */
function ordinalsById(passageAt: (Passage | null)[]): Map<string, number> {
  const ordinalOf = new Map<string, number>();
  passageAt.forEach((passage, ordinal) => {
    if (!passage) return;
    const earlier = ordinalOf.get(passage.id);
    if (earlier !== undefined) passageAt[earlier] = null;
    ordinalOf.set(passage.id, ordinal);
  });
  return ordinalOf;
}

/** Each section of postings with the ordinal of its first passage. */
function sectionsOf(index: SearchIndex): [Postings, number][] {
  return [
    [index.base, 0],
    [index.added, passageCount(index.base)],
  ];
}

/** Passages holding the term, the removed ones left out (minisearch, pruning its posting lists lazily, counted so too). */
function documentFrequency(index: SearchIndex, term: string): number {
  let count = 0;
  const nothingRemoved = index.liveCount === index.passageAt.length;
  for (const [postings, first] of sectionsOf(index)) {
    const [start, end] = postingRange(postings, term);
    if (nothingRemoved) count += end - start;
    else for (let i = start; i < end; i++) if (index.passageAt[first + postings.ordinals[i]!] !== null) count++;
  }
  return count;
}

interface Candidate {
  passage: Passage;
  score: number;
}

/**
 * Per-passage accumulators for rank(), kept between searches: allocating them for every search (45,000 passages: half
 * a megabyte) made the garbage collector a large part of a search's time. rank() leaves them zeroed. They hold no state
 * between searches, so one pair serves every index of the process (a reload's too).
 */
let scores = new Float64Array(0);
let matched = new Uint16Array(0);
function accumulators(passages: number) {
  if (scores.length < passages) {
    scores = new Float64Array(passages);
    matched = new Uint16Array(passages);
  }
}

/**
 * Passages holding any of the terms, best first, scored as minisearch's OR query did: the BM25 of each term summed in
 * the order of the terms, times the number of terms matched. Ties keep the order of first match, as minisearch's did.
 */
function rank(index: SearchIndex, terms: string[], keep: (passage: Passage) => boolean): Candidate[] {
  accumulators(index.passageAt.length);
  const order: number[] = [];
  const averageLength = index.totalLength / index.liveCount;
  const { k, b, d } = BM25;
  for (const term of terms) {
    const frequency = documentFrequency(index, term);
    if (frequency === 0) continue;
    const idf = Math.log(1 + (index.liveCount - frequency + 0.5) / (frequency + 0.5));
    for (const [postings, first] of sectionsOf(index)) {
      const [start, end] = postingRange(postings, term);
      for (let i = start; i < end; i++) {
        const ordinal = first + postings.ordinals[i]!;
        if (index.passageAt[ordinal] === null) continue;
        const tf = postings.frequencies[i]!;
        // The same expression, in the same order, as minisearch's: equal scores stay equal, so ties break alike.
        scores[ordinal]! +=
          idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * postings.lengths[ordinal - first]!) / averageLength)));
        if (matched[ordinal]!++ === 0) order.push(ordinal);
      }
    }
  }
  const candidates: Candidate[] = [];
  for (const ordinal of order) {
    const passage = index.passageAt[ordinal]!;
    if (keep(passage)) candidates.push({ passage, score: scores[ordinal]! * matched[ordinal]! });
    scores[ordinal] = 0;
    matched[ordinal] = 0;
  }
  return candidates.sort((x, y) => y.score - x.score);
}

/**
 * The index as bytes for the on-disk cache (./binary.ts), in parts to write one after another (they share the
 * index's memory); removed passages and later additions are kept as they are.
 */
export function serializeIndexParts(index: SearchIndex): Uint8Array[] {
  return encodeImageParts({ ids: index.passageAt.map((p) => p?.id ?? ''), sections: [index.base, index.added] });
}

/** The index as one byte string. */
export const serializeIndex = (index: SearchIndex): Uint8Array => Buffer.concat(serializeIndexParts(index));

/**
 * The index from serializeIndex's bytes, its passages taken from `articles`. Throws when the bytes are damaged or do
 * not index exactly these articles' passages: the caller then rebuilds.
 */
export function loadIndex(bytes: Uint8Array, articles: Article[]): SearchIndex {
  const { ids, sections } = decodeImage(bytes, 2);
  return assemble(sections[0]!, sections[1]!, passagesFor(ids, articles));
}

/** The passage of each id ("" stays null), all of the articles' passages and only them. */
function passagesFor(ids: string[], articles: Article[]): (Passage | null)[] {
  const passageAt: (Passage | null)[] = ids.map(() => null);
  // Usually the articles list their passages in the order they were indexed: then no lookup table is needed.
  let ordinal = 0;
  for (const article of articles) {
    for (const p of article.passages) {
      while (ids[ordinal] === '') ordinal++;
      if (ids[ordinal] !== p.id) return passagesById(ids, articles);
      passageAt[ordinal++] = p;
    }
  }
  if (ids.slice(ordinal).some((id) => id !== '')) return passagesById(ids, articles);
  return passageAt;
}

function passagesById(ids: string[], articles: Article[]): (Passage | null)[] {
  const byId = new Map(articles.flatMap((a) => a.passages.map((p) => [p.id, p] as const)));
  const passageAt = ids.map((id) => {
    if (id === '') return null;
    const passage = byId.get(id);
    if (!passage) throw new Error(`search index names a passage the corpus does not have: ${id}`);
    return passage;
  });
  const indexed = passageAt.filter((p) => p !== null).length;
  if (indexed !== byId.size) throw new Error(`search index holds ${indexed} passages, the corpus ${byId.size}`);
  return passageAt;
}

interface PassageWord {
  folded: string;
  exact: string;
  start: number;
  end: number;
}

function passageWords(text: string, withExact: boolean): PassageWord[] {
  const out: PassageWord[] = [];
  // Folding is done once for the whole text (same length: diacritics are single code points in NFC text).
  const folded = fold(text);
  const keyed = withExact ? toneKey(text) : '';
  const aligned = folded.length === text.length && (!withExact || keyed.length === text.length);
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = m.index!;
    const end = start + m[0].length;
    out.push({
      folded: aligned ? folded.slice(start, end) : fold(m[0]),
      exact: withExact ? (aligned ? keyed.slice(start, end) : toneKey(m[0])) : '',
      start,
      end,
    });
  }
  return out;
}

/** A passage word is the query word: spelled alike when the user typed diacritics, folded alike when not. */
function sameWord(passageWord: PassageWord, queryWord: QueryWord): boolean {
  return queryWord.spelled !== null ? passageWord.exact === queryWord.spelled : passageWord.folded === queryWord.folded;
}

/** What may stand between two words of a phrase: spaces, a comma ("bom, mìn") or a dash ("Việt Nam-Nhật Bản"). */
const PHRASE_GAP = /^[\s,\-\u2013\u2014]*$/u;

/** Where the phrase's words stand one after another. */
function phraseSpans(text: string, words: PassageWord[], phrase: QueryWord[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      ok = sameWord(words[i + k]!, phrase[k]!);
      if (ok && k > 0 && !PHRASE_GAP.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start))) ok = false;
    }
    if (ok) spans.push([words[i]!.start, words[i + phrase.length - 1]!.end]);
  }
  return spans;
}

function scorePassage(passage: Passage, phrases: QueryPhrase[], exactPhrases: string[], base: number) {
  const spelledQuery = exactPhrases.length > 0 || phrases.some((q) => q.words.some((w) => w.spelled !== null));
  const words = passageWords(passage.text, spelledQuery);
  let phrase = false;
  let allWords = false;
  const marks: string[] = [];
  for (const q of phrases) {
    const spans = q.words.length > 1 ? phraseSpans(passage.text, words, q.words) : [];
    if (spans.length) {
      phrase = true;
      for (const [s, e] of spans) marks.push(passage.text.slice(s, e));
    }
    if (q.keywords.every((k) => words.some((w) => sameWord(w, k)))) allWords = true;
  }
  if (!marks.length) {
    // No phrase: mark the single words that count, as the user spelled them ("lần" does not mark "lẫn").
    const wanted = phrases.flatMap((q) => q.keywords);
    for (const w of words) if (wanted.some((k) => sameWord(w, k))) marks.push(passage.text.slice(w.start, w.end));
  }
  // Exact spelling (diacritics and tone, either tone placement) of what the user typed earns a bonus.
  const exact = exactPhrases.length > 0 && exactPhrases.some((p) => toneKey(passage.text).includes(p));
  const score = base + (phrase ? 1000 : 0) + (allWords ? 500 : 0) + (exact ? 250 : 0);
  return { score, phrase, allWords, marks: [...new Set(marks)] };
}

export function search(
  index: SearchIndex,
  query: string,
  options: { limit?: number; articleIds?: string[]; extraTerms?: string[] } = {},
): SearchHit[] {
  const main = queryPhrase(query);
  const extras = (options.extraTerms ?? []).map(queryPhrase).filter((q): q is QueryPhrase => q !== null);
  const phrases = main ? [main, ...extras] : extras;
  if (!phrases.length) return [];
  const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
  const words = [...new Set(phrases.flatMap((q) => q.keywords.map((k) => k.folded)))];
  const allowed = options.articleIds ? new Set(options.articleIds) : null;
  const keep = allowed ? (p: Passage) => allowed.has(p.id.split('#')[0]!) : () => true;
  // Syllable pairs first, and of each phrase only its rarest pair: a passage holding the phrase must hold that pair, and a
  // rare pair has a short posting list, where "quốc phòng" or "hợp tác" would score nearly every passage.
  // Only when the phrases do not fill the answer are single syllables searched as well.
  const frequencies = new Map(phrases.flatMap((q) => q.pairs).map((pair) => [pair, documentFrequency(index, pair)]));
  const rarest = [
    ...new Set(
      phrases
        .map((q) => [...q.pairs].sort((x, y) => frequencies.get(x)! - frequencies.get(y)!)[0])
        .filter((p): p is string => !!p),
    ),
  ];
  let raw = rarest.length ? rank(index, rarest, keep) : [];
  if (raw.length < limit * 3) {
    const seen = new Set(raw.map((r) => r.passage));
    raw = [...raw, ...rank(index, words, keep).filter((r) => !seen.has(r.passage))];
  }
  const typedExact = query.trim() && fold(query) !== query.toLowerCase() ? [toneKey(query.trim())] : [];
  // Rescoring reads each candidate's words: a bounded number of candidates keeps it cheap at any corpus size.
  const scored = raw
    .slice(0, Math.max(60, limit * 4))
    .map(({ passage, score }) => ({ passage, ...scorePassage(passage, phrases, typedExact, score) }));
  // When some passages hold every word of the query, the ones that hold only some are noise.
  const complete = scored.filter((s) => s.allWords || s.phrase);
  const kept = complete.length ? complete : scored;
  return kept
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ passage, score, marks, phrase }) => ({ passage, score, marks, phrase }));
}

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { allTerms, findTerm, postingRange, PostingsBuilder } from './postings.js';
export { forEachIndexWord, indexTerms, queryPhrase } from './tokens.js';
