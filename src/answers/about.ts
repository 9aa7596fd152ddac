/** `about`: the corpus, its date range, its outlets, what was skipped and why, and what the knowledge table holds. */
import type { AnswerAbout } from './api.js';
import { footerOf } from './compose.js';
import { formatDate } from './format.js';
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
  const en = lang === 'en';
  const range = dates.length
    ? `${formatDate(dates[0], lang)} – ${formatDate(dates.at(-1), lang)}`
    : en
      ? 'no dated article'
      : 'không có bài nào có ngày';
  const corpus: Entry = {
    heading: en ? 'Corpus' : 'Kho dữ liệu',
    fields: [
      { label: en ? 'Articles' : 'Số bài', value: String(articles.length) },
      {
        label: en ? 'Published' : 'Thời gian đăng',
        value: `${range}${undated ? (en ? ` (${undated} undated)` : ` (${undated} bài không ghi ngày)`) : ''}`,
      },
      { label: en ? 'Outlets' : 'Nguồn tin', value: outlets.join(', ') || '—' },
      { label: en ? 'Languages' : 'Ngôn ngữ', value: [...new Set(articles.map((a) => a.language))].join(', ') || '—' },
      { label: en ? 'Loaded' : 'Nạp lúc', value: lib.loadedAt.toISOString() },
    ],
    evidence: [],
  };
  const knowledge: Entry = {
    heading: en ? 'Knowledge table' : 'Bảng tri thức',
    fields: [
      {
        label: en ? 'Rounds' : 'Số phiên',
        value: en
          ? `${count('held')} held, ${count('mentioned')} mentioned, ${count('planned')} planned`
          : `${count('held')} đã diễn ra, ${count('mentioned')} được nhắc, ${count('planned')} dự kiến`,
      },
      { label: en ? 'Partners' : 'Đối tác', value: String(new Set(rounds.map((r) => r.partner)).size) },
      { label: en ? 'Other events' : 'Sự kiện khác', value: String(lib.knowledge.events.length) },
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
    title: en ? 'About this corpus' : 'Về kho dữ liệu',
    summary: en
      ? `${articles.length} articles published ${range}, from ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}; ${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped.`
      : `${articles.length} bài đăng ${range}, từ ${outlets.length} nguồn tin; ${skipped.length} tệp bị bỏ qua.`,
    sections: [
      { key: 'corpus', title: en ? 'Corpus' : 'Kho dữ liệu', entries: [corpus, knowledge] },
      ...(skippedEntries.length
        ? [{ key: 'skipped', title: en ? 'Skipped files' : 'Tệp bị bỏ qua', entries: skippedEntries }]
        : []),
    ],
    excerpts: [],
    hints: [],
    footer: footerOf(lib, lang),
  };
};
