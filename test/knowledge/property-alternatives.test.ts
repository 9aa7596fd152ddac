// Unicode properties written as alternatives (\p{L}|\p{M}) rather than joined in one class ([\p{L}\p{M}]) compile
// faster in V8 (it sorts a joined class's merged ranges), and must match exactly the same: every code point, with
// the same flags, and the patterns rewritten so (src/corpus/dates.ts, src/knowledge/match.ts and term-matcher.ts)
// give the same matches on every line of the seeds and the fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each pair: the class, then the alternatives that replace it. */
const ATOMS: [string, string][] = [
  ['[\\p{L}\\p{M}]', '(?:\\p{L}|\\p{M})'],
  ['[\\p{L}\\p{N}]', '(?:\\p{L}|\\p{N})'],
  ['[\\p{L}\\p{M}\\p{N}]', '(?:\\p{L}|\\p{M}|\\p{N})'],
];

/** The patterns as they were, then as they are. */
const PATTERNS: [string, RegExp, RegExp][] = [
  [
    'CITY_AND_AGENCY',
    /^\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2},\s*(.{6,40}?)\s*\([\p{Lu}\d. ]{2,20}\)$/u,
    /^\p{Lu}(?:\p{L}|\p{M})*(?:\s\p{Lu}(?:\p{L}|\p{M})*){0,2},\s*(.{6,40}?)\s*\([\p{Lu}\d. ]{2,20}\)$/u,
  ],
  ['NEXT_WORD', /^[ \t]([\p{L}\p{M}\p{N}]+)/u, /^[ \t]((?:\p{L}|\p{M}|\p{N})+)/u],
  [
    'PAIR_SHORT',
    /(?:^|[^\p{L}])Việt\s*[-–—]\s*(\p{Lu}\p{Ll}*)|(\p{Lu}\p{Ll}*)\s*[-–—]\s*Việt(?![\p{L}\p{M}])/u,
    /(?:^|[^\p{L}])Việt\s*[-–—]\s*(\p{Lu}\p{Ll}*)|(\p{Lu}\p{Ll}*)\s*[-–—]\s*Việt(?!\p{L}|\p{M})/u,
  ],
  ['WORD_CHAR', /[\p{L}\p{M}\p{N}]/u, /\p{L}|\p{M}|\p{N}/u],
  ['first letter or digit', /^[\p{L}\p{N}]$/u, /^(?:\p{L}|\p{N})$/u],
];

function linesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return linesOf(path);
    return name.endsWith('.txt') || name.endsWith('.md') ? readFileSync(path, 'utf8').split('\n') : [];
  });
}

describe('Unicode properties as alternatives', () => {
  it.each(['u', 'iu'])('match every code point their class matches (flags %s)', (flags) => {
    for (const [joined, alternatives] of ATOMS) {
      const a = new RegExp(`^${joined}$`, flags);
      const b = new RegExp(`^${alternatives}$`, flags);
      const differ: number[] = [];
      for (let c = 0; c <= 0x10ffff; c++) {
        const ch = String.fromCodePoint(c);
        if (a.test(ch) !== b.test(ch)) differ.push(c);
      }
      expect(differ, `${joined} /${flags}`).toEqual([]);
    }
  });
  it('give the patterns rewritten with them the same matches on the seeds and fixtures', () => {
    const lines = [...linesOf('seeds'), ...linesOf('test/fixtures')];
    expect(lines.length).toBeGreaterThan(1000);
    // As the code applies them: whole lines, trimmed, after a space, and their first character and two units.
    const inputs = lines.flatMap((line) => [
      line,
      line.trim(),
      ` ${line}`,
      line.slice(0, 2),
      line ? String.fromCodePoint(line.codePointAt(0)!) : '',
    ]);
    for (const [name, before, after] of PATTERNS) {
      let found = 0;
      for (const input of inputs) {
        const was = before.exec(input);
        expect(after.exec(input), `${name}: ${input}`).toEqual(was);
        if (was) found++;
      }
      expect(found, name).toBeGreaterThan(0);
    }
  });
});
