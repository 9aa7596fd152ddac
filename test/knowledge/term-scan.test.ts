// TermScan finds what the whole pattern `(?<![\p{L}\p{M}\p{N}])(?:alternation)(?!\p{L}|\p{M}|\p{N})` finds, from every
// place: on the seeds and unseen fixtures (as written and tone-keyed) with the vocabulary's terms, and on odd strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedAndUnseenTexts } from '../helpers/sample-texts.js';
import { TermScan } from '../../src/knowledge/index.js';
import { toneKey, toNfc } from '../../src/text/index.js';
import { loadVocabulary } from '../../src/vocabulary/index.js';

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const BOUNDARY_AFTER = '(?!\\p{L}|\\p{M}|\\p{N})';

/** The terms as patterns, longest first, as the vocabulary's matchers write them (src/knowledge/term-matcher.ts). */
function alternation(terms: string[]): string {
  return [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map((t) =>
      t
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s*[-–—]\s*/g, (dash) => (/\s/.test(dash) ? '\\s*[-–—]\\s*' : '[-–—]'))
        .replace(/,\s*/g, ',\\s*')
        .replace(/ +/g, '\\s+'),
    )
    .join('|');
}

/**
 * Every match the whole pattern's exec gives from `from`, for every `from`, against TermScan's; how many were compared
 * and how many differ from the alternation's own first match there (where the boundary made the difference).
 */
function expectSameEverywhere(scan: TermScan, whole: RegExp, text: string, bare?: RegExp): [number, number] {
  let compared = 0;
  let differ = 0;
  for (let from = 0; from <= text.length; from++) {
    whole.lastIndex = from;
    const expected = whole.exec(text);
    const found = scan.exec(text, from);
    expect([found?.index, found?.[0]], `${JSON.stringify(text)} from ${from}`).toEqual([
      expected?.index,
      expected?.[0],
    ]);
    compared++;
    if (bare) {
      bare.lastIndex = from;
      const first = bare.exec(text);
      if (first?.index !== expected?.index || first?.[0] !== expected?.[0]) differ++;
    }
    // Between `from` and the match the answer is the same: go on from the place after it.
    if (!expected) break;
    from = Math.max(from, expected.index);
  }
  return [compared, differ];
}

function vocabularyScans(): { scan: TermScan; whole: RegExp; bare: RegExp; key: (t: string) => string }[] {
  const v = loadVocabulary();
  const lists = [
    { terms: v.partners.flatMap((p) => [...p.namesVi, p.name, ...p.aliases, ...p.adjectives]), key: toNfc },
    { terms: v.places.flatMap((p) => [p.vi, p.en]), key: toNfc },
    { terms: v.topics.flatMap((t) => [...t.termsVi, ...t.termsEn]).map(toneKey), key: toneKey },
    { terms: v.mechanisms.flatMap((t) => [...t.termsVi, ...t.termsEn]).map(toneKey), key: toneKey },
    { terms: [...v.ranks.map((r) => r.vi), ...v.titles.map((t) => t.vi)].map(toneKey), key: toneKey },
  ];
  return lists.map(({ terms, key }) => {
    const source = alternation(terms);
    const whole = new RegExp(`${BOUNDARY_BEFORE}(?:${source})${BOUNDARY_AFTER}`, 'gu');
    return { scan: new TermScan(source), whole, bare: new RegExp(`${BOUNDARY_BEFORE}(?:${source})`, 'gu'), key };
  });
}

describe('TermScan', () => {
  it('finds what the pattern with its boundary finds, from every place of the seeds and unseen fixtures', () => {
    let compared = 0;
    let differ = 0;
    for (const { scan, whole, bare, key } of vocabularyScans())
      for (const text of seedAndUnseenTexts())
        for (const line of text.split('\n')) {
          const [n, d] = expectSameEverywhere(scan, whole, key(toNfc(line)), bare);
          compared += n;
          differ += d;
        }
    expect(compared).toBeGreaterThan(4000);
    // Real text has places where the first term found runs on into a word: the boundary's case is read there too.
    expect(differ).toBeGreaterThan(0);
  });

  it('takes a later, shorter term where the first one runs on into a word', () => {
    const source = alternation(['an ninh mạng', 'an ninh', 'Việt - Nga']);
    const scan = new TermScan(source);
    const whole = new RegExp(`${BOUNDARY_BEFORE}(?:${source})${BOUNDARY_AFTER}`, 'gu');
    for (const text of [
      'an ninh mạngx',
      'về an ninh mạng2 và an ninh',
      'an ninh mạng\u0301',
      'an ninh mạng𝐀',
      'an ninh mạng😀',
      'an ninh mạng\ud800',
      'Việt -  x',
      'Việt - Ngax an ninh',
      'xan ninh an ninh',
      'ωan ninh 𝐀an ninh ×an ninh ạan ninh 9an ninh',
    ]) {
      expectSameEverywhere(scan, whole, text);
    }
    expect(scan.exec('an ninh mạngx', 0)?.[0]).toBe('an ninh');
    expect(scan.exec('an ninh mạng.', 0)?.[0]).toBe('an ninh mạng');
  });

  it('finds what the pattern with its boundary finds on odd strings', () => {
    const terms = ['an ninh mạng', 'an ninh', 'Nga', 'Việt - Nga', 'x -', 'covid-19', 'e\u0301', '𝐀b'];
    const source = alternation(terms);
    const scan = new TermScan(source);
    const whole = new RegExp(`${BOUNDARY_BEFORE}(?:${source})${BOUNDARY_AFTER}`, 'gu');
    const piece = fc.constantFrom(
      ...terms,
      ' ',
      '  ',
      '-',
      'x',
      '2',
      '\u0301',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      'ạ',
      ',',
      'ω',
      '×',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        expectSameEverywhere(scan, whole, pieces.join(''));
      }),
      { numRuns: 500 },
    );
  });
});
