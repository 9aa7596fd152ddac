// The scale corpus generator: deterministic, varied, and its articles extract back to the facts they plant.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type GeneratedArticle } from '../../bench/generate.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractArticle } from '../../src/knowledge/extract.js';
import type { Article } from '../../src/corpus/types.js';

let generated: GeneratedArticle[];
let articles: Map<string, Article>;
beforeAll(async () => {
  generated = generateCorpus({ articles: 400, seed: 7 });
  const dir = mkdtempSync(join(tmpdir(), 'attache-gen-'));
  writeCorpus(dir, generated);
  const corpus = await loadCorpus(dir);
  articles = new Map(corpus.articles.map((a) => [`${a.id}.txt`, a]));
});

describe('generator', () => {
  it('is deterministic by seed', () => {
    expect(generateCorpus({ articles: 30, seed: 7 }).map((g) => g.text)).toEqual(generated.slice(0, 30).map((g) => g.text));
    expect(generateCorpus({ articles: 30, seed: 8 }).map((g) => g.text)).not.toEqual(generated.slice(0, 30).map((g) => g.text));
  });
  it('varies layouts and languages', () => {
    expect(new Set(generated.map((g) => g.planted.language))).toEqual(new Set(['vi', 'en']));
    expect(new Set(generated.map((g) => g.planted.partner)).size).toBeGreaterThan(30);
    expect(generated.some((g) => g.planted.published === null)).toBe(true);
    expect(generated.some((g) => g.text.includes('\r\n'))).toBe(true);
  });
  it('every article parses and extracts back to the round, date, venues, co-chairs and topics it planted', () => {
    let checked = 0;
    for (const g of generated) {
      const article = articles.get(g.file);
      expect(article, g.file).toBeDefined();
      const facts = extractArticle(article!);
      const held = facts.rounds.find((r) => r.status === 'held');
      expect(held, `${g.file}: ${g.text.slice(0, 300)}`).toMatchObject({ partner: g.planted.partner, mechanism: g.planted.mechanism, round: g.planted.round });
      if (g.planted.published) expect(held!.date, g.file).toBe(g.planted.date);
      expect(held!.venues, g.file).toEqual(g.planted.venues);
      expect(held!.format).toBe(g.planted.format);
      expect(Object.fromEntries(held!.coChairs.map((c) => [c.side, c.name])), g.file).toEqual(Object.fromEntries(g.planted.coChairs.map((c) => [c.side, c.name])));
      expect(held!.topics, g.file).toEqual(expect.arrayContaining(g.planted.topics));
      if (g.planted.mentioned) expect(facts.rounds.find((r) => r.round === g.planted.mentioned!.round), g.file).toMatchObject({ status: 'mentioned', date: String(g.planted.mentioned.year) });
      if (g.planted.planned) expect(facts.rounds.find((r) => r.round === g.planted.planned!.round), g.file).toMatchObject({ status: 'planned', venues: [g.planted.planned.venue] });
      checked++;
    }
    expect(checked).toBe(400);
  });
});
