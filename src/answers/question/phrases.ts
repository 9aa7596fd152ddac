/** Sentence pieces for answers to questions in words, never more precise than the record; their words are the catalogue's. */
import type { Language } from '../../corpus/index.js';
import { mechanismName, type RoundRecord, partnerName } from '../../knowledge/index.js';
import { coChairText, placeLabel, roundDate, topicLabel } from '../compose.js';
import { formatDate, formatRound, joinList, partnerInSentence } from '../format.js';
import { messages } from '../messages/index.js';

/** "Vietnam–Japan" / "Việt Nam – Nhật Bản". */
export const pairName = (code: string, lang: Language) => messages(lang).questions.pair(partnerName(code, lang));

/** "the 4th Vietnam–Japan Defence Policy Dialogue" / "Đối thoại Chính sách Quốc phòng Việt Nam – Nhật Bản lần thứ 4". */
export function roundTitle(r: RoundRecord, lang: Language, withPartner = true): string {
  const pair = withPartner ? `${pairName(r.partner, lang)} ` : '';
  return messages(lang).questions.roundTitle(
    r.round === null ? null : formatRound(r.round, lang),
    pair,
    mechanismName(r.mechanism, lang),
  );
}

/** "on 29 November 2016" / "in August 2013" / "vào 29/11/2016"; null when the date is unknown. */
function when(r: RoundRecord, lang: Language): string | null {
  const date = roundDate(r);
  if (!date) return null;
  return messages(lang).questions.when(formatDate(date, lang), date.precision, Boolean(date.onOrBefore));
}

/** "in Tokyo" / "online between Hanoi and Ottawa" / "tại Tokyo"; null when the record has no venue or format. */
function where(r: RoundRecord, lang: Language): string | null {
  const say = messages(lang).questions;
  const places = r.venues.map((v) => placeLabel(v, lang));
  if (r.format === 'online') return say.online(places.length > 1 ? joinList(places, lang) : '');
  if (!places.length) return null;
  return say.at(joinList(places, lang));
}

/** "held on 29 November 2016 in Tokyo" / "planned in Washington DC" / "mentioned in a later report (2019)". */
export function happening(r: RoundRecord, lang: Language): string {
  const say = messages(lang).questions;
  const parts = [when(r, lang), where(r, lang)].filter(Boolean).join(' ');
  if (r.status === 'held') return say.held(parts);
  if (r.status === 'planned') return say.planned(parts, roundDate(r) !== null);
  const date = roundDate(r);
  return say.mentionedLater(date ? formatDate(date, lang) : '');
}

/** "the 4th Vietnam–Japan Defence Policy Dialogue, held on 29 November 2016 in Tokyo". */
export const roundLine = (r: RoundRecord, lang: Language, withPartner = true) =>
  `${roundTitle(r, lang, withPartner)}, ${happening(r, lang)}`;

/** A sentence: "The 4th Vietnam–Japan Defence Policy Dialogue was held on 29 November 2016 in Tokyo". */
export function roundStatement(r: RoundRecord, lang: Language): string {
  const verb = messages(lang).questions.statementVerb(r.status === 'held');
  return capitalise(`${roundTitle(r, lang)}${verb} ${happening(r, lang)}`);
}

/** "Border cooperation" → "border cooperation"; a label with a name in it ("Agent Orange", "UN peacekeeping") stays. */
export const lowerFirst = (text: string) =>
  /^\p{Lu}[^\p{Lu}]*$/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

export type Detail = 'who' | 'signed' | 'topics' | 'format';

/** What the question asked beyond date and venue: co-chairs, documents, topics, format. */
export function detail(r: RoundRecord, asked: Detail, lang: Language): string {
  const say = messages(lang).questions;
  if (asked === 'who') return r.coChairs.length ? say.coChairedBy(coChairText(r, lang)) : say.noCoChairs;
  if (asked === 'signed') {
    if (!r.agreements.length) return say.noDocuments;
    return say.documents(r.agreements.map((a) => say.document(a.name, a.original, a.action)).join('; '));
  }
  if (asked === 'topics')
    return r.topics.length ? say.topicsOnRecord(r.topics.map((t) => lowerFirst(topicLabel(t, lang)))) : say.noTopics;
  if (r.format === 'online') return say.heldOnline;
  if (r.format === 'in-person') return say.heldInPerson;
  return say.formatUnknown;
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
export const roundsCount = (n: number, lang: Language) => messages(lang).questions.roundsCount(n);

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Japan (the 2nd, 4th)" lists per partner. */
export function byPartnerList(rounds: RoundRecord[], lang: Language): string {
  const codes = [...new Set(rounds.map((r) => r.partner))];
  return joinList(
    codes.map((code) => {
      const own = rounds.filter((r) => r.partner === code);
      const items = own.map((r) => {
        const date = roundDate(r);
        const name = messages(lang).rounds.name(formatRound(r.round, lang), mechanismName(r.mechanism, lang));
        return `${name}${date ? `, ${formatDate(date, lang)}` : ''}`;
      });
      return `${partnerInSentence(code, lang)} (${items.join('; ')})`;
    }),
    lang,
  );
}
