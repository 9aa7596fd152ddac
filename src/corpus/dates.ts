/** Publication date lines in the many layouts sites use, and dates printed beside other headlines. */
import { alternation, dateLineWords, monthNumber } from './date-words.js';
import type { HistDate } from './types.js';

const words = dateLineWords();
const MONTH = `(${alternation(words.months.flatMap((m) => m.forms))})\\.?`;
const monthOf = monthNumber;
const pad = (n: number) => String(n).padStart(2, '0');

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The Gregorian calendar's leap years, as Date counts them. */
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function day(y: number, m: number, d: number, time?: string): HistDate | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  // A real calendar day: 31/02 is a typo, not a date. Counted, not asked of a Date (test/corpus/line-ends.test.ts
  // holds the two to each other over every day of the years allowed).
  if (d > MONTH_DAYS[m - 1]! + (m === 2 && isLeap(y) ? 1 : 0)) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  // Two literals of the same keys in the same order, not a spread of a new object into one.
  return time ? { iso, precision: 'day', inferred: false, time } : { iso, precision: 'day', inferred: false };
}

const TIME = /(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*(am|pm)\b)?/i;
const timeOf = (text: string) => {
  const t = TIME.exec(text);
  if (!t) return undefined;
  let hour = Number(t[1]);
  // English pages print "5:07 PM": keep times on the 24-hour clock like the Vietnamese ones.
  const half = t[3]?.toLowerCase();
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return `${pad(hour)}:${t[2]}`;
};

// Built once: findDate runs on every short line of every page.
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const MONTH_YEAR_ONLY = new RegExp(`^\\s*${MONTH}\\s+(\\d{4})\\s*$`, 'i');
const MONTH_NAMES = new RegExp(MONTH, 'gi');

const FOUR_DIGITS = /\d{4}/;
/**
 * findDate's patterns, made once: a literal in the function body is a new RegExp object at each call (four a call,
 * garbage each). exec without the g or y flag starts at 0 whatever lastIndex says, so one object serves every call.
 */
const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})/;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const VIETNAMESE_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})/iu;
const VIETNAMESE_MONTH = /tháng\s+(\d{1,2})\s*(?:[/-]|năm)\s*(\d{4})/iu;

/** Find a date anywhere in a short text: "26/07/2021 17:58", "ngày 1 tháng 2 năm 2018", "1 February 2018", "2018-02-01". */
export function findDate(text: string): HistDate | null {
  // Every pattern below ends in a four-digit year: a text without four digits in a row (most headlines) has no date.
  if (!FOUR_DIGITS.test(text)) return null;
  const time = timeOf(text);
  let m = ISO_DATE.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), time);
  m = NUMERIC_DATE.exec(text);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]), time);
  m = VIETNAMESE_DATE.exec(text);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]), time);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return day(Number(m[3]), monthOf(m[2]!), Number(m[1]), time);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return day(Number(m[3]), monthOf(m[1]!), Number(m[2]), time);
  m = VIETNAMESE_MONTH.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return { iso: `${m[2]}-${pad(Number(m[1]))}`, precision: 'month', inferred: false };
  m = MONTH_YEAR_ONLY.exec(text);
  if (m) return { iso: `${m[2]}-${pad(monthOf(m[1]!))}`, precision: 'month', inferred: false };
  return null;
}

/** Words a date line may carry besides the date itself, all removed before judging what is left. */
// Without look-arounds (a plain alternation is far faster); only "am"/"pm" need word edges, "Vietnam" has one.
const DATE_LINE_WORDS = new RegExp(
  alternation(
    [...words.labels, ...words.weekdays, ...words.zones].map((w) => w.text).filter((w) => w !== 'am' && w !== 'pm'),
  ),
  'giu',
);
const HALF_DAY = /\b[ap]m\b/gi;

/**
 * A line that is a date line rather than a sentence that mentions a date: short, and made of little but the date,
 * a weekday, a label ("Cập nhật", "Last updated"), a time, a time zone and separators. A line of segments
 * ("Cập nhật: 20/01/2026 | Chuyên đề: …", "Thứ Năm, 12/09/2024 | Hà Nội 31°C") is a date line when one segment is.
 */
export function parseDateLine(line: string): HistDate | null {
  // Every date line is short and has four figures in a row (findDate's every pattern ends in a year, and each text
  // tried below is part of the line): most lines of a page, headlines with a number among them, cost one test.
  if (line.length > 160 || !FOUR_DIGITS.test(line)) return null;
  const whole = parseDateSegment(line);
  if (whole || !line.includes('|') || line.length > 160) return whole;
  for (const segment of line.split('|')) {
    const date = parseDateSegment(segment);
    if (date) return date;
  }
  return null;
}

/**
 * The date line each line of a page is (parseDateLine), parsed when first asked for: the listing check and the
 * header both ask about the lines at the top of a page (the date line below a headline is the costly one), and the
 * listing check asks about a line as a headline and again as the line below the one before. A prefix of the page
 * (lines 0 to n) asks the same object: its lines have the same numbers.
 */
export class DateLines {
  private readonly dates: (HistDate | null)[];
  /** 1 where the line is parsed. */
  private readonly parsed: Uint8Array;

  constructor(private readonly lines: readonly string[]) {
    this.dates = new Array<HistDate | null>(lines.length).fill(null);
    this.parsed = new Uint8Array(lines.length);
  }

  at(i: number): HistDate | null {
    if (this.parsed[i] === 0) {
      this.parsed[i] = 1;
      this.dates[i] = parseDateLine(this.lines[i]!);
    }
    return this.dates[i] ?? null;
  }
}

/**
 * A wire date line names the city it was filed from and the agency: "Hà Nội, 06/01/2026 (TTXVN)", "Hanoi, 12
 * March 2026 (VNA)". The city before the comma and the agency in capitals after the date are not date words.
 */
// \p{L}|\p{M} rather than [\p{L}\p{M}]: the same characters, compiled faster (see src/knowledge/chairs.ts).
const CITY_AND_AGENCY =
  /^\p{Lu}(?:\p{L}|\p{M})*(?:\s\p{Lu}(?:\p{L}|\p{M})*){0,2},\s*(.{6,40}?)\s*\([\p{Lu}\d. ]{2,20}\)$/u;

function parseDateSegment(line: string): HistDate | null {
  const wire = CITY_AND_AGENCY.exec(line.trim());
  const text = wire ? wire[1]! : line.trim();
  if (text.length > 60) return null;
  const date = findDate(text);
  if (!date) return null;
  const rest = text.replace(DATE_LINE_WORDS, '').replace(HALF_DAY, '').replace(MONTH_NAMES, '');
  return hasAtMostThreeOthers(rest) ? date : null;
}

/** Any one UTF-16 unit but figures, white space and the separators of a date line. */
const NOT_SEPARATOR = /[^\d\s/.:,|()+–—-]/g;

/**
 * `text.replace(/[\d\s/.:,|()+–—-]/g, '').length <= 3`, counted up to four: the replace made a string of what is
 * left, piece by piece between the figures and spaces (a fifth of parsing a date line).
 */
function hasAtMostThreeOthers(text: string): boolean {
  NOT_SEPARATOR.lastIndex = 0;
  let others = 0;
  while (others <= 3 && NOT_SEPARATOR.test(text)) others++;
  NOT_SEPARATOR.lastIndex = 0;
  return others <= 3;
}

/** A date printed beside a related headline: "(29/11/2016)", "07:55 30/06/2025", "Ngày 8/4/2024, …". */
export function parseHeadlineDate(text: string): HistDate | null {
  // A date in parentheses at the end is the headline's own; dates inside the headline may be about its subject.
  const trailing = /\(([^()]*\d{4}[^()]*)\)\s*$/.exec(text);
  return (trailing && findDate(trailing[1]!)) || findDate(text);
}
