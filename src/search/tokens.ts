/**
 * Search terms for Vietnamese and English. Vietnamese words are several syllables, so adjacent syllables are also
 * indexed as pairs ("bom_min"); a comma between them does not break the pair ("bom, mìn"), sentence punctuation does.
 * Terms are folded (no diacritics, đ → d) so that "bom min" finds "bom mìn"; exact spelling is rewarded at ranking.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fold, toneKey } from '../text/normalize.js';

const Stopwords = z.object({ stopwords: z.array(z.string()) });
export const STOPWORDS = new Set(
  Stopwords.parse(JSON.parse(readFileSync(new URL('../../data/stopwords-vi.json', import.meta.url), 'utf8'))).stopwords.map(fold),
);

const SEGMENT_BREAK = /[.;:!?()[\]{}"“”«»|…\n]+/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Folded words, grouped by the stretches of text between sentence punctuation. */
export function segments(text: string): string[][] {
  return text
    .split(SEGMENT_BREAK)
    .map((s) => (s.match(WORD) ?? []).map((w) => fold(w)))
    .filter((s) => s.length > 0);
}

export const pairOf = (a: string, b: string) => `${a}_${b}`;

/** Index terms of a text: every folded word and every adjacent pair. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const words of segments(text)) {
    for (let i = 0; i < words.length; i++) {
      terms.push(words[i]!);
      if (i + 1 < words.length) terms.push(pairOf(words[i]!, words[i + 1]!));
    }
  }
  return terms;
}

export interface QueryPhrase {
  /** Folded words of the phrase, as typed (stopwords included: they belong to the phrase). */
  words: string[];
  /** Typed with diacritics: then passages must match them exactly (tone placement aside), "Biển" is not "biện". */
  exact: string[] | null;
  /** Folded words that weigh in ranking (stopwords dropped unless nothing else is left). */
  keywords: string[];
  pairs: string[];
}

export function queryPhrase(text: string): QueryPhrase | null {
  const parts = segments(text.slice(0, 500));
  const words = parts.flat().slice(0, 32);
  if (!words.length) return null;
  const content = words.filter((w) => !STOPWORDS.has(w));
  const pairs: string[] = [];
  for (const seg of parts) for (let i = 0; i + 1 < seg.length; i++) pairs.push(pairOf(seg[i]!, seg[i + 1]!));
  const typed = text.slice(0, 500).split(SEGMENT_BREAK).flatMap((seg) => seg.match(WORD) ?? []).slice(0, 32);
  const exact = fold(typed.join(' ')) !== typed.join(' ').toLowerCase() ? typed.map((w) => toneKey(w)) : null;
  return { words, exact, keywords: content.length ? content : words, pairs: pairs.slice(0, 32) };
}
