/**
 * The search index as bytes, for the on-disk cache: a small header, the passage ids, then the typed arrays of each
 * Postings as they are in memory. Reading it back makes views on the bytes (no copy, no parse), so a start from the
 * cache costs milliseconds where minisearch's 35 MB of JSON cost seconds and hundreds of megabytes.
 *
 * Layout (u32 words in the machine's byte order, every array starting on a 4-byte boundary):
 *   magic, version, total byte length, crc32 of everything after the header, ids byte length,
 *   then per section the element count of each array in POSTINGS_ARRAYS order;
 *   then the ids (UTF-8, NUL-separated, "" for a removed passage), then each section's arrays.
 */
import * as zlib from 'node:zlib';
import { checkPostings, POSTINGS_ARRAYS, POSTINGS_TYPES, type Postings } from './postings.js';

/** "ATIX" on a little-endian machine. Written in the machine's byte order: a file carried to a machine of the other order fails this check and is rebuilt. */
const MAGIC = 0x58495441;
/** Bump whenever the layout or the meaning of a field changes: an older file is then rejected and rebuilt. */
const VERSION = 1;
const FIXED_WORDS = 5;

export interface IndexImage {
  /** Ordinal → passage id; "" where the passage was removed. */
  ids: string[];
  sections: Postings[];
}

const align4 = (n: number) => (n + 3) & ~3;
/** zlib.crc32 arrived in Node 20.15; on an older Node the structural checks alone guard against damage. */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32 ?? null;

function headerWords(sectionCount: number) {
  return FIXED_WORDS + sectionCount * POSTINGS_ARRAYS.length;
}

/**
 * The image as the parts of one byte string: the header, then views on the index's own arrays (never changed once
 * built) with padding between them. Written part by part, the index is not copied: at 10,000 articles that copy was
 * 21 MB of the cold start's peak memory.
 */
export function encodeImageParts(image: IndexImage): Uint8Array[] {
  const ids = Buffer.from(image.ids.join('\u0000'), 'utf8');
  const body: Uint8Array[] = [];
  const append = (bytes: Uint8Array) => {
    // No empty parts: Node's zlib.crc32 of an empty view on an empty buffer is 0 whatever the running value.
    if (bytes.byteLength === 0) return;
    body.push(bytes);
    const padding = align4(bytes.byteLength) - bytes.byteLength;
    if (padding) body.push(new Uint8Array(padding));
  };
  append(ids);
  const counts: number[] = [];
  for (const section of image.sections) {
    for (const name of POSTINGS_ARRAYS) {
      const array = section[name];
      counts.push(array.length);
      append(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    }
  }
  const headerBytes = headerWords(image.sections.length) * 4;
  const size = body.reduce((sum, part) => sum + part.byteLength, headerBytes);
  const checksum = crc32 ? body.reduce((value, part) => crc32(part, value), 0) : 0;
  const header = new Uint32Array([MAGIC, VERSION, size, checksum, ids.length, ...counts]);
  return [new Uint8Array(header.buffer), ...body];
}

/** The image in `bytes`, or an Error saying what is wrong: a damaged cache must be rebuilt, never half-read. */
export function decodeImage(input: Uint8Array, sectionCount: number): IndexImage {
  const fail = (what: string): never => {
    throw new Error(`damaged search index: ${what}`);
  };
  // Typed-array views need 4-byte alignment; a file read whole starts aligned, a slice of a pool may not.
  // (Uint8Array's slice copies; a Buffer's own slice would be another unaligned view.)
  const bytes = input.byteOffset % 4 === 0 ? input : Uint8Array.prototype.slice.call(input);
  const headerBytes = headerWords(sectionCount) * 4;
  if (bytes.length < headerBytes) fail('too short');
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, headerWords(sectionCount));
  if (header[0] !== MAGIC) fail('not a search index');
  if (header[1] !== VERSION) fail(`version ${header[1]}, expected ${VERSION}`);
  if (header[2] !== bytes.length) fail(`length ${bytes.length}, expected ${header[2]}`);
  if (crc32 && header[3] !== crc32(bytes.subarray(headerBytes))) fail('checksum');
  let at = headerBytes;
  const take = (Type: typeof Uint8Array | typeof Uint16Array | typeof Uint32Array, count: number) => {
    const byteLength = count * Type.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) fail('truncated');
    const view = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, count);
    at += align4(byteLength);
    return view;
  };
  const idBytes = take(Uint8Array, header[4]!) as Uint8Array;
  let word = FIXED_WORDS;
  const sections: Postings[] = [];
  for (let s = 0; s < sectionCount; s++) {
    const section = {} as Record<(typeof POSTINGS_ARRAYS)[number], Uint8Array | Uint16Array | Uint32Array>;
    for (const name of POSTINGS_ARRAYS) section[name] = take(POSTINGS_TYPES[name], header[word++]!);
    sections.push(section as unknown as Postings);
    checkPostings(sections[s]!);
  }
  if (at !== bytes.length) fail('trailing bytes');
  const passages = sections.reduce((sum, section) => sum + section.lengths.length, 0);
  // No passage and one removed passage both write no id bytes: the sections say which it is.
  const ids = passages === 0 ? [] : new TextDecoder().decode(idBytes).split('\u0000');
  if (ids.length !== passages) fail(`${ids.length} passage ids for ${passages} passages`);
  return { ids, sections };
}
