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
  const texts = new Map<string, string>();
  for (const p of article?.passages ?? []) texts.set(p.id, p.text);
  return texts;
}

/** What packQuotes carries through its walk: the passages' texts, the offsets found, what to swap back. */
interface Packing {
  texts: Map<string, string>;
  found: Map<string, Map<string, [number, number] | null>>;
  /** Evidence, then its quote, one after the other. */
  swapped: (Evidence | string)[];
}

/**
 * Swaps each quote found in its passage for its offsets there, in place; returns what swaps them back. A quote not
 * found in its passage stays text. One sentence backs several facts (some four evidence objects a quote in generated
 * articles): each quote is looked for in its passage once, and its evidence objects share its offsets.
 *
 * Its own walk, forEachEvidence's with the visit written in (no callback) and a flat list to swap back (no pair per
 * quote): every record a cold start writes goes through it (on both threads). Measured on 2,000 generated articles,
 * packing and swapping back twice: 404 to 355 million instructions.
 */
export function packQuotes({ article, facts }: WithQuotes): () => void {
  const packing: Packing = { texts: passageTexts(article), found: new Map(), swapped: [] };
  if (facts) packIn(facts, packing);
  const { swapped } = packing;
  return () => {
    for (let i = 0; i < swapped.length; i += 2) (swapped[i] as Evidence).quote = swapped[i + 1] as string;
  };
}

/** packQuotes in the fact tree `node` (an object or an array): every evidence-like object, as forEachEvidence finds them. */
function packIn(node: object, packing: Packing): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      if (item && typeof item === 'object') packIn(item, packing);
    }
    return;
  }
  const record = node as Record<string, unknown>;
  const { passage, quote } = record;
  // A quote that is no string: the same evidence object reached twice.
  if (typeof passage === 'string' && typeof quote === 'string' && 'quote' in record) {
    let inPassage = packing.found.get(passage);
    if (!inPassage) packing.found.set(passage, (inPassage = new Map()));
    let offsets = inPassage.get(quote);
    if (offsets === undefined) {
      const at = packing.texts.get(passage)?.indexOf(quote) ?? -1;
      offsets = at < 0 ? null : [at, at + quote.length];
      inPassage.set(quote, offsets);
    }
    if (offsets) {
      packing.swapped.push(record as unknown as Evidence, quote);
      record.quote = offsets;
    }
  }
  for (const key in record) {
    const value = record[key];
    if (value && typeof value === 'object') packIn(value, packing);
  }
}

/** Turns offsets back into text, as slices that share their passage's memory. */
export function unpackQuotes({ article, facts }: WithQuotes): void {
  const texts = passageTexts(article);
  forEachEvidence(facts, (e) => {
    if (Array.isArray(e.quote)) e.quote = texts.get(e.passage)?.slice(e.quote[0], e.quote[1]) ?? '';
  });
}
