// How typed spelling meets written spelling: per-word diacritics, stopwords in the form typed, marks as written.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { libraryOf } from '../helpers/library.js';
import type { Article, Passage } from '../../src/corpus/index.js';
import { buildSearchIndex, search, type SearchIndex, queryPhrase } from '../../src/search/index.js';

const articleIds = (hits: ReturnType<typeof search>) => new Set(hits.map((h) => h.passage.articleId.slice(0, 3)));

describe('on the seeds', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = buildSearchIndex((await libraryOf('seeds')).corpus.articles);
  });

  it('"Nhật Hàn" searches Japan as well as Korea: "nhật" is no stopword, though it folds like "nhất"', () => {
    const found = articleIds(search(index, 'Nhật Hàn', { limit: 100 }));
    expect(found).toContain('001');
    expect(found).toContain('002');
    expect(found).toContain('004');
  });

  it('a word typed without diacritics beside one typed with them matches by folding: "Nhat Bản" is a phrase', () => {
    const hits = search(index, 'Nhat Bản', { limit: 50 });
    const phrase = hits.filter((h) => h.phrase);
    expect(articleIds(phrase)).toEqual(new Set(['002', '004']));
    expect(phrase.flatMap((h) => h.marks)).toContain('Nhật Bản');
  });

  it('a word typed with diacritics marks only that spelling: "lần thứ nhất" does not mark "lẫn" or "thư"', () => {
    const hits = search(index, 'lần thứ nhất', { limit: 20 });
    expect(hits[0]!.passage.articleId.slice(0, 3)).toBe('000');
    expect(hits[0]!.marks).toEqual(['lần thứ nhất']);
    const marks = hits.flatMap((h) => h.marks);
    expect(marks).not.toContain('lẫn');
    expect(marks).not.toContain('thư');
  });

  it('"hàng hải" (maritime) keeps "hải": it is not the stopword "hai" (two)', () => {
    expect(queryPhrase('hàng hải')!.keywords.map((k) => k.folded)).toEqual(['hang', 'hai']);
    expect(queryPhrase('của hai bên')!.keywords.map((k) => k.folded)).toEqual(['cua', 'hai', 'ben']);
    expect(queryPhrase('hợp tác của hai bên')!.keywords.map((k) => k.folded)).toEqual(['hop', 'tac']);
    const hits = search(index, 'hàng hải', { limit: 20 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.phrase && h.marks.every((m) => m === 'hàng hải'))).toBe(true);
  });

  it('a query of stopwords only still searches them, and marks them', () => {
    const hits = search(index, 'hai', { limit: 5 });
    expect(hits.length).toBe(5);
    expect(hits.every((h) => h.marks.some((m) => m.toLowerCase() === 'hai'))).toBe(true);
  });

  it('a dash between words does not break a phrase: "Việt Nam Nhật Bản" finds "Việt Nam-Nhật Bản"', () => {
    const hits = search(index, 'Việt Nam Nhật Bản', { limit: 10 });
    expect(hits[0]!.phrase).toBe(true);
    expect(hits[0]!.marks).toContain('Việt Nam-Nhật Bản');
  });
});

describe("on articles written in the seeds' style", () => {
  const passage = (articleId: string, index: number, text: string): Passage => ({
    id: `${articleId}#${index}`,
    articleId,
    index,
    text,
  });
  const article = (id: string, texts: string[]): Article => ({
    id,
    file: `${id}.txt`,
    title: 'Đối thoại Chính sách Quốc phòng',
    published: null,
    outlet: null,
    language: 'vi',
    url: null,
    passages: texts.map((t, i) => passage(id, i + 1, t)),
    pageContext: [],
    furniture: [],
  });
  const index = buildSearchIndex([
    article('t1', ['Hai bên thống nhất tăng cường hợp tác khắc phục hậu quả bom, mìn sau chiến tranh.']),
    article('t2', ['Phía bạn đề nghị dùng máy bơm. Mìn còn sót lại được rà phá trong năm 2019.']),
    article('t3', ['Việt Nam sẵn sàng tham gia Lực lượng gìn giữ hoà bình Liên hợp quốc.']),
  ]);

  it('a sentence break between "bom" and "mìn" is no phrase; a comma is', () => {
    const hits = search(index, 'bom mìn');
    expect(hits.map((h) => [h.passage.articleId, h.phrase])).toEqual([
      ['t1', true],
      ['t2', false],
    ]);
    expect(hits[0]!.marks).toEqual(['bom, mìn']);
  });

  it('old and new tone placement are one spelling, and the mark is as written', () => {
    const hits = search(index, 'hòa bình');
    expect(hits.map((h) => h.passage.id)).toEqual(['t3#1']);
    expect(hits[0]!.marks).toEqual(['hoà bình']);
  });

  it('the words that carry rounds, dates and "latest" are never stopwords', () => {
    const list = JSON.parse(readFileSync('data/stopwords-vi.json', 'utf8')) as { stopwords: string[] };
    for (const w of ['lần', 'năm', 'tháng', 'ngày', 'mới', 'thứ', 'nhất']) expect(list.stopwords).not.toContain(w);
    expect(queryPhrase('năm 2019')!.keywords.map((k) => k.folded)).toEqual(['nam', '2019']);
  });
});
