/** `timeline [partner] [--topic T]`: dated entries in order — rounds and the other events the articles tell of. */
import type { HistDate } from '../corpus/index.js';
import { mechanismName, partnerName, resolvePartner, resolveTopic } from '../knowledge/index.js';
import type { AnswerTimeline } from './api.js';
import { eventDate, eventEntry, footerOf, notice, roundDate, roundEntry, roundPoint, topicLabel } from './compose.js';
import { label } from './i18n.js';
import type { Entry, TimelinePoint } from './types.js';

const sortKey = (d: HistDate | null | undefined) => d?.iso ?? '9999';

export const answerTimeline: AnswerTimeline = (lib, args, { lang }) => {
  const partnerText = args.partner?.trim();
  const topicText = args.topic?.trim();
  const partner = partnerText ? resolvePartner(partnerText) : null;
  if (partnerText && !partner?.partner) {
    const names = (partner?.suggestions ?? []).map((s) => (lang === 'en' ? s.name : s.nameVi));
    return notice(
      lib,
      'not-found',
      lang,
      lang === 'en' ? 'Partner not found' : 'Không tìm thấy đối tác',
      lang === 'en'
        ? `“${partnerText.slice(0, 80)}” is not a partner Attaché knows.`
        : `Attaché không biết đối tác “${partnerText.slice(0, 80)}”.`,
      names.length ? [(lang === 'en' ? 'Closest partners: ' : 'Đối tác gần nhất: ') + names.join(', ')] : [],
    );
  }
  const topic = topicText ? resolveTopic(topicText) : null;
  if (topicText && !topic?.topic) {
    const names = (topic?.suggestions ?? []).map((t) => t[lang]);
    return notice(
      lib,
      'not-found',
      lang,
      lang === 'en' ? 'Topic not found' : 'Không tìm thấy chủ đề',
      lang === 'en'
        ? `“${topicText.slice(0, 80)}” is not a topic Attaché knows.`
        : `Attaché không biết chủ đề “${topicText.slice(0, 80)}”.`,
      names.length ? [(lang === 'en' ? 'Closest topics: ' : 'Chủ đề gần nhất: ') + names.join(', ')] : [],
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
  const title =
    lang === 'en'
      ? `Timeline${scope ? `: ${scope}` : ' of the corpus'}`
      : `Dòng thời gian${scope ? `: ${scope}` : ' của kho dữ liệu'}`;
  const dated = items.filter((i) => i.date);
  const span = dated.length ? `${dated[0]!.date!.iso.slice(0, 4)}–${dated.at(-1)!.date!.iso.slice(0, 4)}` : '';
  const summary =
    lang === 'en'
      ? `${rounds.length} round${rounds.length === 1 ? '' : 's'} and ${events.length} other event${events.length === 1 ? '' : 's'} on record${span ? `, ${span}` : ''}. Each date shows its precision; “inferred” marks dates worked out rather than stated.`
      : `${rounds.length} phiên và ${events.length} sự kiện khác được ghi nhận${span ? `, ${span}` : ''}. Mỗi mốc ghi rõ độ chính xác; “suy luận” là ngày được suy ra chứ không nêu trực tiếp.`;
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
        label: lang === 'en' ? e.summary : e.summaryVi,
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
    sections: [
      { key: 'timeline', title: lang === 'en' ? 'Timeline' : 'Dòng thời gian', entries: items.map((i) => i.entry) },
    ],
    excerpts: [],
    hints: items.length
      ? []
      : [lang === 'en' ? 'Nothing on record for this choice.' : 'Không có mốc nào cho lựa chọn này.'],
    timeline: points,
    footer: footerOf(lib, lang),
  };
};
