/**
 * What one file may cost. The parser, extractor and tokenizer run regular expressions over the text, and V8 runs a
 * repetition over one long run of characters with a stack that grows with the run: a "word" of a few million letters
 * threw RangeError (measured: 2 million letters passed, 4.3 million did not). Prose never holds a long run with no
 * space or line break, so a file that does is skipped before any rule sees it; and whatever else a file makes a rule
 * throw skips that file alone, with its reason, instead of stopping the load.
 */

/** Characters in a row with no white space: a URL is about a hundred, a Chinese paragraph a few hundred. */
export const MAX_UNBROKEN_RUN = 10_000;

/**
 * The reason to skip a text that holds a run longer than MAX_UNBROKEN_RUN, or null. Linear, no regular expression. A
 * run ends at a space at the latest: while every MAX_UNBROKEN_RUN + 1 characters in a row hold one, found by a search
 * back from the end of each such window, no run is longer, and the text is not read character by character (a text
 * no longer than that, nearly every article, is not read at all: the loop below was 12 instructions a character).
 */
export function unbrokenRunReason(text: string): string | null {
  let from = 0;
  while (text.length - from > MAX_UNBROKEN_RUN) {
    const space = text.lastIndexOf(' ', from + MAX_UNBROKEN_RUN);
    if (space < from) return longestRunReason(text);
    from = space + 1;
  }
  return null;
}

/** unbrokenRunReason character by character: for a text with a window of that many characters and no space. */
function longestRunReason(text: string): string | null {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Space, tab, line breaks, NBSP and the Unicode spaces (U+2000–U+200A, U+2028/9, U+3000) end a run.
    const space =
      c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
    run = space ? 0 : run + 1;
    if (run > MAX_UNBROKEN_RUN)
      return `a run of more than ${MAX_UNBROKEN_RUN.toLocaleString('en')} characters with no space: not article text`;
  }
  return null;
}

/** The reason to skip a file whose processing threw (a rule that recursed too deep, a bug), in one line. */
export function processingFailedReason(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `could not be processed (${message.split('\n')[0]!.slice(0, 200)})`;
}
