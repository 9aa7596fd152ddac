/**
 * The site around an article: a related-news block whose headlines are printed twice (link text, then image alt),
 * teasers, dates in the sites' formats, a weather box and a comment prompt. Headlines name other partners and
 * rounds, as real ones do, so an extractor that reads furniture as news is caught.
 */
import type { Partner } from '../../src/vocabulary/index.js';
import { addDays, pad } from './calendar.js';
import type { Rng } from './random.js';

const HEADINGS_VI = ['Cùng chuyên mục', 'Tin liên quan', 'Xem thêm', 'Tin đọc nhiều'];
const HEADINGS_EN = ['Related news', 'Most read'];

const HEADLINES_VI = [
  (p: string) => `Việt Nam - ${p} tăng cường hợp tác quốc phòng`,
  (p: string) => `Bộ trưởng Bộ Quốc phòng tiếp Đại sứ ${p}`,
  (p: string) => `Đoàn đại biểu quân sự ${p} thăm Học viện Quốc phòng`,
  () => 'Khai mạc Triển lãm Quốc phòng quốc tế Việt Nam',
  (p: string) => `Tàu Hải quân ${p} thăm thành phố Đà Nẵng`,
  () => 'Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng',
];
const TEASERS_VI = [
  'Hai bên trao đổi về các biện pháp thúc đẩy quan hệ hợp tác trong thời gian tới.',
  'Sự kiện thu hút đông đảo đại biểu trong nước và quốc tế tham dự.',
  'Chuyến thăm góp phần tăng cường hiểu biết, tin cậy lẫn nhau.',
];
const HEADLINES_EN = [
  (p: string) => `Vietnam, ${p} look to deepen defence ties`,
  (p: string) => `Defence minister receives ${p} ambassador`,
  () => 'Vietnam International Defence Expo opens in Hanoi',
];

export function furniture(rng: Rng, lang: 'vi' | 'en', published: Date, partners: readonly Partner[]): string[] {
  const lines: string[] = [];
  const others = () => rng.pick(partners);
  const stamp = (daysBack: number) => {
    const d = addDays(published, -daysBack);
    return rng.chance(0.5)
      ? `(${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()})`
      : `${pad(rng.between(6, 22))}:${pad(rng.int(60))} ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  };
  if (lang === 'en') {
    lines.push(rng.pick(HEADINGS_EN));
    for (const headline of rng.sample(HEADLINES_EN, rng.between(2, 3))) {
      const h = headline(others().name);
      lines.push(h, h);
    }
    return lines;
  }
  lines.push(rng.pick(HEADINGS_VI));
  for (let i = 0; i < rng.between(3, 6); i++) {
    const other = others();
    const h = rng.chance(0.25)
      ? `Đối thoại Chính sách Quốc phòng Việt Nam - ${other.nameVi} lần thứ ${rng.between(1, 12)}`
      : rng.pick(HEADLINES_VI)(other.nameVi);
    const style = rng.int(3);
    if (style === 0) lines.push(h, h);
    else if (style === 1) lines.push(`${h} ${stamp(i + 1)}`);
    else lines.push(h, h, rng.pick(TEASERS_VI));
  }
  if (rng.chance(0.3))
    lines.push(
      'THÔNG TIN CẦN BIẾT',
      'Hà Nội',
      `${rng.between(14, 24)}°C - ${rng.between(25, 36)}°C`,
      rng.pick(['Có mưa rào', 'Nắng nhẹ', 'Nhiều mây']),
    );
  if (rng.chance(0.4)) lines.push('Viết bình luận mới');
  return lines;
}
