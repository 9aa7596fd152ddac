/**
 * The words of date lines (labels such as "Cập nhật" or "Last updated", weekdays, time zones, English months),
 * read from data/date-lines.json once and checked with a strict schema. The lead moves this loader into
 * src/vocabulary/ with the other data files.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Word = z.object({ text: z.string().min(1), example: z.string().min(1) }).strict();
const Month = z
  .object({ number: z.number().int().min(1).max(12), forms: z.array(z.string().min(3)).min(1), example: z.string() })
  .strict();
const DateLinesFile = z
  .object({
    $comment: z.string().optional(),
    labels: z.array(Word),
    weekdays: z.array(Word),
    zones: z.array(Word),
    months: z.array(Month).length(12),
  })
  .strict();
export type DateLineWords = z.infer<typeof DateLinesFile>;

let cached: DateLineWords | null = null;

export function dateLineWords(): DateLineWords {
  cached ??= DateLinesFile.parse(
    JSON.parse(readFileSync(new URL('../../data/date-lines.json', import.meta.url), 'utf8')),
  );
  return cached;
}

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
