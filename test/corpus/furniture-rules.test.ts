// Each furniture rule on its own: the lines it must catch and the article lines it must leave alone.
import { describe, expect, it } from 'vitest';
import {
  classifyLine,
  FURNITURE_RULES,
  parseDateLine,
  parseHeadlineDate,
  outletFromLead,
  outletFromSourceLine,
} from '../../src/corpus/index.js';

const ruleOf = (line: string, extra: { next?: string; previous?: string; position?: number } = {}) =>
  classifyLine({ line, next: extra.next, previous: extra.previous, position: extra.position ?? 3 })?.name ?? null;

const BODY = 'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực gìn giữ hòa bình, an ninh biển và đào tạo.';

describe('furniture rules', () => {
  it('reads a section header whatever its case and trailer, however long the trailer, and no paragraph as one', () => {
    expect(ruleOf('TIN LIÊN QUAN:')).toBe('section-header');
    expect(ruleOf(`Related news ${'» '.repeat(40)}`)).toBe('section-header');
    expect(ruleOf(`Có thể bạn quan tâm ${'-'.repeat(200)}`)).toBe('section-header');
    expect(ruleOf(`Tin liên quan ${BODY}`)).toBeNull();
  });

  it.each([
    ['Chia sẻ: Facebook | Zalo | Twitter | In bài | Gửi email', 'share-bar'],
    ['[A-] [A+] Chia sẻ In', 'share-bar'],
    ['Chia sẻ: f t in ✉', 'share-bar'],
    ['Từ khóa: Đối thoại chính sách quốc phòng, Chi-lê', 'tags'],
    ['Tags: Chile, defence policy dialogue', 'tags'],
    ['Bình luận (0)', 'comment-box'],
    ['Bạn nghĩ gì về bài viết này? [Viết bình luận]', 'comment-box'],
    ['[ Họ tên ] [ Email ] [ Gửi ]', 'comment-box'],
    ['Bản quyền thuộc Báo Quân khu 9', 'copyright'],
    ['Quảng cáo | Liên hệ tòa soạn | Điều khoản sử dụng', 'site-links'],
    ['Việt Nam - Chi-lê đối thoại chính sách quốc phòng lần thứ 2 (12/03/2030)', 'related-headline'],
    ['Hai đoàn tại phiên đối thoại ở Li-ma. Ảnh: qdnd.vn', 'photo-credit'],
    ['Quang cảnh buổi đối thoại. Ảnh: QK9 Online', 'photo-credit'],
  ])('page furniture inside the article: %s is %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it.each([
    'Bình luận về tình hình Biển Đông, Thượng tướng Nguyễn Văn A nhấn mạnh lập trường của Việt Nam.',
    'In the coming years, the two sides will expand training and peacekeeping cooperation.',
    'Hai bên thống nhất tổ chức Đối thoại lần thứ 3 tại Li-ma (Pê-ru) trong năm tới.',
  ])('an article sentence is not furniture: %s', (line) => {
    expect(ruleOf(line)).toBeNull();
  });

  it('has the named rules', () => {
    expect(FURNITURE_RULES.map((r) => r.name)).toEqual([
      'section-header',
      'source-line',
      'loading-notice',
      'image-alt',
      'image-caption',
      'photo-credit',
      'share-bar',
      'tags',
      'comment-box',
      'copyright',
      'site-links',
      'related-headline',
      'repeated-headline',
      'short-caption',
    ]);
  });
  it.each([
    'Cùng chuyên mục',
    'Tin đọc nhiều',
    'Xem thêm',
    'Viết bình luận mới',
    'THÔNG TIN CẦN BIẾT',
    'Tin liên quan',
    'Related news',
  ])('section-header: %s', (line) => {
    expect(ruleOf(line)).toBe('section-header');
  });
  it.each([
    'Nguồn: mod.gov.vn',
    'Theo VOV.VN',
    'Nguồn: HỮU THẮNG (QĐND)',
    'Source: VNA',
    'Theo QĐND',
    '(VNA)',
    '— VNA',
  ])('source-line: %s', (line) => {
    expect(ruleOf(line)).toBe('source-line');
  });
  it('source-line is not a short body sentence that opens with "Theo"', () => {
    expect(ruleOf('Theo đó, hai bên nhất trí.')).toBeNull();
  });
  it('loading-notice and lone symbols', () => {
    expect(ruleOf('Đang cập nhật dữ liệu !')).toBe('loading-notice');
    expect(ruleOf('-')).toBe('loading-notice');
  });
  it('image-alt and the caption after it', () => {
    expect(ruleOf('Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ hai - ảnh 1')).toBe('image-alt');
    expect(ruleOf('Tàu sân bay chở trực thăng Hyuga của Nhật Bản', { previous: 'Đối thoại - ảnh 1' })).toBe(
      'image-caption',
    );
    expect(ruleOf(BODY, { previous: 'Đối thoại - ảnh 1' })).toBeNull();
  });
  it('photo-credit', () => {
    expect(ruleOf('Đại tướng Phan Văn Giang cảm ơn Chính phủ Hàn Quốc. Ảnh BQP')).toBe('photo-credit');
    expect(ruleOf('Quang cảnh hội đàm. (Ảnh: TTXVN)')).toBe('photo-credit');
    expect(ruleOf('Photo: VNA')).toBe('photo-credit');
  });
  it('repeated-headline', () => {
    expect(ruleOf('Trung Quốc và Việt Nam', { next: 'Trung Quốc và Việt Nam' })).toBe('repeated-headline');
  });
  it('short-caption, but never a short sentence with a verb or a number, nor the lead', () => {
    expect(ruleOf('Quang cảnh buổi đối thoại.')).toBe('short-caption');
    expect(ruleOf('Đại diện phía Việt Nam tham gia cuộc đối thoại.')).toBe('short-caption');
    expect(ruleOf('Hai bên đã ký biên bản ghi nhớ.')).toBeNull();
    expect(ruleOf('Quang cảnh buổi đối thoại.', { position: 0 })).toBeNull();
    expect(ruleOf(BODY)).toBeNull();
    expect(
      ruleOf(
        'Theo phóng viên TTXVN tại Tokyo, ngày 29-11, Đối thoại chính sách quốc phòng Việt Nam-Nhật Bản lần thứ 4 đã diễn ra tại Tokyo.',
      ),
    ).toBeNull();
  });
});

describe('date lines', () => {
  it.each([
    ['26/07/2021 17:58', '2021-07-26', '17:58'],
    ['Thứ Năm, ngày 01/02/2018 | 08:30', '2018-02-01', '08:30'],
    ['2018-02-01', '2018-02-01', undefined],
    ['01.02.2018', '2018-02-01', undefined],
    ['1 February 2018', '2018-02-01', undefined],
    ['February 1, 2018', '2018-02-01', undefined],
    ['ngày 1 tháng 2 năm 2018', '2018-02-01', undefined],
    ['07:55 30/06/2025', '2025-06-30', '07:55'],
    ['Thursday, 1 February 2018', '2018-02-01', undefined],
    ['01-02-2018', '2018-02-01', undefined],
    ['Thứ Hai, 05/02/2018 - 10:15', '2018-02-05', '10:15'],
    ['Monday, February 5, 2018 5:07 PM', '2018-02-05', '17:07'],
    ['Cập nhật: 01/02/2018 08:30 GMT+7', '2018-02-01', '08:30'],
  ])('%s', (line, iso, time) => {
    const date = parseDateLine(line);
    expect(date).toMatchObject({ iso, precision: 'day', inferred: false });
    expect(date?.time).toBe(time);
  });
  it.each([
    ['tháng 2/2018', '2018-02'],
    ['Tháng 2 năm 2018', '2018-02'],
    ['February 2018', '2018-02'],
  ])('%s is a month', (line, iso) => {
    expect(parseDateLine(line)).toEqual({ iso, precision: 'month', inferred: false });
  });
  it('is not a sentence that happens to hold a date', () => {
    expect(parseDateLine('Sáng 23/7, Thượng tướng Hoàng Xuân Chiến chủ trì Đối thoại ngày 23/7/2021.')).toBeNull();
    expect(parseDateLine('31/02/2018')).toBeNull();
  });
});

describe('headline dates', () => {
  it('the date in parentheses after a headline wins over dates inside it', () => {
    expect(
      parseHeadlineDate('Hoạt động đối ngoại nổi bật tuần qua (từ ngày 21-11 đến ngày 27-11-2016)  (29/11/2016)')?.iso,
    ).toBe('2016-11-29');
  });
  it('a teaser with a full date dates its headline; a date without a year does not', () => {
    expect(parseHeadlineDate('Ngày 8/4/2024, tại Hà Nội, Bộ Ngoại giao đã chủ trì tổ chức…')?.iso).toBe('2024-04-08');
    expect(parseHeadlineDate('Ngày 11/4, trong khuôn khổ chuyến thăm chính thức Thái Lan…')).toBeNull();
  });
});

describe('outlets', () => {
  it.each([
    ['Theo VOV', 'VOV'],
    ['Source: Reuters', 'Reuters'],
    ['Source: VnExpress', 'VnExpress'],
    ['(VNA)', 'VNA'],
    ['— VNA', 'VNA'],
    ['Nguồn: mod.gov.vn', 'mod.gov.vn'],
    ['Theo VOV.VN', 'VOV.VN'],
    ['Nguồn: HỮU THẮNG (QĐND)', 'QĐND'],
    ['Source: VNA', 'VNA'],
  ])('%s → %s', (line, outlet) => expect(outletFromSourceLine(line)).toBe(outlet));
  it('from a dateline lead', () => {
    expect(outletFromLead('Theo phóng viên TTXVN tại Tokyo, ngày 29-11, Đối thoại …')).toBe('TTXVN');
    expect(outletFromLead('Theo đó, hai bên nhất trí …')).toBeNull();
  });
});
