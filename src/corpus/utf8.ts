/**
 * A file's bytes as text, checked, at the cost of a copy. Every corpus file is decoded once at every cold start, so
 * this is measured per file (5,000 generated articles, mostly Vietnamese): a fatal TextDecoder and V8's own UTF-8
 * decoding both took 9-13 µs a file, a third of reading it; checking the bytes (isUtf8, simdutf: 0.5 µs) and then
 * converting them to UTF-16 in one pass (buffer.transcode), whose bytes V8 copies into a string as they are, 6-7 µs.
 * A pure ASCII file is read as Latin-1 instead: a one-byte string, as V8's decoder would make it, at half the memory.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';

/** buffer.transcode needs Node's ICU, which a build without it lacks: then V8 decodes. */
const canTranscode = (() => {
  try {
    return transcode(Buffer.from('\u00e9', 'utf8'), 'utf8', 'utf16le').toString('utf16le') === '\u00e9';
  } catch {
    return false;
  }
})();

/** The UTF-8 byte order mark, which a TextDecoder drops from the start of a text (and only there, only once). */
const hasByteOrderMark = (bytes: Buffer) =>
  bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The text of `bytes`, or null when they are not valid UTF-8: what `new TextDecoder('utf-8', { fatal: true })` gives
 * (null where it throws), one leading byte order mark dropped as it drops it. isUtf8 refuses what the decoder refuses
 * (overlong forms, surrogates, code points past U+10FFFF, cut sequences): test/corpus/utf8.test.ts compares the two.
 */
export function decodeUtf8(bytes: Buffer): string | null {
  if (isAscii(bytes)) return bytes.toString('latin1');
  if (!isUtf8(bytes)) return null;
  const text = hasByteOrderMark(bytes) ? bytes.subarray(3) : bytes;
  return canTranscode ? transcode(text, 'utf8', 'utf16le').toString('utf16le') : text.toString('utf8');
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
