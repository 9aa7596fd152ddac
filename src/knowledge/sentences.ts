/** Sentences of a passage, so every fact can quote the one sentence it came from. */
import type { Passage } from '../corpus/types.js';

export interface Sentence {
  passage: Passage;
  /** Position of the sentence inside its passage (0-based). */
  index: number;
  text: string;
}

/**
 * Split at ". ", "! ", "? ", "… " only when a capital letter (or a digit/quote) follows, and not after an
 * abbreviation ("U.S.", "D.C.", "TP.", "Mr."), so names and numbers such as "1.000" stay whole.
 */
const CANDIDATE = /[.!?…]+\s+(?=["“'(]?[\p{Lu}\d*])/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:(?:\p{L}\.){1,3}|Mr|Mrs|Ms|Dr|St|No|TP|Th\.S|TS|PGS|GS|Gen|Lt|Col|Maj|Adm|Sen|Rep|Jr|Sr|Co|Inc|Ltd)\.?$/u;

export function splitSentences(passage: Passage): Sentence[] {
  const text = passage.text;
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const end = m.index! + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(from, end - 12), end))) continue;
    pieces.push(text.slice(from, end));
    from = m.index! + m[0].length;
  }
  pieces.push(text.slice(from));
  return pieces
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t, index) => ({ passage, index, text: t }));
}
