import { describe, expect, it } from 'vitest';
import {
  layoutLaneLabels,
  fitText,
  textWidth,
  dateSpan,
  paddedDomain,
  yearTicks,
  cleanLabel,
  escapeXml,
} from '../../src/render/index.js';

describe('dates on the axis', () => {
  it('covers a day, a month or a year as the iso string says', () => {
    const day = dateSpan({ iso: '2016-11-29', precision: 'day', inferred: false })!;
    expect(day.precision).toBe('day');
    expect(day.start).toBeCloseTo(2016 + 333 / 366, 6);
    const month = dateSpan({ iso: '2013-08', precision: 'month', inferred: true })!;
    expect(month).toMatchObject({ precision: 'month' });
    expect(month.start).toBeCloseTo(2013 + 212 / 365, 6);
    expect(month.end).toBeCloseTo(2013 + 243 / 365, 6);
    expect(dateSpan({ iso: '2019', precision: 'year', inferred: false })).toEqual({
      start: 2019,
      end: 2020,
      precision: 'year',
    });
    // A coarser stated precision wins over extra digits.
    expect(dateSpan({ iso: '2019-05-02', precision: 'year', inferred: false })?.precision).toBe('year');
  });

  it('gives null for what cannot be a date', () => {
    for (const iso of ['2013-13', '2015-02-29', '13/08/2013', '', 'abcd']) {
      expect(dateSpan({ iso, precision: 'day', inferred: false }), iso).toBeNull();
    }
    expect(dateSpan(null)).toBeNull();
    expect(dateSpan({ iso: '2016-02-29', precision: 'day', inferred: false })).not.toBeNull();
  });

  it('pads a lone date into a centred range and picks a readable tick step', () => {
    const domain = paddedDomain([{ start: 2016.9, end: 2016.91 }]);
    expect(domain.end - domain.start).toBeCloseTo(3, 6);
    expect((domain.start + domain.end) / 2).toBeCloseTo(2016.905, 6);
    expect(yearTicks({ start: 1995.5, end: 2024.5 }, 36)).toEqual([
      1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024,
    ]);
    expect(yearTicks({ start: 1960, end: 2025 }, 15)).toEqual([
      1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025,
    ]);
  });
});

describe('text width and shortening', () => {
  it('measures narrow and wide letters differently, accents adding nothing', () => {
    expect(textWidth('iiii', 16)).toBeLessThan(textWidth('MMMM', 16));
    expect(textWidth('Hồ Chí Minh', 16)).toBeCloseTo(textWidth('Ho Chi Minh', 16), 6);
    expect(textWidth('abc', 16, 'bold')).toBeGreaterThan(textWidth('abc', 16));
  });

  it('shortens at a word boundary with an ellipsis, within the width', () => {
    const text = 'Đối thoại Chính sách Quốc phòng lần thứ 12 · Thành phố Hồ Chí Minh';
    const short = fitText(text, 200, 16);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 16)).toBeLessThanOrEqual(200);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).toBe('Đối thoại Chính sách…');
    expect(fitText('short', 200, 16)).toBe('short');
    expect(fitText('anything', 5, 16)).toBe('');
  });

  it('cleans and escapes text for SVG', () => {
    expect(cleanLabel(' a\tb\n\u0000c\u200B ')).toBe('a b c');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('label rows', () => {
  const options = { minX: 0, maxX: 1000, fontSize: 16, rowsPerSide: 2 };

  it('puts labels of nearby markers in different rows, alternating above and below', () => {
    const layout = layoutLaneLabels(
      [
        { id: 0, anchorX: 500, text: '4th · Tokyo' },
        { id: 1, anchorX: 510, text: '5th · Hà Nội' },
        { id: 2, anchorX: 520, text: '6th · Tokyo' },
        { id: 3, anchorX: 900, text: '7th · Hà Nội' },
      ],
      options,
    );
    expect(layout.placed.map((p) => [p.id, p.row])).toEqual([
      [0, 1],
      [1, -1],
      [3, 1],
    ]);
    // The 3rd cannot reach row 2: the leader would have to run through the 1st or 2nd label.
    expect(layout.dropped).toEqual([2]);
  });

  it('keeps every label over its marker and inside the bounds', () => {
    const layout = layoutLaneLabels([{ id: 0, anchorX: 995, text: 'Đối thoại Chính sách Quốc phòng' }], options);
    const [label] = layout.placed;
    expect(label!.x + label!.width).toBeLessThanOrEqual(1000);
    expect(label!.x).toBeLessThanOrEqual(995);
  });

  it('shortens a label that is wider than the room', () => {
    const text = 'Đối thoại Chính sách Quốc phòng lần thứ 12 · Thành phố Hồ Chí Minh';
    const layout = layoutLaneLabels([{ id: 0, anchorX: 150, text }], { ...options, maxX: 300 });
    expect(layout.placed[0]!.text.endsWith('…')).toBe(true);
    expect(layout.placed[0]!.width).toBeLessThanOrEqual(300);
  });
});
