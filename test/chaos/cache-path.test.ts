// The cache is checked, not trusted: a cache path that is a pipe, a device or a link is never opened or replaced,
// an edited record is re-read from its article, a failed write leaves no partial file and is logged once, and
// temporaries left by a killed writer are removed at the next start.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerDialogue, type Library } from '../../src/answers/index.js';
import { writeCache, CorpusStore } from '../../src/store/index.js';

const folders: string[] = [];
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'attache-chaos-cache-'));
  folders.push(root);
  cpSync('seeds', join(root, 'corpus'), { recursive: true });
  return { root, corpus: join(root, 'corpus') };
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A store that records what it logs. */
function storeOf(corpus: string, cacheFile: string | undefined) {
  const logged: string[] = [];
  const store = new CorpusStore(corpus, {
    ...(cacheFile ? { cacheFile } : {}),
    log: (level, fields, message) => logged.push(`${level} ${message} ${JSON.stringify(fields)}`),
  });
  return { store, logged };
}
const canada = (lib: Library) => JSON.stringify(answerDialogue(lib, { partner: 'canada' }, { lang: 'en' }));
let reference: string | undefined;
async function answersAsWithNoCache(lib: Library, corpus: string) {
  reference ??= canada(await storeOf(corpus, undefined).store.load());
  expect(canada(lib)).toBe(reference);
}

const canMakeDevices = (() => {
  const probe = join(mkdtempSync(join(tmpdir(), 'attache-chaos-mknod-')), 'null');
  const made = spawnSync('mknod', [probe, 'c', '1', '3']).status === 0;
  rmSync(join(probe, '..'), { recursive: true, force: true });
  return made;
})();

describe('a cache path that is not a regular file', () => {
  it('a named pipe: the store starts, answers as with no cache, and the pipe is left a pipe', async () => {
    const { root, corpus } = workspace();
    const pipe = join(root, 'cache');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const { store, logged } = storeOf(corpus, pipe);
    await answersAsWithNoCache(await store.load(), corpus);
    await store.flush();
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(logged.join('\n')).toMatch(/cache disabled.*named pipe/);
  });
  it('a link to /dev/zero: the store starts and the link is left as it was', async () => {
    const { root, corpus } = workspace();
    const link = join(root, 'cache');
    symlinkSync('/dev/zero', link);
    const { store, logged } = storeOf(corpus, link);
    await answersAsWithNoCache(await store.load(), corpus);
    await store.flush();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(logged.join('\n')).toMatch(/cache disabled.*symbolic link/);
  });
  it.skipIf(!canMakeDevices)('a device node (like /dev/null): never replaced by a regular file', async () => {
    const { root, corpus } = workspace();
    const device = join(root, 'null');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    const { store } = storeOf(corpus, device);
    await answersAsWithNoCache(await store.load(), corpus);
    await store.flush();
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(existsSync(`${device}.index`)).toBe(false);
  });
});

describe('records', () => {
  it('a record edited inside the cache (the JSON still valid) is re-read from its article, and logged', async () => {
    const { root, corpus } = workspace();
    const cacheFile = join(root, 'attache.cache');
    const first = storeOf(corpus, cacheFile).store;
    await first.load();
    await first.flush();
    const text = readFileSync(cacheFile, 'utf8');
    expect(text).toContain('2021-07-23');
    writeFileSync(cacheFile, text.replaceAll('2021-07-23', '1999-07-23'));
    const { store, logged } = storeOf(corpus, cacheFile);
    const lib = await store.load();
    expect(canada(lib)).not.toMatch(/1999/);
    await answersAsWithNoCache(lib, corpus);
    expect(store.lastStats.reread).toBeGreaterThan(0);
    expect(logged.join('\n')).toMatch(/failed their checksum/);
  });
});

describe('writes', () => {
  it('a write that fails mid-way (a full disk) leaves no partial file', async () => {
    const { root } = workspace();
    const cacheFile = join(root, 'attache.cache');
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    function* failing() {
      yield new Uint8Array(1024);
      throw full;
    }
    await expect(writeCache(cacheFile, { entries: new Map(), indexKey: '', index: failing() })).rejects.toBe(full);
    expect(readdirSync(root).filter((f) => f !== 'corpus')).toEqual([]);
  });
  it('a cache that cannot be written is logged once, however many reloads try', async () => {
    const { root, corpus } = workspace();
    const cacheFile = join(root, 'attache.cache');
    // The index's path is taken by a folder: every write of the cache fails.
    mkdirSync(`${cacheFile}.index`);
    const { store, logged } = storeOf(corpus, cacheFile);
    await store.load();
    await store.flush();
    writeFileSync(join(corpus, 'new.txt'), 'Tiêu đề\n\nMột đoạn văn mới về hợp tác quốc phòng.\n');
    await store.reload();
    await store.flush();
    expect(logged.filter((l) => /cache not written/.test(l))).toHaveLength(1);
  });
  it('temporaries left by a writer that was killed are removed at the next start', async () => {
    const { root, corpus } = workspace();
    const cacheFile = join(root, 'attache.cache');
    // A pid far above any running process's.
    for (const name of ['attache.cache.4194300.tmp', 'attache.cache.index.4194300.tmp'])
      writeFileSync(join(root, name), 'partial');
    const { store, logged } = storeOf(corpus, cacheFile);
    await store.load();
    await store.flush();
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(logged.join('\n')).toMatch(/stale cache temporaries removed/);
  });
});
