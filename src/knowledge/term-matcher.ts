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
const WORD_CHAR = /\p{L}|\p{M}|\p{N}/u;
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
  return isWordUnit(unit);
}

/**
 * Whether a letter, mark or digit starts at `at` (what BOUNDARY_AFTER refuses there), a surrogate pair read as one
 * character as the u flag does; none at the text's end.
 */
function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const unit = text.charCodeAt(at);
  if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00)
    return WORD_CHAR.test(text.slice(at, at + 2));
  return isWordUnit(unit);
}

function isWordUnit(unit: number): boolean {
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
 * boundary before the term to the caller (a \p{…} look-behind, tried at every character; TermScan has a plain class
 * instead), this lets V8 skip ahead on the first letter: ~4x faster on topics.
 */
function groupedAlternation(patterns: string[]): string {
  const parts: (string | { first: string; rests: string[] })[] = [];
  const groups = new Map<string, string[]>();
  for (const pattern of patterns) {
    const first = String.fromCodePoint(pattern.codePointAt(0)!);
    if (!/^(?:\p{L}|\p{N})$/u.test(first)) {
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

/**
 * Letters, marks and digits of Latin script, as ranges of a character class with no \p{…}: "0-9A-Za-z" and the
 * letters of U+00C0–U+024F, U+0300–U+036F and U+1E00–U+1EFF that WORD_CHAR takes (not "×" or "÷"). Every one is a
 * letter, mark or digit, so a term that follows one is inside a word: see TermScan.
 */
function latinWordUnits(): string {
  const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (const [first, last] of [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x300, 0x36f],
    [0x1e00, 0x1eff],
  ] as const) {
    let start = -1;
    for (let unit = first; unit <= last + 1; unit++) {
      const word = unit <= last && isWordUnit(unit);
      if (word && start < 0) start = unit;
      else if (!word && start >= 0) {
        ranges += start === unit - 1 ? hex(start) : `${hex(start)}-${hex(unit - 1)}`;
        start = -1;
      }
    }
  }
  return ranges;
}

/**
 * The whole-word matches of one alternation of term patterns: those of
 * `(?<![\p{L}\p{M}\p{N}])(?:alternation)(?!\p{L}|\p{M}|\p{N})` with the g and u flags, found without a \p{…} in the
 * pattern V8 scans with.
 *
 * - Each \p{…} of a pattern is worked out from Unicode's tables every time V8 reads the pattern (at its creation, its
 *   first compilation and its compilation to machine code, on each thread): a pattern with the three after a term
 *   cost about 5.7 million instructions more than one without (cachegrind), the vocabulary's eight some 45 million.
 *   The boundary after a term is checked in a table (wordCharAt) instead. At the leftmost place where a term matches,
 *   the alternation takes the first term that matches there; when no letter, mark or digit follows it the whole
 *   pattern takes that one too (no term before it matches there at all). When one follows, the whole pattern may
 *   still take a later, shorter term there ("an ninh" where "an ninh mạng" runs on into a word): it is asked at that
 *   place alone, compiled the first time it is needed (on most of the vocabulary never).
 * - A term is tried only where no Latin letter or digit comes before it (the look-behind of latinWordUnits, a plain
 *   class): V8 tried the alternation's groups one by one at every character, inside words too. Any other letter,
 *   mark or digit before a term (Greek, a pair of surrogates) is found by wordCharBefore. Scanning the topics'
 *   tone keys of 6,130 sentences ten times cost 805 million instructions with it, 1,125 million without.
 *
 * Where a place is refused the search goes on from the next character, as the whole pattern's own scan would.
 */
export class TermScan {
  private readonly terms: RegExp;
  private bounded: RegExp | null = null;

  /** `alternation`: the term patterns, which never match the empty string. */
  constructor(private readonly alternation: string) {
    latinWordClass ??= latinWordUnits();
    this.terms = new RegExp(`(?<![${latinWordClass}])(?:${alternation})`, 'gu');
  }

  /** The first match from `from` on, as `exec` of the whole pattern from lastIndex `from`, or null. */
  exec(text: string, from: number): RegExpExecArray | null {
    const terms = this.terms;
    terms.lastIndex = from;
    for (let m = terms.exec(text); m; m = terms.exec(text)) {
      if (!wordCharBefore(text, m.index)) {
        if (!wordCharAt(text, m.index + m[0].length)) return m;
        this.bounded ??= new RegExp(`(?:${this.alternation})${BOUNDARY_AFTER}`, 'uy');
        this.bounded.lastIndex = m.index;
        const bounded = this.bounded.exec(text);
        if (bounded) return bounded;
      }
      // Not a whole term here: go on from the next character (a pair counts as one, as with the u flag).
      terms.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
    return null;
  }
}
let latinWordClass: string | undefined;

export class TermMatcher<K extends string = string> {
  private readonly insensitive: TermScan | null;
  private readonly sensitive: TermScan | null;
  private readonly keys = new Map<string, K>();

  constructor(entries: TermEntry<K>[]) {
    const byLength = [...entries].sort((a, b) => b.term.length - a.term.length);
    const sensitive = byLength.filter((e) => e.caseSensitive);
    const insensitive = byLength.filter((e) => !e.caseSensitive);
    for (const e of sensitive) this.keys.set(`S:${this.normal(e.term)}`, e.key);
    for (const e of insensitive) this.keys.set(`I:${this.normal(toneKey(e.term))}`, e.key);
    const compile = (list: TermEntry<K>[], key: (t: string) => string) =>
      list.length ? new TermScan(groupedAlternation([...new Set(list.map((e) => termPattern(key(e.term))))])) : null;
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

  private collect(scan: TermScan, haystack: string, text: string, prefix: 'S:' | 'I:', found: TermMatch<K>[]): void {
    for (let m = scan.exec(haystack, 0); m; m = scan.exec(haystack, m.index + m[0].length)) {
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
