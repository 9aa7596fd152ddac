// NotAfter gives the matches of the same pattern written with its look-behind: on the seeds' text and on odd strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedAndUnseenTexts } from '../helpers/sample-texts.js';
import { allMatches, NotAfter } from '../../src/text/index.js';

/** [what the look-behind refuses, the rest of the pattern, flags]: the shapes the extraction rules use. */
const PATTERNS: [string, string, string][] = [
  ['\\p{L}|\\p{M}', '(?:diễn ra|held|hold|tổ chức)(?!\\p{L}|\\p{M})', 'iu'],
  ['\\p{L}|\\p{M}|-', '(?:co-chaired by|đồng chủ trì)(?!\\p{L}|\\p{M}|-)[\\s,:]*', 'iu'],
  ['\\p{L}|\\p{M}', 'do\\s+(.+?)\\s+(?:dẫn đầu|làm Trưởng đoàn)(?!\\p{L}|\\p{M}|-)', 'u'],
  [
    '[\\p{L}-]',
    '(?:co-chaired|chaired)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:dialogue|talks)\\s+with\\s+([^;]+)',
    'iu',
  ],
  ['\\p{L}', '(?:thăm|đón)(?!\\p{L})', 'iu'],
  ['\\p{L}|\\p{M}', '(?:kể từ|since)[^.;]*$', 'iu'],
];

const withLookBehind = ([before, rest, flags]: [string, string, string]) =>
  new RegExp(`(?<!${before})${rest}`, `${flags}g`);
const asArrays = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, ...m]);

function expectSame(pattern: [string, string, string], text: string): void {
  const notAfter = new NotAfter(...pattern);
  const regex = withLookBehind(pattern);
  expect(asArrays(notAfter.all(text))).toEqual(asArrays(allMatches(regex, text)));
  regex.lastIndex = 0;
  const first = regex.exec(text);
  expect(notAfter.exec(text)?.index).toBe(first?.index);
  expect(notAfter.exec(text)?.[0]).toBe(first?.[0]);
  expect(notAfter.test(text)).toBe(first !== null);
}

describe('NotAfter', () => {
  it.each([
    'Đối thoại đã diễn ra tại Hà Nội; the round was held, upheld and withheld.',
    'Ông A và bà B đồng chủ trì; co-chaired by X, Y; cùng đồng chủ trì.',
    'Đoàn Việt Nam do Thượng tướng A dẫn đầu; đoàn Lào do B dẫn đầu. Xdo C dẫn đầu.',
    'The minister co-chaired the dialogue with Sen. Lt. Gen. X; pre-chaired talks with Y',
    'Chuyến thăm Lào; thămthăm; Thăm Hà Nội; sẽ đón đoàn; 𝒳thăm; ̀thăm',
    'kể từ khi ký; Since 2010, since then; xsince',
    'axxbxx😀xx𝒳xx thăm😀thăm 𝒳đón',
  ])('matches as the look-behind does on %s', (text) => {
    for (const pattern of PATTERNS) expectSame(pattern, text);
  });

  it('matches as the look-behind does on the seeds and the unseen fixtures', () => {
    const texts = seedAndUnseenTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) for (const pattern of PATTERNS) expectSame(pattern, text);
  });

  it('matches as the look-behind does on odd strings (surrogate pairs, lone surrogates, marks, dashes)', () => {
    const piece = fc.constantFrom(
      'held',
      'thăm',
      'đón',
      'do A dẫn đầu',
      'co-chaired by',
      'x',
      '-',
      ' ',
      '\u0300',
      '😀',
      '𝒳',
      '\ud800',
      '\udc00',
      'Đ',
      'ß',
      'K',
      ';',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        for (const pattern of PATTERNS) expectSame(pattern, pieces.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('asks for the u flag, which its reading of characters follows', () => {
    expect(() => new NotAfter('\\p{L}', 'x', 'i')).toThrow(TypeError);
  });
});
