/**
 * Questions across partners: rounds in a period, a topic in a period, rounds with a person or at a place, the
 * earliest or latest round of all, which partner has the most rounds or the highest round number.
 */
import type { Language } from '../../corpus/index.js';
import { cleanName, mechanismName, type RoundRecord } from '../../knowledge/index.js';
import { placeLabel, roundDate, topicLabel } from '../compose.js';
import { formatDate, formatRound, joinList, partnerInSentence } from '../format.js';
import type { Library } from '../library.js';
import { label, messages } from '../messages/index.js';
import type { Answer } from '../types.js';
import { viewsOf } from '../views.js';
import { buildAnswer, byDate } from './build.js';
import { meetingSentence } from './calls.js';
import type { ParsedQuestion } from './parse.js';
import {
  byPartnerList,
  capitalise,
  detail,
  lowerFirst,
  pairName,
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
  const say = messages(lang).questions;
  const name = inPeriod(period, lang);
  const title = say.periodTitle(periodName(period, lang));
  if (!inside.length) {
    const near = nearest(all, period.from, period.to);
    const summary = say.noRoundIn(name, near.length ? byPartnerList(near, lang) : '');
    return buildAnswer(lib, lang, { title, summary, rounds: near, events });
  }
  const lead = held.length
    ? say.roundsIn(capitalise(roundsCount(held.length, lang)), name, byPartnerList(held, lang))
    : say.noHeldIn(name);
  const also = others.length ? say.alsoMentioned(byPartnerList(others, lang)) : '';
  const eventNote = events.length ? say.otherEvents(events.length) : '';
  return buildAnswer(lib, lang, { title, summary: lead + also + eventNote, rounds: inside, events });
}

/** "Which partners discussed peacekeeping in 2023?": a topic across partners, in a period when given. */
export function answerTopicAcross(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const topic = q.topic!;
  const topicName = topicLabel(topic, lang);
  const all = (viewsOf(lib).roundsByTopic.get(topic) ?? []).slice().sort(byDate);
  const rounds = q.period ? all.filter((r) => within(r.date, q.period!)) : all;
  const when = q.period ? ` ${inPeriod(q.period, lang)}` : '';
  const say = messages(lang).questions;
  const title = messages(lang).topic.title(topicName);
  if (!rounds.length) {
    const elsewhere = all.length ? byPartnerList(all.slice(-6), lang) : '';
    const summary = say.noTopicRound(lowerFirst(topicName), when, elsewhere, Boolean(q.period));
    return buildAnswer(lib, lang, { title, summary, rounds: all.slice(-6), highlightTopic: topic });
  }
  const partners = [...new Set(rounds.map((r) => r.partner))];
  const summary = say.topicPartners(
    partners.length,
    lowerFirst(topicName),
    when,
    roundsCount(rounds.length, lang),
    byPartnerList(rounds, lang),
  );
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
  const say = messages(lang).questions;
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
    const withPartners = codes.length
      ? say.withNames(
          joinList(
            codes.map((c) => partnerInSentence(c, lang)),
            lang,
          ),
        )
      : '';
    const summary = say.noSharedRound(
      names,
      people.length > 1,
      withPartners,
      own.map((r) => roundLine(r, lang)).join('; '),
    );
    return withMeeting(buildAnswer(lib, lang, { title, summary, rounds: own }));
  }
  const lines = withAll.map((r) => roundLine(r, lang)).join('; ');
  // "Has A ever met B?" with only one of them on record: the record cannot say they met.
  // "The first dialogue X co-chaired": that round leads, then the whole record of X.
  const end = q.round?.kind === 'first' ? withAll[0] : q.round?.kind === 'latest' ? withAll.at(-1) : undefined;
  const lead =
    end && withAll.length > 1 && !alone ? say.endOfPerson(q.round!.kind === 'first', names, roundLine(end, lang)) : '';
  const summary =
    lead +
    (alone
      ? say.onlyOneChair(names, met !== null, roundsCount(withAll.length, lang), lines)
      : people.length > 1
        ? say.chairedTogether(names, roundsCount(withAll.length, lang), lines)
        : say.chaired(names, roundsCount(withAll.length, lang), lines));
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
  const say = messages(lang).questions;
  const summary = rounds.length
    ? say.placeRounds(roundsCount(rounds.length, lang), name, rounds.map((r) => roundLine(r, lang)).join('; '))
    : say.noPlaceRound(name);
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
  const say = messages(lang).questions;
  const how = label(lang, format === 'online' ? 'online' : 'inPerson');
  const when = q.period ? ` ${inPeriod(q.period, lang)}` : '';
  const title = say.formatTitle(how);
  const summary = rounds.length
    ? say.formatRounds(
        capitalise(roundsCount(rounds.length, lang)),
        rounds.length,
        how,
        when,
        byPartnerList(rounds, lang),
      )
    : say.noFormatRound(how, when);
  return buildAnswer(lib, lang, { title, summary, rounds });
}

/** "Where was the 16th defence policy dialogue held?": a round number with no partner, across the record. */
export function answerNumberAcross(lib: Library, q: ParsedQuestion, lang: Language, round: number): Answer {
  const rounds = allRounds(lib).filter((r) => r.round === round && (!q.mechanism || r.mechanism === q.mechanism));
  const say = messages(lang).questions;
  const ordinalText = formatRound(round, lang);
  const title = say.numberTitle(ordinalText, round);
  const asked = (['who', 'signed', 'topics'] as const).filter((d) => q.fields.has(d));
  const line = (r: RoundRecord) => [roundLine(r, lang), ...asked.map((d) => detail(r, d, lang))].join(', ');
  const summary = !rounds.length
    ? say.noNumbered(ordinalText, round, q.mechanism ? mechanismName(q.mechanism, lang) : null)
    : rounds.length === 1
      ? `${roundStatement(rounds[0]!, lang)}${asked.map((d) => `, ${detail(rounds[0]!, d, lang)}`).join('')}.`
      : say.numbered(roundsCount(rounds.length, lang), ordinalText, round, rounds.map(line).join('; '));
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
  const say = messages(lang).questions;
  const title = say.endsTitle(which === 'first');
  if (!r) return buildAnswer(lib, lang, { title, summary: say.noDated, rounds: [] });
  const lead = say.endRound(which === 'first', roundLine(r, lang));
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
  const say = messages(lang).questions;
  const title = say.mostTitle;
  const top = tally[0];
  if (!top) return buildAnswer(lib, lang, { title, summary: say.noRound, rounds: [] });
  const tied = tally
    .filter((t) => t.held === top.held && t.total === top.total)
    .map((t) => partnerInSentence(t.code, lang));
  const line = (t: (typeof tally)[number]) => say.tally(partnerInSentence(t.code, lang), t.held, t.total);
  const rest = tally.slice(tied.length, tied.length + 4).map(line);
  const summary = say.most(joinList(tied, lang), tied.length > 1, top.held, top.total, rest.join(', '));
  const leaders = new Set(tally.slice(0, tied.length).map((t) => t.code));
  // "How many rounds are on record?": the total first, then who has the most.
  const held = tally.reduce((n, t) => n + t.held, 0);
  const total = say.total(roundsCount(rounds.length, lang), codes.length, held);
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
  const say = messages(lang).questions;
  const title = say.highestTitle;
  const top = ranked[0];
  if (!top) return buildAnswer(lib, lang, { title, summary: say.noNumberedRound, rounds: [] });
  const series = (r: RoundRecord) =>
    say.series(
      partnerInSentence(r.partner, lang),
      mechanismName(r.mechanism, lang),
      formatRound(r.round, lang),
      r.date ? formatDate(roundDate(r), lang) : '',
    );
  const next = ranked.slice(1, 4).map(series);
  const summary = say.highest(series(top), next.join(', '));
  return buildAnswer(lib, lang, { title, summary, rounds: ranked.slice(0, 4) });
}
