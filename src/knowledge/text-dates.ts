/**
 * Dates written inside article sentences ("Sáng 23/7", "ngày 29-11", "năm 2019", "tháng 5-2017",
 * "on 12 March 2019") and how to complete them into a HistDate without claiming more than the text says.
 */
import type { HistDate } from '../corpus/types.js';

export interface TextDate {
  start: number;
  end: number;
  text: string;
  day?: number;
  month?: number;
  year?: number;
  /** Digits where a day/month was expected but that cannot be one ("Ngày 47", day 4 of July run together): the possible months. */
  garbledMonths?: number[];
}

const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_EN = `(${MONTHS_EN.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;

function monthFromEnglish(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS_EN.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear = (y: number) => y >= 1900 && y <= 2100;

interface Rule {
  pattern: RegExp;
  read: (m: RegExpExecArray) => Omit<TextDate, 'start' | 'end' | 'text'> | null;
}

// Order matters: the first rule that claims a stretch of text wins it.
const RULES: Rule[] = [
  {
    // ngày 1 tháng 2 năm 2018 / ngày 1 tháng 2
    pattern: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    // 23/7, 29-11, 7/7/2021, 16.9.2021 — not part of a range like 2021-2023 or a score
    pattern: /(?<![\d/.\-–])(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?(?![\d/\-–]|\.\d)/gu,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    // tháng 5-2017, tháng 5/2017, tháng 5 năm 2017, tháng 8
    pattern: /tháng\s+(\d{1,2})(?:\s*(?:[/-]|năm)\s*(\d{4}))?/giu,
    read: (m) => ({ month: Number(m[1]), year: m[2] ? Number(m[2]) : undefined }),
  },
  {
    // 12 March 2019, 12 March
    pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_EN}(?:,?\\s+(\\d{4}))?\\b`, 'giu'),
    read: (m) => ({ day: Number(m[1]), month: monthFromEnglish(m[2] ?? ''), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    // March 12, 2019 / March 12
    pattern: new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?\\b`, 'giu'),
    read: (m) => ({ day: Number(m[2]), month: monthFromEnglish(m[1] ?? ''), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    // March 2019
    pattern: new RegExp(`\\b${MONTH_EN}\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => ({ month: monthFromEnglish(m[1] ?? ''), year: Number(m[2]) }),
  },
  {
    // "Ngày 47," — a day and month run together: keep the months it could mean.
    pattern:
      /(?<=(?:^|\s)(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)\s)(\d{2,4})(?=[,\s])(?!\s*(?:năm|tháng|người|nước|km|triệu|tỷ))/gu,
    read: (m) => {
      const digits = m[1] ?? '';
      if (digits.length === 4 && validYear(Number(digits))) return null;
      if (validDay(Number(digits)) && digits.length <= 2) return null;
      const months = new Set<number>();
      for (let cut = 1; cut < digits.length; cut++) {
        const day = Number(digits.slice(0, cut));
        const month = Number(digits.slice(cut));
        if (validDay(day) && validMonth(month)) months.add(month);
      }
      return months.size ? { garbledMonths: [...months] } : null;
    },
  },
  {
    // năm 2019, in 2019, (2019) — a bare year
    pattern: /(?:(?<=năm\s)|(?<=\bin\s)|(?<=\())(\d{4})\b/giu,
    read: (m) => ({ year: Number(m[1]) }),
  },
];

const DIGIT = /\d/;

export function findTextDates(sentence: string): TextDate[] {
  const found: TextDate[] = [];
  // Every rule needs a digit (a day, a month or a year in figures): most sentences have none and skip all eight scans.
  if (!DIGIT.test(sentence)) return found;
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const parts = rule.read(m);
      if (!parts) continue;
      if (parts.day !== undefined && !validDay(parts.day)) continue;
      if (parts.month !== undefined && !validMonth(parts.month)) continue;
      if (parts.year !== undefined && !validYear(parts.year)) continue;
      taken.push([start, end]);
      found.push({ start, end, text: m[0], ...parts });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A reference point to complete a year-less date: the publication date, or a date worked out from the page. */
export interface YearReference {
  year: number;
  month: number | null;
  /** true when the reference itself was inferred (page context, anniversary). */
  inferred: boolean;
}

/**
 * Complete a text date into a HistDate. A missing year comes from the reference; an event in a later month
 * than the reference belongs to the year before (December event, January report).
 */
export function completeDate(date: TextDate, reference: YearReference | null): HistDate | null {
  let year = date.year;
  let inferred = false;
  const month = date.month ?? (date.garbledMonths?.length === 1 ? date.garbledMonths[0] : undefined);
  if (year === undefined) {
    if (!reference) return null;
    year = reference.year;
    if (month !== undefined && reference.month !== null && month > reference.month) year -= 1;
    inferred = reference.inferred;
  }
  if (date.garbledMonths) inferred = true;
  if (month === undefined) return { iso: isoOf(year), precision: 'year', inferred };
  if (date.day === undefined) return { iso: isoOf(year, month), precision: 'month', inferred };
  return { iso: isoOf(year, month, date.day), precision: 'day', inferred };
}
