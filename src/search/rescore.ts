/**
 * The second look at a ranking's best candidates (./index.ts search): phrase matches first, then passages with every
 * word, then the rest; exact diacritics and tone of what the user typed add a bonus; and the words to mark. Each
 * candidate's words are read once, and each query word looks up where it stands among them rather than comparing
 * itself with every word: a query with its topic's wordings has a dozen phrases.
 */
import type { Passage } from '../corpus/index.js';
import { fold, toneKey } from '../text/index.js';
import { foldWord, type QueryPhrase, type QueryWord } from './tokens.js';

/** What rescoring needs of a query, prepared once for all its candidates. */
export interface RescoreQuery {
  phrases: QueryPhrase[];
  /** What the user typed, as toneKey spells it, when it had diacritics: its exact spelling earns a bonus. */
  exactPhrases: string[];
  /** Some word was typed with diacritics: passage words are then compared as spelled too. */
  spelled: boolean;
  /** The phrases' keywords by their folded form (the words marked when no phrase matched). */
  keywords: Map<string, QueryWord[]>;
}

export function rescoreQuery(phrases: QueryPhrase[], exactPhrases: string[]): RescoreQuery {
  const keywords = new Map<string, QueryWord[]>();
  for (const k of phrases.flatMap((q) => q.keywords)) keywords.set(k.folded, [...(keywords.get(k.folded) ?? []), k]);
  const spelled = exactPhrases.length > 0 || phrases.some((q) => q.words.some((w) => w.spelled !== null));
  return { phrases, exactPhrases, spelled, keywords };
}

interface PassageWord {
  folded: string;
  exact: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const SURROGATE = /[\uD800-\uDFFF]/;
/** Per UTF-16 unit, learnt on first sight: 1 when it is a letter, mark or digit (a word character), 2 when not. */
const unitKind = new Uint8Array(0x10000);
const isWordUnit = (unit: number) => {
  let kind = unitKind[unit]!;
  if (kind === 0) unitKind[unit] = kind = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return kind === 1;
};

/** Where WORD matches, [start, end) pairs one after another: a scan of the text's units, no match objects. */
function wordSpans(text: string): number[] {
  const spans: number[] = [];
  // Outside the Basic Multilingual Plane a character is two units: the regular expression judges it whole.
  if (SURROGATE.test(text)) {
    for (const m of text.matchAll(WORD)) spans.push(m.index, m.index + m[0].length);
    return spans;
  }
  for (let i = 0; i < text.length; ) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (++i < text.length && isWordUnit(text.charCodeAt(i)));
    spans.push(start, i);
  }
  return spans;
}

/**
 * The words of a passage, folded, and as spelled (toneKey) when asked. Folded word by word, with the memo the index
 * uses (tokens.ts): the same as slicing the folded text, which cost a pass of NFD over every candidate, except where
 * lower case depends on what follows a word: only Greek capital sigma (Σ → ς at a word's end), so a text that holds
 * one is folded whole. A word's spelled key is sliced from the text's key when folding and keying kept every offset,
 * else the word is keyed alone, as before.
 */
function passageWords(text: string, withExact: boolean): PassageWord[] {
  if (text.includes('Σ')) return passageWordsFoldedWhole(text, withExact);
  const out: PassageWord[] = [];
  let lengthChange = 0;
  const spans = wordSpans(text);
  for (let j = 0; j < spans.length; j += 2) {
    const start = spans[j]!;
    const end = spans[j + 1]!;
    const folded = foldWord(text.slice(start, end));
    lengthChange += folded.length - (end - start);
    out.push({ folded, exact: '', start, end });
  }
  if (withExact) {
    const keyed = toneKey(text);
    const aligned = lengthChange === 0 && keyed.length === text.length;
    for (const w of out) w.exact = aligned ? keyed.slice(w.start, w.end) : toneKey(text.slice(w.start, w.end));
  }
  return out;
}

function passageWordsFoldedWhole(text: string, withExact: boolean): PassageWord[] {
  const out: PassageWord[] = [];
  // Folding is done once for the whole text (same length: diacritics are single code points in NFC text).
  const folded = fold(text);
  const keyed = withExact ? toneKey(text) : '';
  const aligned = folded.length === text.length && (!withExact || keyed.length === text.length);
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
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

/**
 * A passage word is the query word: spelled alike when the user typed diacritics, folded alike when not. Spelled
 * alike implies folded alike, so only the words of the same folded form need asking.
 */
function sameWord(passageWord: PassageWord, queryWord: QueryWord): boolean {
  return queryWord.spelled !== null ? passageWord.exact === queryWord.spelled : passageWord.folded === queryWord.folded;
}

/** What may stand between two words of a phrase: spaces, a comma ("bom, mìn") or a dash ("Việt Nam-Nhật Bản"). */
const PHRASE_GAP = /^[\s,\-\u2013\u2014]*$/u;

/** Where the phrase's words stand one after another; `at`: the positions of each folded word in `words`. */
function phraseSpans(
  text: string,
  words: PassageWord[],
  at: Map<string, number[]>,
  phrase: QueryWord[],
): [number, number][] {
  const spans: [number, number][] = [];
  for (const i of at.get(phrase[0]!.folded) ?? []) {
    if (i + phrase.length > words.length) break;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      ok = sameWord(words[i + k]!, phrase[k]!);
      if (ok && k > 0 && !PHRASE_GAP.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start))) ok = false;
    }
    if (ok) spans.push([words[i]!.start, words[i + phrase.length - 1]!.end]);
  }
  return spans;
}

/** The candidate's score (its ranking score plus the bonuses), whether it holds a phrase, and the text to mark. */
export function scorePassage(passage: Passage, query: RescoreQuery, base: number) {
  const { text } = passage;
  const words = passageWords(text, query.spelled);
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const positions = at.get(w.folded);
    if (positions) positions.push(i);
    else at.set(w.folded, [i]);
  });
  const holds = (k: QueryWord) => (at.get(k.folded) ?? []).some((i) => sameWord(words[i]!, k));
  let phrase = false;
  let allWords = false;
  const marks: string[] = [];
  for (const q of query.phrases) {
    const spans = q.words.length > 1 ? phraseSpans(text, words, at, q.words) : [];
    if (spans.length) {
      phrase = true;
      for (const [s, e] of spans) marks.push(text.slice(s, e));
    }
    if (q.keywords.every(holds)) allWords = true;
  }
  if (!marks.length) {
    // No phrase: mark the single words that count, as the user spelled them ("lần" does not mark "lẫn").
    for (const w of words)
      if (query.keywords.get(w.folded)?.some((k) => sameWord(w, k))) marks.push(text.slice(w.start, w.end));
  }
  // Exact spelling (diacritics and tone, either tone placement) of what the user typed earns a bonus.
  const exact = query.exactPhrases.length > 0 && query.exactPhrases.some((p) => toneKey(text).includes(p));
  const score = base + (phrase ? 1000 : 0) + (allWords ? 500 : 0) + (exact ? 250 : 0);
  return { score, phrase, allWords, marks: [...new Set(marks)] };
}
