// LookBehind gives the matches of the same pattern written with its look-behind: on real text and on odd strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedAndUnseenTexts } from '../helpers/sample-texts.js';
import { allMatches, LookBehind } from '../../src/text/index.js';

/** [the look-behind, the rest of the pattern, flags]: the shapes the date rules use. */
const PATTERNS: [string, string, string][] = [
  ['(?:(?<=năm\\s)|(?<=\\bin\\s)|(?<=\\())', '(\\d{4})\\b', 'iu'],
  ['(?<=ngày\\s)', '(\\d{1,2})\\s*(?:và|đến|-|–)\\s*(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})', 'iu'],
  ['(?<=(?:^|\\s)(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)\\s)', '(\\d{2,4})(?=[,\\s])(?!\\s*(?:năm|tháng))', 'u'],
  ['(?<![\\d/.\\-–])', '(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})(?:\\s?[/.-]\\s?(\\d{4}))?(?![\\d/\\-–]|\\.\\d)', 'u'],
];

const asArrays = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, ...m]);

function expectSame([assertion, rest, flags]: [string, string, string], text: string): void {
  const whole = new RegExp(`${assertion}${rest}`, `${flags}g`);
  expect(asArrays(new LookBehind(assertion, rest, flags).all(text))).toEqual(asArrays(allMatches(whole, text)));
}

describe('LookBehind', () => {
  it.each([
    'Năm 2019, in 2020 (2021) và within 2022; NĂM 2023, xin 2024',
    'Trong hai ngày 5 và 6/11, từ ngày 17 đến 18/11, Ngày 5-6/11/2020',
    'Ngày 47, sáng 2910 tại; Chiều 1234 người, xNgày 47, tối 05 ',
    '23/7, 2021-2023, 7/7/2021, 16.9.2021, 1/2/3, 𝒳3/4',
  ])('matches as the look-behind does on %s', (text) => {
    for (const pattern of PATTERNS) expectSame(pattern, text);
  });

  it('matches as the look-behind does on the seeds and the unseen fixtures', () => {
    const texts = seedAndUnseenTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) for (const pattern of PATTERNS) expectSame(pattern, text);
  });

  it('matches as the look-behind does on odd strings', () => {
    const piece = fc.constantFrom(
      'năm ',
      'in ',
      '(',
      'ngày ',
      'Ngày ',
      '12',
      '2019',
      '/',
      '-',
      ' ',
      'x',
      '😀',
      '\udc00',
      ',',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        for (const pattern of PATTERNS) expectSame(pattern, pieces.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('asks for the u flag', () => {
    expect(() => new LookBehind('(?<=a)', 'b', 'i')).toThrow(TypeError);
  });
});
