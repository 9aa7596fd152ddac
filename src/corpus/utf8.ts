/**
 * A file's bytes as text, checked, at the cost of a copy. Every corpus file is decoded once at every cold start, so
 * this is measured per file: a fatal TextDecoder (Node 20 decodes it through ICU) took 13 µs of a 2 KB article, a
 * third of reading it; checking the bytes (simdutf) and letting V8 decode them takes a fraction of that.
 */
import { isUtf8 } from 'node:buffer';

/** The UTF-8 byte order mark, which a TextDecoder drops from the start of a text (and only there, only once). */
const hasByteOrderMark = (bytes: Buffer) =>
  bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The text of `bytes`, or null when they are not valid UTF-8: what `new TextDecoder('utf-8', { fatal: true })` gives
 * (null where it throws), one leading byte order mark dropped as it drops it. isUtf8 refuses what the decoder refuses
 * (overlong forms, surrogates, code points past U+10FFFF, cut sequences): test/corpus/utf8.test.ts compares the two.
 */
export function decodeUtf8(bytes: Buffer): string | null {
  if (!isUtf8(bytes)) return null;
  return bytes.toString('utf8', hasByteOrderMark(bytes) ? 3 : 0);
}

/**
 * Whether every byte is white space as String.prototype.trim sees a Latin-1 reading of the file: tab, line feed,
 * vertical tab, form feed, carriage return, space and 0xA0 (no-break space). Said without making that string: the first
 * byte of nearly every file already answers.
 */
export function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (!(byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0xa0)) return false;
  return true;
}
