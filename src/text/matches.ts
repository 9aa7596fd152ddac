/**
 * Every match of a global regex in a text, the ones `text.matchAll(regex)` gives, in an array. matchAll works on a
 * copy of the regex made at each call: V8 builds the copy from the regex's source, and after a garbage collection has
 * emptied its compilation cache parses and compiles it again (a sentence's co-chair, list and split patterns are
 * long alternations). The regex itself is used here, from its lastIndex as matchAll's copy would be, and left as it
 * was; the matches are all read before any is returned, so a caller may use the same regex inside its loop.
 *
 * Example: `allMatches(/\d+/g, 'lần 4 và 5').map((m) => m[0])` is `['4', '5']`.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError('allMatches needs a global regex, as matchAll does');
  const unicode = regex.unicode || regex.flags.includes('v');
  const from = regex.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0] === '') regex.lastIndex = advance(text, regex.lastIndex, unicode);
  }
  regex.lastIndex = from;
  return found;
}

/** The index after the character at `at`: a surrogate pair is one character to a unicode regex. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return (lead & 0xfc00) === 0xd800 && (trail & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
