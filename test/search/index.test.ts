// The passage index itself: bytes for the disk cache that read back to the same answers or not at all, and reloads
// that replace a few articles without leaving their old passages findable.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { libraryOf } from '../helpers/library.js';
import type { Article } from '../../src/corpus/index.js';
import {
  buildSearchIndex,
  loadIndex,
  search,
  serializeIndex,
  updateIndex,
  type SearchIndex,
  allTerms,
  postingRange,
  PostingsBuilder,
  forEachIndexWord,
  indexTerms,
  forEachIndexWordByRegex,
  spanHash,
  WordSpans,
} from '../../src/search/index.js';
import { CorpusStore } from '../../src/store/index.js';

const QUERIES = [
  'bom mìn',
  'nhat ban',
  'gìn giữ hòa bình',
  'Biển Đông',
  'hợp tác quốc phòng',
  'peacekeeping',
  'đào tạo',
];
/** Every hit of every query, with its score: two indexes that answer alike give equal lists. */
const answers = (index: SearchIndex) =>
  QUERIES.map((q) => search(index, q, { limit: 50 }).map((h) => `${h.passage.id} ${h.score.toFixed(9)}`));

let articles: Article[];
beforeAll(async () => {
  articles = (await libraryOf('seeds')).corpus.articles;
});

/** A small article of its own, with a word no seed has. */
function article(id: string, ...texts: string[]): Article {
  const passages = texts.map((text, i) => ({ id: `${id}#${i + 1}`, articleId: id, index: i + 1, text }));
  return {
    id,
    file: `${id}.txt`,
    title: id,
    published: null,
    outlet: null,
    language: 'vi',
    url: null,
    passages,
    pageContext: [],
    furniture: [],
  };
}

describe('serialised index', () => {
  it('reads back to the same answers, scores included', () => {
    const index = buildSearchIndex(articles);
    expect(answers(loadIndex(serializeIndex(index), articles))).toEqual(answers(index));
  });

  it('reads back an index that reloads changed: removed passages stay removed, added ones stay found', () => {
    const index = buildSearchIndex(articles);
    const [first, ...rest] = articles;
    const extra = article('zz_extra', 'Tàu ngầm Kilo tham gia diễn tập.');
    updateIndex(index, [first!], [extra]);
    const corpus = [...rest, extra];
    const again = loadIndex(serializeIndex(index), corpus);
    expect(answers(again)).toEqual(answers(index));
    expect(search(again, 'tàu ngầm Kilo').map((h) => h.passage.id)).toEqual(['zz_extra#1']);
  });

  it.each([
    ['empty', () => new Uint8Array(0)],
    ['truncated', (b: Uint8Array) => b.slice(0, b.length - 8)],
    ['one byte longer', (b: Uint8Array) => Uint8Array.from([...b, 0])],
    ['a flipped byte in the postings', (b: Uint8Array) => flip(b, b.length - 100)],
    ['a flipped byte in the header', (b: Uint8Array) => flip(b, 21)],
    ['another magic', (b: Uint8Array) => flip(b, 0)],
    ['another version', (b: Uint8Array) => flip(b, 4)],
    ['the old JSON cache', () => new TextEncoder().encode('{"documentCount":0}')],
  ])('%s: throws, so the store rebuilds', (_, damage) => {
    const bytes = serializeIndex(buildSearchIndex(articles));
    expect(() => loadIndex(damage(bytes), articles)).toThrow();
  });

  it('throws when the corpus is not the one indexed', () => {
    const bytes = serializeIndex(buildSearchIndex(articles));
    expect(() => loadIndex(bytes, articles.slice(1))).toThrow(/passage/);
    expect(() => loadIndex(bytes, [...articles, article('zz_new', 'Một đoạn mới.')])).toThrow(/passage/);
  });

  it('reads back from an unaligned copy (a slice of a larger buffer)', () => {
    const bytes = serializeIndex(buildSearchIndex(articles));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(answers(loadIndex(shifted.subarray(1), articles))).toEqual(answers(buildSearchIndex(articles)));
    // A Buffer's slice is a view, not a copy: an unaligned Buffer must be copied all the same.
    const shiftedBuffer = Buffer.alloc(bytes.length + 1);
    shiftedBuffer.set(bytes, 1);
    expect(answers(loadIndex(shiftedBuffer.subarray(1), articles))).toEqual(answers(buildSearchIndex(articles)));
  });
});

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at]! ^= 0xff;
  return copy;
}

describe('updateIndex', () => {
  it('a removed article is never found again; an added one is', () => {
    const index = buildSearchIndex(articles);
    const japan = articles.find((a) => a.id.startsWith('004'))!;
    expect(search(index, 'Onodera').length).toBeGreaterThan(0);
    updateIndex(index, [japan], [article('zz_sub', 'Tàu ngầm Kilo tham gia diễn tập.', 'Onodera không có ở đây.')]);
    const hits = QUERIES.concat('Onodera', 'Nhật Bản', 'Sojitz').flatMap((q) => search(index, q, { limit: 100 }));
    expect(hits.filter((h) => h.passage.articleId === japan.id)).toEqual([]);
    expect(search(index, 'Onodera').map((h) => h.passage.id)).toEqual(['zz_sub#2']);
    expect(search(index, 'tàu ngầm').map((h) => h.passage.id)).toContain('zz_sub#1');
  });

  it('an article changed in place (removed and added under the same id) is found by its new text only', () => {
    const index = buildSearchIndex(articles);
    const old = articles[0]!;
    const changed = { ...old, passages: [{ ...old.passages[0]!, text: 'Hải quân Thụy Điển thăm cảng.' }] };
    updateIndex(index, [old], [changed]);
    expect(search(index, 'Thụy Điển').map((h) => h.passage.id)).toEqual([changed.passages[0]!.id]);
    const oldWords = old.passages[1]!.text.split(' ').slice(0, 4).join(' ');
    expect(search(index, oldWords, { limit: 100 }).filter((h) => h.passage.articleId === old.id)).toEqual([]);
  });

  it('answers as a fresh build over the same passages would, through several reloads', () => {
    const index = buildSearchIndex(articles);
    let corpus = articles;
    for (let round = 0; round < 3; round++) {
      const gone = corpus[round]!;
      const extra = article(`zz_${round}`, `Diễn tập tìm kiếm cứu nạn lần ${round}.`, 'Hợp tác quốc phòng và bom mìn.');
      updateIndex(index, [gone], [extra]);
      corpus = [...corpus.filter((a) => a !== gone), extra];
      const sorted = (lists: string[][]) => lists.map((hits) => [...hits].sort());
      // Same passages and scores; passages with equal scores may be listed in another order (their ordinals differ).
      expect(sorted(answers(index))).toEqual(sorted(answers(buildSearchIndex(corpus))));
    }
  });

  it('an article edited again and again (a passage more, then fewer) counts as a fresh build of the same passages', () => {
    const index = buildSearchIndex(articles);
    let current = articles[2]!;
    let corpus = articles;
    for (const count of [current.passages.length + 1, 2, 3]) {
      const texts = Array.from({ length: count }, (_, i) => `Đoạn ${i}: hợp tác quân y, bom mìn lần ${count}.`);
      const edited = { ...article(current.id, ...texts), file: current.file };
      updateIndex(index, [current], [edited]);
      corpus = corpus.map((a) => (a === current ? edited : a));
      current = edited;
      const fresh = buildSearchIndex(corpus);
      expect([index.liveCount, index.totalLength]).toEqual([fresh.liveCount, fresh.totalLength]);
      expect(index.passageAt.filter((p) => p?.articleId === current.id).map((p) => p!.text)).toEqual(texts);
      const sorted = (lists: string[][]) => lists.map((hits) => [...hits].sort());
      expect(sorted(answers(index))).toEqual(sorted(answers(fresh)));
    }
    // Removed by a copy (other objects, the same ids): its passages are found by id all the same.
    updateIndex(index, [structuredClone(current)], []);
    expect(index.passageAt.filter((p) => p?.articleId === current.id)).toEqual([]);
    expect(index.liveCount).toBe(buildSearchIndex(corpus.filter((a) => a !== current)).liveCount);
  });

  it('many added passages: the index is rebuilt whole and still right', () => {
    const index = buildSearchIndex(articles);
    const many = Array.from({ length: 300 }, (_, i) =>
      article(`zz_bulk_${i}`, ...Array.from({ length: 5 }, (_, j) => `Đoạn ${j} của bài ${i}: tàu ngầm.`)),
    );
    updateIndex(index, [], many);
    expect(index.passageAt.length).toBe(articles.flatMap((a) => a.passages).length + 1500);
    expect(
      search(index, 'bài 17', { limit: 100 })
        .filter((h) => h.phrase)
        .map((h) => h.passage.articleId),
    ).toEqual(Array(5).fill('zz_bulk_17'));
    updateIndex(index, many, []);
    expect(search(index, 'tàu ngầm', { limit: 100 }).filter((h) => h.passage.articleId.startsWith('zz_'))).toEqual([]);
    expect(answers(index)).toEqual(answers(buildSearchIndex(articles)));
  });
});

describe('postings', () => {
  /** What minisearch indexed for these texts: per term, per passage, the count; per passage, its distinct tokens. */
  function expected(texts: string[]) {
    const postings = new Map<string, [number, number][]>();
    texts.forEach((text, ordinal) => {
      const counts = new Map<string, number>();
      for (const term of indexTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts)
        if (term !== '') postings.set(term, [...(postings.get(term) ?? []), [ordinal, count]]);
    });
    const lengths = texts.map((text) => new Set(indexTerms(text).join(' ').split(' ')).size);
    return { postings: new Map([...postings].sort(([a], [b]) => (a < b ? -1 : 1))), lengths };
  }
  /** Built from folded words, or (as the index builds) from the text, its words found by their spelling. */
  function built(texts: string[], spelled = false) {
    const builder = new PostingsBuilder();
    for (const text of texts) {
      if (spelled) builder.addText(text);
      else forEachIndexWord(text, (word, follows) => builder.addWord(word, follows));
      builder.endPassage();
    }
    const p = builder.build();
    const postings = new Map(
      allTerms(p).map((term) => {
        const [start, end] = postingRange(p, term);
        return [
          term,
          Array.from(
            { length: end - start },
            (_, i) => [p.ordinals[start + i]!, p.frequencies[start + i]!] as [number, number],
          ),
        ];
      }),
    );
    return { postings, lengths: [...p.lengths] };
  }
  it('tell apart two words whose letters hash alike', () => {
    // FNV-1a gives "yaczfa" and "glbppa" the same 32 bits.
    expect(spanHash('yaczfa', 0, 6)).toBe(spanHash('glbppa', 0, 6));
    const texts = ['yaczfa glbppa yaczfa.', 'glbppa', 'Yaczfa glbppa'];
    expect(built(texts, true)).toEqual(expected(texts));
  });

  it("hold exactly the terms of indexTerms, their counts and minisearch's lengths for the seeds", async () => {
    const library = await new CorpusStore('seeds').load();
    const texts = library.corpus.articles.flatMap((a) => a.passages.map((p) => p.text));
    const pairs = new Set(texts.flatMap((text) => indexTerms(text).filter((term) => term.includes('_'))));
    // Enough distinct pairs that the pair table (256 slots at first) grows several times.
    expect(pairs.size).toBeGreaterThan(1000);
    expect(built(texts, true)).toEqual(expected(texts));
  });
  it("hold exactly the terms of indexTerms, their counts, and minisearch's lengths (odd text included)", () => {
    const unit = fc.constantFrom('bom', 'mìn', 'Đà', ' ', ' ', '.', ',', '\u0301', '…', '\n', '-', '1', 'İ');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 5 }), (texts) => {
        expect(built(texts)).toEqual(expected(texts));
        expect(built(texts, true)).toEqual(expected(texts));
      }),
      { seed: 20240601, numRuns: 500 },
    );
  });
});

describe('the word scanner', () => {
  const words = (scan: typeof forEachIndexWord, text: string) => {
    const out: [string, boolean][] = [];
    scan(text, (word, follows) => out.push([word, follows]));
    return out;
  };
  it('finds the words and breaks the regular expression finds, in any text', () => {
    // Letters beyond the first 65,536 code points (𝐀, 𠀀), a symbol there (😀), lone surrogates, marks, runs of letters
    // and of punctuation longer than 64.
    const unit = fc.constantFrom(
      'bom',
      'Mìn',
      'Đà',
      ' ',
      '.',
      ',',
      '\u0301',
      '…',
      '\n',
      '-',
      '1',
      'İ',
      '𝐀',
      '𠀀',
      '😀',
      '\ud800',
      '\udc00',
      'x'.repeat(63),
      'ệ'.repeat(70),
      '!'.repeat(65),
      '“',
      '»',
      '|',
      '_',
      '٣',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
        expect(words(forEachIndexWord, text)).toEqual(words(forEachIndexWordByRegex, text));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
  it('reads each text alike when one scanner reads them all, longer and shorter ones in turn', async () => {
    // The index's scanner keeps its copy of the code units from text to text: what a longer text leaves past the end of
    // a shorter one must not be read as part of it (here the low half of 𝐀, a letter, after "bom " and a high half).
    const library = await new CorpusStore('seeds').load();
    const seeds = library.corpus.articles.flatMap((a) => a.passages.map((p) => p.text));
    const texts = [...seeds.slice(0, 20), 'x\ud835\udc00'.repeat(300), 'bom \ud835', 'Đà\ud835', ...seeds.slice(20)];
    const spans = (scanner: WordSpans, text: string) => {
      const out: [number, number, boolean, number][] = [];
      scanner.reset(text);
      while (scanner.next()) out.push([scanner.start, scanner.end, scanner.followsWord, scanner.hash]);
      return out;
    };
    const reused = new WordSpans();
    for (const text of texts) expect(spans(reused, text)).toEqual(spans(new WordSpans(), text));
    for (const text of texts)
      for (const [start, end, , hash] of spans(reused, text)) expect(hash).toBe(spanHash(text, start, end));
  });
  it('reads the seeds as the regular expression does', async () => {
    const library = await new CorpusStore('seeds').load();
    const texts = library.corpus.articles.flatMap((a) => a.passages.map((p) => p.text));
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(words(forEachIndexWord, text)).toEqual(words(forEachIndexWordByRegex, text));
  });
});
