// Reloads settle under constant writes, and an edit that keeps a file's size and modification time is caught by the
// periodic hash check.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerDialogue } from '../../src/answers/index.js';
import { createLogger, watchCorpus } from '../../src/bot/index.js';
import { CorpusStore } from '../../src/store/index.js';

const folders: string[] = [];
function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'attache-chaos-reload-'));
  folders.push(dir);
  cpSync('seeds', dir, { recursive: true });
  return dir;
}
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in store that records each reload it is asked for. */
function recordingStore(dir: string) {
  const calls: { verifyContent: boolean }[] = [];
  let notify: () => void = () => undefined;
  const store = {
    dir,
    lastStats: {},
    reload: async (options: { verifyContent?: boolean } = {}) => {
      calls.push({ verifyContent: options.verifyContent === true });
      notify();
      return { corpus: { articles: [], skipped: [] } };
    },
  } as unknown as CorpusStore;
  const until = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      notify = () => {
        if (check()) resolve();
      };
    });
  return { store, calls, until };
}

describe('hot reload under constant writes', () => {
  it('a file rewritten every 100 ms (faster than the quiet time) still gets reloaded', async () => {
    const dir = seedsCopy();
    const { store, calls, until } = recordingStore(dir);
    const watcher = watchCorpus(store, createLogger('silent'), { quietMs: 300, maxWaitMs: 1000, hashCheckMs: 0 });
    let n = 0;
    const writer = setInterval(() => writeFileSync(join(dir, 'busy.txt'), `Tiêu đề\n\nLần ghi thứ ${n++}.\n`), 100);
    cleanups.push(
      () => clearInterval(writer),
      () => watcher.close(),
    );
    await until(() => calls.length >= 2);
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });
  it('the periodic hash check asks the store to hash every file', async () => {
    const dir = seedsCopy();
    const { store, calls, until } = recordingStore(dir);
    const watcher = watchCorpus(store, createLogger('silent'), { quietMs: 300, maxWaitMs: 1000, hashCheckMs: 50 });
    cleanups.push(() => watcher.close());
    await until(() => calls.length >= 1);
    expect(calls[0]).toEqual({ verifyContent: true });
  });
});

describe('an edit that keeps size and modification time', () => {
  it('is not seen by a plain reload, and is by the hash check', async () => {
    const dir = seedsCopy();
    const canada = join(dir, '000_064f160b2ba67829.txt');
    // A whole second, which utimes sets back exactly.
    utimesSync(canada, 1_600_000_000, 1_600_000_000);
    const store = new CorpusStore(dir);
    await store.load();
    const before = statSync(canada);
    // Same length in bytes: one name for another of the same spelling length.
    writeFileSync(canada, readFileSync(canada, 'utf8').replace('Jody Thomas', 'Jody Thames'));
    utimesSync(canada, 1_600_000_000, 1_600_000_000);
    expect(statSync(canada).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(canada).size).toBe(before.size);
    const plain = await store.reload();
    expect(JSON.stringify(answerDialogue(plain, { partner: 'canada' }, { lang: 'en' }))).toMatch(/Jody Thomas/);
    const checked = await store.reload({ verifyContent: true });
    const answer = JSON.stringify(answerDialogue(checked, { partner: 'canada' }, { lang: 'en' }));
    expect(answer).toMatch(/Jody Thames/);
    expect(answer).not.toMatch(/Jody Thomas/);
  });
});

/** An article of many paragraphs, about `bytes` long. */
function bigArticle(bytes: number): string {
  const line = 'Hai bên trao đổi về hợp tác quốc phòng, an ninh biển và gìn giữ hòa bình Liên hợp quốc.';
  const count = Math.ceil(bytes / (Buffer.byteLength(line) + 12));
  const lines = Array.from({ length: count }, (_, i) => `Đoạn ${i}: ${line}`);
  return `Đối thoại quốc phòng\n\n12/05/2021 10:00\n\n${lines.join('\n')}\n`;
}

describe('a large file in a reload', () => {
  it('is read, parsed and extracted in a worker thread, not on the event loop', async () => {
    const dir = seedsCopy();
    const store = new CorpusStore(dir, { largeFileBytes: 16 * 1024 });
    await store.load();
    writeFileSync(join(dir, 'large.txt'), bigArticle(40 * 1024));
    const lib = await store.reload();
    expect(store.lastStats).toMatchObject({ reread: 1, readByWorkers: 1 });
    expect(lib.corpus.articles.map((a) => a.file)).toContain('large.txt');
  });
  it('past its budget: the worker is stopped and the file skipped with its reason, the rest reloads', async () => {
    const dir = seedsCopy();
    const store = new CorpusStore(dir, { largeFileBytes: 16 * 1024, fileBudgetMs: 1 });
    await store.load();
    writeFileSync(join(dir, 'large.txt'), bigArticle(2 * 1024 * 1024));
    writeFileSync(join(dir, 'small.txt'), 'Tiêu đề nhỏ\n\nMột đoạn văn nhỏ về hợp tác quốc phòng.\n');
    const lib = await store.reload();
    expect(lib.corpus.skipped).toEqual([
      { file: 'large.txt', reason: expect.stringMatching(/^took more than \d+ s to read, parse and extract/) },
    ]);
    expect(lib.corpus.articles.map((a) => a.file)).toContain('small.txt');
  });
});
