/** `articles`: the corpus listing, and the stable JSON shapes of `articles` and `source` documented in the README. */
import { type Library, formatDate } from '../answers/index.js';

export function articleList(lib: Library) {
  return lib.corpus.articles.map((a) => ({
    id: a.id,
    file: a.file,
    title: a.title,
    published: a.published?.iso ?? null,
    datePrecision: a.published?.precision ?? null,
    dateInferred: a.published?.inferred ?? false,
    time: a.published?.time ?? null,
    outlet: a.outlet,
    language: a.language,
    url: a.url,
    passages: a.passages.length,
  }));
}

export function sourceJson(lib: Library, _title: string, id: string) {
  const a =
    lib.articles.get(id) ?? [...lib.articles.values()].find((x) => x.id.toLowerCase().startsWith(id.toLowerCase()));
  if (!a) return null;
  const [meta] = articleList({ ...lib, corpus: { ...lib.corpus, articles: [a] } });
  return { ...meta, passages: a.passages, paragraphs: a.passages.map((p) => p.text) };
}

export function renderArticleList(lib: Library): string {
  return `${lib.corpus.articles
    .map((a) => `${a.id}  ${formatDate(a.published, 'en').padEnd(18)}  ${(a.outlet ?? '—').padEnd(16)}  ${a.title}`)
    .join('\n')}\n`;
}
