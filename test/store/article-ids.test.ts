// Article ids: a file's name while it is the only one of that name, its path where names are shared.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerSource } from '../../src/answers/index.js';
import { search } from '../../src/search/index.js';
import { articleIdsOf, CorpusStore } from '../../src/store/index.js';
import { SAME_NAME, sameNameCorpus } from '../helpers/same-name-corpus.js';

describe('articleIdsOf', () => {
  it('keeps a unique name, tells shared names apart by folder, then by extension', () => {
    const ids = articleIdsOf(['064f.txt', 'a/x.txt', 'b/x.txt', 'c/y.txt', 'c/y.md', 'z.md']);
    expect(Object.fromEntries(ids)).toEqual({
      '064f.txt': '064f',
      'a/x.txt': 'a/x',
      'b/x.txt': 'b/x',
      'c/y.txt': 'c/y.txt',
      'c/y.md': 'c/y.md',
      'z.md': 'z',
    });
  });
  it('gives every file its name when no two names clash, in folders too', () => {
    const ids = articleIdsOf(['a/x.txt', 'b/y.md', 'c/d/.hidden.txt', 'z.txt', 'w']);
    expect(Object.fromEntries(ids)).toEqual({
      'a/x.txt': 'x',
      'b/y.md': 'y',
      'c/d/.hidden.txt': '.hidden',
      'z.txt': 'z',
      w: 'w',
    });
  });
  it("a name that equals another file's path still ends unique", () => {
    const files = ['x.txt', 'x.md', 'x.txt.md', 'd/x.txt', 'x/txt.md'];
    const ids = [...articleIdsOf(files).values()];
    expect(new Set(ids).size).toBe(files.length);
  });
});

describe('two files of one name in two folders', () => {
  it('are two articles with distinct ids and passage ids, each found by its id', async () => {
    const lib = await new CorpusStore(sameNameCorpus()).load();
    expect(lib.corpus.articles.map((a) => a.id).sort()).toEqual([SAME_NAME.korea.id, 'a/report', 'b/report']);
    const passages = lib.corpus.articles.flatMap((a) => a.passages.map((p) => p.id));
    expect(new Set(passages).size).toBe(passages.length);
    for (const { id, title } of [SAME_NAME.canada, SAME_NAME.japan]) {
      const answer = answerSource(lib, { article: id }, { lang: 'en' });
      expect(answer.ok, id).toBe(true);
      expect(answer.title).toBe(title);
    }
    expect(search(lib.index, 'Jody Thomas')[0]!.passage.articleId).toBe('a/report');
  });
  it('a reload that brings a second file of a name re-reads the first under its new id', async () => {
    const dir = sameNameCorpus();
    rmSync(join(dir, 'b', 'report.txt'));
    const store = new CorpusStore(dir);
    expect((await store.load()).corpus.articles.map((a) => a.id).sort()).toEqual([SAME_NAME.korea.id, 'report']);
    mkdirSync(join(dir, 'b'), { recursive: true });
    copyFileSync('seeds/002_8c84e9cb420551fb.txt', join(dir, 'b', 'report.txt'));
    const lib = await store.reload();
    expect(lib.corpus.articles.map((a) => a.id).sort()).toEqual([SAME_NAME.korea.id, 'a/report', 'b/report']);
    expect(search(lib.index, 'Jody Thomas').map((h) => h.passage.articleId)).not.toContain('report');
    expect(lib.knowledge.rounds.flatMap((r) => r.sources.map((s) => s.article))).not.toContain('report');
  });
});
