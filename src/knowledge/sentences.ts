/** Sentences of a passage, so every fact can quote the one sentence it came from. */
import type { Passage } from '../corpus/types.js';

export interface Sentence {
  passage: Passage;
  /** Position of the sentence inside its passage (0-based). */
  index: number;
  text: string;
}

/**
 * Split at ". ", "! ", "? ", "… " or "; " only when a capital letter (or a digit/quote) follows,
 * so abbreviations such as "TP. Hồ" and numbers such as "1.000" stay whole.
 */
const BOUNDARY = /(?<=[.!?…])\s+(?=["“'(]?[\p{Lu}\d*])/u;

export function splitSentences(passage: Passage): Sentence[] {
  return passage.text
    .split(BOUNDARY)
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text, index) => ({ passage, index, text }));
}
