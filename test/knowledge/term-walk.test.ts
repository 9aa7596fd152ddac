// The vocabulary matchers' word walk (src/knowledge/term-walk.ts) against the alternation regex it replaced
// (./regex-term-matcher.ts, the matcher as it was): the same matches, keys and offsets on every sentence, passage and
// slice of the seeds, the fixtures and the development set (skipped where ../shared is absent), and on generated
// strings made of the vocabulary's terms, separators, punctuation, marks and surrogate pairs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.js';
import { splitSentences } from '../../src/knowledge/index.js';
import { vocabularyTermEntries } from '../../src/knowledge/match.js';
import { type TermEntry, TermMatcher } from '../../src/knowledge/term-matcher.js';
import { isSpaceUnit, TermWalk } from '../../src/knowledge/term-walk.js';
import { toneKey } from '../../src/text/index.js';
import { RegexTermMatcher } from './regex-term-matcher.js';

const vocabulary = vocabularyTermEntries();
const sets = {
  partners: vocabulary.partners,
  mechanisms: vocabulary.mechanisms,
  topics: vocabulary.topics,
  places: vocabulary.places,
  ranks: vocabulary.ranks,
  titles: vocabulary.titles,
};
const pairs = Object.entries(sets).map(
  ([name, entries]) => [name, new TermMatcher(entries), new RegexTermMatcher(entries)] as const,
);

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return filesUnder(path);
      return /\.(?:txt|md|html?)$/u.test(name) ? [path] : [];
    });
}

/** Each file's text, its passages and their sentences, and slices of each sentence cut anywhere (callers ask about windows). */
function textsOf(folder: string): string[] {
  const texts: string[] = [];
  for (const file of filesUnder(folder)) {
    const text = readFileSync(file, 'utf8');
    texts.push(text);
    const article = parseArticle({ id: file, file, text });
    texts.push(article.title);
    for (const passage of article.passages) {
      texts.push(passage.text);
      for (const sentence of splitSentences(passage)) {
        const s = sentence.text;
        texts.push(s);
        for (let at = 1; at < s.length; at += 7) texts.push(s.slice(at, at + 60), s.slice(0, at));
      }
    }
  }
  return texts;
}

function expectSame(texts: string[]): void {
  for (const [name, walked, regex] of pairs)
    for (const text of texts) {
      const found = walked.find(text);
      const expected = regex.find(text);
      if (found.length !== expected.length || JSON.stringify(found) !== JSON.stringify(expected))
        expect({ name, text, found }).toEqual({ name, text, found: expected });
    }
}

describe('the word walk finds what the alternation regex finds', () => {
  it('reads every term of data/ (no matcher falls back to its regex)', () => {
    for (const entries of Object.values(sets)) {
      const sensitive = entries.filter((e) => e.caseSensitive).map((e) => e.term.normalize('NFC'));
      const insensitive = entries.filter((e) => !e.caseSensitive).map((e) => toneKey(e.term));
      for (const spellings of [sensitive, insensitive])
        expect(TermWalk.compile(spellings.map((spelling) => ({ spelling, key: 'k' })))).not.toBeNull();
    }
  });

  it('on the seeds and every fixture', () => {
    expectSame([...textsOf('seeds'), ...textsOf('test/fixtures')]);
  });

  it.skipIf(!existsSync('../shared/devset/articles'))('on the development set', () => {
    expectSame(textsOf('../shared/devset/articles'));
  });

  const allTerms = Object.values(sets).flatMap((entries) => entries.map((e) => e.term));
  /** A term as it may be written: any case, its spaces, dashes and commas spaced otherwise. */
  const writtenTerm = fc
    .tuple(
      fc.constantFrom(...allTerms),
      fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t'),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([term, space, casing]) => {
      const spaced = term.replace(/ /g, space).replace(/\s*([-–—])\s*/g, casing % 2 ? ' $1 ' : '$1');
      return casing === 2 ? spaced.toUpperCase() : casing === 3 ? spaced.toLowerCase() : spaced;
    });
  const oddPiece = fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\n',
    ',',
    ', ',
    '-',
    ' - ',
    '–',
    '—',
    '.',
    '(',
    ')',
    "'",
    '+',
    '2',
    '19',
    'a',
    'x',
    'Ả',
    'ả',
    '\u0301',
    'hoà',
    'hòa',
    'U',
    'S',
    '𝐀', // a letter outside the BMP
    '😀', // a symbol outside the BMP
    '\ud835', // a lone high surrogate
    '\udc00', // a lone low surrogate
  );
  const oddText = fc.array(fc.oneof(writtenTerm, oddPiece, oddPiece), { maxLength: 14 }).map((parts) => parts.join(''));

  it('on generated strings of terms, separators, punctuation, marks and surrogates', () => {
    fc.assert(
      fc.property(oddText, (text) => {
        expectSame([text]);
      }),
      { seed: 16, numRuns: 3000 },
    );
  });

  it('with terms the walk cannot read, by the regex they keep', () => {
    const odd: TermEntry[] = [
      { term: 'a\tb', key: 'tab' },
      { term: 'cyber', key: 'cyber' },
      { term: 'U.S.', key: 'us', caseSensitive: true },
    ];
    const fallback: TermEntry[] = [{ term: 'end,', key: 'comma' }, ...odd];
    for (const entries of [odd, fallback]) {
      const walked = new TermMatcher(entries);
      const regex = new RegexTermMatcher(entries);
      fc.assert(
        fc.property(oddText, fc.constantFrom('a\tb', 'cyber', 'U.S.', 'end,', 'end, x', 'A\tB'), (text, term) => {
          const t = `${text} ${term} ${text}`;
          expect(walked.find(t)).toEqual(regex.find(t));
        }),
        { seed: 16, numRuns: 300 },
      );
    }
    expect(TermWalk.compile([{ spelling: 'end,', key: 'comma' }])).toBeNull();
    expect(TermWalk.compile([{ spelling: 'a\tb', key: 'tab' }])).toBeNull();
  });

  it('reads white space unit by unit as /\\s/u does', () => {
    for (let unit = 0; unit < 0x10000; unit++)
      if (isSpaceUnit(unit) !== /\s/u.test(String.fromCharCode(unit)))
        expect(unit.toString(16)).toBe('not white space');
  });
});
