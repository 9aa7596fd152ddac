/**
 * Dates written inside article sentences ("Sáng 23/7", "ngày 29-11", "năm 2019", "tháng 5-2017",
 * "on 12 March 2019") and how to complete them into a HistDate without claiming more than the text says.
 */
import type { HistDate } from '../corpus/index.js';
import { allMatches, LookBehind, NotAfter } from '../text/index.js';
import { RecentMemo } from './recent-memo.js';
import { englishMonths } from '../vocabulary/index.js';

export interface TextDate {
  start: number;
  end: number;
  text: string;
  day?: number;
  month?: number;
  year?: number;
  /** Digits where a day/month was expected but that cannot be one ("Ngày 47", day 4 of July run together): the possible months. */
  garbledMonths?: number[];
  /** The weekday written with the date or alone ("Thursday, December 4", "on Tuesday", "thứ Ba vừa qua"): 0 = Sunday. */
  weekday?: number;
  /** A year said relative to the report: "năm ngoái"/"last year" -1, "năm nay"/"this year" 0, "năm tới"/"next year" +1. */
  relativeYear?: number;
  /** A span of days ("May 11-12", "ngày 5 và 6/11"): only its month is kept, yet it dates an event like a day. */
  span?: boolean;
  /** Set by dateOfMention when the words before the date look ahead ("dự kiến diễn ra vào", "will be held in"). */
  ahead?: boolean;
}

const MONTHS_EN = englishMonths();
const MONTH_EN = `(${MONTHS_EN.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;

function monthFromEnglish(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS_EN.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear = (y: number) => y >= 1900 && y <= 2100;

interface Rule {
  /**
   * A global regex, or one whose opening look-behind is asked only where the rest matches (src/text/look-behind.ts,
   * not-after.ts): V8 tries a look-behind that opens a pattern at every character of the sentence.
   */
  pattern: RegExp | LookBehind | NotAfter;
  read: (m: RegExpExecArray) => Omit<TextDate, 'start' | 'end' | 'text'> | null;
  /**
   * What every match of the pattern contains, found by a plain scan: a sentence without it is not scanned with the
   * pattern (most sentences name no English month; five rules need one). A pattern that opens with a look-behind is
   * tried at every character, some ten times the cost of a scan for the words it looks behind for.
   */
  needs?: RegExp;
}

/**
 * What every match of the English month rules contains, read with the same flags: a month of MONTH_EN with a figure
 * after it ("March 12", "Dec. 4", "May 11-12", "March 2019") or before it ("12 March", "11-12 May"), across white
 * space. "mar" or "may" alone is in many English sentences ("maritime", "may"), a month next to a figure in few.
 */
const MONTH_WITH_FIGURE = new RegExp(`${MONTH_EN}\\s+\\d|\\d\\s+${MONTH_EN}`, 'iu');

// Order matters: the first rule that claims a stretch of text wins it.
const RULES: Rule[] = [
  {
    // ngày 1 tháng 2 năm 2018 / ngày 1 tháng 2
    pattern: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    // A span of days, English: "May 11-12", "May 11–12, 2026", "11-12 May": the month only, like "(28 - 29/10/2013)".
    // Before the day/month rule, which would read "11-12" as 11 December.
    pattern: new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\b(?:,\\s*(\\d{4}))?`, 'giu'),
    needs: MONTH_WITH_FIGURE,
    read: (m) => ({ month: monthFromEnglish(m[1] ?? ''), year: m[4] ? Number(m[4]) : undefined, span: true }),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH_EN}(?:,?\\s+(\\d{4}))?\\b`, 'giu'),
    needs: MONTH_WITH_FIGURE,
    read: (m) => ({ month: monthFromEnglish(m[3] ?? ''), year: m[4] ? Number(m[4]) : undefined, span: true }),
  },
  {
    // A span of days, Vietnamese: "Trong hai ngày 5 và 6/11", "từ ngày 17 đến 18/11", "ngày 5-6/11": the month only,
    // never the last day.
    pattern: new LookBehind(
      '(?<=ngày\\s)',
      '(\\d{1,2})\\s*(?:và|đến|-|–)\\s*(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})(?:\\s?[/.-]\\s?(\\d{4}))?(?![\\d/\\-–]|\\.\\d)',
      'iu',
    ),
    // The look-behind and the first digit, with the same flags.
    needs: /ngày\s\d/iu,
    read: (m) =>
      validMonth(Number(m[3])) ? { month: Number(m[3]), year: m[4] ? Number(m[4]) : undefined, span: true } : null,
  },
  {
    // 23/7, 29-11, 7/7/2021, 16.9.2021 — not part of a range like 2021-2023 or a score
    pattern: new NotAfter(
      '[\\d/.\\-–]',
      '(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})(?:\\s?[/.-]\\s?(\\d{4}))?(?![\\d/\\-–]|\\.\\d)',
      'u',
    ),
    // The pattern's two figures and what joins them, without the look-behind.
    needs: /\d\s?[/.-]\s?\d/u,
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
    needs: MONTH_WITH_FIGURE,
    read: (m) => ({ day: Number(m[1]), month: monthFromEnglish(m[2] ?? ''), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    // March 12, 2019 / March 12
    pattern: new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?\\b`, 'giu'),
    needs: MONTH_WITH_FIGURE,
    read: (m) => ({ day: Number(m[2]), month: monthFromEnglish(m[1] ?? ''), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    // March 2019
    pattern: new RegExp(`\\b${MONTH_EN}\\s+(\\d{4})\\b`, 'giu'),
    needs: MONTH_WITH_FIGURE,
    read: (m) => ({ month: monthFromEnglish(m[1] ?? ''), year: Number(m[2]) }),
  },
  {
    // "Ngày 47," — a day and month run together: keep the months it could mean.
    pattern: new LookBehind(
      '(?<=(?:^|\\s)(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)\\s)',
      '(\\d{2,4})(?=[,\\s])(?!\\s*(?:năm|tháng|người|nước|km|triệu|tỷ))',
      'u',
    ),
    // The look-behind's word, its space and two digits.
    needs: /(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)\s\d\d/u,
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
    pattern: new LookBehind('(?:(?<=năm\\s)|(?<=\\bin\\s)|(?<=\\())', '(\\d{4})\\b', 'iu'),
    // One of the look-behinds' words right before the four digits, with the same flags.
    needs: /(?:năm\s|in\s|\()\d{4}/iu,
    read: (m) => ({ year: Number(m[1]) }),
  },
];

const DIGIT = /\d/;

/**
 * "In March, the fifth … took place": an English month named alone (capitalised, so the verb "may" is not one). It
 * dates nothing by itself, but a sentence that names it says when the round was, so the report's day is no date.
 */
const MONTH_ALONE_EN =
  /\b(?:[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-)\s*(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]*\d)/u;

/** The month a sentence names without a day or a year ("In March", "tháng 8"), if any. */
export function monthAlone(sentence: string): number | null {
  const en = MONTH_ALONE_EN.exec(sentence);
  if (en) return monthFromEnglish(en[1] ?? '');
  return findTextDates(sentence).find((d) => d.month !== undefined && d.year === undefined && !d.day)?.month ?? null;
}

const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_VI: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };
/**
 * A weekday in a sentence. Vietnamese needs a cue and a capital ("hôm thứ Năm", "vào thứ Ba", "thứ Ba vừa qua"),
 * since "lần thứ năm" is an ordinal; "Chủ nhật" is never one.
 */
const WEEKDAY =
  /\b(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|(?<=(?:^|\s)(?:[Hh]ôm|[Vv]ào|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)\s)[Tt]hứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)(?!\p{L})|[Tt]hứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)(?=\s+(?:vừa qua|tuần trước|tuần qua|tuần này))|(?<=(?:^|\s)(?:[Hh]ôm|[Vv]ào|[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày)\s)([Cc]hủ nhật)(?!\p{L})/gu;
/** "năm ngoái", "last year" after a month ("tháng 7 năm ngoái", "in July last year"), or "năm nay"/"this year". */
const RELATIVE_YEAR = /^,?\s*(năm ngoái|năm trước|năm nay|năm tới|năm sau|last year|this year|next year)(?!\p{L})/iu;
const RELATIVE_OFFSET: Record<string, number> = {
  'năm ngoái': -1,
  'năm trước': -1,
  'last year': -1,
  'năm nay': 0,
  'this year': 0,
  'năm tới': 1,
  'năm sau': 1,
  'next year': 1,
};
const MONTH_ONLY_EN = new RegExp(`\\b(?:in\\s+)${MONTH_EN}(?=,?\\s+(?:last|this|next)\\s+year)`, 'giu');

function weekdayOf(m: RegExpExecArray): number {
  if (m[1]) return WEEKDAYS_EN.indexOf(m[1].toLowerCase());
  if (m[4]) return 0;
  return WEEKDAYS_VI[(m[2] ?? m[3] ?? '').toLowerCase()] ?? -1;
}

/**
 * What every match of WEEKDAY contains, as one plain alternation with no lookbehind: "thứ " alone is in most
 * Vietnamese sentences ("lần thứ 5", "Thứ trưởng"), a weekday in few.
 */
const WEEKDAY_NAME = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ nhật/u;

/** Weekdays: attached to the date that follows them ("Thursday, December 4"), or a date of their own ("on Tuesday"). */
function addWeekdays(sentence: string, found: TextDate[]) {
  if (!WEEKDAY_NAME.test(sentence)) return;
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(sentence); m; m = WEEKDAY.exec(sentence)) {
    const weekday = weekdayOf(m);
    if (weekday < 0) continue;
    const end = m.index + m[0].length;
    const next = found.find((d) => d.start >= end && /^[\s,]*(?:ngày\s+)?$/iu.test(sentence.slice(end, d.start)));
    if (next) next.weekday = weekday;
    else if (!found.some((d) => m.index < d.end && end > d.start))
      found.push({ start: m.index, end, text: m[0], weekday });
  }
}

/** "tháng 7 năm ngoái", "in July last year": the month is read, the year is relative to the report. */
const RELATIVE_WORD = /năm (?:ngoái|trước|nay|tới|sau)|(?:last|this|next) year/iu;

function addRelativeYears(sentence: string, found: TextDate[]) {
  if (!RELATIVE_WORD.test(sentence)) return;
  MONTH_ONLY_EN.lastIndex = 0;
  for (let m = MONTH_ONLY_EN.exec(sentence); m; m = MONTH_ONLY_EN.exec(sentence)) {
    const start = m.index;
    if (!found.some((d) => start < d.end && start + m![0].length > d.start))
      found.push({ start, end: start + m[0].length, text: m[0], month: monthFromEnglish(m[1] ?? '') });
  }
  for (const d of found) {
    if (d.year !== undefined || d.month === undefined) continue;
    const rel = RELATIVE_YEAR.exec(sentence.slice(d.end));
    if (rel) {
      d.relativeYear = RELATIVE_OFFSET[rel[1]!.toLowerCase()];
      d.end += rel[0].length;
      d.text = sentence.slice(d.start, d.end);
    }
  }
}

const WEEKDAY_WORD = /day\b|[Tt]hứ\s|[Cc]hủ nhật/u;

/**
 * The dates a sentence writes, in order. The same sentence is dated again and again (its round, the rounds it
 * mentions, its events): the dates of the last few texts are remembered, in two generations (./recent-memo.ts),
 * and each caller gets its own copies.
 */
export function findTextDates(sentence: string): TextDate[] {
  // A loop, not \`map\`: \`map\` gives an empty list another elements kind than a full one, and a list of a kind not
  // seen before threw away V8's optimised code for the function reading it.
  const copies: TextDate[] = [];
  for (const d of recentDates.get(sentence)) copies.push({ ...d });
  return copies;
}

const RECENT_SENTENCES = 64;
const recentDates = new RecentMemo(RECENT_SENTENCES, readTextDates);

function readTextDates(sentence: string): TextDate[] {
  const found: TextDate[] = [];
  const hasDigit = DIGIT.test(sentence);
  if (!hasDigit) {
    // Without a figure only a weekday or "in July last year" can date a sentence.
    if (WEEKDAY_WORD.test(sentence) || /last year|this year|next year/i.test(sentence)) {
      addRelativeYears(sentence, found);
      addWeekdays(sentence, found);
    }
    return found.sort((a, b) => a.start - b.start);
  }
  const taken: [number, number][] = [];
  let monthNamed: boolean | undefined;
  for (const rule of RULES) {
    if (rule.needs === MONTH_WITH_FIGURE) {
      if (!(monthNamed ??= MONTH_WITH_FIGURE.test(sentence))) continue;
    } else if (rule.needs && !rule.needs.test(sentence)) continue;
    const pattern = rule.pattern;
    for (const m of pattern instanceof RegExp ? allMatches(pattern, sentence) : pattern.all(sentence)) {
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
  found.sort((a, b) => a.start - b.start);
  addRelativeYears(sentence, found);
  if (WEEKDAY_WORD.test(sentence)) addWeekdays(sentence, found);
  return found.sort((a, b) => a.start - b.start);
}

/** A date that can date an event: a day, a month with its year (stated or relative), or a weekday. */
export const isEventDate = (d: TextDate) =>
  d.day !== undefined ||
  d.span === true ||
  d.garbledMonths !== undefined ||
  (d.month !== undefined && (d.year !== undefined || d.relativeYear !== undefined)) ||
  (d.weekday !== undefined && d.month === undefined);

/** Words that look ahead, not after a letter (a look-behind checked where the rest matches, src/text/not-after.ts). */
const AHEAD = new NotAfter('\\p{L}', '(?:dự kiến|sẽ|will|to be held|scheduled|expected)(?!\\p{L})', 'iu');

/** Words between a round's name and a date that still tie the date to it: place, verb, parentheses. */
const OTHER_ROUND = /lần|round|[Đđ]ối thoại|[Dd]ialogue|[;.]/u;

/**
 * The date a sentence gives for the round named at `mention`: one written right after the name, in the same
 * clause ("lần thứ 6 (tháng 7/2023)", "lần thứ 2 dự kiến diễn ra vào tháng 10", "held in Hanoi on March 8"),
 * else, when `leading` allows it, the sentence's first date ("Sáng 26/12, tại Hà Nội, … đồng chủ trì …").
 */
export function dateOfMention(
  sentence: string,
  mention: { start: number; end: number } | null,
  leading: boolean,
): TextDate | null {
  const all = findTextDates(sentence);
  if (mention) {
    // Right after the name even a month alone is the round's: "lần thứ 2 dự kiến diễn ra vào tháng 10".
    const after = all.find(
      (d) =>
        (isEventDate(d) || d.month !== undefined || yearAfterIn(sentence, mention.end, d)) &&
        d.start >= mention.end &&
        d.start - mention.end <= 60 &&
        !OTHER_ROUND.test(sentence.slice(mention.end, d.start)),
    );
    if (after) return AHEAD.test(sentence.slice(mention.end, after.start)) ? { ...after, ahead: true } : after;
    const year = yearAloneAfter(sentence, mention.end);
    if (year) return year;
  }
  return leading ? (all.find(isEventDate) ?? null) : null;
}

/** "vào năm tới", "next year" alone (no month) in the clause after a round's name: the year only, worked out. */
const RELATIVE_YEAR_ALONE = new NotAfter(
  '\\p{L}',
  '(năm tới|năm sau|năm nay|năm ngoái|next year|this year|last year)(?!\\p{L})',
  'iu',
);

function yearAloneAfter(sentence: string, end: number): TextDate | null {
  const clause = sentence.slice(end, end + 60);
  const m = RELATIVE_YEAR_ALONE.exec(clause);
  if (!m || OTHER_ROUND.test(clause.slice(0, m.index))) return null;
  const start = end + m.index;
  return { start, end: start + m[0].length, text: m[0], relativeYear: RELATIVE_OFFSET[m[1]!.toLowerCase()] };
}

/**
 * A bare year right after a round's name, in its clause, after "in"/"năm": "the third dialogue, held in Hanoi in
 * 2022", "… lần thứ 5 sẽ diễn ra tại Hà Nội vào năm 2027". Only there is a year alone the round's own.
 */
function yearAfterIn(sentence: string, end: number, d: TextDate): boolean {
  return d.year !== undefined && d.month === undefined && YEAR_CUE_BEFORE.test(sentence.slice(end, d.start));
}
const YEAR_CUE_BEFORE = /(?:\bin|(?<!\p{L})năm)\s*$/u;

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
  /** The day of the publication date, when it has one: a lone weekday is read against it. */
  day?: number | null;
  /** true when the reference itself was inferred (page context, anniversary). */
  inferred: boolean;
  /** The latest date the article names, not its publication: the event is on or after it, not before. */
  after?: boolean;
  /** The only years the article can be of (an anniversary still ahead: its year or the year before). */
  years?: number[];
}

/**
 * A reference with every field present, in one order: references of four shapes (publication date, anniversary,
 * latest named date, years ahead) threw away V8's optimised code for the functions that read them.
 */
export function yearReference(
  year: number,
  month: number | null,
  day: number | null,
  inferred: boolean,
  after?: boolean,
  years?: number[],
): YearReference {
  return { year, month, day, inferred, after, years };
}

const DAY_MS = 86_400_000;

/** The day with this weekday nearest the reference: on or before it for a report, on or after it for a plan. */
function dayOfWeekday(weekday: number, reference: YearReference, future: boolean): HistDate | null {
  if (!reference.month || !reference.day) return null;
  const base = Date.UTC(reference.year, reference.month - 1, reference.day);
  const shift = future
    ? (weekday - new Date(base).getUTCDay() + 7) % 7
    : -((new Date(base).getUTCDay() - weekday + 7) % 7);
  const day = new Date(base + shift * DAY_MS);
  return {
    iso: isoOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()),
    precision: 'day',
    inferred: true,
  };
}

/**
 * A year-less date in an article with no publication date, read against the latest date the article names: the
 * first such day on or after it (and on its weekday when the text gives one), within three years; inferred.
 */
function afterReference(date: TextDate, month: number | undefined, reference: YearReference): HistDate | null {
  if (month === undefined || date.day === undefined || reference.month === null) return null;
  const from = Date.UTC(reference.year, reference.month - 1, reference.day ?? 1);
  for (let year = reference.year; year <= reference.year + 3; year++) {
    const at = Date.UTC(year, month - 1, date.day);
    if (at < from || (reference.years && !reference.years.includes(year))) continue;
    if (date.weekday !== undefined && new Date(at).getUTCDay() !== date.weekday) continue;
    // Without a weekday only the first year fits the "shortly after" the article implies.
    return { iso: isoOf(year, month, date.day), precision: 'day', inferred: true };
  }
  return null;
}

/**
 * Complete a text date into a HistDate. A missing year comes from the reference; an event in a later month
 * than the reference belongs to the year before (December event, January report), and a planned one in an
 * earlier month to the year after. A lone weekday is the nearest such day before (or, planned, after) the
 * publication date. A date whose weekday contradicts the year worked out is not given at all.
 */
export function completeDate(
  date: TextDate,
  reference: YearReference | null,
  options: { future?: boolean } = {},
): HistDate | null {
  if (date.weekday !== undefined && date.month === undefined && date.day === undefined) {
    return reference && !reference.inferred ? dayOfWeekday(date.weekday, reference, options.future ?? false) : null;
  }
  const future = options.future || date.ahead;
  let year = date.year;
  let inferred = false;
  const month = date.month ?? (date.garbledMonths?.length === 1 ? date.garbledMonths[0] : undefined);
  if (year === undefined && date.relativeYear !== undefined) {
    if (!reference) return null;
    year = reference.year + date.relativeYear;
    inferred = true;
  }
  if (year === undefined && reference?.after) return afterReference(date, month, reference);
  if (year === undefined) {
    if (!reference) return null;
    year = reference.year;
    if (month !== undefined && reference.month !== null) {
      if (!future && month > reference.month) year -= 1;
      if (future && month < reference.month) year += 1;
    }
    // A December round reported in January: the year is not the report's, it was worked out.
    inferred = reference.inferred || year !== reference.year;
  }
  if (date.garbledMonths) inferred = true;
  if (month === undefined) return { iso: isoOf(year), precision: 'year', inferred };
  if (date.day === undefined) return { iso: isoOf(year, month), precision: 'month', inferred };
  if (date.weekday !== undefined && new Date(Date.UTC(year, month - 1, date.day)).getUTCDay() !== date.weekday)
    return null;
  return { iso: isoOf(year, month, date.day), precision: 'day', inferred };
}
