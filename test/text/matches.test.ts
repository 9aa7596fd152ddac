// allMatches gives what matchAll gives, on the regex itself rather than a copy of it.
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/index.js';

const asMatchAll = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => [m.index, ...m]);
const asAllMatches = (regex: RegExp, text: string) => allMatches(regex, text).map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it.each([
    [/(\d+)\s*\/\s*(\d+)/g, 'Ngày 28/12, tại Hà Nội; ngày 3 / 1 năm sau'],
    [/(?<![\p{L}\p{M}])do\s+(.+?)\s+dẫn đầu/gu, 'Đoàn Việt Nam do Thượng tướng A dẫn đầu; đoàn Lào do B dẫn đầu.'],
    // Empty matches step one character, a surrogate pair being one character to a unicode regex.
    [/x*/gu, 'a𝒳xxb😀x'],
    [/x*/g, 'a𝒳xxb😀x'],
    [/(?:)/gu, '😀😀'],
    [/\b/g, 'the 5th dialogue'],
  ])('%s on %s', (regex, text) => {
    expect(asAllMatches(regex, text)).toEqual(asMatchAll(regex, text));
  });

  it('starts at the regex lastIndex, as matchAll copies it, and leaves it as it was', () => {
    const regex = /\d/g;
    regex.lastIndex = 3;
    expect(asAllMatches(regex, '1 2 3 4')).toEqual(asMatchAll(regex, '1 2 3 4'));
    expect(regex.lastIndex).toBe(3);
  });

  it('reads every match before returning, so the same regex may be used inside the loop', () => {
    const regex = /\d+/g;
    const seen: string[] = [];
    for (const m of allMatches(regex, '10 20 30')) seen.push(`${m[0]}:${allMatches(regex, m[0]).length}`);
    expect(seen).toEqual(['10:1', '20:1', '30:1']);
  });

  it('refuses a regex that is not global, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
  });
});
