/**
 * A compact inverted index: passages numbered 0..n-1 by ordinal, and each term's postings as one slice of two typed
 * arrays (passage ordinals ascending, term frequencies). Built once and never changed; src/search/index.ts layers
 * removals and additions on top. Terms are kept sorted as UTF-8 bytes and found by binary search, so an index read
 * back from disk is a handful of views on the file's bytes: loading creates no strings and parses nothing.
 */
import {
  buildPostings,
  type ChunkSpill,
  Chunked,
  compareStrings,
  type Postings,
  type PostingsParts,
} from './layout.js';
import { foldWord, pairOf, WordSpans } from './tokens.js';

export { buildPostings, type ChunkSpill, type Postings, type PostingsParts } from './layout.js';

const MAX_FREQUENCY = 0xffff;

/**
 * The term ids of word pairs, by the ids of their two words: one table of integers searched by open addressing (one
 * hash of two numbers per pair occurrence, where a Map per first word cost two look-ups and millions of entries).
 */
class PairIds {
  private firsts = new Int32Array(1 << 8);
  private seconds = new Int32Array(1 << 8);
  /** -1 where the slot is free. */
  private ids = new Int32Array(1 << 8).fill(-1);
  private size = 0;

  /** The slot of the pair looked up last, and the pair: where insert puts it. */
  private slot = 0;
  private first = 0;
  private second = 0;

  /** The pair's id, or -1 when it is new (then insert gives it one). */
  find(first: number, second: number): number {
    this.slot = this.slotOf(first, second);
    this.first = first;
    this.second = second;
    return this.ids[this.slot]!;
  }

  /** Gives the pair looked up last (and not found) its id. */
  insert(id: number): number {
    if (++this.size * 4 > this.ids.length * 3) {
      this.grow();
      this.slot = this.slotOf(this.first, this.second);
    }
    this.firsts[this.slot] = this.first;
    this.seconds[this.slot] = this.second;
    this.ids[this.slot] = id;
    return id;
  }

  private slotOf(first: number, second: number): number {
    const mask = this.ids.length - 1;
    let hash = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca6b);
    hash ^= hash >>> 15;
    let slot = hash & mask;
    while (this.ids[slot] !== -1 && (this.firsts[slot] !== first || this.seconds[slot] !== second))
      slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { firsts, seconds, ids } = this;
    this.firsts = new Int32Array(ids.length * 2);
    this.seconds = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    for (let slot = 0; slot < ids.length; slot++) {
      if (ids[slot] === -1) continue;
      const to = this.slotOf(firsts[slot]!, seconds[slot]!);
      this.firsts[to] = firsts[slot]!;
      this.seconds[to] = seconds[slot]!;
      this.ids[to] = ids[slot]!;
    }
  }
}

/**
 * The words met so far as spelled in the text (not folded), by the hash of their code units: a word already met is
 * found by comparing its letters in place, without cutting it out of the text as a new string (millions of words at
 * 10,000 articles, a few tens of thousands of spellings).
 */
class SpelledWords {
  private hashes = new Int32Array(1 << 8);
  /** The folded word's id; -1 where the slot is free. */
  private ids = new Int32Array(1 << 8).fill(-1);
  private spellings: string[] = new Array(1 << 8);
  private size = 0;
  private slot = 0;

  /**
   * The id of the word units[start, end) (a text's code units: ./tokens.ts, WordSpans), whose hash is `hash`, or -1
   * when it was not met (then insert gives it one).
   */
  find(units: Uint16Array, start: number, end: number, hash: number): number {
    const mask = this.ids.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    for (; this.ids[slot] !== -1; slot = (slot + 1) & mask)
      if (this.hashes[slot] === hash && sameUnits(this.spellings[slot]!, units, start, end)) return this.ids[slot]!;
    this.slot = slot;
    return -1;
  }

  /** Gives the spelling looked up last (and not found) its id. */
  insert(spelled: string, hash: number, id: number): void {
    if (++this.size * 2 > this.ids.length) {
      this.grow();
      this.slot = this.freeSlot(hash);
    }
    this.hashes[this.slot] = hash;
    this.ids[this.slot] = id;
    this.spellings[this.slot] = spelled;
  }

  /** The first free slot for `hash` (every spelling is held once: a new one needs no comparison). */
  private freeSlot(hash: number): number {
    const mask = this.ids.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    while (this.ids[slot] !== -1) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hashes, ids, spellings } = this;
    this.hashes = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    this.spellings = new Array(ids.length * 2);
    for (let slot = 0; slot < ids.length; slot++) {
      if (ids[slot] === -1) continue;
      const to = this.freeSlot(hashes[slot]!);
      this.hashes[to] = hashes[slot]!;
      this.ids[to] = ids[slot]!;
      this.spellings[to] = spellings[slot]!;
    }
  }
}

/** Whether `word` is units[start, end). */
function sameUnits(word: string, units: Uint16Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== units[start + i]) return false;
  return true;
}

/**
 * Collects passages one by one, word by word, then lays the postings out term by term. The terms are the words and
 * the pairs of adjacent words (tokens.ts); a pair is known by its two words' ids, so its string is made once per
 * distinct pair rather than once per occurrence (millions at 10k articles).
 */
export class PostingsBuilder {
  private readonly terms: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /** A word as spelled in the text → its folded word's id: most words were met before, and need no folding. */
  private readonly spelled = new SpelledWords();
  /** The scanner of every text added (its code units reused: no closure nor array a passage). */
  private readonly spans = new WordSpans();
  private readonly pairIds = new PairIds();
  /** The id of the empty word (a lone combining mark folds to it), which is no term; -1 until met. */
  private emptyWord = -1;
  /**
   * The current passage: occurrences per term id, and the term ids it holds (the first `heldCount`), in order of first
   * occurrence. Not an array emptied at each passage: `length = 0` let its store go, and it grew again from 4 slots at
   * every passage (1.5 KB of garbage a passage, some 70 MB at 10,000 articles).
   */
  private counts = new Uint32Array(1024);
  private held = new Uint32Array(256);
  private heldCount = 0;
  private previousWord = -1;
  /**
   * One entry per (passage, term): the term's id and the frequency; passage by passage, so a passage's entries end
   * where `entriesEnd` says (6 bytes an entry: at 10k articles the builder's arrays are most of the cold start's peak).
   */
  private readonly entryTerms: Chunked<Uint32Array>;
  private readonly entryFrequencies: Chunked<Uint16Array>;
  private readonly entriesEnd = new Chunked((n) => new Uint32Array(n));
  private readonly lengths = new Chunked((n) => new Uint32Array(n));

  constructor(private readonly spill: ChunkSpill | null = null) {
    this.entryTerms = new Chunked((n) => new Uint32Array(n), spill);
    this.entryFrequencies = new Chunked((n) => new Uint16Array(n), spill);
  }

  /** The next word of the current passage, folded; `followsWord`: it makes a pair with the word before it. */
  addWord(word: string, followsWord: boolean): void {
    this.addWordId(this.wordId(word), followsWord);
  }

  /** Every word of a passage's text (its index words: ./tokens.ts), as addWord adds them. */
  addText(text: string): void {
    const spans = this.spans;
    const units = spans.reset(text);
    while (spans.next()) {
      const { start, end, hash } = spans;
      let id = this.spelled.find(units, start, end, hash);
      if (id < 0) {
        const spelled = text.slice(start, end);
        id = this.wordId(foldWord(spelled));
        this.spelled.insert(spelled, hash, id);
      }
      this.addWordId(id, spans.followsWord);
    }
  }

  private addWordId(id: number, followsWord: boolean): void {
    if (followsWord) {
      const first = this.previousWord;
      const pair = this.pairIds.find(first, id);
      this.count(pair >= 0 ? pair : this.pairIds.insert(this.newTerm(pairOf(this.terms[first]!, this.terms[id]!))));
    }
    this.count(id);
    this.previousWord = id;
  }

  /** Closes the current passage; its ordinal is the number of passages ended before it. */
  endPassage(): void {
    // minisearch counted the empty token too, and a passage without words as one empty token: kept for equal scores.
    const { held, heldCount } = this;
    this.lengths.push(heldCount || 1);
    for (let i = 0; i < heldCount; i++) {
      const id = held[i]!;
      // A lone combining mark folds to "": not a term (it still breaks and makes pairs), as minisearch dropped it.
      if (id !== this.emptyWord) {
        this.entryTerms.push(id);
        this.entryFrequencies.push(Math.min(this.counts[id]!, MAX_FREQUENCY));
      }
      this.counts[id] = 0;
    }
    this.entriesEnd.push(this.entryTerms.length);
    this.heldCount = 0;
  }

  private newTerm(term: string): number {
    this.terms.push(term);
    if (this.counts.length < this.terms.length) {
      const bigger = new Uint32Array(this.counts.length * 2);
      bigger.set(this.counts);
      this.counts = bigger;
    }
    return this.terms.length - 1;
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.newTerm(word);
      this.wordIds.set(word, id);
      if (word === '') this.emptyWord = id;
    }
    return id;
  }

  private count(id: number) {
    if (this.counts[id]!++ !== 0) return;
    if (this.heldCount === this.held.length) {
      const bigger = new Uint32Array(this.held.length * 2);
      bigger.set(this.held);
      this.held = bigger;
    }
    this.held[this.heldCount++] = id;
  }

  /**
   * What build() reads, for a build on another thread (src/store/cold-build.ts), with the spill the entries were put
   * aside in. Copied by the message that carries it: this builder can still build should that thread fail.
   */
  parts(): PostingsParts {
    return {
      terms: this.terms,
      entryTerms: this.entryTerms.parts(),
      entryFrequencies: this.entryFrequencies.parts(),
      entriesEnd: this.entriesEnd.parts(),
      lengths: this.lengths.parts(),
    };
  }

  /** The postings, laid out term by term. Once only: the builder lets its entries go as it reads them. */
  build(): Postings {
    return buildPostings(this.parts(), this.spill);
  }
}

export const termCount = (p: Postings) => p.termStarts.length - 1;
export const passageCount = (p: Postings) => p.lengths.length;

const utf8 = new TextDecoder();
const termAt = (p: Postings, i: number) => utf8.decode(p.termBytes.subarray(p.termStarts[i]!, p.termStarts[i + 1]!));

/** The term's position in the sorted term list, or -1. Decodes only the ~log2(terms) terms it compares with. */
export function findTerm(p: Postings, term: string): number {
  let low = 0;
  let high = termCount(p) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareStrings(termAt(p, middle), term);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The postings of a term: [start, end) into ordinals and frequencies; empty when the term is absent. */
export function postingRange(p: Postings, term: string): [number, number] {
  const t = findTerm(p, term);
  return t < 0 ? [0, 0] : [p.postingStarts[t]!, p.postingStarts[t + 1]!];
}

/** Every term of the index, in order (tests and checks; search never needs them all). */
export function allTerms(p: Postings): string[] {
  return Array.from({ length: termCount(p) }, (_, i) => termAt(p, i));
}

/** The arrays of a Postings in the order they are written to and read from bytes. */
export const POSTINGS_ARRAYS = [
  'termBytes',
  'termStarts',
  'postingStarts',
  'ordinals',
  'frequencies',
  'lengths',
] as const;
export const POSTINGS_TYPES = {
  termBytes: Uint8Array,
  termStarts: Uint32Array,
  postingStarts: Uint32Array,
  ordinals: Uint32Array,
  frequencies: Uint16Array,
  lengths: Uint32Array,
} as const;

/**
 * Throws unless the arrays fit together: offsets ascending and ending where the data ends, ordinals in range and
 * ascending within each term. A damaged file that passed the checksum (or a Node without zlib.crc32) stops here
 * rather than reading out of bounds at search time.
 */
export function checkPostings(p: Postings): void {
  const fail = (what: string) => {
    throw new Error(`damaged search index: ${what}`);
  };
  if (p.postingStarts.length !== p.termStarts.length) fail('term and posting offsets differ in count');
  if (p.ordinals.length !== p.frequencies.length) fail('ordinals and frequencies differ in count');
  checkOffsets(p.termStarts, p.termBytes.length) || fail('term offsets');
  checkOffsets(p.postingStarts, p.ordinals.length) || fail('posting offsets');
  if (!ordinalsAscending(p.postingStarts, p.ordinals, passageCount(p))) fail('posting ordinals');
}

/**
 * Whether each term's ordinals rise strictly and stay below `passages`: one pass over every posting of the index (tens
 * of millions at 100,000 articles, at every start from the cache), so the arrays are locals and the loop has no call.
 */
function ordinalsAscending(postingStarts: Uint32Array, ordinals: Uint32Array, passages: number): boolean {
  const terms = postingStarts.length - 1;
  for (let t = 0; t < terms; t++) {
    let previous = -1;
    const end = postingStarts[t + 1]!;
    for (let i = postingStarts[t]!; i < end; i++) {
      const ordinal = ordinals[i]!;
      if (ordinal <= previous || ordinal >= passages) return false;
      previous = ordinal;
    }
  }
  return true;
}

function checkOffsets(starts: Uint32Array, end: number): boolean {
  if (starts.length === 0 || starts[0] !== 0 || starts[starts.length - 1] !== end) return false;
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return false;
  return true;
}
