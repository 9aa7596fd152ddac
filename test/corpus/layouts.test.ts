// The parser on articles we wrote in other layouts: English, ISO and dotted date lines, the long Vietnamese date,
// no date line with CRLF/BOM/NBSP, NFD text, and other furniture styles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.js';

const read = (name: string) =>
  parseArticle({ id: name, file: `${name}.txt`, text: readFileSync(`test/fixtures/articles/${name}.txt`, 'utf8') });

describe('other layouts', () => {
  it('an English article with "Thursday, 1 February 2018", a photo credit and "Related news"', () => {
    const a = read('en-vnexpress-layout');
    expect(a).toMatchObject({
      language: 'en',
      outlet: 'VnExpress',
      published: { iso: '2018-02-01', precision: 'day' },
    });
    expect(a.passages.map((p) => p.text)).toEqual([
      'Vietnam and Australia agreed on Wednesday to deepen cooperation in peacekeeping and maritime security.',
      'Deputy defence ministers from both countries met in Hanoi to review progress since 2016.',
    ]);
  });

  it('an ISO date line, a "Toàn cảnh" caption and a "Tin liên quan" block with dated headlines', () => {
    const a = read('iso-date-tin-lien-quan');
    expect(a.published?.iso).toBe('2019-03-14');
    expect(a.outlet).toBe('QĐND');
    expect(a.passages.map((p) => p.text)).toEqual([
      'Sáng 13/3, tại Hà Nội, hai bên trao đổi về hợp tác đào tạo và biên giới.',
      'Hai bên nhất trí tiếp tục phối hợp chặt chẽ trên các diễn đàn đa phương.',
    ]);
    expect(a.pageContext.map((h) => h.date?.iso)).toEqual(['2019-03-12', '2019-03-10']);
  });

  it('a dotted date line, one paragraph a line, a lone "-" and "Xem thêm"', () => {
    const a = read('dotted-date-no-source');
    expect(a.published?.iso).toBe('2018-02-01');
    expect(a.outlet).toBeNull();
    expect(a.passages).toHaveLength(2);
  });

  it('"ngày 1 tháng 2 năm 2018", an image line with its caption, an author with the outlet in parentheses', () => {
    const a = read('vi-long-date-line');
    expect(a.published?.iso).toBe('2018-02-01');
    expect(a.outlet).toBe('QĐND');
    expect(a.passages.map((p) => p.text).join('\n')).not.toMatch(/ảnh 1|Quang cảnh/);
    expect(a.passages).toHaveLength(2);
  });

  it('no date line, CRLF, a BOM and a non-breaking space; the outlet from "Theo phóng viên TTXVN tại …"', () => {
    const a = read('no-date-crlf-bom');
    expect(a.title).toBe('Tham vấn Quốc phòng Việt Nam - Nhật Bản');
    expect(a.published).toBeNull();
    expect(a.outlet).toBe('TTXVN');
    expect(a.passages.map((p) => p.text)).toEqual([
      'Theo phóng viên TTXVN tại Tokyo, chiều 5-3, hai bên đã tiến hành Tham vấn Quốc phòng.',
      'Hai bên trao đổi về an ninh biển và rà phá bom mìn.',
    ]);
  });

  it('NFD text comes out NFC', () => {
    const a = read('nfd-encoded');
    expect(a.title).toBe('Đối thoại Chiến lược Quốc phòng Việt Nam - Ấn Độ lần thứ 11');
    expect(a.title.normalize('NFC')).toBe(a.title);
    expect(a.passages[0]!.text).toContain('Bản ghi nhớ về hợp tác gìn giữ hòa bình');
    expect(a.published).toMatchObject({ iso: '2017-06-17', time: '10:05' });
  });
});
