// Bad files never stop loading: each is skipped with its reason; a missing folder is a clear error.
import {
  chmodSync,
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  copyFileSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusError, readArticleFile, readMeta, type Corpus } from '../../src/corpus/index.js';
import { libraryOf } from '../helpers/library.js';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'attache-bad-'));
  mkdirSync(join(dir, 'nested'));
  copyFileSync('seeds/000_064f160b2ba67829.txt', join(dir, 'nested', 'good.txt'));
  writeFileSync(
    join(dir, 'nested', 'good.meta.json'),
    JSON.stringify({ outlet: 'Bộ Quốc phòng', url: 'https://mod.gov.vn/x', published: '2021-07-25' }),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '   \n\n  ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Đối thoại Quốc phòng\n\nHai bên nhất trí hợp tác.', 'latin1'));
  const big = openSync(join(dir, 'huge.txt'), 'w');
  ftruncateSync(big, 6 * 1024 * 1024);
  closeSync(big);
  writeFileSync(join(dir, 'title-only.txt'), 'Chỉ có tiêu đề\n');
  copyFileSync('seeds/003_17f2a32df134652f.txt', join(dir, 'with-bad-sidecar.txt'));
  writeFileSync(join(dir, 'with-bad-sidecar.meta.json'), '{"published": "yesterday"}');
  writeFileSync(join(dir, 'notes.json'), '{}');
  ({ corpus } = await libraryOf(dir));
});

describe('bad files', () => {
  it('skips each with its reason and loads the rest, recursively', () => {
    const reasons = Object.fromEntries(corpus.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['empty.txt']).toBe('empty file');
    expect(reasons['blank.md']).toBe('empty file');
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['huge.txt']).toMatch(/larger than 5 MB/);
    expect(reasons['title-only.txt']).toMatch(/no article text/);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['good', 'with-bad-sidecar']);
  });
  it('a valid sidecar overrides what the parser found; an invalid one is reported and ignored', () => {
    const good = corpus.articles.find((a) => a.id === 'good')!;
    expect(good).toMatchObject({
      outlet: 'Bộ Quốc phòng',
      url: 'https://mod.gov.vn/x',
      published: { iso: '2021-07-25', precision: 'day' },
    });
    const bad = corpus.articles.find((a) => a.id === 'with-bad-sidecar')!;
    expect(bad.published?.iso).toBe('2018-02-01');
    expect(corpus.warnings).toEqual([
      { file: 'with-bad-sidecar.meta.json', reason: expect.stringMatching(/^sidecar published: .*; ignored$/) },
    ]);
  });
  it('a sidecar that is not JSON, has unknown keys or an impossible date is refused with a reason', () => {
    expect(readMeta('{not json')).toEqual({ error: 'sidecar is not valid JSON' });
    expect(readMeta('{"title": "x"}')).toMatchObject({ error: expect.stringMatching(/Unrecognized key/) });
    expect(readMeta('{"published": "2018-02-31"}')).toMatchObject({
      error: expect.stringMatching(/real calendar date/),
    });
    expect(readMeta('{"url": "not a url"}')).toMatchObject({ error: expect.stringMatching(/^sidecar url/) });
  });
  it('a sidecar date keeps its precision and time', () => {
    expect(readMeta('{"published": "2018"}')).toEqual({
      meta: { published: { iso: '2018', precision: 'year', inferred: false } },
    });
    expect(readMeta('{"published": "2018-02"}')).toEqual({
      meta: { published: { iso: '2018-02', precision: 'month', inferred: false } },
    });
    expect(readMeta('{"published": "2018-02-01T08:30:00+07:00", "language": "vi"}')).toEqual({
      meta: { language: 'vi', published: { iso: '2018-02-01', precision: 'day', inferred: false, time: '08:30' } },
    });
  });
  it('a file removed between listing and reading is skipped, not a crash', async () => {
    expect(await readArticleFile(join(dir, 'gone.txt'))).toBe('file disappeared before it could be read');
  });
  // As root every file is readable, so the permission check can only be exercised as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('an unreadable file is skipped with its reason', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Tiêu đề\n\nNội dung bài viết.');
    chmodSync(locked, 0o000);
    expect(await readArticleFile(locked)).toMatch(/^unreadable \(EACCES\)/);
  });
  it('a missing folder is a CorpusError with a one-line message', async () => {
    await expect(libraryOf(join(dir, 'nope'))).rejects.toThrow(CorpusError);
    await expect(libraryOf(join(dir, 'nope'))).rejects.toThrow(/^corpus folder not found: [^\n]*nope$/);
    await expect(libraryOf(join(dir, 'empty.txt'))).rejects.toThrow(/^corpus path is not a folder: /);
  });
});
