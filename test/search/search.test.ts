// Search in Vietnamese with or without diacritics, phrases above scattered syllables, furniture never found.
import { beforeAll, describe, expect, it } from 'vitest';
import { libraryOf } from '../helpers/library.js';
import { buildSearchIndex, loadIndex, search, serializeIndex, type SearchIndex } from '../../src/search/index.js';
import type { Article } from '../../src/corpus/index.js';

let index: SearchIndex;
let articles: Article[];
const ids = (hits: ReturnType<typeof search>) => hits.map((h) => h.passage.articleId.slice(0, 3));
beforeAll(async () => {
  articles = (await libraryOf('seeds')).corpus.articles;
  index = buildSearchIndex(articles);
});

describe('search on the seeds', () => {
  it.each(['bom min', 'bom mìn'])('"%s": the passages of 001, 002 and 003 with the phrase come first', (q) => {
    const hits = search(index, q, { limit: 20 });
    const phraseHits = hits.filter((h) => h.phrase);
    expect(new Set(ids(phraseHits))).toEqual(new Set(['001', '002', '003']));
    const firstNonPhrase = hits.findIndex((h) => !h.phrase);
    if (firstNonPhrase >= 0) expect(firstNonPhrase).toBeGreaterThanOrEqual(phraseHits.length);
    expect(phraseHits.flatMap((h) => h.marks)).toEqual(expect.arrayContaining(['bom, mìn', 'bom mìn']));
  });
  it('"Biển Đông" finds 003 only: 000 and 001 name it only in their furniture', () => {
    expect(new Set(ids(search(index, 'Biển Đông')))).toEqual(new Set(['003']));
  });
  it('"gìn giữ hòa bình" finds all five articles, 000 included although it writes "hoà"', () => {
    const hits = search(index, 'gìn giữ hòa bình', { limit: 30 });
    expect(new Set(ids(hits))).toEqual(new Set(['000', '001', '002', '003', '004']));
    expect(hits.find((h) => h.passage.articleId.startsWith('000'))!.marks).toContain('gìn giữ hoà bình');
  });
  it('"nhat ban" without diacritics finds Japan\'s articles, as a phrase, before passages with "nhất" and "bản" apart', () => {
    const hits = search(index, 'nhat ban', { limit: 50 });
    const phrase = hits.filter((h) => h.phrase);
    expect(new Set(ids(phrase))).toEqual(new Set(['002', '004']));
    expect(hits.slice(0, phrase.length).every((h) => h.phrase)).toBe(true);
  });
  it('extra phrases from the vocabulary are searched as phrases too', () => {
    const hits = search(index, 'landmines', { extraTerms: ['bom mìn', 'rà phá bom mìn'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.phrase)).toBe(true);
  });
  it('never throws on odd input, and an empty query finds nothing', () => {
    for (const q of ['', '   ', '!!!', '\u0000', '\uD800', '😀'.repeat(2000), 'a'.repeat(6000), '../../etc/passwd']) {
      expect(() => search(index, q)).not.toThrow();
    }
    expect(search(index, '  ')).toEqual([]);
  });
  it('survives a round trip through bytes (for the on-disk cache)', () => {
    const again = loadIndex(serializeIndex(index), articles);
    expect(search(again, 'bom mìn').map((h) => h.passage.id)).toEqual(
      search(index, 'bom mìn').map((h) => h.passage.id),
    );
  });
});

describe('rescoring reads every passage alike', () => {
  const articleOf = (id: string, texts: string[]): Article =>
    ({
      id,
      passages: texts.map((text, i) => ({ id: `${id}#${i + 1}`, articleId: id, index: i + 1, text })),
    }) as unknown as Article;
  const passages = buildSearchIndex([
    articleOf('t', [
      // Greek capital sigma: lower case depends on the next character, so the passage is folded whole.
      'Đoàn ΣΤΡΑΤΟΣ thảo luận về rà phá bom mìn tại Hà Nội.',
      // Characters beyond the Basic Multilingual Plane: the words are found by the regular expression.
      'Hai bên bàn về bom mìn 𝐁 và hợp tác 😀 quân y.',
      'Hai bên bàn về bom và mìn riêng rẽ.',
    ]),
  ]);
  const found = (query: string) =>
    search(passages, query)
      .map((h) => ({ index: h.passage.index, phrase: h.phrase, marks: h.marks }))
      .sort((a, b) => a.index - b.index);

  it('finds and marks phrases the same way whatever characters stand around them', () => {
    expect(found('bom mìn')).toEqual([
      { index: 1, phrase: true, marks: ['bom mìn'] },
      { index: 2, phrase: true, marks: ['bom mìn'] },
      { index: 3, phrase: false, marks: ['bom', 'mìn'] },
    ]);
    expect(found('mìn 𝐁')[0]).toEqual({ index: 2, phrase: true, marks: ['mìn 𝐁'] });
    expect(found('στρατος')).toEqual([{ index: 1, phrase: false, marks: ['ΣΤΡΑΤΟΣ'] }]);
  });
});
