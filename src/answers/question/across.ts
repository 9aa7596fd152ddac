/**
 * Questions across partners: rounds in a period, a topic in a period, rounds with a person or at a place, the
 * earliest or latest round of all, which partner has the most rounds or the highest round number.
 */
import type { Language } from '../../corpus/index.js';
import { cleanName, mechanismName, type RoundRecord, partnerName } from '../../knowledge/index.js';
import { placeLabel, roundDate, topicLabel } from '../compose.js';
import { formatDate, formatRound, joinList, partnerInSentence } from '../format.js';
import type { Library } from '../library.js';
import { messages } from '../messages/index.js';
import type { Answer } from '../types.js';
import { viewsOf } from '../views.js';
import { buildAnswer, byDate } from './build.js';
import { meetingSentence } from './calls.js';
import type { ParsedQuestion } from './parse.js';
import {
  byPartnerList,
  capitalise,
  detail,
  en,
  lowerFirst,
  pairName,
  possessive,
  roundLine,
  roundStatement,
  roundsCount,
} from './phrases.js';
import { inPeriod, periodName, within } from './time.js';

const allRounds = (lib: Library) => [...lib.knowledge.rounds].sort(byDate);

/** Rounds of the period nearest to it, before and after, for "nothing on record" answers. */
function nearest(rounds: RoundRecord[], from: string, to: string): RoundRecord[] {
  const dated = rounds.filter((r) => r.date);
  const before = dated.filter((r) => (roundDate(r)?.iso ?? '') < from).at(-1);
  const after = dated.find((r) => (roundDate(r)?.iso ?? '') > to);
  return [before, after].filter((r) => r !== undefined);
}

/** "Which dialogues took place in 2021?", "what happened in December 2023", "từ 2011 đến 2013 …". */
export function answerPeriod(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const period = q.period!;
  const all = allRounds(lib).filter((r) => !q.mechanism || r.mechanism === q.mechanism);
  const inside = all.filter((r) => within(r.date, period));
  const held = inside.filter((r) => r.status === 'held');
  const others = inside.filter((r) => r.status !== 'held');
  // "Which dialogues…" asks for rounds only; "what happened…" for the other events of the time too.
  const roundsOnly = q.fields.has('dialogue') || q.mechanism !== null;
  const events = roundsOnly ? [] : lib.knowledge.events.filter((e) => within(e.date, period));
  const name = inPeriod(period, lang);
  const title = en(lang) ? `Rounds: ${periodName(period, lang)}` : `Các phiên: ${periodName(period, lang)}`;
  if (!inside.length) {
    const near = nearest(all, period.from, period.to);
    const summary = en(lang)
      ? `No round on record took place ${name}.${near.length ? ` The nearest on record: ${byPartnerList(near, lang)}.` : ''}`
      : `Chưa ghi nhận phiên nào diễn ra ${name}.${near.length ? ` Gần nhất được ghi nhận: ${byPartnerList(near, lang)}.` : ''}`;
    return buildAnswer(lib, lang, { title, summary, rounds: near, events });
  }
  const lead = held.length
    ? en(lang)
      ? `${capitalise(roundsCount(held.length, lang))} on record took place ${name}: ${byPartnerList(held, lang)}.`
      : `${capitalise(roundsCount(held.length, lang))} được ghi nhận đã diễn ra ${name}: ${byPartnerList(held, lang)}.`
    : en(lang)
      ? `No held round on record is dated ${name}.`
      : `Chưa ghi nhận phiên nào đã diễn ra ${name}.`;
  const also = others.length
    ? en(lang)
      ? ` Also mentioned or planned: ${byPartnerList(others, lang)}.`
      : ` Ngoài ra được nhắc đến hoặc dự kiến: ${byPartnerList(others, lang)}.`
    : '';
  const eventNote = events.length
    ? en(lang)
      ? ` ${events.length} other event${events.length === 1 ? '' : 's'} on record in that time.`
      : ` ${events.length} sự kiện khác được ghi nhận trong thời gian đó.`
    : '';
  return buildAnswer(lib, lang, { title, summary: lead + also + eventNote, rounds: inside, events });
}

/** "Which partners discussed peacekeeping in 2023?": a topic across partners, in a period when given. */
export function answerTopicAcross(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const topic = q.topic!;
  const topicName = topicLabel(topic, lang);
  const all = (viewsOf(lib).roundsByTopic.get(topic) ?? []).slice().sort(byDate);
  const rounds = q.period ? all.filter((r) => within(r.date, q.period!)) : all;
  const when = q.period ? ` ${inPeriod(q.period, lang)}` : '';
  const title = en(lang) ? `Topic: ${topicName}` : `Chủ đề: ${topicName}`;
  if (!rounds.length) {
    const summary = en(lang)
      ? `No round on record discussed ${lowerFirst(topicName)}${when}.${all.length ? ` It came up ${q.period ? 'at other times ' : ''}with ${byPartnerList(all.slice(-6), lang)}.` : ''}`
      : `Chưa ghi nhận phiên nào bàn về ${lowerFirst(topicName)}${when}.${all.length ? ` Chủ đề này được bàn với ${byPartnerList(all.slice(-6), lang)}.` : ''}`;
    return buildAnswer(lib, lang, { title, summary, rounds: all.slice(-6), highlightTopic: topic });
  }
  const partners = [...new Set(rounds.map((r) => r.partner))];
  const summary = en(lang)
    ? `${partners.length} partner${partners.length === 1 ? '' : 's'} discussed ${lowerFirst(topicName)}${when} in ${roundsCount(rounds.length, lang)} on record: ${byPartnerList(rounds, lang)}.`
    : `${partners.length} đối tác đã bàn về ${lowerFirst(topicName)}${when} tại ${roundsCount(rounds.length, lang)} được ghi nhận: ${byPartnerList(rounds, lang)}.`;
  return buildAnswer(lib, lang, { title, summary, rounds, highlightTopic: topic });
}

/** Rounds a person co-chaired; with two people, the rounds they shared ("Has A ever met B?"). */
export function answerPeople(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const people = q.people;
  const codes = q.partners.map((p) => p.code);
  // The same person is written with and without diacritics across articles ("Nguyễn Chí Vịnh", "Nguyen Chi Vinh").
  const chaired = (r: RoundRecord, name: string) => r.coChairs.some((c) => cleanName(c.name) === cleanName(name));
  const withAll = allRounds(lib).filter(
    (r) => people.every((name) => chaired(r, name)) && (!codes.length || codes.includes(r.partner)),
  );
  const names = joinList(people, lang);
  const title = joinList([...people, ...q.unknownPeople], lang);
  const everyone = [...people, ...q.unknownPeople];
  const alone = q.fields.has('meet') && people.length === 1;
  // Two people who shared no round may still have met: a reception or a call reported in a source sentence leads.
  const met =
    q.fields.has('meet') && everyone.length > 1 && (!withAll.length || alone)
      ? meetingSentence(lib, { ...q, people: everyone }, lang)
      : null;
  const withMeeting = (answer: Answer): Answer =>
    met ? { ...answer, summary: `${met.lead} ${answer.summary}`, excerpts: [met.excerpt, ...answer.excerpts] } : answer;
  if (q.unknownPeople.length) return withMeeting(answerUnknownPeople(lib, q, lang, withAll, met !== null));
  if (!withAll.length) {
    const own = allRounds(lib).filter((r) => people.some((name) => chaired(r, name)));
    const summary = en(lang)
      ? `No round on record lists ${people.length > 1 ? `both ${names}` : names} as co-chair${
          codes.length
            ? ` with ${joinList(
                codes.map((c) => partnerInSentence(c, lang)),
                lang,
              )}`
            : ''
        }.${own.length ? ` On record: ${own.map((r) => roundLine(r, lang)).join('; ')}.` : ''}`
      : `Chưa ghi nhận phiên nào ${people.length > 1 ? `có cả ${names}` : `có ${names}`} đồng chủ trì${
          codes.length
            ? ` với ${joinList(
                codes.map((c) => partnerInSentence(c, lang)),
                lang,
              )}`
            : ''
        }.${own.length ? ` Được ghi nhận: ${own.map((r) => roundLine(r, lang)).join('; ')}.` : ''}`;
    return withMeeting(buildAnswer(lib, lang, { title, summary, rounds: own }));
  }
  const lines = withAll.map((r) => roundLine(r, lang)).join('; ');
  // "Has A ever met B?" with only one of them on record: the record cannot say they met.
  // "The first dialogue X co-chaired": that round leads, then the whole record of X.
  const end = q.round?.kind === 'first' ? withAll[0] : q.round?.kind === 'latest' ? withAll.at(-1) : undefined;
  const lead =
    end && withAll.length > 1 && !alone
      ? messages(lang).questions.endOfPerson(q.round!.kind === 'first', names, roundLine(end, lang))
      : '';
  const summary =
    lead +
    (alone
      ? en(lang)
        ? `Of the people named, only ${names} is a co-chair on record, so ${met ? 'no round lists them together' : 'no meeting between them is on record'}; ${names} co-chaired ${roundsCount(withAll.length, lang)}: ${lines}.`
        : `Trong những người được nêu, chỉ ${names} là người đồng chủ trì được ghi nhận, nên ${met ? 'chưa ghi nhận phiên nào có cả hai' : 'chưa ghi nhận cuộc gặp nào giữa họ'}; ${names} đã đồng chủ trì ${roundsCount(withAll.length, lang)}: ${lines}.`
      : people.length > 1
        ? en(lang)
          ? `Yes: ${names} co-chaired ${roundsCount(withAll.length, lang)} on record together: ${lines}.`
          : `Có: ${names} cùng đồng chủ trì ${roundsCount(withAll.length, lang)} được ghi nhận: ${lines}.`
        : en(lang)
          ? `${names} co-chaired ${roundsCount(withAll.length, lang)} on record: ${lines}.`
          : `${names} đã đồng chủ trì ${roundsCount(withAll.length, lang)} được ghi nhận: ${lines}.`);
  const partner = new Set(withAll.map((r) => r.partner)).size === 1 ? withAll[0]!.partner : undefined;
  // No meeting on record: the rounds stay in the sentence, not in a card of co-chairs that could read as one.
  return withMeeting(
    buildAnswer(lib, lang, { title, summary, rounds: alone ? [] : withAll, ...(partner ? { partner } : {}) }),
  );
}

/** A person the question names is not on record: say so, with the rounds of the people who are. */
function answerUnknownPeople(
  lib: Library,
  q: ParsedQuestion,
  lang: Language,
  known: RoundRecord[],
  met: boolean,
): Answer {
  const say = messages(lang).questions;
  const unknown = joinList(q.unknownPeople, lang);
  const codes = q.partners.map((p) => p.code);
  const partners = joinList(
    codes.map((c) => partnerInSentence(c, lang)),
    lang,
  );
  let summary = say.unknownPerson(unknown, codes.length ? say.withNames(partners) : '');
  if (q.people.length) {
    const names = joinList(q.people, lang);
    const lines = known.map((r) => roundLine(r, lang)).join('; ');
    // With a sentence that reports them together (it leads the answer), only the rounds are said to lack them.
    summary += `${say.apart(met, unknown, names, q.unknownPeople.length > 1)}${known.length ? say.knownRounds(names, roundsCount(known.length, lang), lines) : ''}.`;
  }
  return buildAnswer(lib, lang, { title: joinList([...q.people, ...q.unknownPeople], lang), summary, rounds: [] });
}

/** Rounds held at a place ("the dialogue in Fukuoka"). */
export function answerPlace(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const place = q.place!;
  const rounds = allRounds(lib).filter((r) => r.venues.includes(place));
  const name = placeLabel(place, lang);
  const title = name;
  const summary = rounds.length
    ? en(lang)
      ? `${roundsCount(rounds.length, lang)} on record took place in ${name}: ${rounds.map((r) => roundLine(r, lang)).join('; ')}.`
      : `${roundsCount(rounds.length, lang)} được ghi nhận diễn ra tại ${name}: ${rounds.map((r) => roundLine(r, lang)).join('; ')}.`
    : en(lang)
      ? `No round on record took place in ${name}.`
      : `Chưa ghi nhận phiên nào diễn ra tại ${name}.`;
  const partner = new Set(rounds.map((r) => r.partner)).size === 1 ? rounds[0]!.partner : undefined;
  return buildAnswer(lib, lang, { title, summary, rounds, ...(partner ? { partner } : {}) });
}

/** "Which dialogues were held online?": rounds by their format across partners. */
export function answerFormatAcross(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const inPerson =
    /\b(?:in person|face to face|truc tiep)\b/.test(cleanName(q.question)) &&
    !/\b(?:online|video|virtual|truc tuyen)\b/.test(cleanName(q.question));
  const format = inPerson ? 'in-person' : 'online';
  const rounds = allRounds(lib).filter((r) => r.format === format && (!q.period || within(r.date, q.period)));
  const how = en(lang)
    ? format === 'online'
      ? 'online'
      : 'in person'
    : format === 'online'
      ? 'trực tuyến'
      : 'trực tiếp';
  const when = q.period ? ` ${inPeriod(q.period, lang)}` : '';
  const title = en(lang) ? `Rounds held ${how}` : `Các phiên ${how}`;
  const summary = rounds.length
    ? en(lang)
      ? `${capitalise(roundsCount(rounds.length, lang))} on record ${rounds.length === 1 ? 'was' : 'were'} held ${how}${when}: ${byPartnerList(rounds, lang)}.`
      : `${capitalise(roundsCount(rounds.length, lang))} được ghi nhận đã tổ chức ${how}${when}: ${byPartnerList(rounds, lang)}.`
    : en(lang)
      ? `No round on record was held ${how}${when}.`
      : `Chưa ghi nhận phiên nào tổ chức ${how}${when}.`;
  return buildAnswer(lib, lang, { title, summary, rounds });
}

/** "Where was the 16th defence policy dialogue held?": a round number with no partner, across the record. */
export function answerNumberAcross(lib: Library, q: ParsedQuestion, lang: Language, round: number): Answer {
  const rounds = allRounds(lib).filter((r) => r.round === round && (!q.mechanism || r.mechanism === q.mechanism));
  const title = en(lang) ? `${formatRound(round, lang)} rounds on record` : `Các phiên lần thứ ${round}`;
  const asked = (['who', 'signed', 'topics'] as const).filter((d) => q.fields.has(d));
  const line = (r: RoundRecord) => [roundLine(r, lang), ...asked.map((d) => detail(r, d, lang))].join(', ');
  const summary = !rounds.length
    ? en(lang)
      ? `No ${formatRound(round, lang)} round${q.mechanism ? ` of a ${mechanismName(q.mechanism, lang)}` : ''} is on record.`
      : `Chưa ghi nhận phiên lần thứ ${round}${q.mechanism ? ` của ${mechanismName(q.mechanism, lang)}` : ''} nào.`
    : rounds.length === 1
      ? `${roundStatement(rounds[0]!, lang)}${asked.map((d) => `, ${detail(rounds[0]!, d, lang)}`).join('')}.`
      : en(lang)
        ? `${capitalise(roundsCount(rounds.length, lang))} numbered ${formatRound(round, lang)} are on record: ${rounds.map(line).join('; ')}.`
        : `Có ${roundsCount(rounds.length, lang)} lần thứ ${round} được ghi nhận: ${rounds.map(line).join('; ')}.`;
  const partner = rounds.length === 1 ? rounds[0]!.partner : undefined;
  return buildAnswer(lib, lang, {
    title: partner ? pairName(partner, lang) : title,
    summary,
    rounds,
    ...(partner ? { partner } : {}),
  });
}

/** The earliest or the latest round of the whole record. */
export function answerEnds(lib: Library, q: ParsedQuestion, lang: Language, which: 'first' | 'latest'): Answer {
  const dated = allRounds(lib).filter((r) => r.date && (!q.mechanism || r.mechanism === q.mechanism));
  const pool = which === 'latest' ? dated.filter((r) => r.status === 'held') : dated;
  const r = which === 'first' ? pool[0] : pool.at(-1);
  const title = en(lang)
    ? which === 'first'
      ? 'Earliest round on record'
      : 'Latest round on record'
    : which === 'first'
      ? 'Phiên sớm nhất'
      : 'Phiên gần nhất';
  if (!r)
    return buildAnswer(lib, lang, {
      title,
      summary: en(lang) ? 'No dated round is on record.' : 'Chưa ghi nhận phiên nào có ngày.',
      rounds: [],
    });
  const lead = en(lang)
    ? `The ${which === 'first' ? 'earliest' : 'latest'} dated round on record is ${roundLine(r, lang)}.`
    : `Phiên ${which === 'first' ? 'sớm nhất' : 'gần nhất'} có ngày được ghi nhận là ${roundLine(r, lang)}.`;
  // The card holds that round only: its neighbours' venues and dates would read as answers too.
  return buildAnswer(lib, lang, { title, summary: lead, rounds: [r] });
}

/** Which partner has the most rounds on record (held first, then all), with the runners-up. */
export function answerMost(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const rounds = allRounds(lib).filter(
    (r) => (!q.mechanism || r.mechanism === q.mechanism) && (!q.period || within(r.date, q.period)),
  );
  const codes = [...new Set(rounds.map((r) => r.partner))];
  const tally = codes
    .map((code) => {
      const own = rounds.filter((r) => r.partner === code);
      return { code, held: own.filter((r) => r.status === 'held').length, total: own.length };
    })
    .sort((a, b) => b.held - a.held || b.total - a.total);
  const title = en(lang) ? 'Rounds by partner' : 'Số phiên theo đối tác';
  const top = tally[0];
  if (!top)
    return buildAnswer(lib, lang, {
      title,
      summary: en(lang) ? 'No round is on record.' : 'Chưa ghi nhận phiên nào.',
      rounds: [],
    });
  const tied = tally
    .filter((t) => t.held === top.held && t.total === top.total)
    .map((t) => partnerInSentence(t.code, lang));
  const line = (t: (typeof tally)[number]) =>
    en(lang)
      ? `${partnerInSentence(t.code, lang)} (${t.held} held, ${t.total} on record)`
      : `${partnerName(t.code, lang)} (${t.held} phiên đã diễn ra, ${t.total} được ghi nhận)`;
  const rest = tally.slice(tied.length, tied.length + 4).map(line);
  const summary = en(lang)
    ? `${capitalise(joinList(tied, lang))} ${tied.length > 1 ? 'have' : 'has'} the most rounds on record: ${top.held} held, ${top.total} in all.${rest.length ? ` Next: ${rest.join(', ')}.` : ''}`
    : `${joinList(tied, lang)} có nhiều phiên nhất được ghi nhận: ${top.held} phiên đã diễn ra, tổng cộng ${top.total} phiên.${rest.length ? ` Tiếp theo: ${rest.join(', ')}.` : ''}`;
  const leaders = new Set(tally.slice(0, tied.length).map((t) => t.code));
  // "How many rounds are on record?": the total first, then who has the most.
  const held = tally.reduce((n, t) => n + t.held, 0);
  const total = en(lang)
    ? `${roundsCount(rounds.length, lang)} with ${codes.length} partner${codes.length === 1 ? '' : 's'} are on record (${held} held). `
    : `Có ${roundsCount(rounds.length, lang)} với ${codes.length} đối tác được ghi nhận (${held} phiên đã diễn ra). `;
  if (q.fields.has('count') && !q.fields.has('most'))
    return buildAnswer(lib, lang, {
      title,
      summary: total + summary,
      rounds: rounds.filter((r) => leaders.has(r.partner)),
    });
  return buildAnswer(lib, lang, { title, summary, rounds: rounds.filter((r) => leaders.has(r.partner)) });
}

/** Which series (partner and mechanism) has reached the highest round number. */
export function answerHighest(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const numbered = allRounds(lib).filter(
    (r) => r.round !== null && (!q.mechanism || r.mechanism === q.mechanism) && (!q.period || within(r.date, q.period)),
  );
  const best = new Map<string, RoundRecord>();
  for (const r of numbered) {
    const key = `${r.partner}|${r.mechanism}`;
    if ((best.get(key)?.round ?? 0) < r.round!) best.set(key, r);
  }
  const ranked = [...best.values()].sort((a, b) => b.round! - a.round!);
  const title = en(lang) ? 'Highest round numbers' : 'Số phiên cao nhất';
  const top = ranked[0];
  if (!top)
    return buildAnswer(lib, lang, {
      title,
      summary: en(lang) ? 'No numbered round is on record.' : 'Chưa ghi nhận phiên nào có số.',
      rounds: [],
    });
  const series = (r: RoundRecord) =>
    en(lang)
      ? `${possessive(r.partner, lang)} ${mechanismName(r.mechanism, lang)} (the ${formatRound(r.round, lang)}${r.date ? `, ${formatDate(roundDate(r), lang)}` : ''})`
      : `${mechanismName(r.mechanism, lang)} với ${partnerName(r.partner, lang)} (${formatRound(r.round, lang)}${r.date ? `, ${formatDate(roundDate(r), lang)}` : ''})`;
  const next = ranked.slice(1, 4).map(series);
  const summary = en(lang)
    ? `The highest round number on record is ${series(top)}.${next.length ? ` Next: ${next.join(', ')}.` : ''}`
    : `Số phiên cao nhất được ghi nhận là ${series(top)}.${next.length ? ` Tiếp theo: ${next.join(', ')}.` : ''}`;
  return buildAnswer(lib, lang, { title, summary, rounds: ranked.slice(0, 4) });
}
