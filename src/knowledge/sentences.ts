/** Sentences of a passage, so every fact can quote the one sentence it came from. */
import type { Passage } from '../corpus/index.js';
import { allMatches } from '../text/index.js';
import { readDataFile } from '../vocabulary/index.js';

export interface Sentence {
  passage: Passage;
  /** Position of the sentence inside its passage (0-based). */
  index: number;
  text: string;
}

/** The abbreviations of data/abbreviations.json ("Sen.", "Maj.", "TP.", "Dec."), loaded once. */
export function abbreviations(): string[] {
  abbreviationList ??= readDataFile('abbreviations.json').abbreviations.map((a) => a.text);
  return abbreviationList;
}
let abbreviationList: string[] | undefined;

/**
 * Split at ". ", "! ", "? ", "… " only when a capital letter (or a digit/quote) follows, and not after an
 * abbreviation ("Sen. Lt. Gen.", "Rear Adm.", "TP.", "No. 5", "Dec. 4") or an initial ("J. Smith", "U.S."), so a
 * name with its rank and numbers such as "1.000" stay whole.
 */
const CANDIDATE = /[.!?…]+\s+(?=["“'(]?[\p{Lu}\d*])/gu;
let abbreviationPattern: RegExp | undefined;
function abbreviationAtEnd(): RegExp {
  if (abbreviationPattern) return abbreviationPattern;
  const words = abbreviations()
    .map((a) => a.slice(0, -1).replace(/\./g, '\\.'))
    .sort((a, b) => b.length - a.length);
  // After a space, a bracket or another abbreviation's period ("PGS.TS."); one to three initials need no row.
  abbreviationPattern = new RegExp(`(?:^|[\\s(.])(?:(?:\\p{L}\\.){1,3}|(?:${words.join('|')})\\.)$`, 'u');
  return abbreviationPattern;
}

export function splitSentences(passage: Passage): Sentence[] {
  const text = passage.text;
  const abbreviation = abbreviationAtEnd();
  const pieces: string[] = [];
  let from = 0;
  for (const m of allMatches(CANDIDATE, text)) {
    const end = m.index! + m[0].trimEnd().length;
    if (abbreviation.test(text.slice(Math.max(from, end - 12), end))) continue;
    pieces.push(text.slice(from, end));
    from = m.index! + m[0].length;
  }
  pieces.push(text.slice(from));
  // Each non-empty piece trimmed, numbered among those kept: one loop rather than three passes over the pieces.
  const sentences: Sentence[] = [];
  for (const piece of pieces) {
    const t = piece.trim();
    if (t.length > 0) sentences.push({ passage, index: sentences.length, text: t });
  }
  return sentences;
}
