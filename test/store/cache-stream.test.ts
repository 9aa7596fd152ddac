// The cache a cold build streams to disk (src/store/cache-stream.ts): each record is copied into one chunk written
// about a megabyte at a time, and read back from memory until it is on disk. When a write fails, every record
// appended, before the failure and after it, still reads back as it was serialised.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CacheEntry, CacheStream, serializeEntry } from '../../src/store/index.js';

/**
 * An entry of some 250 KB of UTF-8 (Vietnamese: more bytes than characters), so a few fill a chunk; the sixth is
 * longer than a chunk (the chunk grows for it).
 */
function entryOf(n: number): CacheEntry {
  const text = `Đoạn ${n}: hợp tác quốc phòng giữa hai nước tiếp tục được mở rộng. `.repeat(n === 5 ? 20000 : 3000);
  const id = `bai-${n}`;
  return {
    hash: `hash-${n}`,
    size: text.length,
    mtimeMs: n,
    article: {
      id,
      file: `${id}.txt`,
      title: `Bài ${n}`,
      published: null,
      outlet: null,
      language: 'vi',
      url: null,
      passages: [{ id: `${id}#1`, articleId: id, index: 1, text }],
      pageContext: [],
      furniture: [],
    },
    facts: null,
    skipped: null,
  };
}

const hooks = { damaged: () => undefined, reread: () => null };

describe('the cold build cache stream', () => {
  it('reads back every record appended, on disk or held in memory after a failed write', async () => {
    for (const failing of [false, true]) {
      const path = join(mkdtempSync(join(tmpdir(), 'attache-stream-')), 'attache.cache');
      const stream = await CacheStream.open(path, 'code', hooks);
      if (!stream) throw new Error('no stream');
      // Its writes sent to a descriptor that is not open: the first fails (EBADF), as a full disk's would. (Not its own
      // closed: the records' source closes that one when collected, and the number may be another file's by then.)
      if (failing) (stream as unknown as { fd: number }).fd = 1 << 30;
      const places = Array.from({ length: 12 }, (_, n) => stream.append(`bai-${n}.txt`, entryOf(n)));
      if (!failing) stream.flush();
      expect(stream.failed !== null).toBe(failing);
      places.forEach((place, n) => {
        const { line, article } = serializeEntry(`bai-${n}.txt`, entryOf(n));
        expect(place.article).toEqual(article);
        expect(stream.source.bytes(place).equals(line)).toBe(true);
      });
      if (!failing) await stream.abandon();
    }
  });
});
