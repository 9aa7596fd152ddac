// findRanksAfter and findTitlesAfter give what findRanks and findTitles give on the rest of the text, whether they
// take it from the whole text's matches or search the rest: on real text and on odd strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedAndUnseenTexts } from '../helpers/sample-texts.js';
import { findRanks, findRanksAfter, findTitles, findTitlesAfter } from '../../src/knowledge/index.js';

const PAIRS = [
  [findRanks, findRanksAfter],
  [findTitles, findTitlesAfter],
] as const;

/** Whether the rest is the whole text's matches moved back: no match of the whole starts before `from`. */
function expectSameAt(text: string, from: number): boolean {
  let fromWhole = true;
  for (const [find, findAfter] of PAIRS) {
    expect(findAfter(text, from), `${find.name} of ${JSON.stringify(text)} from ${from}`).toEqual(
      find(text.slice(from)),
    );
    if (find(text).some((m) => m.start < from)) fromWhole = false;
  }
  return fromWhole;
}

const WORD_START = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]/gu;

describe('findRanksAfter, findTitlesAfter', () => {
  it('give the matches of the rest on every word start of the seeds and the unseen fixtures', () => {
    let fromWhole = 0;
    for (const text of seedAndUnseenTexts())
      for (const line of text.split('\n'))
        for (const m of line.matchAll(WORD_START)) if (expectSameAt(line, m.index)) fromWhole++;
    // Most word starts come before a line's first rank or title, or have none after them: the matches of the whole.
    expect(fromWhole).toBeGreaterThan(1000);
  });

  it('give the matches of the rest of a person phrase cut at its first rank or title', () => {
    const phrase = 'Chiều 26/6, Thượng tướng Phạm Quốc Quang, Thứ trưởng Bộ Quốc phòng Việt Nam';
    const from = phrase.indexOf('Thượng');
    expect(expectSameAt(phrase, from)).toBe(true);
    expect(findRanksAfter(phrase, from).map((m) => [m.key, m.start, m.matched])).toEqual([
      ['Senior Lieutenant General', 0, 'Thượng tướng'],
    ]);
  });

  it('give the matches of the rest at every offset of odd strings', () => {
    const piece = fc.constantFrom(
      'Trung tướng ',
      'Thượng tướng',
      'Thứ trưởng',
      'Thứ  trưởng',
      'Deputy Minister',
      'General',
      'Director-General',
      'Lt. Gen.',
      'Sen.',
      ' ',
      ', ',
      '-',
      'x',
      'Σ',
      'İ',
      'e\u0301',
      'hoà',
      '😀',
      '\udc00',
      'Nguyễn',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        for (let from = 0; from <= text.length; from++) expectSameAt(text, from);
      }),
      { numRuns: 300 },
    );
  });
});
