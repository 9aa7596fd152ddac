/**
 * Search terms for Vietnamese and English. Vietnamese words are several syllables, so adjacent syllables are also
 * indexed as pairs ("bom_min"); a comma between them does not break the pair ("bom, mìn"), sentence punctuation does.
 * Terms are folded (no diacritics, đ → d) so that "bom min" finds "bom mìn"; exact spelling is rewarded at ranking.
 */
import { fold, hasDiacritics, toneKey } from '../text/index.js';
import { loadStopwords } from '../vocabulary/index.js';

const STOPWORD_LIST = loadStopwords();
/** Stopwords folded, for words typed without diacritics. */
export const STOPWORDS = new Set(STOPWORD_LIST.map(fold));
/** Stopwords as spelled (tone placement aside), for words typed with diacritics. */
const SPELLED_STOPWORDS = new Set(STOPWORD_LIST.map(toneKey));

/*
 * Every repetition is bounded. V8 runs an unbounded `+` over a long run with a stack that grows with the run: a
 * "word" of a few million letters threw RangeError and stopped the whole index build. No word is 64 letters long;
 * a longer run is read as several words, and a longer run of punctuation as several breaks, which changes nothing.
 */
const SEGMENT_BREAK = /[.;:!?()[\]{}"“”«»|…\n]{1,64}/u;
const WORD = /[\p{L}\p{M}\p{N}]{1,64}/gu;
/** A word or a run of sentence punctuation (the two never share a character), so one pass finds both. */
const WORD_OR_BREAK = /([\p{L}\p{M}\p{N}]{1,64})|[.;:!?()[\]{}"“”«»|…\n]{1,64}/gu;

/**
 * fold() of a word, remembered: a corpus has a few tens of thousands of distinct spellings and millions of words, and
 * fold (NFD, a regex, lower case) is what indexing spent most of its time on. Cleared when full, so it stays bounded.
 */
const foldedWords = new Map<string, string>();
const FOLD_CACHE_SIZE = 100_000;
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= FOLD_CACHE_SIZE) foldedWords.clear();
    folded = fold(word);
    foldedWords.set(word, folded);
  }
  return folded;
}

/** Folded words, grouped by the stretches of text between sentence punctuation. */
export function segments(text: string): string[][] {
  return text
    .split(SEGMENT_BREAK)
    .map((s) => (s.match(WORD) ?? []).map((w) => foldWord(w)))
    .filter((s) => s.length > 0);
}

export const pairOf = (a: string, b: string) => `${a}_${b}`;

/** At most this many code points make one word: a longer run of letters is read as several words. */
const MAX_WORD = 64;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** What a UTF-16 code unit is: */
const OTHER = 0;
const LETTER = 1;
const BREAK = 2;
/** Half of a pair that may be a letter beyond the first 65,536 code points: decided by the whole code point. */
const SURROGATE = 3;
let unitClasses: Uint8Array | null = null;

/**
 * Each code unit's class, built once on first use (a few milliseconds): the same letters and sentence punctuation as
 * WORD_OR_BREAK, read from an array rather than by a regular expression whose match objects cost more than the words
 * (a third of a cold start's indexing).
 */
function classesOfUnits(): Uint8Array {
  if (unitClasses) return unitClasses;
  const classes = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) classes[unit] = SURROGATE;
    else if (WORD_CHAR.test(String.fromCharCode(unit))) classes[unit] = LETTER;
  }
  for (const mark of '.;:!?()[]{}"“”«»|…\n') classes[mark.charCodeAt(0)] = BREAK;
  unitClasses = classes;
  return classes;
}

/** FNV-1a over code units. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** The hash WordSpans gives the word text[start, end). */
export function spanHash(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
  return hash;
}

/** Whether Buffer's UTF-16LE bytes read as this machine's Uint16Array (little-endian, as most are). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The words of a text one at a time: next() moves to the next word, then `start` and `end` say where it lies in code
 * units, `followsWord` whether it follows another word of the same segment (then the two make a pair), and `hash` is a
 * hash of its code units (spanHash's), so that a word already met can be found without cutting it out of the text.
 * The words and breaks of WORD_OR_BREAK, a run of more than 64 letters cut alike (test/search/index.test.ts compares
 * the two).
 *
 * The text's code units are first copied, in one call, into an array the scanner keeps from text to text (`units`,
 * valid until the next reset), and read from there by the scan and by the index's look-up of each word: most passages
 * are slices of their file's text, and charCodeAt reads each unit of a slice through its parent string. One scanner
 * per index builder, and no closure per passage. Measured on 500 generated articles (cachegrind, two passes after the
 * first): 212 to 194 million instructions a pass.
 */
export class WordSpans {
  start = 0;
  end = 0;
  followsWord = false;
  hash = 0;
  /** The code units of the text, in its first `length` places. */
  private units = new Uint16Array(256);
  private bytes = Buffer.from(this.units.buffer);
  private text = '';
  private length = 0;
  private at = 0;
  private readonly classes = classesOfUnits();

  /** Starts on `text`; returns its code units (in the first text.length places). */
  reset(text: string): Uint16Array {
    const length = text.length;
    if (length > this.units.length) {
      this.units = new Uint16Array(Math.max(length, 2 * this.units.length));
      this.bytes = Buffer.from(this.units.buffer);
    }
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, 2 * length, 'utf16le');
    else for (let i = 0; i < length; i++) this.units[i] = text.charCodeAt(i);
    this.text = text;
    this.length = length;
    this.at = 0;
    this.start = this.end = 0;
    this.followsWord = false;
    return this.units;
  }

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    const { classes, units, length } = this;
    let i = this.at;
    // The word before, if any, makes a pair with this one unless sentence punctuation comes between.
    let followsWord = this.end > 0;
    while (i < length) {
      const kind = classes[units[i]!]!;
      if (kind === BREAK) {
        followsWord = false; // sentence punctuation: no pair across it
        i++;
        continue;
      }
      if (kind === OTHER || (kind === SURROGATE && this.astralLetterAt(i) === 0)) {
        i++;
        continue;
      }
      const start = i;
      let hash = HASH_SEED;
      for (let letters = 0; i < length && letters < MAX_WORD; letters++) {
        const unit = units[i]!;
        const next = classes[unit]!;
        if (next === LETTER) {
          hash = Math.imul(hash ^ unit, HASH_PRIME);
          i++;
        } else if (next === SURROGATE && this.astralLetterAt(i) === 2) {
          hash = Math.imul(Math.imul(hash ^ unit, HASH_PRIME) ^ units[i + 1]!, HASH_PRIME);
          i += 2;
        } else break;
      }
      this.start = start;
      this.end = this.at = i;
      this.followsWord = followsWord;
      this.hash = hash;
      return true;
    }
    this.at = i;
    return false;
  }

  /** 2 when a surrogate pair that is a letter (or mark, or digit) starts at `i`, else 0. */
  private astralLetterAt(i: number): number {
    const high = this.units[i]!;
    // Past the text's end the array holds what an earlier text left there.
    if (high > 0xdbff || i + 1 >= this.length) return 0;
    const low = this.units[i + 1]!;
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    return WORD_CHAR.test(this.text.slice(i, i + 2)) ? 2 : 0;
  }
}

/**
 * Calls `visit` with each word of a text as WordSpans finds it: where it lies, [start, end) in code units, whether it
 * follows another word of the same segment, and its hash.
 */
export function forEachWordSpan(
  text: string,
  visit: (start: number, end: number, followsWord: boolean, hash: number) => void,
): void {
  const spans = new WordSpans();
  spans.reset(text);
  while (spans.next()) visit(spans.start, spans.end, spans.followsWord, spans.hash);
}

/** Calls `visit` with each folded word of a text, in order, and whether it follows another word of the same segment. */
export function forEachIndexWord(text: string, visit: (word: string, followsWord: boolean) => void): void {
  forEachWordSpan(text, (start, end, followsWord) => visit(foldWord(text.slice(start, end)), followsWord));
}

/** The same words found by the regular expression (WORD_OR_BREAK): what forEachWordSpan is tested against. */
export function forEachIndexWordByRegex(text: string, visit: (word: string, followsWord: boolean) => void): void {
  let followsWord = false;
  for (const m of text.matchAll(WORD_OR_BREAK)) {
    if (m[1] === undefined) {
      followsWord = false;
      continue;
    }
    visit(foldWord(m[1]), followsWord);
    followsWord = true;
  }
}

/** Calls `visit` with every index term of a text in order: each word's pair with the word before it, then the word. */
export function forEachIndexTerm(text: string, visit: (term: string) => void): void {
  let previous = '';
  forEachIndexWord(text, (word, followsWord) => {
    if (followsWord) visit(pairOf(previous, word));
    visit(word);
    previous = word;
  });
}

/** Index terms of a text: every folded word and every adjacent pair. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  forEachIndexTerm(text, (term) => terms.push(term));
  return terms;
}

export interface QueryWord {
  /** The word folded: what the index holds and what a word typed without diacritics must match. */
  folded: string;
  /**
   * The word as spelled (tone placement aside) when it was typed with diacritics: then the passage must spell it so,
   * "Biển" is not "biện". Null when typed without diacritics, so "Nhat Bản" still finds "Nhật Bản".
   */
  spelled: string | null;
}

export interface QueryPhrase {
  /** The words of the phrase, as typed (stopwords included: they belong to the phrase). */
  words: QueryWord[];
  /** The words that weigh in ranking: stopwords dropped, unless nothing else is left. */
  keywords: QueryWord[];
  pairs: string[];
}

/**
 * A stopword is judged in the form the user typed: "hải" (sea) is not the stopword "hai" (two), but "hai" typed
 * without diacritics could be either, and pairs keep "hang hai" findable as a phrase.
 */
export function isStopword(word: QueryWord): boolean {
  return word.spelled !== null ? SPELLED_STOPWORDS.has(word.spelled) : STOPWORDS.has(word.folded);
}

const MAX_QUERY_CHARS = 500;
const MAX_QUERY_WORDS = 32;

export function queryPhrase(text: string): QueryPhrase | null {
  const pairs: string[] = [];
  const words: QueryWord[] = [];
  for (const seg of text.slice(0, MAX_QUERY_CHARS).split(SEGMENT_BREAK)) {
    const typed = (seg.match(WORD) ?? []).map((w) => ({
      folded: fold(w),
      spelled: hasDiacritics(w) ? toneKey(w) : null,
    }));
    // A lone combining mark folds to nothing: it is no word.
    const segWords = typed.filter((w) => w.folded.length > 0).slice(0, MAX_QUERY_WORDS - words.length);
    for (let i = 0; i + 1 < segWords.length; i++) pairs.push(pairOf(segWords[i]!.folded, segWords[i + 1]!.folded));
    words.push(...segWords);
  }
  if (!words.length) return null;
  const content = words.filter((w) => !isStopword(w));
  return { words, keywords: content.length ? content : words, pairs };
}
