/**
 * The vocabulary terms of one TermMatcher pass as a walk over the words of a text, in place of one alternation regex
 * tried at every character: a term can only start where no letter, mark or digit stands before it, so the walk looks
 * only there, and only at the terms whose first word is the word found there (a Map from a hash of the word).
 *
 * It finds exactly what the regex of termPattern (term-matcher.ts) finds, held to it by test/knowledge/term-walk.test.ts
 * on every sentence of the seeds, the development set, the fixtures and generated odd strings: the leftmost match,
 * at one place the first term in the matcher's order ("u.s." and "2+2" are words with punctuation inside; "covid-19"
 * a word, a dash and a word), then the next from the match's end. A term whose spelling the steps below cannot say
 * exactly (one that starts or ends with a separator, or holds white space other than a space) makes compile return
 * null, and the matcher keeps the regex.
 */
import type { TermMatch } from '../vocabulary/index.js';

/** `\s+` in termPattern: a run of spaces in the term ("an ninh"). */
const SPACE = 0;
/** `[-–—]`: a dash with no space beside it in the term ("covid-19"). */
const TIGHT_DASH = 1;
/** `\s*[-–—]\s*`: a dash with a space beside it ("chính trị - an ninh" = "chính trị-an ninh"). */
const LOOSE_DASH = 2;
/** `,\s*`: a comma and any white space after it. */
const COMMA = 3;
/** A literal piece of the term (no white space, dash or comma in it), or one of the separators above. */
type Step = string | number;

/**
 * The terms that share their first steps share a branch: at one place the walk follows only the steps the text
 * matches, rather than trying each term of the first word in turn ("đối thoại …" starts dozens of mechanisms).
 */
interface TrieNode<K extends string> {
  /** The step that leads here from the parent (unused at a root). */
  step: Step;
  /** The first unit of a literal step, tested before the whole piece; -1 for a separator. */
  firstUnit: number;
  children: TrieNode<K>[];
  /** The place in the matcher's order of the first term that ends here, -1 when none does. */
  order: number;
  /** What the matcher reports for that term; undefined: nothing (the stretch is skipped, as collect does). */
  key: K | undefined;
  /** The smallest order of a term here or below: a branch that cannot beat the term found already is not read. */
  least: number;
}

const newNode = <K extends string>(step: Step, least: number): TrieNode<K> => ({
  step,
  firstUnit: typeof step === 'string' ? step.charCodeAt(0) : -1,
  children: [],
  order: -1,
  key: undefined,
  least,
});

/** Add a term's steps below `root`, as the `order`th term. */
function addTerm<K extends string>(root: TrieNode<K>, steps: Step[], order: number, key: K | undefined): void {
  let node = root;
  for (const step of steps) {
    let child = node.children.find((c) => c.step === step);
    if (!child) {
      child = newNode<K>(step, order);
      node.children.push(child);
    }
    node = child;
  }
  // The same spelling twice: the first one is the alternative the regex tries first.
  if (node.order < 0) {
    node.order = order;
    node.key = key;
  }
}

export interface WalkEntry<K extends string> {
  /** The term as the pass matches it: NFC, or its tone key. */
  spelling: string;
  key: K | undefined;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** What a UTF-16 unit is to the walk: 0 when not looked at yet, then one of these. */
const WORD_UNIT = 1;
const OTHER_UNIT = 2;
/** A high surrogate: a character of two units with the next one, or a lone surrogate (no letter). */
const HIGH_SURROGATE = 3;
const unitKinds = new Uint8Array(0x10000);

function learnUnitKind(unit: number): number {
  const kind =
    (unit & 0xfc00) === 0xd800 ? HIGH_SURROGATE : WORD_CHAR.test(String.fromCharCode(unit)) ? WORD_UNIT : OTHER_UNIT;
  unitKinds[unit] = kind;
  return kind;
}

const isLow = (unit: number) => (unit & 0xfc00) === 0xdc00;

/**
 * How many units the word character (\p{L}, \p{M} or \p{N}) at `at` takes, 0 when none starts there: as a u flag
 * regex reads it, a surrogate pair is one character and a lone surrogate no letter. Each unit is looked up once in
 * unitKinds (filled by WORD_CHAR the first time the unit is seen); only a pair is tested with the regex.
 */
function wordWidthAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  const kind = unitKinds[unit] || learnUnitKind(unit);
  if (kind !== HIGH_SURROGATE) return kind === WORD_UNIT ? 1 : 0;
  return isLow(text.charCodeAt(at + 1)) && WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0;
}

/** How many units the character at `at` takes: 2 for a surrogate pair, else 1. */
const unitsAt = (text: string, at: number) =>
  (text.charCodeAt(at) & 0xfc00) === 0xd800 && isLow(text.charCodeAt(at + 1)) ? 2 : 1;

/** Whether a word character ends just before `at` (a pair read as one character). */
export function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const unit = text.charCodeAt(at - 1);
  if (at >= 2 && isLow(unit) && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800)
    return WORD_CHAR.test(text.slice(at - 2, at));
  return (unitKinds[unit] || learnUnitKind(unit)) === WORD_UNIT;
}

/** `\s` of a JavaScript regex, unit by unit (the test checks it against /\s/u over the whole BMP). */
export function isSpaceUnit(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

const isDashUnit = (unit: number) => unit === 0x2d || unit === 0x2013 || unit === 0x2014;

const HAS_SPACE = /\s/u;

/**
 * A term's steps, read as termPattern writes its regex: first the dashes with the white space around them, then a
 * comma with the white space after it, then runs of spaces. Null when the regex would need backtracking or a
 * literal white space the steps do not say: a separator at either end, white space other than a space.
 */
function stepsOf(spelling: string): Step[] | null {
  const steps: Step[] = [];
  const dashParts = spelling.split(/(\s*[-–—]\s*)/u);
  for (let d = 0; d < dashParts.length; d++) {
    const dashPart = dashParts[d]!;
    if (d % 2 === 1) {
      steps.push(HAS_SPACE.test(dashPart) ? LOOSE_DASH : TIGHT_DASH);
      continue;
    }
    const commaParts = dashPart.split(/(,\s*)/u);
    for (let c = 0; c < commaParts.length; c++) {
      if (c % 2 === 1) {
        steps.push(COMMA);
        continue;
      }
      const spaceParts = commaParts[c]!.split(/( +)/u);
      for (let s = 0; s < spaceParts.length; s++) {
        const piece = spaceParts[s]!;
        if (s % 2 === 1) steps.push(SPACE);
        else if (piece !== '') {
          if (HAS_SPACE.test(piece)) return null;
          steps.push(piece);
        }
      }
    }
  }
  if (steps.length === 0 || typeof steps[0] !== 'string' || typeof steps.at(-1) !== 'string') return null;
  // Two literal pieces in a row cannot come from a split; two separators can ("a , b": a space, then a comma).
  return steps;
}

const HASH_SEED = 0x11c9dc5;
const HASH_PRIME = 0x01000193;

/** The hash of the units of text[start, end), as the walk computes it while it reads a word. */
function hashUnits(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), HASH_PRIME);
  return hash;
}

/** The end of the run of word characters starting at `at` (at itself when none does). */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const width = wordWidthAt(text, end);
    if (width === 0) break;
    end += width;
  }
  return end;
}

export class TermWalk<K extends string> {
  /**
   * Terms that start with a word character, by the hash of their first word: an open-addressed table (a Map's
   * look-up of a number cost more than the walk), slots holding the hash and 1 + the index of its list in `lists`.
   */
  private readonly hashes: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly roots: TrieNode<K>[] = [];
  /** Terms that start with another character ("(", "."), under a root per first unit. */
  private readonly byFirstUnit = new Map<number, TrieNode<K>>();

  private constructor(firstWords: number) {
    let size = 16;
    while (size < firstWords * 4) size *= 2;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The walk for these terms, in the order the regex alternation tries them; null when one cannot be walked. */
  static compile<K extends string>(entries: WalkEntry<K>[]): TermWalk<K> | null {
    const terms: Step[][] = [];
    for (const entry of entries) {
      const steps = stepsOf(entry.spelling);
      if (!steps) return null;
      terms.push(steps);
    }
    const walk = new TermWalk<K>(terms.length);
    terms.forEach((steps, order) => {
      const first = steps[0] as string;
      const firstWordEnd = wordEnd(first, 0);
      let root: TrieNode<K> | undefined;
      if (firstWordEnd > 0) root = walk.rootOf(hashUnits(first, 0, firstWordEnd), order);
      else {
        root = walk.byFirstUnit.get(first.charCodeAt(0));
        if (!root) walk.byFirstUnit.set(first.charCodeAt(0), (root = newNode<K>('', order)));
      }
      addTerm(root!, steps, order, entries[order]!.key);
    });
    return walk;
  }

  /** The root of the terms whose first word has this hash; a new one, as the `order`th term's, when `order` ≥ 0. */
  private rootOf(hash: number, order: number): TrieNode<K> | undefined {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot]!;
      if (index === 0) {
        if (order < 0) return undefined;
        this.roots.push(newNode<K>('', order));
        this.hashes[slot] = hash;
        this.slots[slot] = this.roots.length;
        return this.roots.at(-1);
      }
      if (this.hashes[slot] === hash) return this.roots[index - 1];
    }
  }

  /**
   * Every match in `haystack` (the NFC text or its tone key), pushed to `found` with the stretch of `text` at the
   * same offsets, as TermMatcher's collect does with the regex.
   */
  scan(haystack: string, text: string, found: TermMatch<K>[]): void {
    const length = haystack.length;
    // At each turn, `at` is a place no word character stands before: where a term may start.
    let at = 0;
    while (at < length) {
      let width = wordWidthAt(haystack, at);
      let root: TrieNode<K> | undefined;
      let wordEnds = at;
      if (width > 0) {
        // Read the word and its hash in one pass.
        let hash = HASH_SEED;
        do {
          hash = Math.imul(hash ^ haystack.charCodeAt(wordEnds), HASH_PRIME);
          if (width === 2) hash = Math.imul(hash ^ haystack.charCodeAt(wordEnds + 1), HASH_PRIME);
          wordEnds += width;
        } while (wordEnds < length && (width = wordWidthAt(haystack, wordEnds)) > 0);
        root = this.rootOf(hash, -1);
      } else if (this.byFirstUnit.size > 0) root = this.byFirstUnit.get(haystack.charCodeAt(at));
      if (root) {
        bestOrder = NOT_FOUND;
        explore(root, haystack, at);
      }
      if (root && bestOrder !== NOT_FOUND) {
        const end = bestEnd;
        if (bestKey !== undefined) found.push({ key: bestKey as K, start: at, end, matched: text.slice(at, end) });
        // After a term that ends in a word character, the character after it (no word one) comes first.
        at = wordCharBefore(haystack, end) ? end + unitsAt(haystack, end) : end;
      } else if (wordEnds > at) {
        // No term starts inside the word (a word character stands before each of its places), nor right after it.
        at = wordEnds + unitsAt(haystack, wordEnds);
      } else at += unitsAt(haystack, at);
    }
  }
}
/** What explore found: the order, end and key of the best term (module variables rather than an object a place). */
const NOT_FOUND = 0x7fffffff;
let bestOrder = NOT_FOUND;
let bestEnd = 0;
let bestKey: string | undefined;

/**
 * The term of least order whose steps below `node` match the text from `at` and end before no word character: the
 * alternative the regex would take at this place.
 */
function explore<K extends string>(node: TrieNode<K>, text: string, at: number): void {
  if (node.order >= 0 && node.order < bestOrder && (at === text.length || wordWidthAt(text, at) === 0)) {
    bestOrder = node.order;
    bestEnd = at;
    bestKey = node.key;
  }
  for (const child of node.children) {
    if (child.least >= bestOrder) continue;
    if (child.firstUnit >= 0 && text.charCodeAt(at) !== child.firstUnit) continue;
    const next = stepEnd(child.step, text, at);
    if (next >= 0) explore(child, text, next);
  }
}

/** Where one step, matched from `at`, ends; -1 when it does not match there. */
function stepEnd(step: Step, text: string, at: number): number {
  if (typeof step === 'string') return text.startsWith(step, at) ? at + step.length : -1;
  const length = text.length;
  let end = at;
  if (step === SPACE) {
    if (end >= length || !isSpaceUnit(text.charCodeAt(end))) return -1;
  } else if (step === TIGHT_DASH) {
    return end < length && isDashUnit(text.charCodeAt(end)) ? end + 1 : -1;
  } else if (step === LOOSE_DASH) {
    while (end < length && isSpaceUnit(text.charCodeAt(end))) end++;
    if (end >= length || !isDashUnit(text.charCodeAt(end))) return -1;
    end++;
  } else {
    if (end >= length || text.charCodeAt(end) !== 0x2c) return -1;
    end++;
  }
  // The white space after a space, a spaced dash or a comma, all of it (the next step cannot start with any).
  while (end < length && isSpaceUnit(text.charCodeAt(end))) end++;
  return end;
}
