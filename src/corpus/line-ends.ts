/**
 * What a line ends with, read off its last characters. A regular expression anchored at the end only (`/[.!?]$/`) is
 * tried from every position of the line: a pass over the whole line where the last one or two characters decide. The
 * parser asked so of every body line several times (image-alt and image-caption, photo-credit, soft-wrapped lines):
 * each pass cost about 13 instructions a character, measured under cachegrind over 2,000 generated articles.
 * test/corpus/line-ends.test.ts holds each helper to the expression it stands for, on every line of the seeds and the
 * fixture pages.
 */

/**
 * Whether the last UTF-16 unit of `text` is one of `units` (characters of the BMP, none a surrogate): `/[units]$/`,
 * with or without the u flag, since a character outside the BMP ends in a low surrogate, which is none of them.
 */
export function endsWithOneOf(text: string, units: string): boolean {
  return text.length > 0 && units.includes(text[text.length - 1]!);
}

const STOPS = '.!?…';
const CLOSERS = '"”»’)';

/** `/[.!?…]["”»’)]?$/u`: a full stop, "!", "?" or "…" at the end, perhaps inside a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const last = text[n - 1]!;
  if (STOPS.includes(last)) return true;
  return n >= 2 && CLOSERS.includes(last) && STOPS.includes(text[n - 2]!);
}

/** `/[.!?]$/.test(line.replace(/\)$/, ''))`: the line ends a sentence once a closing bracket at its end is set aside. */
export function endsStopBeforeBracket(line: string): boolean {
  const end = line.endsWith(')') ? line.length - 1 : line.length;
  return end > 0 && '.!?'.includes(line[end - 1]!);
}

/** The text without the run of "." and "…" it ends with: `text.replace(/[.…]+$/, '')`. */
export function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === '…')) end--;
  return end === text.length ? text : text.slice(0, end);
}

const WHITE_SPACE = /\s/;

/**
 * Where the end marker "./." of a line begins with the white space before it (`/\s*\.\/\.\s*$/`'s match), or -1 when
 * the line does not end so (white space after it aside). The marker is found from the end, without the expression's
 * try at every space of the paragraph.
 */
export function endMarkerAt(line: string): number {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith('./.')) return -1;
  let at = trimmed.length - 3;
  while (at > 0 && WHITE_SPACE.test(line[at - 1]!)) at--;
  return at;
}
