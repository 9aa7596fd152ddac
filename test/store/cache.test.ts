// The disk cache is used only when it was written by the same data and code: an edited gazetteer makes it stale.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCache, writeCache, type CacheEntry, codeFingerprint, fingerprintOf } from '../../src/store/index.js';

const entry: CacheEntry = {
  hash: 'h1',
  size: 3,
  mtimeMs: 1,
  article: null,
  facts: null,
  skipped: 'no article text after cleaning',
};

describe('cache fingerprint', () => {
  it('changes when a data file changes or is added, and only then', () => {
    const root = mkdtempSync(join(tmpdir(), 'attache-fp-'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'partners.json'), '{"partners":[]}');
    const before = fingerprintOf([root]);
    expect(fingerprintOf([root])).toBe(before);
    writeFileSync(join(root, 'data', 'partners.json'), '{"partners":[{"id":"CA"}]}');
    const edited = fingerprintOf([root]);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'data', 'topics.json'), '{}');
    expect(fingerprintOf([root])).not.toBe(edited);
  });

  it('a cache written by other data or code is not read; one written by this code is', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'attache-cache-')), 'c.cache');
    await writeCache(
      path,
      { entries: new Map([['a.txt', entry]]), indexKey: 'k', index: new Uint8Array(8) },
      'older data',
    );
    expect(await readCache(path)).toBeNull();
    expect((await readCache(path, 'older data'))?.entries.get('a.txt')).toEqual(entry);
    await writeCache(path, { entries: new Map([['a.txt', entry]]), indexKey: 'k', index: new Uint8Array(8) });
    expect((await readCache(path))?.entries.get('a.txt')).toEqual(entry);
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{40}$/);
  });
});
