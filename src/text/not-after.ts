/** The tables of the patterns that refuse the same characters with the same flags, one each (64 KB). */
const unitTables = new Map<string, Uint8Array>();
const REFUSED = 1;
const ALLOWED = 2;

/**
 * A pattern that must not follow certain characters — a letter or a mark, "(?<!\p{L}|\p{M})held…" — without the
 * look-behind in the regex. V8 tries a look-behind that opens a pattern at every character of the text before it
 * looks at the pattern's words: on a sentence, five times the cost of the same scan without it. Here the rest of the
 * pattern is scanned for, and only where it matches is the character before looked at, the way the look-behind reads
 * it (a surrogate pair as one character, with the pattern's own flags, so `i` folds case the same). The matches are
 * the ones the whole pattern gives: the leftmost start whose character before is allowed, and there the same match.
 *
 * Example: `new NotAfter('\\p{L}|\\p{M}', '(?:held|diễn ra)(?!\\p{L}|\\p{M})', 'iu')` finds "held" in "was held in
 * Hanoi" but not in "upheld"; it stands for `/(?<!\p{L}|\p{M})(?:held|diễn ra)(?!\p{L}|\p{M})/iu`.
 */
export class NotAfter {
  /** The pattern without its look-behind, global so that a scan can go on from where the last one stopped. */
  private readonly rest: RegExp;
  /** One character (a code point) the look-behind refuses, with the pattern's flags. */
  private readonly refused: RegExp;
  /** Per UTF-16 unit: REFUSED or ALLOWED as `refused` says of it alone, 0 when not looked at yet (shared, see below). */
  private readonly units: Uint8Array;

  /**
   * `before`: what the look-behind refuses, as written inside `(?<!…)`; `rest`: the pattern after it; `flags`: the
   * pattern's flags, which must include `u` (a surrogate pair is then one character, as here). The rest must not
   * match the empty string: V8 finds an empty match with a look-behind even inside a surrogate pair, where this
   * scan never looks.
   */
  constructor(before: string, rest: string, flags: string) {
    if (!flags.includes('u'))
      throw new TypeError('NotAfter reads characters as a unicode regex does: give it the u flag');
    const own = flags.replace(/[gy]/g, '');
    this.rest = new RegExp(rest, `${own}g`);
    this.refused = new RegExp(`^(?:${before})$`, own);
    const key = `${this.refused.source}/${own}`;
    let units = unitTables.get(key);
    if (!units) {
      units = new Uint8Array(0x10000);
      unitTables.set(key, units);
    }
    this.units = units;
  }

  /** The first match from `from` (as `exec` of the whole pattern from lastIndex `from`), or null. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const rest = this.rest;
    rest.lastIndex = from;
    for (let m = rest.exec(text); m; m = rest.exec(text)) {
      if (!this.refusedBefore(text, m.index)) return m;
      // Refused here: go on from the next character, as the whole pattern would (a pair counts as one).
      rest.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
    return null;
  }

  /** Whether the whole pattern matches anywhere in the text. */
  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /** Every match, in order: what `allMatches` gives for the whole pattern with the g flag. */
  all(text: string): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    for (let m = this.exec(text); m; ) {
      found.push(m);
      const end = m.index + m[0].length;
      // An empty match would be found again at the same place: step over one character.
      m = this.exec(text, m[0] === '' ? end + (text.codePointAt(end)! > 0xffff ? 2 : 1) : end);
    }
    return found;
  }

  /** Whether the character ending just before `at` is one the look-behind refuses (none at the text's start). */
  private refusedBefore(text: string, at: number): boolean {
    if (at === 0) return false;
    const unit = text.charCodeAt(at - 1);
    if (at >= 2 && (unit & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800)
      return this.refused.test(text.slice(at - 2, at));
    let kind = this.units[unit]!;
    if (kind === 0) {
      kind = this.refused.test(String.fromCharCode(unit)) ? REFUSED : ALLOWED;
      this.units[unit] = kind;
    }
    return kind === REFUSED;
  }
}
