/**
 * Questions about one partner: a round (first, latest, next, previous, a number) and one of its fields, how many
 * rounds, whether a topic came up. The first sentence answers and is true for the whole record.
 */
import type { Language } from '../../corpus/index.js';
import { mechanismName, type RoundRecord, partnerName } from '../../knowledge/index.js';
import { eventDate, topicLabel } from '../compose.js';
import { formatDate, formatRound, joinList, partnerInSentence } from '../format.js';
import type { Library } from '../library.js';
import { inLanguage, messages } from '../messages/index.js';
import type { Answer } from '../types.js';
import { viewsOf } from '../views.js';
import { buildAnswer, byDate } from './build.js';
import type { ParsedQuestion } from './parse.js';
import {
  byPartnerList,
  type Detail,
  detail,
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
    return `${mechanismName(m, lang)}: ${roundList(own, lang)}`;
  });
  return messages(lang).questions.record(roundsCount(all.length, lang), parts.join('; '));
}

/** The round the question points at, and how to say which it is. */
function pick(
  rounds: RoundRecord[],
  q: ParsedQuestion,
  lang: Language,
): { chosen: RoundRecord[]; lead: string; missing?: string } {
  const say = messages(lang).questions;
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
          missing: say.missingNumber(formatRound(ask.round, lang), ask.round),
        };
  }
  if (ask.kind === 'first') {
    // "The first" is the 1st when the record has it, else the earliest the record holds.
    const numberOne = rounds.find((r) => r.round === 1);
    if (numberOne) return { chosen: [numberOne], lead: '' };
    const first = rounds[0];
    return first ? { chosen: [first], lead: say.earliestLead } : { chosen: [], lead: '' };
  }
  if (ask.kind === 'latest') {
    const latest = held.at(-1) ?? rounds.at(-1);
    return latest ? { chosen: [latest], lead: say.latestLead } : { chosen: [], lead: '' };
  }
  if (ask.kind === 'next') {
    if (ask.after !== undefined) {
      const next = sameSeries(ask.after)
        .filter((r) => r.round! > ask.after!)
        .sort((a, b) => a.round! - b.round!)[0];
      return next
        ? {
            chosen: [next],
            lead: say.afterLead(formatRound(ask.after, lang), ask.after),
          }
        : {
            chosen: [],
            lead: '',
            missing: say.missingAfter(formatRound(ask.after, lang), ask.after),
          };
    }
    const planned = rounds.find((r) => r.status === 'planned');
    return planned ? { chosen: [planned], lead: say.nextLead } : { chosen: [], lead: '', missing: say.missingNext };
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
          lead: say.beforeLead(formatRound(after, lang), after),
        }
      : {
          chosen: [],
          lead: '',
          missing: say.missingBefore(formatRound(after, lang), after),
        };
  }
  const previous = held.at(-2);
  return previous
    ? { chosen: [previous], lead: say.previousLead }
    : { chosen: [], lead: '', missing: say.missingPrevious };
}

/** No round at all with the partner: say so, and what the record does hold with it (other events). */
function answerNothing(lib: Library, code: string, q: ParsedQuestion, lang: Language): Answer {
  const name = partnerInSentence(code, lang);
  const events = viewsOf(lib).eventsByPartner.get(code) ?? [];
  const say = messages(lang).questions;
  const what = q.mechanism ? mechanismName(q.mechanism, lang) : say.dialogue;
  const told = events
    .slice(0, 3)
    .map(
      (e) =>
        `${inLanguage(lang, { en: e.summary, vi: e.summaryVi })}${e.date ? ` (${formatDate(eventDate(e), lang)})` : ''}`,
    )
    .join('; ');
  const summary = say.nothing(pairName(code, lang), what, name, events.length, told);
  return buildAnswer(lib, lang, { title: pairName(code, lang), summary, rounds: [], events, partner: code });
}

/** A round of one partner and what was asked of it. */
export function answerRound(lib: Library, code: string, q: ParsedQuestion, lang: Language): Answer {
  const { all, rounds, mechanismMissing } = scoped(lib, code, q);
  const title = pairName(code, lang);
  const name = partnerInSentence(code, lang);
  const whole = recordNote(all, lang);
  const say = messages(lang).questions;
  if (!all.length) return answerNothing(lib, code, q, lang);
  if (mechanismMissing) {
    const summary = say.noMechanism(pairName(code, lang), mechanismName(q.mechanism!, lang), name, whole);
    return buildAnswer(lib, lang, { title, summary, rounds: all, partner: code });
  }
  if (!rounds.length) {
    const summary = say.noRoundInPeriod(name, inPeriod(q.period!, lang), whole);
    return buildAnswer(lib, lang, { title, summary, rounds: all, partner: code });
  }
  const { chosen, lead, missing } = pick(rounds, q, lang);
  if (!chosen.length) {
    const summary = say.noSuchRound(missing, name, whole);
    return buildAnswer(lib, lang, { title, summary, rounds: all, partner: code });
  }
  const asked = DETAILS.filter((d) => q.fields.has(d));
  // The date and venue are in the round's line when known; asked for and unknown, the answer says so.
  const unknown = (r: RoundRecord) => [
    // A planned round already says it has no date yet.
    ...(q.fields.has('when') && !r.date && r.status !== 'planned' ? [say.noDate] : []),
    ...(q.fields.has('where') && !r.venues.length && r.format !== 'online' ? [say.noVenue] : []),
  ];
  const extras = (r: RoundRecord) =>
    [...unknown(r), ...asked.filter((d) => d !== 'format' || r.format !== 'online').map((d) => detail(r, d, lang))]
      .map((text) => `, ${text}`)
      .join('');
  const sentence = (r: RoundRecord) => `${roundLine(r, lang)}${extras(r)}`;
  let first: string;
  if (chosen.length === 1) {
    const r = chosen[0]!;
    first = lead ? say.leadIs(lead, sentence(r)) : `${roundStatement(r, lang)}${extras(r)}`;
    // "the first" that is not the 1st: say the earlier ones are not on record.
    if (q.round?.kind === 'first' && r.round !== null && r.round > 1) first += say.earlierMissing;
  } else {
    first = say.chosen(roundsCount(chosen.length, lang), chosen.map(sentence).join('; '));
  }
  const summary = chosen.length === all.length ? `${first}.` : `${first}. ${say.withWhole(name, whole)}`;
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
  const say = messages(lang).questions;
  const what = q.mechanism ? mechanismName(q.mechanism, lang) : say.dialogue;
  const summary = counted.length
    ? say.count(
        roundsCount(counted.length, lang),
        what,
        name,
        held.length,
        roundList(held, lang),
        others.length,
        roundList(others, lang),
      )
    : say.noCount(what, name, all.length ? recordNote(all, lang) : '');
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
  const say = messages(lang).questions;
  if (matching.length) {
    // One partner: its rounds without the partner's name around them ("Japan (…)" → "…").
    const list = byPartnerList(matching, lang).replace(/^[^(]*\((.*)\)$/, '$1');
    const summary = say.topicYes(name, topicName, roundsCount(matching.length, lang), list);
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
  const nearby = elsewhere.length ? say.topicElsewhere(joinList(elsewhere.slice(0, 8), lang)) : '';
  const summary = say.topicNo(name, topicName, all.length ? recordNote(all, lang) : '', nearby);
  return buildAnswer(lib, lang, { title, summary, rounds: all, partner: code });
}

/** Two or more partners side by side: the round the question points at (the latest by default) for each. */
export function answerCompare(lib: Library, codes: string[], q: ParsedQuestion, lang: Language): Answer {
  const ask: ParsedQuestion = { ...q, round: q.round ?? { kind: 'latest' } };
  const say = messages(lang).questions;
  const parts: string[] = [];
  const shown: RoundRecord[] = [];
  for (const code of codes) {
    const { rounds } = scoped(lib, code, ask);
    const { chosen } = rounds.length ? pick(rounds, ask, lang) : { chosen: [] };
    const name = partnerName(code, lang);
    const r = chosen.at(-1);
    if (r) shown.push(r);
    parts.push(r ? `${name}: ${roundLine(r, lang, false)}` : say.compareNone(name));
  }
  const kind = ask.round!.kind;
  const which = kind === 'latest' ? say.compareLatest : kind === 'first' ? say.compareFirst : say.compareOther;
  const summary = `${which} — ${parts.join('; ')}.`;
  const title = codes.map((c) => partnerName(c, lang)).join(' · ');
  return buildAnswer(lib, lang, { title, summary, rounds: shown });
}
