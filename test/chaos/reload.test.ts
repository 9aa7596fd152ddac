// Reloads settle under constant writes, and an edit that keeps a file's size and modification time is caught by the
// periodic hash check.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerDialogue } from '../../src/answers/index.js';
import { createLogger } from '../../src/bot/logger.js';
import { watchCorpus } from '../../src/bot/watch.js';
import { CorpusStore } from '../../src/store/store.js';

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
