/**
 * Text keys for matching Vietnamese and English the way people type them.
 * The original text is never changed by these: they make comparison keys only.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Characters that NFC leaves as they are, alone or next to each other: Latin-1 and the Latin Extended blocks up to
 * the spacing modifiers, the precomposed Vietnamese letters (U+1E00–U+1EFF) and the common punctuation (dashes,
 * quotes, ellipsis). Checked pair by pair over the whole set (test/text: all are starters that compose with
 * nothing), so a text made only of them is already NFC: most sentences are, and normalize() was a tenth of the
 * vocabulary matchers' time.
 */
const SURELY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;

/** The text in NFC, without ICU's pass when every character is one NFC never changes. */
export const toNfc = (text: string): string => (SURELY_NFC.test(text) ? text : text.normalize('NFC'));
const ASCII = /^[\x00-\x7f]*$/;
const ALL_MARKS = /\p{M}/gu;

/** What cleanTextOf replaces or removes besides NFC: CR, the no-break spaces, zero-width characters and the BOM. */
const TO_CLEAN = /[\r\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF]/;

/** SURELY_NFC's characters but the tab, CR and NBSP: a text of them only has nothing TO_CLEAN either. */
const PLAIN = /^[\u0000-\u0008\u000a-\u000c\u000e-\u009f\u00a1-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;

/** cleanTextOf's answer: the text, and what is known of its characters. */
export interface CleanText {
  text: string;
  /**
   * Made only of the characters SURELY_NFC lists (false when not known). Then every text made of its characters, and
   * of others from that list, is NFC without a look of its own: the parser's language check took a pass over the
   * whole article for that (../corpus/parse.ts).
   */
  surelyNfc: boolean;
  /** No tab and no two spaces in a row (false when not known): no line of it has white space to collapse. */
  oneSpaced: boolean;
}

/**
 * Clean what the web leaves in text: NFC, BOM, CRLF, NBSP and zero-width characters, and say what is known of it.
 * Most pages are made only of PLAIN's characters: one pass then says that the page is NFC, has nothing to clean and
 * no tab, and a search for two spaces says the rest, which the parser asked of every line (measured under cachegrind
 * over 2,000 generated pages: the scans for TO_CLEAN and SURELY_NFC were 40,900 instructions a page, and the
 * searches of the lines for a tab and two spaces about 28,000 more; PLAIN and the one search are 33,800).
 */
export function cleanTextOf(raw: string): CleanText {
  if (PLAIN.test(raw)) return { text: raw, surelyNfc: true, oneSpaced: !raw.includes('  ') };
  // The characters the replaces below remove or change are none that NFC makes (no canonical decomposition leads to
  // them): one scan for them stands for four.
  if (TO_CLEAN.test(raw)) return { text: cleanAll(raw), surelyNfc: false, oneSpaced: false };
  const surelyNfc = SURELY_NFC.test(raw);
  return { text: surelyNfc ? raw : raw.normalize('NFC'), surelyNfc, oneSpaced: false };
}

function cleanAll(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** Lower case, no diacritics, đ → d: "Hà Nội" → "ha noi". Unicode decomposition does not fold đ, so it is done by hand. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(ALL_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Lower case with diacritics kept, but the tone mark always on the last vowel of the syllable, so that old and new
 * tone placement ("hoà"/"hòa", "thuỷ"/"thủy") give the same key. Vowels carry their marks as single code points,
 * so the key has the same length as the NFC text and offsets found in the key are offsets in the text.
 */
export function toneKey(text: string): string {
  // Matchers ask for the same sentence's key several times in a row: remember the last few.
  const known = recentKeys.get(text) ?? olderKeys.get(text);
  if (known !== undefined) return known;
  const key = computeToneKey(text);
  if (recentKeys.size >= RECENT_TEXTS) {
    // Two generations, not the oldest entry deleted at each miss (see TermMatcher.find in src/knowledge).
    olderKeys = recentKeys;
    recentKeys = new Map();
  }
  recentKeys.set(text, key);
  return key;
}

/** More than the sentences of a long article, since every vocabulary matcher keys each of them. */
const RECENT_TEXTS = 64;
let recentKeys = new Map<string, string>();
let olderKeys = new Map<string, string>();

function computeToneKey(text: string): string {
  const lower = toNfc(text.toLowerCase());
  // English text has no tone marks to move: the lower-case text is its key.
  if (ASCII.test(lower)) return lower;
  // Each run of letters (\p{L}+, as a syllable) is replaced by its key. A hand-written scan rather than
  // replace(/\p{L}+/gu, fn): the callback per word was most of the cost, and most words are left as they are.
  // Each unit is looked up once, in one table that says both whether it is a letter and what it is to a syllable.
  let key = '';
  let copied = 0;
  const length = lower.length;
  for (let at = 0; at < length; ) {
    let kind = toneKindAt(lower, at);
    if (kind === NOT_LETTER) {
      at++;
      continue;
    }
    const start = at;
    // Whether the syllable is surely its own key (see vowelKind): no tone mark, or one only, on its last vowel.
    let own = true;
    let toned = -1;
    let lastVowel = -1;
    do {
      if (kind === PAIR_LETTER) {
        own = false;
        at += 2;
      } else {
        if (kind === OTHER) own = false;
        else if (kind !== CONSONANT) {
          lastVowel = at;
          if (kind === TONED_VOWEL) {
            if (toned >= 0) own = false;
            toned = at;
          }
        }
        at++;
      }
      kind = at < length ? toneKindAt(lower, at) : NOT_LETTER;
    } while (kind !== NOT_LETTER);
    if (own && (toned < 0 || toned === lastVowel)) continue;
    const syllable = lower.slice(start, at);
    const keyed = syllableKey(syllable);
    if (keyed !== syllable) {
      key += lower.slice(copied, start) + keyed;
      copied = at;
    }
  }
  return copied === 0 ? lower : key + lower.slice(copied);
}

const LETTER = /\p{L}/u;

/**
 * What the unit at `at` is to the tone key: not a letter (\p{L}), a letter of one unit as vowelKind says, or a letter
 * of two units (a surrogate pair, which counts as OTHER). The kinds of single units are worked out once, in
 * toneKinds; a high surrogate is looked at with the unit after it each time.
 */
function toneKindAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  const kind = toneKinds[unit] || learnToneKind(unit);
  if (kind !== HIGH_SURROGATE) return kind;
  return (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 && LETTER.test(text.slice(at, at + 2))
    ? PAIR_LETTER
    : NOT_LETTER;
}

function learnToneKind(unit: number): number {
  const kind =
    (unit & 0xfc00) === 0xd800 ? HIGH_SURROGATE : LETTER.test(String.fromCharCode(unit)) ? vowelKind(unit) : NOT_LETTER;
  toneKinds[unit] = kind;
  return kind;
}

/**
 * What a letter is to the tone key: a consonant (its decomposition has no vowel and no tone mark), a vowel with no
 * tone mark or with one (its decomposition begins with a, e, i, o, u or y), or other (a consonant with a tone-like
 * mark such as ñ, two marks, a letter outside the BMP). computeSyllableKey puts a syllable's tone mark after its last
 * vowel, so a syllable of consonants and vowels whose only tone mark is already on its last vowel is its own key:
 * most syllables, now known without a slice and a look-up in syllableKeys each.
 */
const CONSONANT = 1;
const VOWEL_KIND = 2;
const TONED_VOWEL = 3;
const OTHER = 4;
/** Not \p{L} (a lone surrogate included). */
const NOT_LETTER = 5;
/** A high surrogate: a letter of two units or not, by the unit after it. */
const HIGH_SURROGATE = 6;
/** A letter of two units: OTHER, two units wide. */
const PAIR_LETTER = 7;
/** Per UTF-16 unit: one of the kinds above, 0 when not looked at yet. */
const toneKinds = new Uint8Array(0x10000);

function vowelKind(unit: number): number {
  const parts = String.fromCharCode(unit).normalize('NFD');
  const toned = parts.match(TONE_MARKS)?.length ?? 0;
  if (VOWEL.test(parts[0]!)) return toned === 0 ? VOWEL_KIND : toned === 1 ? TONED_VOWEL : OTHER;
  return toned === 0 && !VOWEL.test(parts) ? CONSONANT : OTHER;
}

const VOWEL = /[aeiouy]/;
const MARK = /\p{M}/u;

/**
 * Vietnamese has a few thousand distinct syllables and every article repeats them, so each syllable's key is
 * worked out once and remembered. The memo is emptied when it grows past a bound, so odd input cannot grow it forever.
 */
const syllableKeys = new Map<string, string>();
const MAX_SYLLABLE_KEYS = 50_000;

function syllableKey(syllable: string): string {
  let key = syllableKeys.get(syllable);
  if (key === undefined) {
    key = computeSyllableKey(syllable);
    if (syllableKeys.size >= MAX_SYLLABLE_KEYS) syllableKeys.clear();
    syllableKeys.set(syllable, key);
  }
  return key;
}

function computeSyllableKey(syllable: string): string {
  const parts = syllable.normalize('NFD');
  const tones = parts.match(TONE_MARKS);
  if (!tones) return syllable;
  const bare = parts.replace(TONE_MARKS, '');
  let lastVowel = -1;
  for (let i = 0; i < bare.length; i++) if (VOWEL.test(bare[i]!)) lastVowel = i;
  if (lastVowel < 0) return syllable;
  let at = lastVowel + 1;
  while (at < bare.length && MARK.test(bare[at]!)) at++;
  return (bare.slice(0, at) + tones[0] + bare.slice(at)).normalize('NFC');
}

/** Word tokens (letters and digits), keeping diacritics. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** True when the text carries Vietnamese diacritics (so the user typed them on purpose). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}
