// Roman numerals after "lần thứ" ("Đối thoại … lần thứ II"), read only in capitals.
import { describe, expect, it } from 'vitest';
import { parseRoman } from '../../src/knowledge/index.js';

describe('Roman round numbers', () => {
  it('reads well-formed numerals', () => {
    expect([parseRoman('I'), parseRoman('II'), parseRoman('IV'), parseRoman('IX'), parseRoman('XIV')]).toEqual([
      1, 2, 4, 9, 14,
    ]);
  });

  it('rejects anything else', () => {
    expect([parseRoman(''), parseRoman('IIII'), parseRoman('VX'), parseRoman('ii')]).toEqual([null, null, null, null]);
  });
});
