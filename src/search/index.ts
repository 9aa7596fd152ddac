/**
 * Passage search over minisearch. Folded words and syllable pairs are the index terms; there is no fuzzy or prefix
 * search, because on short Vietnamese syllables they match almost everything and cost the most.
 * Ranking: phrase matches first, then passages with every word, then the rest; exact diacritics and tone add a bonus.
 */
import MiniSearch from 'minisearch';
import type { Article, Passage } from '../corpus/types.js';
import { fold, toneKey } from '../text/normalize.js';
import { indexTerms, queryPhrase, type QueryPhrase, type QueryWord } from './tokens.js';

export interface SearchHit {
  passage: Passage;
  score: number;
  /** Substrings of the passage text, as written, that matched the query. */
  marks: string[];
  /** The passage holds the query words as a phrase. */
  phrase: boolean;
}

export interface SearchIndex {
  mini: MiniSearch<IndexedPassage>;
  passages: Map<string, Passage>;
}

interface IndexedPassage {
  id: string;
  terms: string;
}

const OPTIONS = {
  fields: ['terms'],
  storeFields: [] as string[],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
  searchOptions: { fuzzy: false, prefix: false, combineWith: 'OR' as const },
};

export function buildSearchIndex(articles: Article[]): SearchIndex {
  const mini = new MiniSearch<IndexedPassage>(OPTIONS);
  const passages = new Map<string, Passage>();
  const docs: IndexedPassage[] = [];
  for (const article of articles) {
    for (const p of article.passages) {
      passages.set(p.id, p);
      docs.push({ id: p.id, terms: indexTerms(p.text).join(' ') });
    }
  }
  mini.addAll(docs);
  return { mini, passages };
}

/** Replace some articles' passages in place (a reload of a few files), without rebuilding the rest. */
export function updateIndex(index: SearchIndex, removed: Article[], added: Article[]): void {
  for (const article of removed) {
    for (const p of article.passages) {
      if (index.mini.has(p.id)) index.mini.discard(p.id);
      index.passages.delete(p.id);
    }
  }
  const docs: IndexedPassage[] = [];
  for (const article of added) {
    for (const p of article.passages) {
      index.passages.set(p.id, p);
      docs.push({ id: p.id, terms: indexTerms(p.text).join(' ') });
    }
  }
  index.mini.addAll(docs);
}

/**
 * How many passages hold a term. minisearch keeps this in its term index but does not publish it; if a later version
 * changes that shape, every term counts the same and search is only slower, never wrong.
 */
function documentFrequency(index: SearchIndex, term: string): number {
  const internal = (index.mini as unknown as { _index?: { get?: (t: string) => Map<number, Map<number, number>> | undefined } })._index;
  const fields = internal?.get?.(term);
  if (!fields) return 0;
  let count = 0;
  for (const docs of fields.values()) count = Math.max(count, docs.size);
  return count;
}

export function serializeIndex(index: SearchIndex): string {
  return JSON.stringify(index.mini);
}

export function loadIndex(json: string, articles: Article[]): SearchIndex {
  const passages = new Map(articles.flatMap((a) => a.passages.map((p) => [p.id, p] as const)));
  return { mini: MiniSearch.loadJSON<IndexedPassage>(json, OPTIONS), passages };
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

export function search(index: SearchIndex, query: string, options: { limit?: number; articleIds?: string[]; extraTerms?: string[] } = {}): SearchHit[] {
  const main = queryPhrase(query);
  const extras = (options.extraTerms ?? []).map(queryPhrase).filter((q): q is QueryPhrase => q !== null);
  const phrases = main ? [main, ...extras] : extras;
  if (!phrases.length) return [];
  const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
  const words = [...new Set(phrases.flatMap((q) => q.keywords.map((k) => k.folded)))];
  const allowed = options.articleIds ? new Set(options.articleIds) : null;
  const filter = allowed ? { filter: (r: { id: string }) => allowed.has(r.id.split('#')[0]!) } : {};
  // Syllable pairs first, and of each phrase only its rarest pair: a passage holding the phrase must hold that pair, and a
  // rare pair has a short posting list, where "quốc phòng" or "hợp tác" would make minisearch score nearly every passage.
  // Only when the phrases do not fill the answer are single syllables searched as well.
  const rarest = [...new Set(phrases.map((q) => [...q.pairs].sort((x, y) => documentFrequency(index, x) - documentFrequency(index, y))[0]).filter((p): p is string => !!p))];
  let raw = rarest.length ? index.mini.search(rarest.join(' '), filter) : [];
  if (raw.length < limit * 3) {
    const seen = new Set(raw.map((r) => r.id));
    raw = [...raw, ...index.mini.search(words.join(' '), filter).filter((r) => !seen.has(r.id))];
  }
  const typedExact = query.trim() && fold(query) !== query.toLowerCase() ? [toneKey(query.trim())] : [];
  // Rescoring reads each candidate's words: a bounded number of candidates keeps it cheap at any corpus size.
  const scored = raw.slice(0, Math.max(60, limit * 4)).flatMap((r) => {
    const passage = index.passages.get(r.id);
    if (!passage) return [];
    return [{ passage, ...scorePassage(passage, phrases, typedExact, r.score) }];
  });
  // When some passages hold every word of the query, the ones that hold only some are noise.
  const complete = scored.filter((s) => s.allWords || s.phrase);
  const kept = complete.length ? complete : scored;
  return kept
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ passage, score, marks, phrase }) => ({ passage, score, marks, phrase }));
}
