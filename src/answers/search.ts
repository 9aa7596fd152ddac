/** `search <text>`: the best passages; English topic and partner words also find their Vietnamese wording. */
import { findPartners, findTopics } from '../knowledge/index.js';
import { loadVocabulary } from '../vocabulary/index.js';
import { search } from '../search/index.js';
import type { AnswerSearch } from './api.js';
import { excerptOf, footerOf, notice } from './compose.js';
import { formatDate } from './format.js';
import type { Entry } from './types.js';

/** Vietnamese phrases for the topics and partners the query names in any language. */
export function vocabularyTerms(query: string): string[] {
  const vocab = loadVocabulary();
  const terms: string[] = [];
  for (const t of findTopics(query)) terms.push(...(vocab.topics.find((x) => x.key === t.key)?.termsVi ?? []));
  for (const p of findPartners(query)) {
    const partner = vocab.partners.find((x) => x.code === p.key);
    if (partner) terms.push(partner.nameVi, ...partner.namesVi);
  }
  return [...new Set(terms)];
}

export const answerSearch: AnswerSearch = (lib, args, { lang }) => {
  const query = args.query.trim();
  if (!/[\p{L}\p{N}]/u.test(query)) {
    return notice(
      lib,
      'bad-input',
      lang,
      lang === 'en' ? 'Empty search' : 'Chưa có từ khóa',
      lang === 'en'
        ? 'Type some words to search for, e.g. `bom mìn` or `peacekeeping`.'
        : 'Hãy nhập từ cần tìm, ví dụ `bom mìn` hoặc `gìn giữ hòa bình`.',
    );
  }
  const limit = Math.min(Math.max(args.limit ?? 10, 1), 50);
  const hits = search(lib.index, query, { limit, extraTerms: vocabularyTerms(query) });
  const shown = query.slice(0, 100);
  if (!hits.length) {
    return notice(
      lib,
      'not-found',
      lang,
      lang === 'en' ? 'No passage found' : 'Không tìm thấy đoạn nào',
      lang === 'en' ? `No passage matches “${shown}”.` : `Không có đoạn nào khớp với “${shown}”.`,
      [
        lang === 'en'
          ? 'Try fewer words, or Vietnamese wording (with or without diacritics).'
          : 'Thử ít từ hơn, hoặc viết có dấu/không dấu.',
      ],
    );
  }
  const entries: Entry[] = hits.map((hit) => {
    const article = lib.articles.get(hit.passage.articleId);
    return {
      heading: `${article?.title ?? hit.passage.articleId}`,
      date: article?.published ?? null,
      fields: [
        {
          label: lang === 'en' ? 'Source' : 'Nguồn',
          value: [article?.outlet, formatDate(article?.published, lang), hit.passage.id].filter(Boolean).join(' · '),
        },
      ],
      text: hit.passage.text,
      evidence: [{ article: hit.passage.articleId, passage: hit.passage.id, quote: hit.passage.text }],
    };
  });
  return {
    kind: 'search',
    lang,
    ok: true,
    title: lang === 'en' ? `Search: ${shown}` : `Tìm kiếm: ${shown}`,
    summary:
      lang === 'en'
        ? `${hits.length} passage${hits.length === 1 ? '' : 's'}, best first.`
        : `${hits.length} đoạn, phù hợp nhất trước.`,
    sections: [{ key: 'passages', title: lang === 'en' ? 'Passages' : 'Đoạn trích', entries }],
    excerpts: hits.map((hit) =>
      excerptOf(lib, { article: hit.passage.articleId, passage: hit.passage.id, quote: hit.passage.text }, hit.marks),
    ),
    hints: [],
    footer: footerOf(lib, lang),
  };
};
