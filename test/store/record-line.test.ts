// A record line is JSON.stringify of the record, checksummed, whatever the entry holds: the cache file's layout.
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packQuotes } from '../../src/store/quotes.js';
import { readEntry } from '../../src/store/read-entry.js';
import { serializeEntry } from '../../src/store/record-line.js';
import type { CacheEntry } from '../../src/store/cache.js';

/** The line as it was written before it was built key by key: the reference. */
function referenceLine(file: string, entry: CacheEntry): string {
  const unpack = packQuotes(entry);
  try {
    const record = JSON.stringify({ file, ...entry });
    return `{"sum":"${createHash('sha1').update(record).digest('hex')}","record":${record}}`;
  } finally {
    unpack();
  }
}

async function entryOf(folder: string, name: string, file = name): Promise<CacheEntry> {
  const root = realpathSync(folder);
  const path = join(root, name);
  const entry = await readEntry(
    { path, file, id: name.replace(/\.\w+$/, ''), root, size: 0, mtimeMs: 0, exists: true },
    1 << 20,
  );
  if (entry === 'unchanged') throw new Error('unexpected');
  return entry;
}

describe('record lines', () => {
  it('are the JSON of the record with its checksum, and say where the article lies, for every seed', async () => {
    const names = readdirSync('seeds').filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      // An odd file name (quotes, a backslash, Vietnamese) is escaped and counted in bytes before the article.
      for (const file of [name, `thư mục/"${name}"\\x`]) {
        const entry = await entryOf('seeds', name, file);
        expect(entry.article).not.toBeNull();
        const { line, article } = serializeEntry(file, entry);
        expect(line.toString('utf8')).toBe(referenceLine(file, entry));
        expect(JSON.parse(line.subarray(article![0], article![0] + article![1]).toString('utf8'))).toEqual(
          JSON.parse(JSON.stringify(entry.article)),
        );
      }
    }
  });

  it('write a skipped file and a warning as JSON does', () => {
    const skipped: CacheEntry = { hash: 'h', size: 1, mtimeMs: 2, article: null, facts: null, skipped: 'empty file' };
    expect(serializeEntry('a.txt', skipped)).toEqual({
      line: Buffer.from(referenceLine('a.txt', skipped)),
      article: null,
    });
    const warned = { ...skipped, warning: 'sidecar: bad JSON; ignored', extra: undefined } as CacheEntry;
    expect(serializeEntry('a.txt', warned).line.toString()).toBe(referenceLine('a.txt', warned));
  });
});
