/**
 * A deterministic scale corpus: varied, realistic articles (partners, mechanisms, rounds, dates, people, topics,
 * several date-line and furniture layouts, Vietnamese and English), each with the facts it plants, so tests can check
 * that they parse and extract back. Not copies of the seeds: every sentence is assembled from parts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadVocabulary } from '../src/knowledge/vocabulary.js';

export interface PlantedFacts {
  partner: string;
  mechanism: string;
  round: number;
  date: string;
  venues: string[];
  format: 'online' | 'in-person';
  coChairs: { name: string; side: string }[];
  topics: string[];
  mentioned: { round: number; year: number } | null;
  planned: { round: number; venue: string } | null;
  published: string | null;
  outlet: string;
  language: 'vi' | 'en';
}

export interface GeneratedArticle {
  file: string;
  text: string;
  planted: PlantedFacts;
}

/** mulberry32: small, fast and deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}

const VN_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lương'];
const VN_MIDDLE = ['Văn', 'Xuân', 'Chí', 'Tân', 'Hồng', 'Quốc', 'Đình', 'Minh', 'Hữu', 'Thành'];
const VN_GIVEN = ['Chiến', 'Vịnh', 'Cương', 'Thắng', 'Hùng', 'Dũng', 'Nam', 'Sơn', 'Tuấn', 'Long', 'Phong', 'Khải'];
const FOREIGN_GIVEN = ['John', 'Anna', 'Peter', 'Maria', 'David', 'Sarah', 'Thomas', 'Laura', 'Henrik', 'Akira', 'Rajesh', 'Chen'];
const FOREIGN_FAMILY = ['Smith', 'Keller', 'Moreau', 'Rossi', 'Tanaka', 'Sharma', 'Lindqvist', 'Novak', 'Brennan', 'Okafor', 'Haddad', 'Park'];
const RANKS_VI = ['Thượng tướng', 'Trung tướng', 'Thiếu tướng'];
const RANKS_EN: Record<string, string> = { 'Thượng tướng': 'Senior Lieutenant General', 'Trung tướng': 'Lieutenant General', 'Thiếu tướng': 'Major General' };
const MECHANISMS = ['defence-policy-dialogue', 'strategic-defence-dialogue', 'defence-consultation', 'political-security-defence-dialogue'];
const TOPICS = ['maritime-security', 'peacekeeping', 'demining', 'defence-industry', 'training', 'search-and-rescue', 'cyber-security', 'military-medicine', 'counter-terrorism', 'humanitarian-assistance-disaster-relief'];
const OUTLETS = ['qdnd.vn', 'mod.gov.vn', 'baochinhphu.vn', 'VOV.VN', 'TTXVN', 'nhandan.vn'];
const VN_NUMBERS = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const PARTS = ['Sáng', 'Chiều', 'Ngày'];

const pad = (n: number) => String(n).padStart(2, '0');

function ordinalEn(n: number, words: boolean): string {
  if (words && n <= 10) return EN_ORDINALS[n]!;
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

function dateLine(rnd: ReturnType<typeof prng>, d: Date, lang: 'vi' | 'en'): string | null {
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const time = `${pad(8 + rnd.int(10))}:${pad(rnd.int(60))}`;
  if (lang === 'en') return rnd.pick([`${day} ${MONTHS_EN[m - 1]} ${y}`, `${MONTHS_EN[m - 1]} ${day}, ${y}`, `${y}-${pad(m)}-${pad(day)}`]);
  return rnd.pick([
    `${pad(day)}/${pad(m)}/${y} ${time}`,
    `${WEEKDAYS[d.getUTCDay()]}, ngày ${pad(day)}/${pad(m)}/${y} | ${time}`,
    `${y}-${pad(m)}-${pad(day)}`,
    `${pad(day)}.${pad(m)}.${y}`,
    `ngày ${day} tháng ${m} năm ${y}`,
  ]);
}

function furniture(rnd: ReturnType<typeof prng>, d: Date): string {
  const headlines = ['Hải quân hai nước diễn tập tìm kiếm cứu nạn', 'Bộ trưởng Quốc phòng tiếp Đại sứ', 'Khai mạc triển lãm quốc phòng quốc tế', 'Tăng cường hợp tác đào tạo sĩ quan'];
  const block = rnd.pick(['Cùng chuyên mục', 'Tin liên quan', 'Xem thêm', 'Tin đọc nhiều']);
  const lines = [block];
  for (let i = 0; i < 3; i++) {
    const h = rnd.pick(headlines);
    const dd = new Date(d.getTime() - (i + 1) * 86_400_000);
    if (block === 'Tin liên quan') lines.push(`${h}  (${pad(dd.getUTCDate())}/${pad(dd.getUTCMonth() + 1)}/${dd.getUTCFullYear()})`);
    else lines.push(h, h);
  }
  if (rnd.next() < 0.3) lines.push('THÔNG TIN CẦN BIẾT', 'Trời nhiều mây, có mưa rào.');
  if (rnd.next() < 0.3) lines.push('Viết bình luận mới');
  return lines.join('\n');
}

export function generateCorpus(options: { articles: number; seed: number }): GeneratedArticle[] {
  const rnd = prng(options.seed);
  const vocab = loadVocabulary();
  const cities = vocab.places.filter((p) => p.kind === 'city');
  const partners = vocab.partners.filter((p) => cities.some((c) => c.country === p.code) && !['VN'].includes(p.code));
  const hanoi = cities.find((c) => c.en === 'Hanoi')!;
  const roundsSoFar = new Map<string, number>();
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const partner = partners[i % partners.length]!;
    const mechanismKey = rnd.pick(MECHANISMS);
    const mechanism = vocab.mechanisms.find((m) => m.key === mechanismKey)!;
    const key = `${partner.code}|${mechanismKey}`;
    const round = (roundsSoFar.get(key) ?? rnd.int(3)) + 1;
    roundsSoFar.set(key, round);
    const lang: 'vi' | 'en' = rnd.next() < 0.15 ? 'en' : 'vi';
    const event = new Date(Date.UTC(2005 + rnd.int(20), rnd.int(12), 1 + rnd.int(28)));
    const published = new Date(event.getTime() + rnd.int(3) * 86_400_000);
    const hasDateLine = rnd.next() > 0.1;
    const abroad = rnd.next() < 0.5;
    const partnerCity = cities.find((c) => c.country === partner.code)!;
    const online = rnd.next() < 0.1;
    const venueCity = abroad ? partnerCity : hanoi;
    const vnName = `${rnd.pick(VN_FAMILY)} ${rnd.pick(VN_MIDDLE)} ${rnd.pick(VN_GIVEN)}`;
    const foreignName = `${rnd.pick(FOREIGN_GIVEN)} ${rnd.pick(FOREIGN_FAMILY)}`;
    const rank = rnd.pick(RANKS_VI);
    const topics = [...new Set([rnd.pick(TOPICS), rnd.pick(TOPICS), rnd.pick(TOPICS)])];
    const topicText = (t: string) => (lang === 'vi' ? vocab.topics.find((x) => x.key === t)!.termsVi[0]! : vocab.topics.find((x) => x.key === t)!.termsEn[0]!);
    const mentioned = round > 1 && rnd.next() < 0.5 ? { round: round - 1, year: event.getUTCFullYear() - 1 } : null;
    const planned = rnd.next() < 0.5 ? { round: round + 1, venue: (abroad ? hanoi : partnerCity).en } : null;
    const outlet = rnd.pick(OUTLETS);
    const [d, m, y] = [event.getUTCDate(), event.getUTCMonth() + 1, event.getUTCFullYear()];
    const paragraphs: string[] = [];
    let title: string;
    if (lang === 'vi') {
      const roundText = round <= 10 && rnd.next() < 0.4 ? VN_NUMBERS[round]! : String(round);
      title = `${mechanism.vi} Việt Nam - ${partner.nameVi} lần thứ ${roundText}`;
      const where = online
        ? `theo hình thức trực tuyến tại điểm cầu ${hanoi.vi} và điểm cầu ${partnerCity.vi}`
        : `tại ${venueCity.vi}`;
      paragraphs.push(`${rnd.pick(PARTS)} ${d}/${m}, ${rank} ${vnName}, Thứ trưởng Bộ Quốc phòng Việt Nam và Thứ trưởng Quốc phòng ${partner.nameVi} ${foreignName} đồng chủ trì ${mechanism.vi} Việt Nam - ${partner.nameVi} lần thứ ${roundText} ${where}.`);
      paragraphs.push(`Hai bên đánh giá cao kết quả hợp tác quốc phòng${mentioned ? ` kể từ phiên Đối thoại lần thứ ${mentioned.round} năm ${mentioned.year}` : ''}, nhất trí tăng cường hợp tác trong các lĩnh vực ${topics.map(topicText).join(', ')}.`);
      if (planned) paragraphs.push(`Hai bên nhất trí sẽ tiến hành ${mechanism.vi} lần thứ ${planned.round} tại ${(abroad ? hanoi : partnerCity).vi}.`);
      paragraphs[paragraphs.length - 1] += './.';
      paragraphs[paragraphs.length - 1] = paragraphs[paragraphs.length - 1]!.replace(/\.\.\/\.$/, './.');
      paragraphs.push(rnd.next() < 0.5 ? `Nguồn: ${outlet}` : `Theo ${outlet}`);
    } else {
      const words = rnd.next() < 0.5;
      const ord = ordinalEn(round, words);
      title = `Vietnam, ${partner.name} hold ${ord} ${mechanism.en}`;
      const where = online ? `online between ${hanoi.en} and ${partnerCity.en}` : `in ${venueCity.en}`;
      paragraphs.push(`Vietnam and ${partner.name} held their ${ord} ${mechanism.en} ${where} on ${d} ${MONTHS_EN[m - 1]}, co-chaired by ${RANKS_EN[rank]} ${vnName}, Deputy Minister of National Defence, and ${foreignName}, Deputy Minister of Defence of ${partner.name}.`);
      paragraphs.push(`The two sides agreed to step up cooperation in ${topics.map(topicText).join(', ')}.`);
      if (planned) paragraphs.push(`The ${ordinalEn(planned.round, words)} ${mechanism.en} will be held in ${(abroad ? hanoi : partnerCity).en}.`);
      paragraphs.push(`Source: ${outlet}`);
    }
    const line = hasDateLine ? dateLine(rnd, published, lang) : null;
    let text = [title, '', ...(line ? [line, ''] : []), paragraphs.join(rnd.next() < 0.5 ? '\n\n' : '\n'), '', furniture(rnd, published)].join('\n');
    if (rnd.next() < 0.05) text = text.normalize('NFD');
    if (rnd.next() < 0.05) text = text.replace(/\n/g, '\r\n');
    out.push({
      file: `gen_${String(i).padStart(6, '0')}.txt`,
      text,
      planted: {
        partner: partner.code, mechanism: mechanismKey, round, date: `${y}-${pad(m)}-${pad(d)}`,
        venues: online ? [hanoi.en, partnerCity.en] : [venueCity.en], format: online ? 'online' : 'in-person',
        coChairs: [{ name: vnName, side: 'VN' }, { name: foreignName, side: partner.code }],
        topics, mentioned: lang === 'vi' ? mentioned : null, planned,
        published: line ? `${published.getUTCFullYear()}-${pad(published.getUTCMonth() + 1)}-${pad(published.getUTCDate())}` : null, outlet, language: lang,
      },
    });
  }
  return out;
}

export function writeCorpus(dir: string, generated: GeneratedArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const g of generated) writeFileSync(join(dir, g.file), g.text);
  writeFileSync(join(dir, 'planted.json'), JSON.stringify(generated.map((g) => ({ file: g.file, ...g.planted }))));
}
