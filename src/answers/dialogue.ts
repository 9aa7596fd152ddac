/** `dialogue <partner> [--round N|latest|all]`: the whole story with one partner, or one round in full. */
import type { Language } from '../corpus/index.js';
import { mechanismName, resolvePartner, type RoundRecord } from '../knowledge/index.js';
import type { Partner } from '../vocabulary/index.js';
import type { AnswerDialogue } from './api.js';
import {
  byHistory,
  eventEntry,
  excerptsOf,
  footerOf,
  notice,
  roundDate,
  roundEntry,
  roundPoint,
  venueText,
} from './compose.js';
import { formatDate, formatRound, joinList, partnerInSentence } from './format.js';
import { label } from './i18n.js';
import type { Library } from './library.js';
import { mentionsOfPartner } from './mentions.js';
import { viewsOf } from './views.js';
import { parseRoundChoice, type RoundChoice } from './round-choice.js';
import type { Answer, Section } from './types.js';

function heldClause(mechanism: string, held: RoundRecord[], lang: Language): string {
  const name = mechanismName(mechanism, lang);
  const first = held[0]!;
  const last = held.at(-1)!;
  const when = (r: RoundRecord) => {
    const date = formatDate(roundDate(r), lang);
    const on =
      r.dateOnOrBefore || r.datePrecision !== 'day'
        ? lang === 'en'
          ? r.datePrecision === 'day'
            ? ''
            : 'in '
          : ''
        : lang === 'en'
          ? 'on '
          : 'vào ';
    return `${lang === 'en' ? `the ${formatRound(r.round, lang)}` : formatRound(r.round, lang)} ${on}${date}, ${venueText(r, lang)}`;
  };
  if (lang === 'en') {
    const count = `${held.length} ${name.toLowerCase()}${held.length > 1 ? 's' : ''}`;
    return held.length === 1
      ? `${count} on record, ${when(first)}`
      : `${count} on record, from ${when(first)} to ${when(last)}`;
  }
  return held.length === 1
    ? `${held.length} phiên ${name} được ghi nhận, ${when(first)}`
    : `${held.length} phiên ${name} được ghi nhận, từ ${when(first)} đến ${when(last)}`;
}

function otherClause(r: RoundRecord, lang: Language): string {
  const date = r.date ? ` (${formatDate(roundDate(r), lang)})` : '';
  const where =
    r.status === 'planned' && r.venues.length
      ? lang === 'en'
        ? ` in ${r.venues.join(', ')}`
        : ` tại ${r.venues.join(', ')}`
      : '';
  if (lang === 'en')
    return `The ${formatRound(r.round, lang)} ${mechanismName(r.mechanism, lang)}${date} is ${r.status === 'planned' ? `planned${where}` : 'mentioned in a later report'}.`;
  return `${mechanismName(r.mechanism, lang)} ${formatRound(r.round, lang)}${date} ${r.status === 'planned' ? `dự kiến diễn ra${where}` : 'được nhắc đến trong một bài sau'}.`;
}

export function summaryOf(partner: Partner, rounds: RoundRecord[], lang: Language): string {
  const name = lang === 'en' ? `${partner.article ? `${partner.article} ` : ''}${partner.name}` : partner.nameVi;
  const mechanisms = [...new Set(rounds.map((r) => r.mechanism))];
  const heldParts = mechanisms
    .map((m) => rounds.filter((r) => r.mechanism === m && r.status === 'held'))
    .filter((held) => held.length > 0)
    .map((held) => heldClause(held[0]!.mechanism, held, lang));
  const lead = heldParts.length
    ? lang === 'en'
      ? `Vietnam and ${name} have held ${joinList(heldParts, lang)}.`
      : `Việt Nam và ${name} đã tổ chức ${joinList(heldParts, lang)}.`
    : lang === 'en'
      ? `No held round of a dialogue between Vietnam and ${name} is on record in this corpus.`
      : `Kho dữ liệu chưa ghi nhận phiên đối thoại nào đã diễn ra giữa Việt Nam và ${name}.`;
  const others = rounds.filter((r) => r.status !== 'held').map((r) => otherClause(r, lang));
  return [lead, ...others].join(' ');
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
  const summary =
    lang === 'en'
      ? `There is no dialogue with ${name} on record in this corpus (${lib.corpus.articles.length} articles). Absence from the corpus is not absence from history: the articles read so far simply do not report one.${mentions.length ? ` The corpus does mention ${name}:` : ` The corpus does not mention ${name} at all.`}`
      : `Kho dữ liệu (${lib.corpus.articles.length} bài) chưa ghi nhận cuộc đối thoại nào với ${name}. Điều đó không có nghĩa là chưa từng có: các bài hiện có chỉ chưa nói đến.${mentions.length ? ` Kho dữ liệu có nhắc đến ${name}:` : ` Kho dữ liệu không nhắc đến ${name}.`}`;
  const events = viewsOf(lib).eventsByPartner.get(partner.code) ?? [];
  const sections: Section[] = events.length
    ? [{ key: 'events', title: label(lang, 'events'), entries: events.map((e) => eventEntry(e, lang)) }]
    : [];
  return {
    kind: 'dialogue',
    lang,
    ok: true,
    title: `${partner.flag} ${lang === 'en' ? `Vietnam – ${partner.name}` : `Việt Nam – ${partner.nameVi}`}`,
    flag: partner.flag,
    summary,
    sections,
    excerpts: mentions,
    hints:
      lang === 'en'
        ? ['Try `partners` for every partner on record.']
        : ['Thử `partners` để xem mọi đối tác đã có trong kho.'],
    footer: footerOf(lib, lang),
  };
}

export const answerDialogue: AnswerDialogue = (lib, args, { lang }) => {
  const typed = args.partner.trim();
  const { partner, suggestions } = resolvePartner(typed);
  if (!partner) {
    const names = suggestions.map((s) => (lang === 'en' ? s.name : s.nameVi));
    const shown = typed.slice(0, 80) || '…';
    return notice(
      lib,
      'not-found',
      lang,
      lang === 'en' ? 'Partner not found' : 'Không tìm thấy đối tác',
      lang === 'en'
        ? `No dialogue with “${shown}” on record in this corpus — it is not a partner Attaché knows. Absence from the corpus is not absence from history.`
        : `Không có cuộc đối thoại nào với “${shown}” trong kho dữ liệu — Attaché không biết đối tác này. Vắng mặt trong kho không có nghĩa là vắng mặt trong lịch sử.`,
      names.length ? [(lang === 'en' ? 'Closest partners: ' : 'Đối tác gần nhất: ') + names.join(', ')] : [],
    );
  }
  const choice = parseRoundChoice(args.round);
  if (!choice) {
    return notice(
      lib,
      'bad-input',
      lang,
      lang === 'en' ? 'Which round?' : 'Phiên nào?',
      lang === 'en'
        ? 'The round must be a number (4, 4th), “latest” or “all”.'
        : 'Phiên phải là một số (4), “latest” (gần nhất) hoặc “all” (tất cả).',
    );
  }
  const rounds = [...(viewsOf(lib).roundsByPartner.get(partner.code) ?? [])].sort(byHistory);
  if (!rounds.length) return noRoundsAnswer(lib, partner, lang);
  const chosen = pickRounds(rounds, choice);
  const title = `${partner.flag} ${lang === 'en' ? `Vietnam – ${partner.name}` : `Việt Nam – ${partner.nameVi}`}`;
  if (!chosen.length) {
    const numbers = rounds.map((r) => formatRound(r.round, lang)).join(', ');
    return notice(
      lib,
      'not-found',
      lang,
      title,
      lang === 'en'
        ? `No such round with ${partner.name} on record. Rounds on record: ${numbers}.`
        : `Không có phiên này với ${partner.nameVi}. Các phiên đã ghi nhận: ${numbers}.`,
    );
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
  const evidence = focus.flatMap((r) => [
    ...r.sources.slice(0, 1),
    ...(r.evidence.coChairs ?? []),
    ...(r.evidence.agreements ?? []),
    ...r.sources.slice(1),
  ]);
  // The summary speaks of the whole record, whichever round is shown: a chosen round must not read as the only one.
  const summary = summaryOf(partner, rounds, lang);
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
          label: lang === 'en' ? e.summary : e.summaryVi,
          status: 'event' as const,
        })),
    ],
    footer: footerOf(lib, lang),
  };
};
