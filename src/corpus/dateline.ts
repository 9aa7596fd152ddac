/**
 * The dateline that opens a wire story or a site's lead: "HANOI (VNA) — ", "TOKYO — ", "HANOI, April 24, 2024 — ",
 * "Hanoi, June 5 (VNA) - ", "PARIS, 4 December 2025 — ", "(Chinhphu.vn) - ". It says where and when the story was filed, not when the event took
 * place, so it is taken off the lead (a round's date is read from the sentence itself) and kept as the publication
 * date when it carries a year, and as the outlet when it names an agency.
 */
import { findDate } from './dates.js';
import { alternation, dateLineWords } from './date-words.js';
import type { HistDate } from './types.js';

/** Month names as datelines print them: "June", "JUNE", "Jun." (the pattern is case-sensitive for the city). */
const MONTH = `(?:${alternation(
  dateLineWords().months.flatMap((m) => m.forms.flatMap((f) => [f[0]!.toUpperCase() + f.slice(1), f.toUpperCase()])),
)})\\.?`;
const DASH = '\\s*[—–-]{1,2}\\s+';
/** A city in capitals, or a capitalised city followed by a date; then an agency in parentheses; then a dash. */
/** "June 5", "June 5, 2024", and the day first: "4 December 2025". */
const WHEN = `(?:${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s*\\d{4})?)`;
const WIRE = new RegExp(
  `^(?:(\\p{Lu}[\\p{Lu} .'’-]{1,30}\\p{Lu})(?:,\\s*(${WHEN}))?` +
    `|(\\p{Lu}[\\p{Ll}]+(?:\\s\\p{Lu}[\\p{Ll}]+){0,2}),\\s*(${WHEN}))` +
    `(?:\\s*\\(([\\p{L}\\p{N}. ]{2,20})\\))?${DASH}(?=\\p{Lu}|\\d)`,
  'u',
);
/** "(Chinhphu.vn) - ", "(QK7 Online) - ", "(VNA) — ". */
const SOURCE_PREFIX = /^\(([\p{L}\p{N}. ]{2,30})\)\s*[—–-]{1,2}\s+(?=\p{Lu}|\d)/u;

export interface Dateline {
  /** The lead without its dateline. */
  text: string;
  dateline: string;
  date: HistDate | null;
  outlet: string | null;
}

export function readDateline(lead: string): Dateline | null {
  const source = SOURCE_PREFIX.exec(lead);
  if (source) return { text: lead.slice(source[0].length), dateline: source[0].trim(), date: null, outlet: source[1]! };
  const m = WIRE.exec(lead);
  if (!m) return null;
  const when = m[2] ?? m[4];
  return {
    text: lead.slice(m[0].length),
    dateline: m[0].trim(),
    date: when && /\d{4}/.test(when) ? findDate(when) : null,
    outlet: m[5] ?? null,
  };
}
