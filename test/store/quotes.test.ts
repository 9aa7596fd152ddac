// Quotes travel as offsets into their passage (cache, worker messages) and come back as the same sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../../src/corpus/index.js';
import { extractArticle } from '../../src/knowledge/index.js';
import { packQuotes, unpackQuotes } from '../../src/store/index.js';
import { libraryOf } from '../helpers/library.js';

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

/** packQuotes as it was written before its walk was its own: forEachEvidence with a callback (the reference). */
function packQuotesByVisits({ article, facts }: { article: Article | null; facts: unknown }): () => void {
  const texts = new Map((article?.passages ?? []).map((p) => [p.id, p.text]));
  const found = new Map<string, Map<string, [number, number] | null>>();
  const swapped: [{ quote: unknown }, string][] = [];
  const visit = (e: { passage: string; quote: unknown }) => {
    if (typeof e.quote !== 'string') return;
    let inPassage = found.get(e.passage);
    if (!inPassage) found.set(e.passage, (inPassage = new Map()));
    let offsets = inPassage.get(e.quote);
    if (offsets === undefined) {
      const at = texts.get(e.passage)?.indexOf(e.quote) ?? -1;
      offsets = at < 0 ? null : [at, at + e.quote.length];
      inPassage.set(e.quote, offsets);
    }
    if (!offsets) return;
    swapped.push([e, e.quote]);
    e.quote = offsets;
  };
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.passage === 'string' && 'quote' in record) visit(record as never);
      for (const key in record) {
        const value = record[key];
        if (value && typeof value === 'object') walk(value);
      }
    }
  };
  walk(facts);
  return () => {
    for (const [e, quote] of swapped) e.quote = quote;
  };
}

describe('packQuotes, its own walk', () => {
  const folders = ['seeds', 'test/fixtures/articles', 'test/fixtures/heldout', 'test/fixtures/shared-round'];
  it('packs what the walk by visits packs, on the seeds and fixtures, and swaps back to the same facts', async () => {
    let packedQuotes = 0;
    for (const folder of folders) {
      const { corpus } = await libraryOf(folder);
      for (const article of corpus.articles) {
        // Two extractions: each walk swaps its own objects (evidence is shared within one).
        const mine = { article, facts: extractArticle(article) };
        const reference = { article, facts: extractArticle(article) };
        const before = JSON.stringify(mine.facts);
        const back = packQuotes(mine);
        const referenceBack = packQuotesByVisits(reference);
        const packed = JSON.stringify(mine.facts);
        expect(packed).toBe(JSON.stringify(reference.facts));
        packedQuotes += packed.split('"quote":[').length - 1;
        back();
        referenceBack();
        expect(JSON.stringify(mine.facts)).toBe(before);
      }
    }
    expect(packedQuotes).toBeGreaterThan(100);
  });

  it('finds evidence anywhere in the tree, and a quote twice reached or not found as the walk by visits does', () => {
    const entry = canadaEntry();
    const first = entry.facts.rounds[0]!;
    const odd = {
      article: entry.article,
      facts: {
        ...entry.facts,
        extra: [{ deep: { list: [first.sources[0], { passage: first.sources[0]!.passage, quote: 'không có' }] } }],
        again: first.sources,
        notEvidence: { passage: 3, quote: 'x' },
      },
    };
    const reference = structuredClone(odd);
    packQuotes(odd as never);
    packQuotesByVisits(reference);
    expect(JSON.stringify(odd.facts)).toBe(JSON.stringify(reference.facts));
  });
});
