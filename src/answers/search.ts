/** `search <text>`: the best passages; English topic and partner words also find their Vietnamese wording. */
import { findPartners, findTopics } from '../knowledge/index.js';
import { loadVocabulary } from '../vocabulary/index.js';
import { search } from '../search/index.js';
import type { AnswerSearch } from './api.js';
import { excerptOf, footerOf, notice } from './compose.js';
import { formatDate } from './format.js';
import { label, messages } from './messages/index.js';
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
  const text = messages(lang).search;
  const query = args.query.trim();
  if (!/[\p{L}\p{N}]/u.test(query)) return notice(lib, 'bad-input', lang, text.emptyTitle, text.empty);
  const limit = Math.min(Math.max(args.limit ?? 10, 1), 50);
  const hits = search(lib.index, query, { limit, extraTerms: vocabularyTerms(query) });
  const shown = query.slice(0, 100);
  if (!hits.length) {
    return notice(lib, 'not-found', lang, text.noneTitle, text.none(shown), [text.noneHint]);
  }
  const entries: Entry[] = hits.map((hit) => {
    const article = lib.articles.get(hit.passage.articleId);
    return {
      heading: `${article?.title ?? hit.passage.articleId}`,
      date: article?.published ?? null,
      fields: [
        {
          label: label(lang, 'source'),
          // Outlet, date and "Passage 3" (what /source takes beside the article), not a hash id.
          value: [
            article?.outlet,
            formatDate(article?.published, lang),
            messages(lang).source.passage(hit.passage.index),
          ]
            .filter(Boolean)
            .join(' · '),
        },
      ],
      text: hit.passage.text,
      ...(hit.marks?.length ? { marks: hit.marks } : {}),
      evidence: [{ article: hit.passage.articleId, passage: hit.passage.id, quote: hit.passage.text }],
    };
  });
  return {
    kind: 'search',
    lang,
    ok: true,
    title: text.title(shown),
    summary: text.summary(hits.length),
    sections: [{ key: 'passages', title: label(lang, 'passages'), entries }],
    excerpts: hits.map((hit) =>
      excerptOf(lib, { article: hit.passage.articleId, passage: hit.passage.id, quote: hit.passage.text }, hit.marks),
    ),
    hints: [],
    footer: footerOf(lib, lang),
  };
};
