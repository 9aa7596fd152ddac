/**
 * JSON written as ASCII, every other character escaped (`"Việt"` → `"Vi\u1ec7t"`), for the cache's sections that a
 * start parses whole. Decoding UTF-8 that holds Vietnamese makes a two-byte string at a few tens of megabytes a second;
 * ASCII is read as Latin-1 (a copy) and only the strings that need it come out two-byte. At 100,000 articles the
 * manifest took 0.23–0.32 s to decode as UTF-8 and 0.06 s as escaped ASCII, parsed in about the same time.
 * Bytes that are not all ASCII (never written so by this code) are decoded as UTF-8, so nothing is ever misread.
 */
import { isAscii } from 'node:buffer';

const NOT_ASCII = /[\u007f-\uffff]/g;
/**
 * Each code unit's escape, made once: the replace calls this for every character past ASCII (a few in every
 * Vietnamese title, venue and name of the manifest and the knowledge table). Measured (cachegrind) on the values of
 * a 10,000-article cache's two sections: 514 to 392 million instructions a write.
 */
const escapes: string[] = [];
const escaped = (c: string) => {
  const unit = c.charCodeAt(0);
  return (escapes[unit] ??= `\\u${unit.toString(16).padStart(4, '0')}`);
};

/** JSON.stringify's text with every character past ASCII escaped: the same value, read back by any JSON parser. */
export const asciiJson = (value: unknown): string => JSON.stringify(value).replace(NOT_ASCII, escaped);

/** Values turned into JSON at a time by asciiJsonArray. */
const ARRAY_SLICE = 4096;

/**
 * asciiJson's text of an array, in pieces of a few thousand values: the same text, never one string of it all (a
 * column of 100,000 titles is tens of megabytes, and two bytes a character before it is escaped).
 */
export function* asciiJsonArray(values: readonly unknown[]): Generator<string> {
  yield '[';
  for (let i = 0; i < values.length; i += ARRAY_SLICE) {
    // A slice, not each value: JSON.stringify writes an undefined in an array as null, and so does this.
    const slice = asciiJson(values.slice(i, i + ARRAY_SLICE));
    yield `${i > 0 ? ',' : ''}${slice.slice(1, -1)}`;
  }
  yield ']';
}

/** The text of JSON bytes, as Latin-1 when they are ASCII (asciiJson's), else as UTF-8. */
export const jsonText = (bytes: Buffer): string => bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
