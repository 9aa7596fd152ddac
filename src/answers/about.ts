/** `about`: the corpus, its date range, its outlets, what was skipped and why, and what the knowledge table holds. */
import type { AnswerAbout } from './api.js';
import { footerOf } from './compose.js';
import { formatDate } from './format.js';
import { label, messages } from './messages/index.js';
import type { Entry } from './types.js';

export const answerAbout: AnswerAbout = (lib, _args, { lang }) => {
  const { articles, skipped } = lib.corpus;
  const dates = articles
    .map((a) => a.published)
    .filter((d) => d !== null)
    .sort((a, b) => a.iso.localeCompare(b.iso));
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o) => o !== null))].sort();
  const undated = articles.filter((a) => !a.published).length;
  const rounds = lib.knowledge.rounds;
  const count = (status: string) => rounds.filter((r) => r.status === status).length;
  const text = messages(lang).about;
  const range = dates.length ? `${formatDate(dates[0], lang)} – ${formatDate(dates.at(-1), lang)}` : text.noDated;
  // When the corpus was read, as a reader writes a time (not an ISO stamp): "30 November 2026, 04:12 UTC".
  const loaded = lib.loadedAt.toISOString();
  const loadedText = `${formatDate({ iso: loaded.slice(0, 10), precision: 'day', inferred: false }, lang)}, ${loaded.slice(11, 16)} UTC`;
  const corpus: Entry = {
    heading: label(lang, 'corpus'),
    fields: [
      { label: label(lang, 'articleCount'), value: String(articles.length) },
      { label: label(lang, 'published'), value: `${range}${undated ? ` ${text.undated(undated)}` : ''}` },
      { label: label(lang, 'outlets'), value: outlets.join(', ') || '—' },
      { label: label(lang, 'languages'), value: [...new Set(articles.map((a) => a.language))].join(', ') || '—' },
      { label: label(lang, 'loaded'), value: loadedText },
    ],
    evidence: [],
  };
  const knowledge: Entry = {
    heading: label(lang, 'knowledgeTable'),
    fields: [
      { label: label(lang, 'rounds'), value: text.rounds(count('held'), count('mentioned'), count('planned')) },
      { label: label(lang, 'partners'), value: String(new Set(rounds.map((r) => r.partner)).size) },
      ...(lib.knowledge.events.length
        ? [{ label: label(lang, 'events'), value: String(lib.knowledge.events.length) }]
        : []),
    ],
    evidence: [],
  };
  const skippedEntries: Entry[] = [...skipped, ...(lib.corpus.warnings ?? [])].map((s) => ({
    heading: s.file,
    fields: [],
    text: s.reason,
    evidence: [],
  }));
  return {
    kind: 'about',
    lang,
    ok: true,
    title: text.title,
    summary: text.summary(articles.length, range, outlets.length, skipped.length),
    sections: [
      { key: 'corpus', title: label(lang, 'corpus'), entries: [corpus, knowledge] },
      ...(skippedEntries.length ? [{ key: 'skipped', title: label(lang, 'skipped'), entries: skippedEntries }] : []),
    ],
    excerpts: [],
    hints: [],
    footer: footerOf(lib, lang),
  };
};
