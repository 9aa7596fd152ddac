// Quotes travel as offsets into their passage (cache, worker messages) and come back as the same sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.js';
import { extractArticle } from '../../src/knowledge/index.js';
import { packQuotes, unpackQuotes } from '../../src/store/index.js';

function canadaEntry() {
  const text = readFileSync('seeds/000_064f160b2ba67829.txt', 'utf8');
  const article = parseArticle({ id: '000_064f160b2ba67829', file: '000_064f160b2ba67829.txt', text });
  return { article, facts: extractArticle(article) };
}

describe('quotes as offsets', () => {
  it('packs every quote found in its passage, and swaps back exactly', () => {
    const entry = canadaEntry();
    const before = JSON.stringify(entry.facts);
    const swapBack = packQuotes(entry);
    const packed = JSON.stringify(entry.facts);
    expect(packed).not.toBe(before);
    expect(packed).toMatch(/"quote":\[\d+,\d+\]/);
    swapBack();
    expect(JSON.stringify(entry.facts)).toBe(before);
  });

  it('unpacks to the same sentences, and a quote its passage does not hold stays as it was', () => {
    const entry = canadaEntry();
    const before = JSON.stringify(entry.facts);
    packQuotes(entry);
    unpackQuotes(entry);
    expect(JSON.stringify(entry.facts)).toBe(before);
    const stray = {
      article: entry.article,
      facts: { ...entry.facts!, extra: [{ passage: 'nowhere#1', quote: 'Một câu không có trong bài.' }] },
    } as never;
    packQuotes(stray);
    unpackQuotes(stray);
    expect((stray as { facts: { extra: { quote: string }[] } }).facts.extra[0]!.quote).toBe(
      'Một câu không có trong bài.',
    );
  });
});
