/**
 * A pattern that opens with a look-behind ("(?<=năm\s|\bin\s|\()(\d{4})\b"), scanned without it: V8 tries such a
 * look-behind at every character of the text before it looks at the rest, several times the cost of scanning for
 * the rest alone. Here the rest is scanned for, and only where it matches is the look-behind asked, as a sticky regex
 * of the assertion alone at that place of the whole text: the same engine reading the same characters, so the matches
 * are the whole pattern's (the leftmost start where the assertion holds, and there the same match). For the common
 * "no letter before" see ./not-after.ts, which looks the character up in a table instead.
 *
 * Example: `new LookBehind('(?<=năm\\s|\\bin\\s|\\()', '(\\d{4})\\b', 'iu').all('năm 2019 và 2020 (2021)')` finds
 * "2019" and "2021", as `/(?<=năm\s|\bin\s|\()(\d{4})\b/giu` does.
 */
export class LookBehind {
  /** The pattern after the look-behind, global so that a scan can go on from where the last one stopped. */
  private readonly rest: RegExp;
  /** The look-behind alone, sticky: asked at one place. */
  private readonly assertion: RegExp;

  /**
   * `assertion`: the look-behind as written, "(?<=…)", "(?<!…)" or a group of them; `rest`: the pattern after it;
   * `flags`: the pattern's, with `u`. The rest must not match the empty string (see ./not-after.ts).
   */
  constructor(assertion: string, rest: string, flags: string) {
    if (!flags.includes('u'))
      throw new TypeError('LookBehind steps over characters as a unicode regex does: give it u');
    const own = flags.replace(/[gy]/g, '');
    this.rest = new RegExp(rest, `${own}g`);
    this.assertion = new RegExp(assertion, `${own}y`);
  }

  /** Every match, in order: what `allMatches` gives for the whole pattern with the g flag. */
  all(text: string): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    const { rest, assertion } = this;
    rest.lastIndex = 0;
    for (let m = rest.exec(text); m; m = rest.exec(text)) {
      assertion.lastIndex = m.index;
      if (assertion.test(text)) {
        found.push(m);
        continue;
      }
      // Refused here: go on from the next character, as the whole pattern would (a pair counts as one).
      rest.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
    return found;
  }
}
