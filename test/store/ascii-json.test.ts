// The cache's JSON sections are written as ASCII and read back as the same value; bytes that are not ASCII (written
// as plain UTF-8) are still read right.
import { describe, expect, it } from 'vitest';
import { asciiJson, jsonText, asciiJsonArray } from '../../src/store/index.js';

const value = {
  title: 'Việt Nam - Nhật Bản: Đối thoại Chính sách Quốc phòng lần thứ 5',
  quote: '“Hai bên nhất trí” — 👍 tab\there, del \u007f, nbsp\u00a0, lone \ud800',
  n: [1, 2.5, null],
};

describe('ASCII JSON', () => {
  it('writes only ASCII and reads back the same value', () => {
    const text = asciiJson(value);
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(JSON.parse(jsonText(Buffer.from(text, 'latin1')))).toEqual(value);
  });

  it('escapes each character past ASCII as JSON.stringify would write it escaped, every time alike', () => {
    const once = asciiJson(value);
    expect(asciiJson(value)).toBe(once);
    expect(asciiJson('Việt Nam “A” \u007f')).toBe('"Vi\\u1ec7t Nam \\u201cA\\u201d \\u007f"');
    expect(asciiJson(['Đà Nẵng'])).toBe('["\\u0110\\u00e0 N\\u1eb5ng"]');
  });

  it('reads plain UTF-8 JSON as UTF-8', () => {
    expect(JSON.parse(jsonText(Buffer.from(JSON.stringify(value))))).toEqual(value);
  });

  it('writes a long array in pieces that make exactly its text (undefined as null, as JSON.stringify does)', () => {
    const values = Array.from(
      { length: 10_001 },
      (_, i) => [value.title, i * 1.5, null, undefined, { at: [i, -1] }, value.quote][i % 6],
    );
    const pieces = [...asciiJsonArray(values)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(asciiJson(values));
    expect([...asciiJsonArray([])].join('')).toBe('[]');
  });
});
