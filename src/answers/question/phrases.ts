/** Sentence pieces for answers to questions in words, in English and Vietnamese, never more precise than the record. */
import type { Language } from '../../corpus/index.js';
import { mechanismName, type RoundRecord, partnerName } from '../../knowledge/index.js';
import { coChairText, placeLabel, roundDate, topicLabel } from '../compose.js';
import { formatDate, formatRound, joinList, partnerInSentence } from '../format.js';

export const en = (lang: Language) => lang === 'en';

/** "Vietnam–Japan" / "Việt Nam – Nhật Bản". */
export const pairName = (code: string, lang: Language) =>
  en(lang) ? `Vietnam–${partnerName(code, 'en')}` : `Việt Nam – ${partnerName(code, 'vi')}`;

/** "the 4th Vietnam–Japan Defence Policy Dialogue" / "Đối thoại Chính sách Quốc phòng Việt Nam – Nhật Bản lần thứ 4". */
export function roundTitle(r: RoundRecord, lang: Language, withPartner = true): string {
  const mechanism = mechanismName(r.mechanism, lang);
  const pair = withPartner ? `${pairName(r.partner, lang)} ` : '';
  if (en(lang))
    return r.round === null ? `a ${pair}${mechanism}` : `the ${formatRound(r.round, lang)} ${pair}${mechanism}`;
  return `${mechanism} ${pair}${r.round === null ? '(không rõ số phiên)' : formatRound(r.round, lang)}`.replace(
    /\s+/g,
    ' ',
  );
}

/** "on 29 November 2016" / "in August 2013" / "vào 29/11/2016"; null when the date is unknown. */
function when(r: RoundRecord, lang: Language): string | null {
  const date = roundDate(r);
  if (!date) return null;
  const text = formatDate(date, lang);
  if (!en(lang)) return `${date.precision === 'day' && !date.onOrBefore ? 'vào ' : ''}${text}`;
  if (date.onOrBefore) return text;
  return `${date.precision === 'day' ? 'on' : 'in'} ${text}`;
}

/** "in Tokyo" / "online between Hanoi and Ottawa" / "tại Tokyo"; null when the record has no venue or format. */
function where(r: RoundRecord, lang: Language): string | null {
  const places = r.venues.map((v) => placeLabel(v, lang));
  if (r.format === 'online')
    return en(lang)
      ? `online${places.length > 1 ? ` between ${joinList(places, lang)}` : ''}`
      : `trực tuyến${places.length > 1 ? ` giữa ${joinList(places, lang)}` : ''}`;
  if (!places.length) return null;
  return en(lang) ? `in ${joinList(places, lang)}` : `tại ${joinList(places, lang)}`;
}

/** "held on 29 November 2016 in Tokyo" / "planned in Washington DC" / "mentioned in a later report (2019)". */
export function happening(r: RoundRecord, lang: Language): string {
  const parts = [when(r, lang), where(r, lang)].filter(Boolean).join(' ');
  if (r.status === 'held')
    return en(lang)
      ? `held${parts ? ` ${parts}` : ' (date and venue not on record)'}`
      : `đã diễn ra${parts ? ` ${parts}` : ' (chưa rõ thời gian, địa điểm)'}`;
  if (r.status === 'planned')
    return en(lang)
      ? `planned${parts ? ` ${parts}` : ''}${roundDate(r) ? '' : ' (no date on record yet)'}`
      : `dự kiến diễn ra${parts ? ` ${parts}` : ''}${roundDate(r) ? '' : ' (chưa có ngày)'}`;
  const date = roundDate(r);
  return en(lang)
    ? `mentioned in a later report${date ? ` (${formatDate(date, lang)})` : ''}`
    : `được nhắc đến trong một bài sau${date ? ` (${formatDate(date, lang)})` : ''}`;
}

/** "the 4th Vietnam–Japan Defence Policy Dialogue, held on 29 November 2016 in Tokyo". */
export const roundLine = (r: RoundRecord, lang: Language, withPartner = true) =>
  `${roundTitle(r, lang, withPartner)}, ${happening(r, lang)}`;

/** A sentence: "The 4th Vietnam–Japan Defence Policy Dialogue was held on 29 November 2016 in Tokyo". */
export function roundStatement(r: RoundRecord, lang: Language): string {
  const verb = en(lang) ? (r.status === 'held' ? ' was' : ' is') : '';
  return capitalise(`${roundTitle(r, lang)}${verb} ${happening(r, lang)}`);
}

/** "Border cooperation" → "border cooperation"; a label with a name in it ("Agent Orange", "UN peacekeeping") stays. */
export const lowerFirst = (text: string) =>
  /^\p{Lu}[^\p{Lu}]*$/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** "Japan's", "the United States'" / Vietnamese has no possessive: "với Nhật Bản". */
export function possessive(code: string, lang: Language): string {
  const name = partnerInSentence(code, lang);
  return `${name}${name.endsWith('s') ? "'" : "'s"}`;
}

export type Detail = 'who' | 'signed' | 'topics' | 'format';

/** What the question asked beyond date and venue: co-chairs, documents, topics, format. */
export function detail(r: RoundRecord, asked: Detail, lang: Language): string {
  if (asked === 'who')
    return r.coChairs.length
      ? en(lang)
        ? `co-chaired by ${coChairText(r, lang)}`
        : `do ${coChairText(r, lang)} đồng chủ trì`
      : en(lang)
        ? 'its co-chairs are not on record'
        : 'chưa ghi nhận người đồng chủ trì';
  if (asked === 'signed') {
    if (!r.agreements.length)
      return en(lang)
        ? 'no document signed or adopted there is on record'
        : 'chưa ghi nhận văn kiện nào được ký hoặc thông qua';
    const docs = r.agreements.map((a) =>
      en(lang)
        ? `${a.name} (${a.action})`
        : `${a.original} (${a.action === 'signed' ? 'đã ký' : a.action === 'adopted' ? 'thông qua' : 'dự kiến'})`,
    );
    return en(lang) ? `documents on record: ${docs.join('; ')}` : `văn kiện được ghi nhận: ${docs.join('; ')}`;
  }
  if (asked === 'topics')
    return r.topics.length
      ? en(lang)
        ? `topics on record: ${r.topics.map((t) => lowerFirst(topicLabel(t, lang))).join(', ')}`
        : `chủ đề được ghi nhận: ${r.topics.map((t) => lowerFirst(topicLabel(t, lang))).join('; ')}`
      : en(lang)
        ? 'no topic of it is on record'
        : 'chưa ghi nhận chủ đề';
  if (r.format === 'online') return en(lang) ? 'held online' : 'tổ chức trực tuyến';
  if (r.format === 'in-person') return en(lang) ? 'held in person' : 'tổ chức trực tiếp';
  return en(lang)
    ? 'the record does not say whether it was held online or in person'
    : 'kho dữ liệu không nói rõ hình thức trực tuyến hay trực tiếp';
}

/** "the 2nd (2013), 4th (29 November 2016)" — rounds as a short list with their dates. */
export function roundList(rounds: RoundRecord[], lang: Language): string {
  return joinList(
    rounds.map((r) => {
      const date = roundDate(r);
      return `${formatRound(r.round, lang)}${date ? ` (${formatDate(date, lang)})` : ''}`;
    }),
    lang,
  );
}

/** "2 rounds" / "2 phiên". */
export const roundsCount = (n: number, lang: Language) => (en(lang) ? `${n} round${n === 1 ? '' : 's'}` : `${n} phiên`);

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Japan (the 2nd, 4th)" lists per partner. */
export function byPartnerList(rounds: RoundRecord[], lang: Language): string {
  const codes = [...new Set(rounds.map((r) => r.partner))];
  return joinList(
    codes.map((code) => {
      const own = rounds.filter((r) => r.partner === code);
      const items = own.map((r) => {
        const date = roundDate(r);
        const mechanism = mechanismName(r.mechanism, lang);
        const name = en(lang)
          ? `${formatRound(r.round, lang)} ${mechanism}`
          : `${mechanism} ${formatRound(r.round, lang)}`;
        return `${name}${date ? `, ${formatDate(date, lang)}` : ''}`;
      });
      return `${partnerInSentence(code, lang)} (${items.join('; ')})`;
    }),
    lang,
  );
}
