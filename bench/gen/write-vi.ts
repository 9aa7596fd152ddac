/** A Vietnamese report of one round, in the shapes of qdnd.vn, VOV, TTXVN and the ministry's portal. */
import type { ArticleChoices } from './article-choices.js';
import { leadDayVi } from './calendar.js';
import { FILLER_VI, TOPIC_PHRASES, VI_NUMBER_WORDS } from './phrases.js';
import type { Rng } from './random.js';
import type { Official, RoundPlan } from './schedule.js';

export interface WrittenArticle {
  title: string;
  paragraphs: string[];
  sourceLine: string;
  /** The outlet as the source line names it. */
  outlet: string;
  /** The round as written in the lead ("lần thứ tư", "4th"). */
  roundPhrase: string;
  coChairNames: { name: string; side: string }[];
}

const REPORTERS = ['HỮU THẮNG', 'TUẤN SƠN', 'MINH TRANG', 'PHAN HÙNG', 'THU HÀ', 'NGỌC ANH'];
const OUTLETS: [line: (rng: Rng) => string, outlet: (line: string) => string][] = [
  [() => 'Nguồn: qdnd.vn', () => 'qdnd.vn'],
  [(rng) => `Nguồn: ${rng.pick(REPORTERS)} (QĐND)`, () => 'QĐND'],
  [() => 'Theo VOV.VN', () => 'VOV.VN'],
  [() => 'Nguồn: mod.gov.vn', () => 'mod.gov.vn'],
  [() => 'Nguồn: baochinhphu.vn', () => 'baochinhphu.vn'],
  [() => 'Theo TTXVN', () => 'TTXVN'],
];

function roundVi(rng: Rng, n: number): string {
  return n < VI_NUMBER_WORDS.length && rng.chance(0.4) ? `lần thứ ${VI_NUMBER_WORDS[n]}` : `lần thứ ${n}`;
}

function fullVi(o: Official, partnerVi: string, rng: Rng): string {
  // A civilian is named after the office ("Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc"), an officer after the rank.
  if (o.side === 'VN')
    return o.rankVi ? `${o.rankVi} ${o.person.name}, ${o.titleVi} Việt Nam` : `${o.titleVi} Việt Nam ${o.person.name}`;
  if (o.rankVi) return `${o.rankVi} ${o.person.name}, ${o.titleVi} ${partnerVi}`;
  return rng.chance(0.5)
    ? `${o.titleVi} ${partnerVi} ${o.person.name}`
    : `${o.person.female ? 'bà' : 'ông'} ${o.person.name}, ${o.titleVi} ${partnerVi}`;
}

/** How later sentences refer to a co-chair: "Thứ trưởng Hoàng Văn A", "Thượng tướng Hoàng Văn A". */
function shortVi(o: Official, rng: Rng): string {
  return o.rankVi && rng.chance(0.5) ? `${o.rankVi} ${o.person.name}` : `Thứ trưởng ${o.person.name}`;
}

function listVi(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

export function writeVietnamese(rng: Rng, plan: RoundPlan, choices: ArticleChoices): WrittenArticle {
  const P = plan.partner.nameVi;
  const mech = rng.chance(0.7) ? plan.mechanism.vi : (plan.mechanism.termsVi[1] ?? plan.mechanism.vi);
  const pair = rng.chance(0.8) ? `Việt Nam - ${P}` : `Việt Nam-${P}`;
  const roundPhrase = roundVi(rng, plan.round);
  const [y, m, d] = [plan.date.getUTCFullYear(), plan.date.getUTCMonth() + 1, plan.date.getUTCDate()];
  const vnFull = fullVi(plan.vnChair, P, rng);
  const fcFull = fullVi(plan.foreignChair, P, rng);
  const where = plan.online
    ? `theo hình thức trực tuyến tại điểm cầu ${plan.hanoi.vi} (Việt Nam) và điểm cầu ${plan.capital.vi} (${P})`
    : `tại ${plan.venue.vi}`;
  const [outletLine, outletName] = rng.pick(OUTLETS);
  let sourceLine = outletLine(rng);
  let outlet = outletName(sourceLine);

  let lead: string;
  if (choices.monthOnly) {
    lead = `Trong tháng ${m}/${y}, ${mech} ${pair} ${roundPhrase} đã diễn ra ${where} dưới sự đồng chủ trì của ${vnFull} và ${fcFull}.`;
  } else if (!plan.online && plan.venue.country !== 'VN' && choices.withDateLine && rng.chance(0.25)) {
    // The news agency's dateline lead: the agency is the outlet.
    lead = `Theo phóng viên TTXVN tại ${plan.venue.vi}, ngày ${d}-${m}, ${mech} ${pair} ${roundPhrase} đã diễn ra tại ${plan.venue.vi} dưới sự đồng chủ trì của ${vnFull} và ${fcFull}.`;
    sourceLine = 'Theo TTXVN';
    outlet = 'TTXVN';
  } else {
    const day = leadDayVi(rng, plan.date, !choices.withDateLine);
    lead = rng.chance(0.5)
      ? `${day}, ${vnFull} và ${fcFull} đồng chủ trì ${mech} ${pair} ${roundPhrase} ${where}.`
      : `${day}, ${mech} ${pair} ${roundPhrase} đã diễn ra ${where} dưới sự đồng chủ trì của ${vnFull} và ${fcFull}.`;
  }

  const vnShort = () => shortVi(plan.vnChair, rng);
  const fcShort = () =>
    rng.chance(0.5)
      ? `Thứ trưởng ${plan.foreignChair.person.name}`
      : `${plan.foreignChair.person.female ? 'Bà' : 'Ông'} ${plan.foreignChair.person.name}`;
  // Filler sentences are drawn once per article, so no sentence is printed twice.
  const fillers = rng
    .sample(FILLER_VI, rng.between(3, 6))
    .map((s) => s.replace('{P}', P).replace('{vn}', vnShort()).replace('{fc}', fcShort()));
  const filler = () => fillers.splice(0, rng.between(1, 3)).join(' ');
  const topicPhrases = choices.topics.map((t) => rng.pick(TOPIC_PHRASES[t]!.vi));

  const paragraphs = [lead, filler()].filter(Boolean);
  const previous =
    choices.mentionsPrevious && plan.previous
      ? ` kể từ phiên Đối thoại lần thứ ${plan.previous.round} năm ${plan.previous.year}`
      : '';
  paragraphs.push(
    `Tại Đối thoại, hai bên đánh giá cao kết quả hợp tác quốc phòng${previous}; nhất trí tăng cường hợp tác trong các lĩnh vực ${listVi(topicPhrases)}.`,
  );
  if (fillers.length > 0) paragraphs.push(filler());
  if (choices.mentionsDocument && plan.document) {
    const doc = plan.document;
    const topic = doc.topic ? rng.pick(TOPIC_PHRASES[doc.topic]!.vi) : 'quốc phòng';
    const name = doc.kind.vi.replace('{topic}', topic).replace('{years}', `${doc.years[0]}-${doc.years[1]}`);
    paragraphs.push(
      `${rng.pick(['Kết thúc Đối thoại', 'Tại Đối thoại', 'Nhân dịp Đối thoại'])}, hai bên đã ký ${name}.`,
    );
  }
  if (choices.mentionsCourtesyCall) {
    const host = plan.host;
    paragraphs.push(
      host.side === 'VN'
        ? `Trước đó, ${host.rankVi} ${host.person.name}, ${host.titleVi} đã tiếp ${plan.foreignChair.titleVi} ${P} ${plan.foreignChair.person.name} nhân dịp sang dự Đối thoại.`
        : `Trong thời gian ở ${P}, ${host.titleVi} ${host.person.name} đã tiếp ${plan.vnChair.rankVi ? `${plan.vnChair.rankVi} ` : ''}${plan.vnChair.person.name} và đoàn đại biểu Việt Nam.`,
    );
  }
  if (choices.mentionsNext) {
    paragraphs.push(
      `Hai bên nhất trí sẽ tiến hành ${mech} ${roundVi(rng, plan.next.round)} tại ${plan.next.venue.vi} vào năm ${y + 1}.`,
    );
  }
  paragraphs[paragraphs.length - 1] = `${paragraphs.at(-1)!.replace(/\.$/, '')}./.`;

  const title = rng.pick([
    () => `${mech} ${pair} ${roundPhrase}`,
    () => `${pair} tiến hành ${plan.mechanism.termsVi.at(-1) ?? mech} lần ${plan.round}`,
    () => `${pair} tăng cường hợp tác về ${listVi(topicPhrases.slice(0, 2))}`,
  ])();
  return {
    title,
    paragraphs,
    sourceLine,
    outlet,
    roundPhrase,
    coChairNames: [
      { name: plan.vnChair.person.name, side: 'VN' },
      { name: plan.foreignChair.person.name, side: plan.partner.code },
    ],
  };
}
