/** `partners`: every partner on record with its number of rounds, first and latest date. */
import { partnerName } from '../knowledge/index.js';
import type { AnswerPartners } from './api.js';
import { byHistory, footerOf, roundDate } from './compose.js';
import { formatDate } from './format.js';
import { loadVocabulary } from '../vocabulary/index.js';
import { label, messages } from './messages/index.js';
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
          { label: label(lang, 'roundsHeld'), value: String(held.length) },
          ...(first ? [{ label: label(lang, 'firstRound'), value: formatDate(roundDate(first), lang) }] : []),
          ...(latest && latest !== first
            ? [{ label: label(lang, 'latestRound'), value: formatDate(roundDate(latest), lang) }]
            : []),
          ...(others ? [{ label: label(lang, 'mentionedOrPlanned'), value: String(others) }] : []),
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
    title: messages(lang).partners.title,
    summary: messages(lang).partners.summary(entries.length),
    sections: [{ key: 'partners', title: label(lang, 'partners'), entries }],
    excerpts: [],
    hints: [],
    footer: footerOf(lib, lang),
  };
};
