/**
 * Questions about one partner: a round (first, latest, next, previous, a number) and one of its fields, how many
 * rounds, whether a topic came up. The first sentence answers and is true for the whole record.
 */
import type { Language } from '../../corpus/index.js';
import { mechanismName, type RoundRecord, partnerName } from '../../knowledge/index.js';
import { eventDate, topicLabel } from '../compose.js';
import { formatDate, formatRound, joinList, partnerInSentence } from '../format.js';
import type { Library } from '../library.js';
import type { Answer } from '../types.js';
import { viewsOf } from '../views.js';
import { buildAnswer, byDate } from './build.js';
import type { ParsedQuestion } from './parse.js';
import {
  byPartnerList,
  type Detail,
  detail,
  en,
  lowerFirst,
  pairName,
  roundLine,
  roundList,
  roundStatement,
  roundsCount,
} from './phrases.js';
import { inPeriod, within } from './time.js';

const DETAILS: Detail[] = ['who', 'signed', 'topics', 'format'];

export const roundsOf = (lib: Library, code: string) =>
  [...(viewsOf(lib).roundsByPartner.get(code) ?? [])].sort(byDate);

/** The rounds the question's mechanism and period allow; `note` says when the mechanism was not on record. */
function scoped(lib: Library, code: string, q: ParsedQuestion) {
  const all = roundsOf(lib, code);
  let rounds = all;
  let mechanismMissing = false;
  if (q.mechanism) {
    const same = all.filter((r) => r.mechanism === q.mechanism);
    if (same.length) rounds = same;
    else mechanismMissing = true;
  }
  if (q.period) rounds = rounds.filter((r) => within(r.date, q.period!));
  return { all, rounds, mechanismMissing };
}

/** "2 rounds are on record: the 2nd (August 2013) and the 4th (29 November 2016)". */
function recordNote(all: RoundRecord[], lang: Language): string {
  const mechanisms = [...new Set(all.map((r) => r.mechanism))];
  const parts = mechanisms.map((m) => {
    const own = all.filter((r) => r.mechanism === m);
    return en(lang)
      ? `${mechanismName(m, lang)}: ${roundList(own, lang)}`
      : `${mechanismName(m, lang)}: ${roundList(own, lang)}`;
  });
  return en(lang)
    ? `${roundsCount(all.length, lang)} on record (${parts.join('; ')})`
    : `${roundsCount(all.length, lang)} được ghi nhận (${parts.join('; ')})`;
}

/** The round the question points at, and how to say which it is. */
function pick(
  rounds: RoundRecord[],
  q: ParsedQuestion,
  lang: Language,
): { chosen: RoundRecord[]; lead: string; missing?: string } {
  const ask = q.round;
  const held = rounds.filter((r) => r.status === 'held');
  const sameSeries = (n: number) => {
    const anchor = rounds.find((r) => r.round === n);
    return anchor
      ? rounds.filter((r) => r.mechanism === anchor.mechanism && r.round !== null)
      : rounds.filter((r) => r.round !== null);
  };
  if (!ask || ask.kind === 'all') return { chosen: rounds, lead: '' };
  if (ask.kind === 'number') {
    const chosen = rounds.filter((r) => r.round === ask.round);
    return chosen.length
      ? { chosen, lead: '' }
      : {
          chosen: [],
          lead: '',
          missing: en(lang) ? `No ${formatRound(ask.round, lang)} round` : `Phiên lần thứ ${ask.round}`,
        };
  }
  if (ask.kind === 'first') {
    // "The first" is the 1st when the record has it, else the earliest the record holds.
    const numberOne = rounds.find((r) => r.round === 1);
    if (numberOne) return { chosen: [numberOne], lead: '' };
    const first = rounds[0];
    return first
      ? { chosen: [first], lead: en(lang) ? 'The earliest on record' : 'Phiên sớm nhất được ghi nhận' }
      : { chosen: [], lead: '' };
  }
  if (ask.kind === 'latest') {
    const latest = held.at(-1) ?? rounds.at(-1);
    return latest
      ? { chosen: [latest], lead: en(lang) ? 'The latest on record' : 'Phiên gần nhất được ghi nhận' }
      : { chosen: [], lead: '' };
  }
  if (ask.kind === 'next') {
    if (ask.after !== undefined) {
      const next = sameSeries(ask.after)
        .filter((r) => r.round! > ask.after!)
        .sort((a, b) => a.round! - b.round!)[0];
      return next
        ? {
            chosen: [next],
            lead: en(lang) ? `The round after the ${formatRound(ask.after, lang)}` : `Phiên sau lần thứ ${ask.after}`,
          }
        : {
            chosen: [],
            lead: '',
            missing: en(lang) ? `No round after the ${formatRound(ask.after, lang)}` : `Phiên sau lần thứ ${ask.after}`,
          };
    }
    const planned = rounds.find((r) => r.status === 'planned');
    return planned
      ? { chosen: [planned], lead: en(lang) ? 'The next round on record' : 'Phiên tiếp theo được ghi nhận' }
      : { chosen: [], lead: '', missing: en(lang) ? 'No upcoming round' : 'Phiên sắp tới' };
  }
  // previous
  const after = 'after' in ask ? ask.after : undefined;
  if (after !== undefined) {
    const before = sameSeries(after)
      .filter((r) => r.round! < after)
      .sort((a, b) => b.round! - a.round!)[0];
    return before
      ? {
          chosen: [before],
          lead: en(lang) ? `The round before the ${formatRound(after, lang)}` : `Phiên trước lần thứ ${after}`,
        }
      : {
          chosen: [],
          lead: '',
          missing: en(lang) ? `No round before the ${formatRound(after, lang)}` : `Phiên trước lần thứ ${after}`,
        };
  }
  const previous = held.at(-2);
  return previous
    ? { chosen: [previous], lead: en(lang) ? 'The round before the latest' : 'Phiên trước phiên gần nhất' }
    : { chosen: [], lead: '', missing: en(lang) ? 'No earlier round' : 'Phiên trước đó' };
}

/** No round at all with the partner: say so, and what the record does hold with it (other events). */
function answerNothing(lib: Library, code: string, q: ParsedQuestion, lang: Language): Answer {
  const name = partnerInSentence(code, lang);
  const events = viewsOf(lib).eventsByPartner.get(code) ?? [];
  const what = q.mechanism ? mechanismName(q.mechanism, lang) : en(lang) ? 'dialogue' : 'đối thoại';
  const told = events
    .slice(0, 3)
    .map((e) => `${en(lang) ? e.summary : e.summaryVi}${e.date ? ` (${formatDate(eventDate(e), lang)})` : ''}`)
    .join('; ');
  const summary = en(lang)
    ? `No ${pairName(code, lang)} ${what} round is on record, nor any other round with ${name}.${events.length ? ` The record holds ${events.length} other event${events.length === 1 ? '' : 's'} with ${name}: ${told}.` : ''}`
    : `Chưa ghi nhận phiên ${what} nào giữa Việt Nam và ${name}, cũng như phiên nào khác với ${name}.${events.length ? ` Kho dữ liệu có ${events.length} sự kiện khác với ${name}: ${told}.` : ''}`;
  return buildAnswer(lib, lang, { title: pairName(code, lang), summary, rounds: [], events, partner: code });
}

/** A round of one partner and what was asked of it. */
export function answerRound(lib: Library, code: string, q: ParsedQuestion, lang: Language): Answer {
  const { all, rounds, mechanismMissing } = scoped(lib, code, q);
  const title = pairName(code, lang);
  const name = partnerInSentence(code, lang);
  const whole = recordNote(all, lang);
  if (!all.length) return answerNothing(lib, code, q, lang);
  if (mechanismMissing) {
    const mechanism = mechanismName(q.mechanism!, lang);
    const summary = en(lang)
      ? `No ${pairName(code, lang)} ${mechanism} is on record. With ${name}, ${whole}.`
      : `Chưa ghi nhận ${mechanism} nào giữa Việt Nam và ${name}. Với ${name}, ${whole}.`;
    return buildAnswer(lib, lang, { title, summary, rounds: all, partner: code });
  }
  if (!rounds.length) {
    const summary = en(lang)
      ? `No round with ${name} ${inPeriod(q.period!, lang)} is on record; ${whole}.`
      : `Chưa ghi nhận phiên nào với ${name} ${inPeriod(q.period!, lang)}; ${whole}.`;
    return buildAnswer(lib, lang, { title, summary, rounds: all, partner: code });
  }
  const { chosen, lead, missing } = pick(rounds, q, lang);
  if (!chosen.length) {
    const summary = en(lang)
      ? `${missing ?? 'No such round'} with ${name} is on record; ${whole}.`
      : `${missing ?? 'Phiên này'} với ${name} chưa được ghi nhận; ${whole}.`;
    return buildAnswer(lib, lang, { title, summary, rounds: all, partner: code });
  }
  const asked = DETAILS.filter((d) => q.fields.has(d));
  // The date and venue are in the round's line when known; asked for and unknown, the answer says so.
  const unknown = (r: RoundRecord) => [
    // A planned round already says it has no date yet.
    ...(q.fields.has('when') && !r.date && r.status !== 'planned'
      ? [en(lang) ? 'its date is not on record' : 'chưa ghi nhận thời gian']
      : []),
    ...(q.fields.has('where') && !r.venues.length && r.format !== 'online'
      ? [en(lang) ? 'its venue is not on record' : 'chưa ghi nhận địa điểm']
      : []),
  ];
  const extras = (r: RoundRecord) =>
    [...unknown(r), ...asked.filter((d) => d !== 'format' || r.format !== 'online').map((d) => detail(r, d, lang))]
      .map((text) => `, ${text}`)
      .join('');
  const sentence = (r: RoundRecord) => `${roundLine(r, lang)}${extras(r)}`;
  let first: string;
  if (chosen.length === 1) {
    const r = chosen[0]!;
    first = lead ? `${lead} ${en(lang) ? 'is' : 'là'} ${sentence(r)}` : `${roundStatement(r, lang)}${extras(r)}`;
    // "the first" that is not the 1st: say the earlier ones are not on record.
    if (q.round?.kind === 'first' && r.round !== null && r.round > 1)
      first += en(lang) ? `; earlier rounds are not on record` : `; các phiên trước đó chưa được ghi nhận`;
  } else {
    first = en(lang)
      ? `${roundsCount(chosen.length, lang)} on record: ${chosen.map(sentence).join('; ')}`
      : `${roundsCount(chosen.length, lang)} được ghi nhận: ${chosen.map(sentence).join('; ')}`;
  }
  const summary =
    chosen.length === all.length ? `${first}.` : `${first}. ${en(lang) ? 'With' : 'Với'} ${name}, ${whole}.`;
  return buildAnswer(lib, lang, { title, summary, rounds: chosen, partner: code, context: all });
}

/** How many rounds with one partner (of one mechanism when asked). */
export function answerCount(lib: Library, code: string, q: ParsedQuestion, lang: Language): Answer {
  const { all, rounds, mechanismMissing } = scoped(lib, code, q);
  const name = partnerInSentence(code, lang);
  const title = pairName(code, lang);
  const counted = mechanismMissing ? [] : rounds;
  const held = counted.filter((r) => r.status === 'held');
  const others = counted.filter((r) => r.status !== 'held');
  const what = q.mechanism ? mechanismName(q.mechanism, lang) : en(lang) ? 'dialogue' : 'đối thoại';
  let summary: string;
  if (!counted.length)
    summary = en(lang)
      ? `No ${what} round with ${name} is on record (0 rounds)${all.length ? `; with ${name}, ${recordNote(all, lang)}` : ''}.`
      : `Chưa ghi nhận phiên ${what} nào với ${name} (0 phiên)${all.length ? `; với ${name}, ${recordNote(all, lang)}` : ''}.`;
  else
    summary = en(lang)
      ? `${roundsCount(counted.length, lang)} of ${what} with ${name} are on record: ${held.length} held (${roundList(held, lang) || 'none'})${others.length ? ` and ${others.length} mentioned or planned (${roundList(others, lang)})` : ''}.`
      : `Có ${roundsCount(counted.length, lang)} ${what} với ${name} được ghi nhận: ${held.length} phiên đã diễn ra (${roundList(held, lang) || 'không có'})${others.length ? ` và ${others.length} phiên được nhắc đến hoặc dự kiến (${roundList(others, lang)})` : ''}.`;
  return buildAnswer(lib, lang, { title, summary, rounds: counted.length ? counted : all, partner: code });
}

/** Did a topic come up with one partner? Yes with the rounds, or no with where it did come up. */
export function answerPartnerTopic(lib: Library, code: string, q: ParsedQuestion, lang: Language): Answer {
  const { all, rounds } = scoped(lib, code, q);
  const topic = q.topic!;
  const name = partnerInSentence(code, lang);
  const topicName = lowerFirst(topicLabel(topic, lang));
  const matching = rounds.filter((r) => r.topics.includes(topic));
  const title = `${pairName(code, lang)} · ${topicLabel(topic, lang)}`;
  if (matching.length) {
    const summary = en(lang)
      ? `Yes: Vietnam and ${name} discussed ${topicName} in ${roundsCount(matching.length, lang)} on record: ${byPartnerList(matching, lang).replace(/^[^(]*\((.*)\)$/, '$1')}.`
      : `Có: Việt Nam và ${name} đã bàn về ${topicName} tại ${roundsCount(matching.length, lang)} được ghi nhận: ${byPartnerList(matching, lang).replace(/^[^(]*\((.*)\)$/, '$1')}.`;
    return buildAnswer(lib, lang, {
      title,
      summary,
      rounds: matching,
      partner: code,
      highlightTopic: topic,
      context: all,
    });
  }
  const elsewhere = [...new Set((viewsOf(lib).roundsByTopic.get(topic) ?? []).map((r) => r.partner))]
    .filter((p) => p !== code)
    .map((p) => partnerInSentence(p, lang));
  const nearby = elsewhere.length
    ? en(lang)
      ? ` It came up with ${joinList(elsewhere.slice(0, 8), lang)}.`
      : ` Chủ đề này được bàn với ${joinList(elsewhere.slice(0, 8), lang)}.`
    : '';
  const summary = en(lang)
    ? `No round with ${name} on record discussed ${topicName}${all.length ? ` (${recordNote(all, lang)})` : ''}.${nearby}`
    : `Chưa ghi nhận phiên nào với ${name} bàn về ${topicName}${all.length ? ` (${recordNote(all, lang)})` : ''}.${nearby}`;
  return buildAnswer(lib, lang, { title, summary, rounds: all, partner: code });
}

/** Two or more partners side by side: the round the question points at (the latest by default) for each. */
export function answerCompare(lib: Library, codes: string[], q: ParsedQuestion, lang: Language): Answer {
  const ask: ParsedQuestion = { ...q, round: q.round ?? { kind: 'latest' } };
  const parts: string[] = [];
  const shown: RoundRecord[] = [];
  for (const code of codes) {
    const { rounds } = scoped(lib, code, ask);
    const { chosen } = rounds.length ? pick(rounds, ask, lang) : { chosen: [] };
    const name = partnerName(code, lang);
    const r = chosen.at(-1);
    if (r) shown.push(r);
    parts.push(
      r
        ? `${name}: ${roundLine(r, lang, false)}`
        : en(lang)
          ? `${name}: no such round on record`
          : `${name}: chưa ghi nhận`,
    );
  }
  const kind = ask.round!.kind;
  const which =
    kind === 'latest'
      ? en(lang)
        ? 'Latest on record'
        : 'Gần nhất được ghi nhận'
      : kind === 'first'
        ? en(lang)
          ? 'Earliest on record'
          : 'Sớm nhất được ghi nhận'
        : en(lang)
          ? 'On record'
          : 'Được ghi nhận';
  const summary = `${which} — ${parts.join('; ')}.`;
  const title = codes.map((c) => partnerName(c, lang)).join(' · ');
  return buildAnswer(lib, lang, { title, summary, rounds: shown });
}
