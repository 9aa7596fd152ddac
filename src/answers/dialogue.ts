/** `dialogue <partner> [--round N|latest|all]`: the whole story with one partner, or one round in full. */
import type { Language } from '../corpus/index.js';
import { mechanismName, partnerName, resolvePartner, type RoundRecord } from '../knowledge/index.js';
import type { Partner } from '../vocabulary/index.js';
import type { AnswerDialogue } from './api.js';
import {
  byHistory,
  eventEntry,
  eventSummary,
  placeLabel,
  plausiblePartners,
  excerptsOf,
  footerOf,
  notice,
  roundDate,
  roundEntry,
  roundName,
  roundPoint,
  venueText,
} from './compose.js';
import { formatDate, formatRound, joinList, partnerInSentence } from './format.js';
import { inLanguage, label, messages } from './messages/index.js';
import type { Library } from './library.js';
import { mentionsOfPartner } from './mentions.js';
import { viewsOf } from './views.js';
import { parseRoundChoice, roundChoiceValue, type RoundChoice } from './round-choice.js';
import type { Answer, Section } from './types.js';

/** "on 29 November 2016", "in 2012", "on or before 3 May 2019": when a round was, as a sentence says it. */
function whenText(r: RoundRecord, lang: Language, yearOnly = false): string {
  const date = roundDate(r);
  if (!date) return '';
  const shown = yearOnly ? { ...date, iso: date.iso.slice(0, 4), precision: 'year' as const } : date;
  const text = formatDate(shown, lang);
  return date.onOrBefore ? text : messages(lang).dates.on(text, shown.precision);
}

function roundAtText(r: RoundRecord, lang: Language, yearOnly = false): string {
  const place = r.venues[0] ? placeLabel(r.venues[0], lang) : null;
  return messages(lang).dialogue.roundAt(
    formatRound(r.round, lang),
    whenText(r, lang, yearOnly),
    yearOnly ? null : place,
    !yearOnly && r.format === 'online' ? venueText(r, lang) : null,
  );
}

/**
 * One or two sentences over the whole record, whichever round is shown: each mechanism's count with its latest round
 * first (date and place) and its first round's year, then how many more are only mentioned or planned.
 */
export function summaryOf(partner: Partner, rounds: RoundRecord[], lang: Language): string {
  const text = messages(lang).dialogue;
  const name = inLanguage(lang, {
    en: `${partner.article ? `${partner.article} ` : ''}${partner.name}`,
    vi: partner.nameVi,
  });
  const mechanisms = [...new Set(rounds.map((r) => r.mechanism))];
  const records = mechanisms
    .map((m) => rounds.filter((r) => r.mechanism === m && r.status === 'held'))
    .filter((held) => held.length > 0)
    .sort((a, b) => (b.at(-1)!.date ?? '').localeCompare(a.at(-1)!.date ?? ''))
    .map((held) =>
      text.mechanismRecord(
        held.length,
        mechanismName(held[0]!.mechanism, lang),
        roundAtText(held.at(-1)!, lang),
        held.length > 1 ? roundAtText(held[0]!, lang, true) : null,
      ),
    );
  const lead = records.length ? text.heldLead(name, joinList(records, lang)) : text.noneHeld(name);
  const mentioned = rounds.filter((r) => r.status === 'mentioned').length;
  const planned = rounds.filter((r) => r.status === 'planned');
  // A planned round or two is worth naming (where it will be); more are counted, and listed below.
  const plannedText =
    planned.length > 2
      ? [text.plannedCount(planned.length)]
      : planned.map((r) => text.planned(roundName(r, lang), r.venues[0] ? placeLabel(r.venues[0], lang) : null));
  return [lead, mentioned ? text.mentioned(mentioned) : '', ...plannedText].filter(Boolean).join(' ');
}

function pickRounds(rounds: RoundRecord[], choice: RoundChoice): RoundRecord[] {
  if (choice.kind === 'all') return rounds;
  if (choice.kind === 'latest') {
    const held = rounds.filter((r) => r.status === 'held');
    return held.length ? [held.at(-1)!] : [];
  }
  return rounds.filter((r) => r.round === choice.round && (!choice.mechanism || r.mechanism === choice.mechanism));
}

function noRoundsAnswer(lib: Library, partner: Partner, lang: Language): Answer {
  const name = partnerInSentence(partner.code, lang);
  const mentions = mentionsOfPartner(lib, partner, 3);
  const summary = messages(lang).dialogue.noDialogue(name, lib.corpus.articles.length, mentions.length > 0);
  const events = viewsOf(lib).eventsByPartner.get(partner.code) ?? [];
  const sections: Section[] = events.length
    ? [{ key: 'events', title: label(lang, 'events'), entries: events.map((e) => eventEntry(e, lang)) }]
    : [];
  return {
    kind: 'dialogue',
    lang,
    ok: true,
    title: `${partner.flag} ${messages(lang).pairTitle(partnerName(partner.code, lang))}`,
    flag: partner.flag,
    summary,
    sections,
    excerpts: mentions,
    hints: [messages(lang).dialogue.partnersHint],
    footer: footerOf(lib, lang),
  };
}

export const answerDialogue: AnswerDialogue = (lib, args, { lang }) => {
  const text = messages(lang).dialogue;
  const typed = args.partner.trim();
  const { partner, suggestions } = resolvePartner(typed);
  if (!partner) {
    const names = plausiblePartners(typed, suggestions).map((s) => partnerName(s.code, lang));
    const shown = typed.slice(0, 80) || '…';
    return notice(
      lib,
      'not-found',
      lang,
      text.partnerNotFoundTitle,
      text.partnerNotFound(shown),
      names.length ? [text.closestPartners(names.join(', '))] : [],
    );
  }
  const choice = parseRoundChoice(args.round);
  if (!choice) {
    return notice(lib, 'bad-input', lang, text.whichRoundTitle, text.whichRound);
  }
  const rounds = [...(viewsOf(lib).roundsByPartner.get(partner.code) ?? [])].sort(byHistory);
  if (!rounds.length) return noRoundsAnswer(lib, partner, lang);
  const chosen = pickRounds(rounds, choice);
  const title = `${partner.flag} ${messages(lang).pairTitle(partnerName(partner.code, lang))}`;
  if (!chosen.length) {
    const numbers = rounds.map((r) => formatRound(r.round, lang)).join(', ');
    return notice(lib, 'not-found', lang, title, text.noSuchRound(partnerInSentence(partner.code, lang), numbers));
  }
  const events = choice.kind === 'all' ? (viewsOf(lib).eventsByPartner.get(partner.code) ?? []) : [];
  const sections: Section[] = [
    { key: 'rounds', title: label(lang, 'rounds'), entries: chosen.map((r) => roundEntry(r, lang)) },
  ];
  if (events.length)
    sections.push({ key: 'events', title: label(lang, 'events'), entries: events.map((e) => eventEntry(e, lang)) });
  const focus = [...chosen].sort(
    (a, b) => (a.status === 'held' ? -1 : 0) - (b.status === 'held' ? -1 : 0) || byHistory(b, a),
  );
  // Read lazily: the excerpts need the first few sentences, and every round of a large archive has hundreds of sources.
  const evidence = (function* () {
    for (const r of focus) {
      yield* r.sources.slice(0, 1);
      yield* r.evidence.coChairs ?? [];
      yield* r.evidence.agreements ?? [];
      yield* r.sources.slice(1);
    }
  })();
  // The summary speaks of the whole record, whichever round is shown: a chosen round must not read as the only one.
  const summary = summaryOf(partner, rounds, lang);
  const numbered = rounds.filter((r) => r.round !== null);
  return {
    kind: 'dialogue',
    lang,
    ok: true,
    title,
    flag: partner.flag,
    summary,
    sections,
    excerpts: excerptsOf(lib, evidence, 3),
    hints: [],
    timeline: [
      ...rounds
        .map((r) => roundPoint(r, lang, mechanismName(r.mechanism, lang), chosen.includes(r) && choice.kind !== 'all'))
        .filter((p) => p !== null),
      ...events
        .filter((e) => e.date)
        .map((e) => ({
          lane: label(lang, 'events'),
          date: { iso: e.date!, precision: e.datePrecision!, inferred: e.dateInferred },
          label: eventSummary(e, lang),
          status: 'event' as const,
        })),
    ],
    // Pick one round (the latest first); the value names the mechanism, so two 9th rounds are told apart.
    ...(numbered.length > 1
      ? {
          jump: {
            arg: 'round',
            placeholder: messages(lang).controls.pickRound,
            options: [
              { label: messages(lang).controls.allRounds, value: 'all' },
              ...numbered
                .slice(-24)
                .reverse()
                .map((r) => ({
                  label: `${roundName(r, lang)} — ${formatDate(roundDate(r), lang)}`,
                  value: roundChoiceValue(r.mechanism, r.round!),
                })),
            ],
          },
        }
      : {}),
    footer: footerOf(lib, lang),
  };
};
