// A cold start starts its reading workers as soon as its listing says how many files it will read, and hands them
// their input later (src/store/read-files.ts, EarlyReaders): what they read must be what one thread alone reads, one
// that fails or cannot start leaves its files to the main thread, and one not needed is ended (no process hangs).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { EarlyReaders, readFiles, scanFolder } from '../../src/store/index.js';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The seeds and the fixtures' articles, as a cold start hands them to readFiles. */
async function filesToRead(dir: string) {
  const scan = await scanFolder(dir);
  return scan.files.map((file, i) => ({
    root: scan.listing.root,
    path: scan.listing.articles[i]!,
    file,
    id: scan.ids[i]!,
    size: scan.size[i]!,
    mtimeMs: scan.mtimeMs[i]!,
    exists: scan.exists[i] === 1,
  }));
}

const maxBytes = 5_000_000;
const alone = async (dir: string) =>
  JSON.stringify((await readFiles(await filesToRead(dir), { maxBytes, workers: 0 })).entries);

describe('reading workers started early', () => {
  it('read what one thread alone reads, and are all taken or ended', async () => {
    const files = await filesToRead('seeds');
    const early = new EarlyReaders(2);
    expect(early.size).toBe(2);
    // One worker is asked for: the other early one is ended.
    const read = await readFiles(files, { maxBytes, workers: 1, early });
    expect(early.size).toBe(0);
    expect(read.byWorkers).toBeGreaterThan(0);
    expect(JSON.stringify(read.entries)).toBe(await alone('seeds'));
  });
  it('one that failed before its input leaves its files to the main thread', async () => {
    const files = await filesToRead('seeds');
    const early = new EarlyReaders(1, () => new Worker('process.exit(1)', { eval: true }));
    const read = await readFiles(files, { maxBytes, workers: 1, early });
    expect(read.byWorkers).toBe(0);
    expect(JSON.stringify(read.entries)).toBe(await alone('seeds'));
  });
  it('one that cannot start is not there: the read starts its own', async () => {
    const early = new EarlyReaders(1, () => {
      throw new Error('no worker');
    });
    expect(early.size).toBe(0);
    const read = await readFiles(await filesToRead('seeds'), { maxBytes, workers: 1, early });
    expect(read.byWorkers).toBeGreaterThan(0);
    expect(JSON.stringify(read.entries)).toBe(await alone('seeds'));
  });
  it('ended unused, they exit', async () => {
    const early = new EarlyReaders(1);
    await expect(early.end()).resolves.toBeUndefined();
    expect(early.size).toBe(0);
  });
  it('a cold start that needs none of them (every file in a worker of its own) ends them: the process exits', () => {
    const root = mkdtempSync(join(tmpdir(), 'attache-early-'));
    folders.push(root);
    cpSync('seeds', join(root, 'seeds'), { recursive: true });
    const script = `
      import { CorpusStore } from ${JSON.stringify(join(process.cwd(), 'src/store/index.ts'))};
      const store = new CorpusStore(${JSON.stringify(join(root, 'seeds'))}, { workers: 1, largeFileBytes: 0 });
      const lib = await store.load();
      console.log(lib.corpus.articles.length, store.lastStats.readByWorkers);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('5 5');
  }, 90_000);
});
