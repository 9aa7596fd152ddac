// Tag pages and round-ups on pages we wrote: one unit per item, each with its own headline and date; an ordinary
// article with sub-headlines stays one report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, unitsOf } from '../../src/corpus/index.js';

const read = (name: string) =>
  parseArticle({ id: name, file: `${name}.txt`, text: readFileSync(`test/fixtures/articles/${name}.txt`, 'utf8') });

describe('listing pages', () => {
  it('a tag page: one unit per item, each dated by its own date line, an undated item undated', () => {
    const a = read('tag-page-items');
    expect(a.title).toBe('Tag: đối thoại quốc phòng');
    expect(a.published).toBeNull();
    expect(a.units?.map((u) => [u.title.slice(0, 30), u.published?.iso ?? null])).toEqual([
      ['Việt Nam - Chi-lê đối thoại ch', '2030-03-12'],
      ['Hai nước láng giềng tham vấn q', null],
      ['Đối thoại Chính sách Quốc phòn', '2029-11-02'],
    ]);
    const views = unitsOf(a);
    expect(views.map((v) => v.passages.map((p) => p.id))).toEqual([
      ['tag-page-items#1'],
      ['tag-page-items#2'],
      ['tag-page-items#3'],
    ]);
    expect(a.furniture.map((f) => f.line)).toEqual(
      expect.arrayContaining(['Xem tiếp »', 'Trang 2 | Tin mới nhất | Xem nhiều']),
    );
  });

  it('a round-up: items under sub-headlines that open with their day, read against the page date', () => {
    const a = read('roundup-month');
    expect(a.published?.iso).toBe('2030-04-02');
    expect(a.units?.map((u) => [u.title, u.published?.iso])).toEqual([
      ['Đối ngoại quốc phòng tháng Ba: những sự kiện nổi bật', '2030-04-02'],
      ['Đối thoại Chính sách Quốc phòng Việt Nam - Chi-lê lần thứ 2', '2030-04-02'],
      ['Đối thoại Chiến lược Quốc phòng Việt Nam - Pê-ru lần thứ 3', '2030-04-02'],
    ]);
    expect(unitsOf(a)[2]!.passages.map((p) => p.text)).toEqual([expect.stringMatching(/^Ngày 25\/3, tại Li-ma/)]);
  });

  it('an article with sub-headlines is one report', () => {
    const a = read('wire-dateline-nav-page');
    expect(a.units).toBeUndefined();
    expect(unitsOf(a)).toEqual([a]);
  });
});
