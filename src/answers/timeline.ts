/** `timeline [partner] [--topic T]`: dated entries in order — rounds and the other events the articles tell of. */
import type { HistDate, Language } from '../corpus/index.js';
import { mechanismName, partnerName, resolvePartner, resolveTopic, type RoundRecord } from '../knowledge/index.js';
import type { AnswerTimeline } from './api.js';
import {
  eventDate,
  eventEntry,
  eventSummary,
  excerptsOf,
  footerOf,
  notice,
  plausiblePartners,
  roundDate,
  roundEntry,
  roundPoint,
  topicLabel,
} from './compose.js';
import { label, messages } from './messages/index.js';
import type { Answer, Entry, TimelinePoint } from './types.js';

/** Sources for the first entries; a longer timeline's sentences are a /source or a narrower timeline away. */
const MAX_EXCERPTS = 25;

function partnerJump(rounds: RoundRecord[], lang: Language): NonNullable<Answer['jump']> {
  const counts = new Map<string, number>();
  for (const r of rounds) counts.set(r.partner, (counts.get(r.partner) ?? 0) + 1);
  const codes = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  return {
    arg: 'partner',
    placeholder: messages(lang).controls.pickPartner,
    options: codes.slice(0, 25).map((c) => ({ label: partnerName(c, lang), value: c })),
  };
}

const sortKey = (d: HistDate | null | undefined) => d?.iso ?? '9999';

export const answerTimeline: AnswerTimeline = (lib, args, { lang }) => {
  const text = messages(lang).timeline;
  const partnerText = args.partner?.trim();
  const topicText = args.topic?.trim();
  const partner = partnerText ? resolvePartner(partnerText) : null;
  if (partnerText && !partner?.partner) {
    const names = plausiblePartners(partnerText, partner?.suggestions ?? []).map((s) => partnerName(s.code, lang));
    return notice(
      lib,
      'not-found',
      lang,
      messages(lang).dialogue.partnerNotFoundTitle,
      text.partnerNotFound(partnerText.slice(0, 80)),
      names.length ? [messages(lang).dialogue.closestPartners(names.join(', '))] : [],
    );
  }
  const topic = topicText ? resolveTopic(topicText) : null;
  if (topicText && !topic?.topic) {
    const names = (topic?.suggestions ?? []).map((t) => t[lang]);
    return notice(
      lib,
      'not-found',
      lang,
      text.topicNotFoundTitle,
      text.topicNotFound(topicText.slice(0, 80)),
      names.length ? [text.closestTopics(names.join(', '))] : [],
    );
  }
  const code = partner?.partner?.code;
  const topicKey = topic?.topic?.key;
  const rounds = lib.knowledge.rounds.filter(
    (r) => (!code || r.partner === code) && (!topicKey || r.topics.includes(topicKey)),
  );
  // Events carry no topics: a topic timeline shows rounds only.
  const events = topicKey ? [] : lib.knowledge.events.filter((e) => !code || e.partner === code);
  const withPartner = !code;
  const items: { date: HistDate | null; entry: Entry }[] = [
    ...rounds.map((r) => {
      const entry = roundEntry(r, lang, topicKey ? { highlightTopic: topicKey } : {});
      return {
        date: roundDate(r),
        entry: withPartner ? { ...entry, heading: `${partnerName(r.partner, lang)}: ${entry.heading}` } : entry,
      };
    }),
    ...events.map((e) => ({ date: eventDate(e), entry: eventEntry(e, lang, withPartner) })),
  ].sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)));

  const scope = [code ? partnerName(code, lang) : null, topicKey ? topicLabel(topicKey, lang) : null]
    .filter(Boolean)
    .join(' · ');
  const title = text.title(scope);
  const dated = items.filter((i) => i.date);
  const span = dated.length ? `${dated[0]!.date!.iso.slice(0, 4)}–${dated.at(-1)!.date!.iso.slice(0, 4)}` : '';
  const summary = text.summary(rounds.length, events.length, span);
  const lane = (partnerCode: string, mechanism: string) =>
    code ? mechanismName(mechanism, lang) : partnerName(partnerCode, lang);
  const points: TimelinePoint[] = [
    ...rounds
      .map((r) => roundPoint(r, lang, lane(r.partner, r.mechanism), Boolean(topicKey)))
      .filter((p) => p !== null),
    ...events
      .filter((e) => e.date)
      .map((e) => ({
        lane: code ? label(lang, 'events') : partnerName(e.partner, lang),
        date: eventDate(e)!,
        label: eventSummary(e, lang),
        status: 'event' as const,
      })),
  ];
  return {
    kind: 'timeline',
    lang,
    ok: true,
    title,
    summary,
    ...(code ? { flag: partner!.partner!.flag } : {}),
    sections: [{ key: 'timeline', title: label(lang, 'timeline'), entries: items.map((i) => i.entry) }],
    // The sentences behind the entries, in the same order, behind the Sources button.
    excerpts: excerptsOf(
      lib,
      items.flatMap((i) => i.entry.evidence.slice(0, 1)),
      MAX_EXCERPTS,
    ),
    hints: items.length ? [] : [text.nothing],
    // The whole corpus: jump to one partner's timeline (those with most on record first).
    ...(code ? {} : { jump: partnerJump(rounds, lang) }),
    timeline: points,
    footer: footerOf(lib, lang),
  };
};
