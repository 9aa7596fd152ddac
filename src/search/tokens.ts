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

/**
 * Calls `visit` with each folded word of a text, in order, and whether it follows another word of the same segment
 * (then the two make a pair). One regex pass finds words and sentence punctuation alike.
 */
export function forEachIndexWord(text: string, visit: (word: string, followsWord: boolean) => void): void {
  let followsWord = false;
  for (const m of text.matchAll(WORD_OR_BREAK)) {
    if (m[1] === undefined) {
      followsWord = false; // sentence punctuation: no pair across it
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
