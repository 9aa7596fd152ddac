// unbrokenRunReason looks for a space in each window of MAX_UNBROKEN_RUN + 1 characters before it reads a text
// character by character: held here to a plain count of the longest run, on made texts either side of the limit and on
// every page of the seeds and the fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_UNBROKEN_RUN, unbrokenRunReason } from '../../src/corpus/index.js';

function textFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(?:txt|md)$/u.test(name) ? [path] : [];
  });
}

/** The longest run of characters that are none of the white space unbrokenRunReason knows. */
function longestRun(text: string): number {
  let longest = 0;
  for (const run of text.split(/[\u0000-\u0020\u00a0\u2000-\u200a\u2028\u2029\u3000]/))
    longest = Math.max(longest, run.length);
  return longest;
}

const N = MAX_UNBROKEN_RUN;
const word = (n: number) => 'a'.repeat(n);
const MADE = [
  '',
  word(N),
  word(N + 1),
  `${word(N)} ${word(N)}`,
  `${word(N)} ${word(N + 1)}`,
  `${word(N + 1)} ${word(5)}`,
  `x ${word(N - 1)} ${word(N)}\n${word(N)}`,
  `${word(N)}\n${word(N)}`,
  `${word(N - 3)}\n${word(3)} ${word(N)}`,
  `${word(N / 2)}\n${word(N / 2)}\n${word(N + 1)}`,
  `${word(N / 2)}\t${word(N / 2 + 1)}`,
  `${'word '.repeat(5000)}${word(N + 1)}`,
  `${'word '.repeat(5000)}${word(N)}`,
  `${'từ\u3000'.repeat(4000)}${word(N)}\u00a0${word(N)}`,
  `${'từ\u3000'.repeat(4000)}${word(N + 1)}`,
];

describe('unbrokenRunReason', () => {
  it.each(MADE.map((text, i) => [i, text.length, text] as const))('made text %i (%i characters)', (_, __, text) => {
    expect(unbrokenRunReason(text) !== null).toBe(longestRun(text) > N);
  });

  it('every page of the seeds and the fixtures, and all of them in one text', () => {
    const pages = [...textFiles('seeds'), ...textFiles('test/fixtures')].map((file) => readFileSync(file, 'utf8'));
    for (const page of [...pages, pages.join('')]) expect(unbrokenRunReason(page) !== null).toBe(longestRun(page) > N);
  });
});
