/**
 * Every fact quotes a sentence of its article's passages, often the same sentence for several facts (145,000 quotes
 * at 10,000 articles, three times the passages' text). Extraction on this thread makes them slices of the passage
 * text, a few bytes each; a worker's message or a JSON file would make each a string of its own, its whole text again.
 * So quotes travel as [start, end] offsets (to the disk cache, from a worker) and live as slices of their passage.
 */
import type { Article } from '../corpus/index.js';
import type { ArticleFacts } from '../knowledge/index.js';

/** A quote as text, as [start, end] in its passage's text, or as its number in a table of the entry's quotes. */
type Quote = string | [number, number] | number;
interface Evidence {
  passage: string;
  quote: Quote;
}
interface WithQuotes {
  article: Article | null;
  facts: ArticleFacts | null;
}

/** Visit every evidence-like object ({ passage, quote }) in a fact tree. */
function forEachEvidence(node: unknown, visit: (e: Evidence) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) forEachEvidence(item, visit);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.passage === 'string' && 'quote' in record) visit(record as unknown as Evidence);
    // for…in, not Object.values: no array made per object (facts are plain objects: no inherited keys).
    for (const key in record) {
      const value = record[key];
      if (value && typeof value === 'object') forEachEvidence(value, visit);
    }
  }
}

function passageTexts(article: Article | null): Map<string, string> {
  return new Map((article?.passages ?? []).map((p) => [p.id, p.text]));
}

/**
 * Swaps each quote found in its passage for its offsets there, in place; returns what swaps them back. A quote not
 * found in its passage stays text. One sentence backs several facts (some four evidence objects a quote in generated
 * articles): each quote is looked for in its passage once, and its evidence objects share its offsets.
 */
export function packQuotes({ article, facts }: WithQuotes): () => void {
  const texts = passageTexts(article);
  const found = new Map<string, Map<string, [number, number] | null>>();
  const swapped: [Evidence, string][] = [];
  forEachEvidence(facts, (e) => {
    if (typeof e.quote !== 'string') return; // the same evidence object reached twice
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
  });
  return () => {
    for (const [e, quote] of swapped) e.quote = quote;
  };
}

/** Turns offsets back into text, as slices that share their passage's memory. */
export function unpackQuotes({ article, facts }: WithQuotes): void {
  const texts = passageTexts(article);
  forEachEvidence(facts, (e) => {
    if (Array.isArray(e.quote)) e.quote = texts.get(e.passage)?.slice(e.quote[0], e.quote[1]) ?? '';
  });
}
