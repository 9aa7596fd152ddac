/** Date-line words (data/date-lines.json, read through src/vocabulary) as regular-expression alternations. */
import { type DateLineWords, loadDateLineWords } from '../vocabulary/index.js';

export type { DateLineWords };
export const dateLineWords = (): DateLineWords => loadDateLineWords();

const asPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Longest first, so that "sept" wins over "sep" and "last updated" over "updated". */
export const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join('|');

/** "sept" → 9, "December" → 12, anything else → 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return dateLineWords().months.find((m) => m.forms.includes(w))?.number ?? 0;
}
