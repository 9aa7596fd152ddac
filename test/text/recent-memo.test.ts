import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentMemo } from '../../src/text/index.js';

/** A memo of `compute` that counts how often the function really ran, per key. */
function counted<V>(size: number, compute: (key: string) => V) {
  const runs = new Map<string, number>();
  const memo = new RecentMemo(size, (key) => {
    runs.set(key, (runs.get(key) ?? 0) + 1);
    return compute(key);
  });
  return { memo, runs };
}

describe('RecentMemo', () => {
  it('answers what the function answers, for any keys in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('', 'a', 'Hà Nội', 'Hà Nội ')), { maxLength: 300 }),
        (keys) => {
          const memo = new RecentMemo(4, (key) => `${key.length}:${key}`);
          for (const key of keys) expect(memo.get(key)).toBe(`${key.length}:${key}`);
        },
      ),
      { seed: 16, numRuns: 200 },
    );
  });

  it('runs the function once for a key asked about again while it is recent', () => {
    const { memo, runs } = counted(64, (key) => key.toUpperCase());
    const sentence = 'Đối thoại Chính sách Quốc phòng Việt Nam - Canada lần thứ nhất diễn ra tại Hà Nội.';
    for (let i = 0; i < 5; i++) {
      memo.get(sentence);
      // An equal string made anew (as a slice of a longer text is) is the same key.
      memo.get(`${sentence} `.slice(0, -1));
      memo.get('Hà Nội');
    }
    expect(runs.get(sentence)).toBe(1);
    expect(runs.get('Hà Nội')).toBe(1);
  });

  it('keeps at least `size` different recent keys when they spread over its places', () => {
    const { memo, runs } = counted(64, (key) => key.length);
    const keys = Array.from({ length: 64 }, (_, i) => `sentence number ${i} of an article, ${'x'.repeat(i)}`);
    for (const key of keys) memo.get(key);
    for (const key of keys) memo.get(key);
    const ranTwice = keys.filter((key) => runs.get(key)! > 1).length;
    // Two slots a place: only keys whose place three or more others share are pushed out.
    expect(ranTwice).toBeLessThan(5);
  });

  it('gives two keys that share a place their own answers, and keeps both', () => {
    // Same length and the same characters but the fourth (which spotHash does not read): the same place.
    const a = 'abcXe';
    const b = 'abcYe';
    const { memo, runs } = counted(1, (key) => `answer for ${key}`);
    for (let i = 0; i < 3; i++) {
      expect(memo.get(a)).toBe('answer for abcXe');
      expect(memo.get(b)).toBe('answer for abcYe');
    }
    expect(runs.get(a)).toBe(1);
    expect(runs.get(b)).toBe(1);
    // A third key at the same place pushes out the one used least recently (a), not the last one (b).
    memo.get('abcZe');
    memo.get(b);
    expect(runs.get(b)).toBe(1);
    memo.get(a);
    expect(runs.get(a)).toBe(2);
  });

  it('remembers answers that are undefined or null as answers', () => {
    const { memo, runs } = counted(8, (key) => (key === 'none' ? null : undefined));
    memo.get('none');
    memo.get('none');
    memo.get('nothing');
    memo.get('nothing');
    expect(runs.get('none')).toBe(1);
    expect(runs.get('nothing')).toBe(1);
  });

  it('survives a function that asks the same memo about other keys', () => {
    const memo: RecentMemo<number> = new RecentMemo(2, (key) => (key.length <= 1 ? 1 : memo.get(key.slice(1)) + 1));
    expect(memo.get('abcdefgh')).toBe(8);
    expect(memo.get('abcdefgh')).toBe(8);
    expect(memo.get('defgh')).toBe(5);
  });
});
