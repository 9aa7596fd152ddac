/**
 * Passage search over an inverted index of our own (./postings.ts). Folded words and syllable pairs are the index
 * terms; there is no fuzzy or prefix search, because on short Vietnamese syllables they match almost everything and
 * cost the most. Candidates are ranked by BM25 as minisearch did before (same formula and parameters, so the same
 * order), then rescored: phrase matches first, then passages with every word, then the rest; exact diacritics and tone
 * add a bonus.
 */
import { unreadPassageCount, type Article, type Passage } from '../corpus/index.js';
import { fold, toneKey } from '../text/index.js';
import { decodeImage, encodeImageParts } from './binary.js';
import { type ChunkSpill, passageCount, PostingsBuilder, type Postings, type PostingsParts } from './postings.js';
import { rescoreQuery, scorePassage } from './rescore.js';
import { queryPhrase, type QueryPhrase } from './tokens.js';
import { countMatches, documentFrequency, rank } from './rank.js';

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
  /**
   * The ordinals of removed passages (exactly those passageAt holds null for), ascending: few, since a full build drops
   * them, so that ranking and counts need not look up passageAt for every posting.
   */
  removed: number[];
}

function postingsOf(passages: Passage[]): Postings {
  const builder = new PostingsBuilder();
  for (const { text } of passages) {
    builder.addText(text);
    builder.endPassage();
  }
  return builder.build();
}

const NO_POSTINGS = postingsOf([]);

function lengthOf(index: Pick<SearchIndex, 'base' | 'added'>, ordinal: number): number {
  const inBase = passageCount(index.base);
  return ordinal < inBase ? index.base.lengths[ordinal]! : index.added.lengths[ordinal - inBase]!;
}

function assemble(base: Postings, added: Postings, passageAt: (Passage | null)[]): SearchIndex {
  const index: SearchIndex = { base, added, passageAt, liveCount: 0, totalLength: 0, removed: [] };
  passageAt.forEach((passage, ordinal) => {
    if (!passage) {
      index.removed.push(ordinal);
      return;
    }
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
 * The same index as buildSearchIndex, built article by article in the order given: a cold start adds each article as
 * it is read (src/store/cold-build.ts), then lets its body go. `finish` takes the passages from the articles as they
 * are then (an article whose body is unread gets stand-ins, as loadIndex gives it).
 */
export class SearchIndexBuilder {
  private readonly builder: PostingsBuilder;
  private readonly ids: string[] = [];

  /** `spill`: where the builder's full chunks of entries are put aside until the build (./postings.ts). */
  constructor(spill: ChunkSpill | null = null) {
    this.builder = new PostingsBuilder(spill);
  }

  add(article: Article): void {
    const { builder } = this;
    for (const p of article.passages) {
      builder.addText(p.text);
      builder.endPassage();
      this.ids.push(p.id);
    }
  }

  /**
   * Throws when `articles` are not exactly those added, in the same order of passages. `postings`: built already from
   * this builder's parts (on another thread: src/store/cold-build.ts).
   */
  finish(articles: Article[], postings?: Postings): SearchIndex {
    return assemble(postings ?? this.builder.build(), NO_POSTINGS, passagesFor(this.ids, articles));
  }

  /** What the postings are built from (buildPostings), as a message copies it. */
  postingsParts(): PostingsParts {
    return this.builder.parts();
  }
}

/**
 * Rebuild everything once the passages added or removed since the last full build are this many: below it a reload
 * re-indexes only the passages it added (milliseconds for a few files), above it the dead postings cost more than a rebuild.
 */
const compactionThreshold = (basePassages: number) => Math.max(1000, basePassages / 4);

const live = (passages: (Passage | null)[]) => passages.filter((p): p is Passage => p !== null);

/** Above this many passages to remove, one pass over every passage finds them faster than a search for each. */
const FEW_PASSAGES = 64;

/**
 * Where the passages with these ids stand (live ones only). Ids are unique in a corpus (the loader skips duplicate
 * articles). A reload replaces a few articles: each of their passages is found by identity (a scan of pointers, under
 * a millisecond at 450,000 passages); an id that may stand elsewhere — a passage of an article that is new to the index,
 * or one not found as itself — is looked for in one pass over every passage.
 */
function ordinalsToRemove(passageAt: (Passage | null)[], removed: Article[], added: Article[]): number[] {
  const ordinals: number[] = [];
  const wanted = new Set([...removed, ...added].flatMap((a) => a.passages.map((p) => p.id)));
  if (wanted.size <= FEW_PASSAGES) {
    const replaced = new Set<string>();
    for (const article of removed) {
      let all = true;
      for (const p of article.passages) {
        const ordinal = passageAt.indexOf(p);
        if (ordinal < 0) all = false;
        else {
          ordinals.push(ordinal);
          wanted.delete(p.id);
        }
      }
      if (all) replaced.add(article.id);
    }
    // A replaced article's new passages share its id: every passage of that id was just found as itself.
    for (const article of added) if (replaced.has(article.id)) for (const p of article.passages) wanted.delete(p.id);
  }
  if (wanted.size > 0)
    passageAt.forEach((p, ordinal) => {
      if (p && wanted.has(p.id)) ordinals.push(ordinal);
    });
  return [...new Set(ordinals)].sort((x, y) => x - y);
}

/**
 * Replace some articles' passages in place (a reload of a few files), without rebuilding the rest: the work is the
 * changed passages', plus one copy of the passage list (at 100,000 articles, 450,000 slots).
 */
export function updateIndex(index: SearchIndex, removed: Article[], added: Article[]): void {
  // A copy: should anything below throw, the index stays as it was.
  const passageAt = index.passageAt.slice();
  const inBase = passageCount(index.base);
  let { liveCount, totalLength } = index;
  const removedInBase: number[] = [];
  for (const ordinal of ordinalsToRemove(passageAt, removed, added)) {
    passageAt[ordinal] = null;
    liveCount--;
    totalLength -= lengthOf(index, ordinal);
    if (ordinal < inBase) removedInBase.push(ordinal);
  }
  const keptAdded = live(passageAt.slice(inBase));
  const extra = [...keptAdded, ...added.flatMap((a) => a.passages)];
  const deadInBase = mergeSorted(
    index.removed.filter((o) => o < inBase),
    removedInBase,
  );
  if (extra.length + deadInBase.length > compactionThreshold(inBase)) {
    passageAt.length = inBase;
    Object.assign(index, indexOf([...live(passageAt), ...extra]));
    return;
  }
  passageAt.length = inBase;
  for (const p of extra) passageAt.push(p);
  const addedPostings = postingsOf(extra);
  // The passages kept from the last added section were counted already (same text, same length); the new ones count now.
  for (let j = keptAdded.length; j < extra.length; j++) {
    liveCount++;
    totalLength += addedPostings.lengths[j]!;
  }
  Object.assign(index, { added: addedPostings, passageAt, liveCount, totalLength, removed: deadInBase });
}

function mergeSorted(a: number[], b: number[]): number[] {
  return b.length ? [...a, ...b].sort((x, y) => x - y) : a;
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

/**
 * The passage of each id ("" stays null), all of the articles' passages and only them. An article whose body was not
 * read yet (a start from the disk cache) is not read here: its passages are stand-ins that read it when their text is
 * first needed, so a start holds no passage text until a search or an answer asks for it.
 */
function passagesFor(ids: string[], articles: Article[]): (Passage | null)[] {
  const passageAt: (Passage | null)[] = ids.map(() => null);
  // Usually the articles list their passages in the order they were indexed: then no lookup table is needed.
  let ordinal = 0;
  for (const article of articles) {
    const unread = unreadPassageCount(article);
    const count = unread ?? article.passages.length;
    for (let i = 0; i < count; i++) {
      while (ids[ordinal] === '') ordinal++;
      const same =
        unread === undefined ? ids[ordinal] === article.passages[i]!.id : isStubId(ids[ordinal], article.id, i + 1);
      if (!same) return passagesById(ids, articles);
      // The stand-in keeps the index's own string for its id (the one made here to compare is dropped at once).
      passageAt[ordinal] = unread === undefined ? article.passages[i]! : passageStub(article, ids[ordinal]!, i + 1);
      ordinal++;
    }
  }
  if (ids.slice(ordinal).some((id) => id !== '')) return passagesById(ids, articles);
  return passageAt;
}

/**
 * Whether `id` is `${articleId}#${n}`, compared in place: no string made for each of the 457,000 passages of a start
 * from the cache at 100,000 articles.
 */
function isStubId(id: string | undefined, articleId: string, n: number): boolean {
  if (id === undefined || !id.startsWith(articleId) || id.charCodeAt(articleId.length) !== 0x23 /* # */) return false;
  const digits = id.length - articleId.length - 1;
  // The number as written: no sign, no leading zero, no exponent (what `${n}` gives for a passage's number).
  if (digits < 1 || digits > 9 || id.charCodeAt(articleId.length + 1) === 0x30 /* 0 */) return false;
  let value = 0;
  for (let at = articleId.length + 1; at < id.length; at++) {
    const digit = id.charCodeAt(at) - 0x30;
    if (digit < 0 || digit > 9) return false;
    value = value * 10 + digit;
  }
  return value === n;
}

/**
 * A passage of an unread article: its id now, its text (and unit) from the article's body when first read, then kept
 * as its own properties, so that it spreads, serialises and compares as the passage itself. A class, not an object
 * with getters: 46,000 of them at 10,000 articles, and two closures each cost more than the passages' ids.
 */
class PassageStub implements Passage {
  readonly #article: Article;
  constructor(
    readonly id: string,
    readonly articleId: string,
    readonly index: number,
    article: Article,
  ) {
    this.#article = article;
  }
  get text(): string {
    return this.settle()?.text ?? '';
  }
  get unit(): number | undefined {
    return this.settle()?.unit;
  }
  private settle(): Passage | undefined {
    const passage = this.#article.passages[this.index - 1];
    Object.defineProperty(this, 'text', { value: passage?.text ?? '', enumerable: true, configurable: true });
    if (passage?.unit !== undefined)
      Object.defineProperty(this, 'unit', { value: passage.unit, enumerable: true, configurable: true });
    return passage;
  }
}

const passageStub = (article: Article, id: string, index: number): Passage =>
  new PassageStub(id, article.id, index, article);

function passagesById(ids: string[], articles: Article[]): (Passage | null)[] {
  // An unread article's passages are stand-ins here too: ids in another order (added by reloads) read no text.
  const byId = new Map<string, Passage>();
  for (const article of articles) {
    const unread = unreadPassageCount(article);
    if (unread === undefined) for (const p of article.passages) byId.set(p.id, p);
    else
      for (let i = 1; i <= unread; i++) {
        const id = `${article.id}#${i}`;
        byId.set(id, passageStub(article, id, i));
      }
  }
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
  const keep = allowed ? (p: Passage) => allowed.has(p.id.split('#')[0]!) : null;
  // Rescoring reads each candidate's words: a bounded number of candidates keeps it cheap at any corpus size.
  const rescored = Math.max(60, limit * 4);
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
  let raw = rarest.length ? rank(index, rarest, keep, rescored) : [];
  if (countMatches(index, rarest, keep, limit * 3) < limit * 3) {
    // Every pair match is in `raw` (fewer than `rescored`): the words' best follow, those already found left out.
    const seen = new Set(raw.map((r) => r.passage));
    const byWords = rank(index, words, keep, rescored);
    raw = [...raw, ...byWords.filter((r) => !seen.has(r.passage))].slice(0, rescored);
  }
  const typedExact = query.trim() && fold(query) !== query.toLowerCase() ? [toneKey(query.trim())] : [];
  const rescoring = rescoreQuery(phrases, typedExact);
  const scored = raw.map(({ passage, score }) => ({ passage, ...scorePassage(passage, rescoring, score) }));
  // When some passages hold every word of the query, the ones that hold only some are noise.
  const complete = scored.filter((s) => s.allWords || s.phrase);
  const kept = complete.length ? complete : scored;
  return kept
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ passage, score, marks, phrase }) => ({ passage, score, marks, phrase }));
}

export { buildPostings, type Postings, type PostingsParts } from './postings.js';

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { allTerms, findTerm, postingRange, PostingsBuilder } from './postings.js';
export type { ChunkSpill } from './postings.js';
export { countMatches, rank } from './rank.js';
export { forEachIndexWord, forEachIndexWordByRegex, indexTerms, queryPhrase, spanHash, WordSpans } from './tokens.js';
export { TopK } from './top-k.js';
