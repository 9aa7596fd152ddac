// Dates inside sentences, completed against the publication date: weekdays, "năm ngoái"/"last year", a date written
// right after a round's name, a planned round's month ahead, and a weekday that contradicts its date.
import { describe, expect, it } from 'vitest';
import {
  completeDate,
  dateOfMention,
  findTextDates,
  monthAlone,
  type YearReference,
} from '../../src/knowledge/index.js';

const published = (iso: string): YearReference => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day!, inferred: false };
};
const first = (sentence: string) => findTextDates(sentence)[0]!;

describe('dates in sentences', () => {
  it('an English span of days keeps its month only, never "11-12" as 11 December', () => {
    expect(first('It took place in Lima on May 11-12, co-chaired by two deputies.')).toMatchObject({ month: 5 });
    expect(first('It took place in Lima on May 11-12.').day).toBeUndefined();
    expect(first('It was held on 11–12 May 2030 in Lima.')).toMatchObject({ month: 5, year: 2030 });
  });

  it('a Vietnamese span of days keeps its month only', () => {
    expect(first('Trong hai ngày 5 và 6/11, tại Li-ma, hai bên đối thoại.')).toMatchObject({ month: 11 });
    expect(first('Trong hai ngày 5 và 6/11, tại Li-ma, hai bên đối thoại.').day).toBeUndefined();
    expect(first('Đoàn đi thăm từ ngày 17 đến 18/11/2030.')).toMatchObject({ month: 11, year: 2030 });
    expect(first('Ngày 5-6/11, tại Li-ma.').day).toBeUndefined();
  });

  it('a month named alone is read as such, but dates nothing', () => {
    expect(monthAlone('In March, the fifth dialogue took place in Lima.')).toBe(3);
    expect(monthAlone('They may meet again in Lima.')).toBeNull();
    expect(monthAlone('Tháng 8, đối thoại lần thứ năm diễn ra tại Li-ma.')).toBe(8);
    expect(findTextDates('In March, the fifth dialogue took place in Lima.')).toEqual([]);
  });

  it('"on Thursday" in a report published on a Friday is the day before, worked out', () => {
    const d = first('The ninth dialogue took place in Lima on Thursday.');
    expect(d.weekday).toBe(4);
    expect(completeDate(d, published('2030-03-08'))).toEqual({ iso: '2030-03-07', precision: 'day', inferred: true });
  });

  it('"thứ Ba vừa qua" and "hôm thứ Năm" are weekdays; "lần thứ năm" is an ordinal', () => {
    expect(first('Đối thoại diễn ra hôm thứ Năm tại Li-ma.').weekday).toBe(4);
    expect(completeDate(first('Hai bên đã gặp nhau thứ Ba vừa qua.'), published('2030-03-08'))?.iso).toBe('2030-03-05');
    expect(findTextDates('Đối thoại lần thứ năm diễn ra tại Li-ma.')).toEqual([]);
  });

  it('a weekday with its date is kept with it, and a date it contradicts is not given', () => {
    const d = first('They met on Thursday, December 4, in Lima.');
    expect(d).toMatchObject({ month: 12, day: 4, weekday: 4 });
    expect(completeDate(d, { year: 2025, month: 12, day: 6, inferred: false })?.iso).toBe('2025-12-04');
    expect(completeDate(d, { year: 2024, month: 12, day: 6, inferred: false })).toBeNull();
  });

  it('"tháng 7 năm ngoái" and "in July last year" take the year before the report', () => {
    expect(completeDate(first('Phiên thứ 6 diễn ra vào tháng 7 năm ngoái.'), published('2030-11-25'))).toEqual({
      iso: '2029-07',
      precision: 'month',
      inferred: true,
    });
    expect(completeDate(first('The sixth round was held in July last year.'), published('2030-11-25'))?.iso).toBe(
      '2029-07',
    );
  });

  it("the date written right after a round's name is that round's, not the sentence's first", () => {
    const s =
      'Ngày 29/9, nhóm công tác họp lần thứ 4 để chuẩn bị cho Đối thoại lần thứ 2 dự kiến diễn ra vào tháng 10.';
    const at = s.indexOf('Đối thoại lần thứ 2');
    const d = dateOfMention(s, { start: at, end: at + 'Đối thoại lần thứ 2'.length }, true)!;
    expect(d.month).toBe(10);
    // Planned, a month after the report's lies ahead in the same year; reported, in the year before.
    expect(completeDate(d, published('2030-09-30'), { future: true })?.iso).toBe('2030-10');
    expect(completeDate(first('Ngày 13/12, hai bên đối thoại.'), published('2031-01-05'))?.iso).toBe('2030-12-13');
  });

  it('"kể từ Đối thoại lần thứ 6 (tháng 7/2023)" dates the earlier round', () => {
    const s = 'Hai bên đánh giá kết quả kể từ Đối thoại lần thứ 6 (tháng 7/2023), nổi bật là trao đổi đoàn.';
    const end = s.indexOf(' (tháng');
    expect(dateOfMention(s, { start: end - 20, end }, false)).toMatchObject({ month: 7, year: 2023 });
  });
});
