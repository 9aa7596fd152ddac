/**
 * Whole-word matching of many vocabulary terms at once. Case-insensitive terms are matched on the tone key of the
 * text (same length as the text, so offsets carry over); case-sensitive ones (names, acronyms) on the text itself.
 */
import { toNfc, toneKey } from '../text/index.js';
import type { TermMatch } from '../vocabulary/index.js';
import { RecentMemo } from './recent-memo.js';

export interface TermEntry<K extends string = string> {
  term: string;
  key: K;
  caseSensitive?: boolean;
}

// \p{L}|\p{M}|\p{N} rather than [\p{L}\p{M}\p{N}]: the same characters, compiled two to three times faster (see ./chairs.ts).
const BOUNDARY_AFTER = '(?!\\p{L}|\\p{M}|\\p{N})';
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** What normal() changes in an NFC text: a dash, a comma, a run of white space or white space other than a space. */
const SPACING_TO_NORMALISE = /[-–—,]|\s\s|[^\S ]/u;

/**
 * Whether a letter, mark or digit ends just before `at` (what a `(?<![\p{L}\p{M}\p{N}])` lookbehind would refuse),
 * reading a surrogate pair as one character as the u flag does. A unit of the BMP is looked up in wordUnits, filled
 * by WORD_CHAR the first time the unit is seen: this runs at every term match, and a one-character copy and a regex
 * test each time cost more than the look-up.
 */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const unit = text.charCodeAt(at - 1);
  if (at >= 2 && (unit & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800)
    return WORD_CHAR.test(text.slice(at - 2, at));
  let kind = wordUnits[unit]!;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(unit)) ? IS_WORD_UNIT : NOT_WORD_UNIT;
    wordUnits[unit] = kind;
  }
  return kind === IS_WORD_UNIT;
}

const IS_WORD_UNIT = 1;
const NOT_WORD_UNIT = 2;
/** Per UTF-16 unit: IS_WORD_UNIT or NOT_WORD_UNIT as WORD_CHAR says of it alone, 0 when not looked at yet. */
const wordUnits = new Uint8Array(0x10000);

/**
 * The term patterns as one alternation, those starting with the same letter or digit grouped behind it:
 * "a(?:n ninh|n toàn)|h(?:ợp tác|…)". At any position only the group of the letter found there can match, and other
 * patterns (starting with a dash, a space or punctuation) never match at a letter or digit, so the alternative that
 * wins is the same as in the flat list, whose order is kept inside each group. Together with leaving the word
 * boundary before the term to the caller, this lets V8 skip ahead on the first letter: ~4x faster on topics.
 */
function groupedAlternation(patterns: string[]): string {
  const parts: (string | { first: string; rests: string[] })[] = [];
  const groups = new Map<string, string[]>();
  for (const pattern of patterns) {
    const first = String.fromCodePoint(pattern.codePointAt(0)!);
    if (!/^[\p{L}\p{N}]$/u.test(first)) {
      parts.push(pattern);
      continue;
    }
    let rests = groups.get(first);
    if (!rests) {
      rests = [];
      groups.set(first, rests);
      parts.push({ first, rests });
    }
    rests.push(pattern.slice(first.length));
  }
  return parts.map((part) => (typeof part === 'string' ? part : `${part.first}(?:${part.rests.join('|')})`)).join('|');
}

/** Spaces match any run of spaces, and a spaced dash any dash with or without spaces ("chính trị - an ninh" = "chính trị-an ninh"). */
function termPattern(term: string): string {
  return term
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s*[-–—]\s*/g, (dash) => (/\s/.test(dash) ? '\\s*[-–—]\\s*' : '[-–—]'))
    .replace(/,\s*/g, ',\\s*')
    .replace(/ +/g, '\\s+');
}

export class TermMatcher<K extends string = string> {
  private readonly insensitive: RegExp | null;
  private readonly sensitive: RegExp | null;
  private readonly keys = new Map<string, K>();

  constructor(entries: TermEntry<K>[]) {
    const byLength = [...entries].sort((a, b) => b.term.length - a.term.length);
    const sensitive = byLength.filter((e) => e.caseSensitive);
    const insensitive = byLength.filter((e) => !e.caseSensitive);
    for (const e of sensitive) this.keys.set(`S:${this.normal(e.term)}`, e.key);
    for (const e of insensitive) this.keys.set(`I:${this.normal(toneKey(e.term))}`, e.key);
    const compile = (list: TermEntry<K>[], key: (t: string) => string) =>
      list.length
        ? new RegExp(
            `(?:${groupedAlternation([...new Set(list.map((e) => termPattern(key(e.term))))])})${BOUNDARY_AFTER}`,
            'gu',
          )
        : null;
    this.sensitive = compile(sensitive, (t) => t.normalize('NFC'));
    this.insensitive = compile(insensitive, toneKey);
  }

  /**
   * Whether a whole text could be one term: its spelling, normalised as a matched text is, is a term's. A match
   * that covers the whole text is found only then, so a caller asking about the whole text may skip find. A text
   * that is not NFC (its matches' offsets are the NFC text's) may always be one.
   */
  mayBeTerm(text: string): boolean {
    if (toNfc(text) !== text) return true;
    if (this.sensitive && this.keys.has(`S:${this.normal(text)}`)) return true;
    if (!this.insensitive) return false;
    // The text search() scans for the case-insensitive terms.
    const keyed = toneKey(text);
    return this.keys.has(`I:${this.normal(keyed.length === text.length ? keyed : text.toLowerCase())}`);
  }

  private normal(term: string): string {
    const nfc = toNfc(term);
    // With no dash, no comma and no white space but single spaces, the replaces below change nothing.
    if (!SPACING_TO_NORMALISE.test(nfc)) return nfc;
    return nfc
      .replace(/\s*[-–—]\s*/g, '-')
      .replace(/,\s*/g, ',')
      .replace(/\s+/g, ' ');
  }

  /**
   * Extraction asks about the same sentence several times (round mentions, events, people read the same text
   * again): the answers for the last few texts are remembered. Each caller of find gets its own copy of the list.
   */
  private readonly remembered = new RecentMemo<TermMatch<K>[]>(RECENT_TEXTS, (text) => this.search(text));

  find(text: string): TermMatch<K>[] {
    return this.remembered.get(text).slice();
  }

  /** The matches of find, without the copy: for a caller that builds its own list from them and keeps none. */
  each(text: string): readonly TermMatch<K>[] {
    return this.remembered.get(text);
  }

  /**
   * What find(text.slice(from)) gives, taken from the matches of the whole text when they must be the same, else
   * searched for. A person phrase is read from its first rank or title on (./people.ts), once the whole phrase was
   * searched to find it: searching the rest again was a tenth of reading a phrase (101,700 instructions a phrase
   * with it, 91,700 without, over the 14,687 distinct phrases of 100,000 generated articles).
   */
  findAfter(text: string, from: number): TermMatch<K>[] {
    const whole = this.remembered.get(text);
    if (from === 0) return whole.slice();
    if (!this.sameAfter(text, from, whole)) return this.find(text.slice(from));
    const shifted: TermMatch<K>[] = [];
    for (const m of whole) shifted.push({ key: m.key, start: m.start - from, end: m.end - from, matched: m.matched });
    return shifted;
  }

  /**
   * Whether the text's matches, moved back by `from`, are those of the text from `from` on. They are when the scan
   * of the whole text reaches `from` with nothing taken and reads from there what the scan of the rest reads: no
   * match starts before `from`; no letter, mark or digit ends there (the only character before it that a match at
   * `from` looks at); and the texts scanned are the text itself, its offsets those of the NFC text, and its tone key
   * of the same length, whose letters' runs are keyed one by one (so the rest's key is the key's rest, and every
   * stretch matched has a key: search() falls back to the lower-case text otherwise).
   */
  private sameAfter(text: string, from: number, whole: readonly TermMatch<K>[]): boolean {
    if (from < 0 || from > text.length) return false;
    for (const m of whole) if (m.start < from) return false;
    if (toNfc(text) !== text) return false;
    if (this.sensitive && wordCharBefore(text, from)) return false;
    if (!this.insensitive) return true;
    const keyed = toneKey(text);
    return keyed.length === text.length && !wordCharBefore(keyed, from);
  }

  private search(text: string): TermMatch<K>[] {
    const found: TermMatch<K>[] = [];
    const nfc = toNfc(text);
    if (this.sensitive) this.collect(this.sensitive, nfc, text, 'S:', found);
    // Names and places are all case-sensitive: those matchers never need the tone key.
    if (this.insensitive) {
      const keyed = toneKey(nfc);
      // The tone key keeps offsets only when it keeps the length; otherwise fall back to the plain lower-case text.
      this.collect(this.insensitive, keyed.length === nfc.length ? keyed : nfc.toLowerCase(), text, 'I:', found);
    }
    // Most texts hold no term or one: nothing can overlap.
    if (found.length < 2) return found;
    // Overlaps between the two passes: keep the longer (then the earlier) match.
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: TermMatch<K>[] = [];
    for (const m of found) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
    return kept;
  }

  private collect(regex: RegExp, haystack: string, text: string, prefix: 'S:' | 'I:', found: TermMatch<K>[]): void {
    regex.lastIndex = 0;
    for (let m = regex.exec(haystack); m; m = regex.exec(haystack)) {
      if (wordCharBefore(haystack, m.index)) {
        // Inside a word, so not a term here: go on from the next character (a pair counts as one, as with the u flag).
        regex.lastIndex = m.index + (haystack.codePointAt(m.index)! > 0xffff ? 2 : 1);
        continue;
      }
      const key = this.keyOf(prefix, m[0]);
      if (key !== undefined)
        found.push({
          key,
          start: m.index,
          end: m.index + m[0].length,
          matched: text.slice(m.index, m.index + m[0].length),
        });
    }
  }

  /**
   * The vocabulary key of a matched stretch of text. The same few spellings are matched over and over, so the
   * normalisation is remembered per spelling (bounded: a matched spelling is a vocabulary term up to spacing).
   */
  private readonly keyBySpelling = { 'S:': new Map<string, K | null>(), 'I:': new Map<string, K | null>() };

  private keyOf(prefix: 'S:' | 'I:', matched: string): K | undefined {
    // One memo per pass: the matched text is looked up as it is, with no prefixed copy to build and hash.
    const memo = this.keyBySpelling[prefix];
    let key = memo.get(matched);
    if (key === undefined) {
      key = this.keys.get(`${prefix}${this.normal(matched)}`) ?? null;
      if (memo.size >= MAX_SPELLINGS) memo.clear();
      memo.set(matched, key);
    }
    return key ?? undefined;
  }
}

/** How many texts each matcher remembers: more than the sentences of a long article. */
const RECENT_TEXTS = 64;
const MAX_SPELLINGS = 10_000;
