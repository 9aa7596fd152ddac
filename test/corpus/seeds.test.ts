// Issue "Foundation" acceptance on the five seed articles: titles, dates, outlets, first and last passages, no furniture.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article, type Corpus } from '../../src/corpus/index.js';
import { libraryOf } from '../helpers/library.js';

let corpus: Corpus;
const article = (prefix: string): Article => corpus.articles.find((a) => a.id.startsWith(prefix))!;
/** The parser's whole output, furniture and page context included: the store serves articles without them. */
const parsed = (prefix: string): Article => {
  const { id, file } = article(prefix);
  return parseArticle({ id, file, text: readFileSync(join('seeds', file), 'utf8') });
};
beforeAll(async () => {
  ({ corpus } = await libraryOf('seeds'));
});

describe('the five seeds', () => {
  it('load, none skipped', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual([
      '000_064f160b2ba67829',
      '001_bee81db2a34faaf4',
      '002_8c84e9cb420551fb',
      '003_17f2a32df134652f',
      '004_23107760df640c84',
    ]);
    expect(corpus.skipped).toEqual([]);
  });

  it.each([
    ['000', 'Đối thoại Chính sách Quốc phòng Việt Nam - Canada lần thứ nhất', '2021-07-26', '17:58', 'mod.gov.vn'],
    [
      '001',
      'Việt Nam – Hàn Quốc tăng cường hợp tác về công nghiệp quốc phòng, an ninh biển',
      '2021-09-17',
      '16:32',
      'baochinhphu.vn',
    ],
    ['002', 'Việt Nam - Nhật Bản tiến hành đối thoại chính sách quốc phòng lần 4', null, undefined, 'TTXVN'],
    ['003', 'Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 9', '2018-02-01', '08:30', 'VOV.VN'],
    ['004', 'Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ hai', null, undefined, 'QĐND'],
  ])('%s: title, date line and outlet', (id, title, date, time, outlet) => {
    const a = article(id);
    expect(a.title).toBe(title);
    expect(a.published?.iso ?? null).toBe(date);
    if (date) expect(a.published).toMatchObject({ precision: 'day', inferred: false, time });
    expect(a.outlet).toBe(outlet);
    expect(a.language).toBe('vi');
  });

  it.each([
    [
      '000',
      /^Sáng 23\/7, Thượng tướng Hoàng Xuân Chiến/,
      /ký kết Biên bản làm việc Đối thoại Chính sách Quốc phòng\.$/,
    ],
    [
      '001',
      /^Chiều 16\/9, tại Trụ sở Bộ Quốc phòng/,
      /Phùng Quang Thanh, nguyên Bộ trưởng Bộ Quốc phòng Việt Nam vừa từ trần\.$/,
    ],
    ['002', /^Theo phóng viên TTXVN tại Tokyo, ngày 29-11/, /Viện Nghiên cứu Chính sách quốc tế của Nhật Bản\.$/],
    ['003', /^Tại Hà Nội, Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc/, /lần thứ 10 tại Washington DC\.$/],
    [
      '004',
      /^Ngày 98, Đoàn đại biểu quân sự cấp cao Việt Nam/,
      /tiềm năng ứng dụng hiệu quả tại Việt Nam trong tương lai\.$/,
    ],
  ])("%s: the first passage is the lead and the last is the article's last sentence", (id, first, last) => {
    const a = article(id);
    expect(a.passages[0]!.text).toMatch(first);
    expect(a.passages.at(-1)!.text).toMatch(last);
    expect(a.passages[0]!.id).toBe(`${a.id}#1`);
  });

  it('keeps no furniture line in any passage', () => {
    const text = corpus.articles.flatMap((a) => a.passages.map((p) => p.text)).join('\n');
    for (const furniture of [
      'Cùng chuyên mục',
      'Tin đọc nhiều',
      'Viết bình luận mới',
      'Xem thêm',
      'THÔNG TIN CẦN BIẾT',
      'Đang cập nhật dữ liệu',
      'Quang cảnh buổi đối thoại.',
      'Đại diện phía Việt Nam tham gia cuộc đối thoại.',
      '- ảnh 1',
      'Tàu sân bay chở trực thăng Hyuga',
      'Ảnh BQP',
      'Nguồn:',
      'Theo VOV.VN',
      'Tổng Bí thư Tô Lâm',
      'Tuyên truyền các quy định',
      'Hoạt động đối ngoại nổi bật',
      'Nhiều mây, có mưa',
      'Khoảnh khắc lính dù Nga',
      'Giao lưu hữu nghị quốc phòng biên giới',
      './.',
    ]) {
      expect(text, furniture).not.toContain(furniture);
    }
  });

  it('"Biển Đông" stands in the passages of 003 only (000 and 001 have it in their furniture)', () => {
    const holding = corpus.articles
      .filter((a) => a.passages.some((p) => p.text.includes('Biển Đông')))
      .map((a) => a.id.slice(0, 3));
    expect(holding).toEqual(['003']);
    expect(parsed('000').furniture.some((f) => f.line.includes('Biển Đông'))).toBe(true);
  });

  it('keeps the page around an undated article as dated context', () => {
    const dates = parsed('002')
      .pageContext.map((h) => h.date?.iso)
      .filter(Boolean);
    expect(dates).toContain('2016-11-29');
    expect(dates).toContain('2016-11-28');
  });

  it('drops the teaser that 004 repeats inside its lead, and the photo lines', () => {
    const a = parsed('004');
    expect(a.furniture.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['repeated-teaser', 'image-alt', 'image-caption']),
    );
    expect(a.passages.filter((p) => p.text.startsWith('Tại Đối thoại, hai bên đã đề cập'))).toEqual([]);
  });
});
