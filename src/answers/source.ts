/** `source <article-id> [--passage N]`: an article's metadata and clean text, or one passage with its neighbours. */
import type { AnswerSource } from './api.js';
import { footerOf, notice } from './compose.js';
import { formatDate } from './format.js';
import { label, messages } from './messages/index.js';
import type { Entry } from './types.js';

/** Article ids are file names: only what the corpus already holds is looked up, never a path from user text. */
function findArticleId(ids: Iterable<string>, typed: string): string | null {
  const wanted = typed.trim().replace(/#\d+$/, '').toLowerCase();
  if (!wanted) return null;
  const all = [...ids];
  return (
    all.find((id) => id.toLowerCase() === wanted) ??
    (all.filter((id) => id.toLowerCase().startsWith(wanted)).length === 1
      ? all.find((id) => id.toLowerCase().startsWith(wanted))!
      : null)
  );
}

export const answerSource: AnswerSource = (lib, args, { lang }) => {
  const text = messages(lang).source;
  const id = findArticleId(lib.articles.keys(), args.article);
  const fromHash = /#(\d+)$/.exec(args.article.trim());
  const passageNumber = args.passage ?? (fromHash ? Number(fromHash[1]) : undefined);
  if (!id) {
    return notice(lib, 'not-found', lang, text.notFoundTitle, text.notFound(args.article.slice(0, 80)), [
      text.notFoundHint,
    ]);
  }
  const article = lib.articles.get(id)!;
  const meta: Entry = {
    heading: article.title,
    date: article.published,
    fields: [
      { label: label(lang, 'article'), value: article.id },
      { label: label(lang, 'published'), value: formatDate(article.published, lang) },
      { label: label(lang, 'outlet'), value: article.outlet ?? label(lang, 'unknown') },
      { label: label(lang, 'language'), value: article.language },
      { label: label(lang, 'file'), value: article.file },
      ...(article.url ? [{ key: 'url', label: label(lang, 'link'), value: article.url }] : []),
    ],
    evidence: [],
  };
  let passages = article.passages;
  if (passageNumber !== undefined) {
    if (!Number.isInteger(passageNumber) || passageNumber < 1 || passageNumber > article.passages.length) {
      return notice(lib, 'bad-input', lang, text.noPassageTitle, text.noPassage(id, article.passages.length));
    }
    passages = article.passages.slice(Math.max(0, passageNumber - 2), passageNumber + 1);
  }
  const entries: Entry[] = passages.map((p) => ({
    // "Passage 11", the number /source's passage option takes (the article is named above), not a hash id.
    heading: `${text.passage(p.index)}${p.index === passageNumber ? ' ◀' : ''}`,
    fields: [],
    text: p.text,
    evidence: [{ article: id, passage: p.id, quote: p.text }],
  }));
  return {
    kind: 'source',
    lang,
    ok: true,
    title: article.title,
    summary: `${article.outlet ?? label(lang, 'unknown')} · ${formatDate(article.published, lang)} · ${text.passageCount(article.passages.length)}`,
    sections: [
      { key: 'metadata', title: label(lang, 'article'), entries: [meta] },
      { key: 'passages', title: label(lang, 'passages'), entries },
    ],
    excerpts: [],
    hints: [],
    footer: footerOf(lib, lang),
  };
};
