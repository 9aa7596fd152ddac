// The CLI as a user runs it: exit codes, text for people, stable JSON for scripts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAME_NAME, sameNameCorpus } from '../helpers/same-name-corpus.js';

function askWith(env: Record<string, string | undefined>, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CORPUS_DIR: undefined, ...env },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
// Tests read the files, not a cache in the checkout's .cache/ (one test below checks the cache).
const ask = (...args: string[]) => askWith({ CACHE_FILE: 'off' }, ...args);

describe('npm run ask', () => {
  it("keeps the bot's disk cache: a second question starts from it and answers the same", () => {
    const cache = join(mkdtempSync(join(tmpdir(), 'attache-cli-cache-')), 'ask.cache');
    const first = askWith({ CACHE_FILE: cache }, 'dialogue', 'japan');
    expect(first.code).toBe(0);
    expect(existsSync(cache) && existsSync(`${cache}.index`)).toBe(true);
    const second = askWith({ CACHE_FILE: cache }, 'dialogue', 'japan');
    expect(second).toEqual(first);
    expect(second.out).toMatch(/Japan/);
  });
  it('dialogue canada answers in text', () => {
    const r = ask('dialogue', 'canada');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Vietnam and Canada have held 1 defence policy dialogue/);
    expect(r.out).toMatch(/Jody Thomas/);
    expect(r.out.split('\n').every((line) => [...line].length <= 80)).toBe(true);
  });
  it("--json articles gives each file's title, outlet and date", () => {
    const r = ask('--json', 'articles');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; published: string | null; outlet: string }[];
    expect(list.map((a) => [a.id.slice(0, 3), a.published, a.outlet])).toEqual([
      ['000', '2021-07-26', 'mod.gov.vn'],
      ['001', '2021-09-17', 'baochinhphu.vn'],
      ['002', null, 'TTXVN'],
      ['003', '2018-02-01', 'VOV.VN'],
      ['004', null, 'QĐND'],
    ]);
  });
  it('--json source carries the paragraphs; export is the documented shape', () => {
    const source = JSON.parse(ask('--json', 'source', '000_064f160b2ba67829').out);
    expect(source.article.paragraphs[0]).toMatch(/^Sáng 23\/7/);
    const exported = JSON.parse(ask('export').out);
    expect(exported.rounds.find((r: { id: string }) => r.id === 'ca-defence-policy-dialogue-1')).toMatchObject({
      partner: 'CA',
      date: '2021-07-23',
      venues: ['Hanoi', 'Ottawa'],
    });
    expect(ask('export', '--format', 'csv').out.split('\n')[0]).toMatch(
      /^id,partner,partnerName,mechanism,round,status,date/,
    );
  });
  it('two files of one name in two folders: two articles, each answered by source', () => {
    const dir = sameNameCorpus();
    const list = JSON.parse(ask('--corpus', dir, '--json', 'articles').out) as { id: string; file: string }[];
    expect(list.map((a) => [a.id, a.file])).toEqual([
      [SAME_NAME.korea.id, `${SAME_NAME.korea.id}.txt`],
      ['a/report', 'a/report.txt'],
      ['b/report', 'b/report.txt'],
    ]);
    for (const { id, title } of [SAME_NAME.canada, SAME_NAME.japan]) {
      const r = ask('--corpus', dir, 'source', id, '--passage', '1');
      expect(r.code).toBe(0);
      expect(r.out).toContain(title);
      expect(r.out).toContain(`Article: ${id}`);
      expect(r.out).toContain('Passage 1 ◀');
    }
  });
  it('a question in words, in Vietnamese', () => {
    const r = ask('--lang', 'vi', 'phiên gần nhất với Nhật Bản?');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/lần thứ 4 — 29\/11\/2016/);
  });
  it.each([
    [['search'], /search needs some words/],
    [['--lang', 'fr', 'about'], /--lang must be en or vi/],
    [['--corpus', '/nonexistent/folder', 'about'], /corpus folder not found/],
    [['--corpus', 'README.md', 'about'], /corpus path is not a folder: README.md/],
    [['--bogus', 'about'], /Unknown option/],
    [['source', '000_064f160b2ba67829', '--passage', '-1'], /^ask: --passage must be a positive whole number$/m],
    [
      ['timeline', 'japan', '--png', '/nonexistent/folder/x.png'],
      /^ask: --png: no folder \/nonexistent\/folder to write/,
    ],
    [['timeline', 'japan', '--png', 'seeds'], /^ask: --png: seeds is a folder, not a file name$/m],
    [[], /no command given/],
  ])('bad usage %j exits 2 with one line', (args, message) => {
    const r = ask(...args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});
