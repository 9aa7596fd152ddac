/** `partners`: every partner on record with its number of rounds, first and latest date. */
import { partnerName } from '../knowledge/index.js';
import type { AnswerPartners } from './api.js';
import { byHistory, footerOf, roundDate } from './compose.js';
import { formatDate } from './format.js';
import { loadVocabulary } from '../vocabulary/index.js';
import type { Entry } from './types.js';

export const answerPartners: AnswerPartners = (lib, _args, { lang }) => {
  const codes = [
    ...new Set([...lib.knowledge.rounds.map((r) => r.partner), ...lib.knowledge.events.map((e) => e.partner)]),
  ];
  const entries: Entry[] = codes
    .map((code) => {
      const rounds = lib.knowledge.rounds.filter((r) => r.partner === code).sort(byHistory);
      const held = rounds.filter((r) => r.status === 'held' && r.date);
      const flag = loadVocabulary().partners.find((p) => p.code === code)?.flag ?? '';
      const first = held[0];
      const latest = held.at(-1);
      const others = rounds.length - held.length;
      return {
        heading: `${flag} ${partnerName(code, lang)}`,
        fields: [
          { label: lang === 'en' ? 'Rounds held' : 'Số phiên đã diễn ra', value: String(held.length) },
          ...(first
            ? [{ label: lang === 'en' ? 'First' : 'Đầu tiên', value: formatDate(roundDate(first), lang) }]
            : []),
          ...(latest && latest !== first
            ? [{ label: lang === 'en' ? 'Latest' : 'Gần nhất', value: formatDate(roundDate(latest), lang) }]
            : []),
          ...(others
            ? [{ label: lang === 'en' ? 'Mentioned or planned' : 'Được nhắc/dự kiến', value: String(others) }]
            : []),
        ],
        evidence: rounds.flatMap((r) => r.sources.slice(0, 1)),
        sortKey: held.length,
      };
    })
    .sort((a, b) => b.sortKey - a.sortKey || a.heading.localeCompare(b.heading))
    .map(({ sortKey: _unused, ...entry }) => entry);
  return {
    kind: 'partners',
    lang,
    ok: true,
    title: lang === 'en' ? 'Partners on record' : 'Các đối tác đã ghi nhận',
    summary:
      lang === 'en'
        ? `${entries.length} partner${entries.length === 1 ? '' : 's'} on record in this corpus.`
        : `${entries.length} đối tác có trong kho dữ liệu.`,
    sections: [{ key: 'partners', title: lang === 'en' ? 'Partners' : 'Đối tác', entries }],
    excerpts: [],
    hints: [],
    footer: footerOf(lib, lang),
  };
};
