// Decoding a file's bytes: the same text, and the same refusals, as a fatal TextDecoder, which it replaced for speed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, isBlank } from '../../src/corpus/index.js';

const decoder = new TextDecoder('utf-8', { fatal: true });
const byDecoder = (bytes: Buffer): string | null => {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
};

describe('decodeUtf8', () => {
  it('decodes as the fatal TextDecoder does, one leading byte order mark dropped', () => {
    const bom = '\uFEFF';
    for (const text of [
      'Bộ trưởng Quốc phòng',
      `${bom}Đối thoại`,
      `${bom}${bom}twice`,
      `in ${bom} the middle`,
      '𝔸 ok',
      '',
    ])
      expect(decodeUtf8(Buffer.from(text, 'utf8'))).toBe(byDecoder(Buffer.from(text, 'utf8')));
    expect(decodeUtf8(Buffer.from(`${bom}Đối thoại`, 'utf8'))).toBe('Đối thoại');
  });
  it('refuses what the decoder refuses: overlong forms, surrogates, past U+10FFFF, cut sequences, stray bytes', () => {
    for (const bytes of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe1, 0xbb],
      [0x61, 0x80],
      [0xff],
      [0xef, 0xbb],
    ])
      expect(decodeUtf8(Buffer.from(bytes))).toBeNull();
  });
  it('agrees with the decoder on any bytes, and on text with a byte spoilt', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeUtf8(Buffer.from(bytes))).toBe(byDecoder(Buffer.from(bytes)));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (text, at, byte) => {
          const bytes = Buffer.from(text, 'utf8');
          if (bytes.length > 0) bytes[at % bytes.length] = byte;
          expect(decodeUtf8(bytes)).toBe(byDecoder(bytes));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('isBlank', () => {
  it('is what trimming a Latin-1 reading of the bytes leaves empty', () => {
    for (const bytes of [[], [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d], [0xa0], [0x20, 0x41], [0x85], [0x1c], [0xc2, 0xa0]])
      expect(isBlank(Buffer.from(bytes))).toBe(Buffer.from(bytes).toString('latin1').trim() === '');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        expect(isBlank(buffer)).toBe(buffer.toString('latin1').trim() === '');
      }),
      { numRuns: 500 },
    );
  });
});
