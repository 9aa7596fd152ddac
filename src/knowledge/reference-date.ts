/**
 * The point in time a year-less date ("Sáng 23/7") is read against: the publication date when the article has one;
 * otherwise an anniversary the article names together with the year relations began (the article's own words),
 * or else the dates of the other headlines on the page. Only the publication date is stated; the others are marked inferred.
 */
import type { Article } from '../corpus/index.js';
import { englishMonths, loadVocabulary } from '../vocabulary/index.js';
import { findTextDates, type YearReference, yearReference } from './text-dates.js';

function fromIso(iso: string, inferred: boolean): YearReference {
  // No \`map\` over the parts: a list from \`map\` threw away V8's optimised code (src/corpus/parse.ts, passagesOf).
  const parts = iso.split('-');
  return yearReference(
    Number(parts[0]),
    parts.length > 1 ? Number(parts[1]) : null,
    parts.length > 2 ? Number(parts[2]) : null,
    inferred,
  );
}

/** "kỷ niệm 40 năm thiết lập quan hệ ngoại giao" / "40th anniversary of diplomatic relations" → 40. */
const ANNIVERSARY =
  /(\d{1,3})\s+năm\s+(?:ngày\s+)?(?:thiết lập|lập)\s+quan hệ ngoại giao|(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+establishment\s+of\s+)?diplomatic\s+(?:relations|ties)/iu;

/** Words before an anniversary that look ahead to it: the article may be from the year before. */
const LOOKS_AHEAD =
  /(?:hướng tới|tiến tới|sắp tới|chuẩn bị|phối hợp tổ chức|nhất trí tổ chức|các hoạt động|sẽ|upcoming|ahead of|will mark|will celebrate|to mark|to celebrate)\s*(?:kỷ niệm\s*|the\s*)?$/iu;
/** "December 30 will mark …", "ngày 30/12 tới sẽ kỷ niệm …": the anniversary's own day, still ahead this year. */
const DAY_AHEAD =
  /(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})|ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2}))\s+(?:tới\s+)?(?:will mark|sẽ (?:là dịp )?kỷ niệm)\s+(?:the\s+)?$/iu;
const MONTHS = englishMonths();
/** "(1955-2025)", "(1950 - 2025)" written after the anniversary: its year, in the article's own words. */
const YEAR_SPAN = /^[^.;()]{0,40}\((\d{4})\s*[-–]\s*(\d{4})\)/u;

/**
 * The year an anniversary of diplomatic relations names ("kỷ niệm 40 năm thiết lập quan hệ ngoại giao",
 * "70th anniversary of diplomatic ties (1955-2025)"): the span written after it, else the year relations began
 * (data/partners.json) plus the count. An anniversary still ahead ("hướng tới", "phối hợp tổ chức các hoạt động
 * kỷ niệm") does not date the article, unless its own day is given ("December 30 will mark"): the article is then
 * of that year, before that day.
 */
export function anniversaryYear(text: string, partner: string | null): YearReference | null {
  if (!partner) return null;
  const m = ANNIVERSARY.exec(text);
  if (!m) return null;
  const count = Number(m[1] ?? m[2]);
  const span = YEAR_SPAN.exec(text.slice(m.index + m[0].length));
  const since = loadVocabulary().partners.find((p) => p.code === partner)?.relationsSince;
  const year = span && Number(span[2]) - Number(span[1]) === count ? Number(span[2]) : since ? since + count : null;
  if (!year) return null;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  const day = DAY_AHEAD.exec(before);
  if (day) {
    const month = day[1] ? MONTHS.indexOf(day[1].toLowerCase()) + 1 : Number(day[4]);
    return yearReference(year, month, day[2] ? Number(day[2]) : Number(day[3]), true);
  }
  if (LOOKS_AHEAD.test(before)) return yearReference(year, null, null, true, undefined, [year - 1, year]);
  return yearReference(year, null, null, true);
}

export function referenceFor(article: Article, partner: string | null): YearReference | null {
  if (article.published) return fromIso(article.published.iso, article.published.inferred);
  // An anniversary still ahead only narrows the year to it or the year before.
  let aheadYears: number[] | undefined;
  for (const passage of article.passages) {
    const anniversary = anniversaryYear(passage.text, partner);
    if (anniversary?.years) aheadYears ??= anniversary.years;
    else if (anniversary) return anniversary;
  }
  // The newest neighbouring headline dated to the month or day: pages list news published around the article.
  // (The greatest ISO text, compared as sort() compares them.)
  let newest: string | null = null;
  for (const h of article.pageContext)
    if (h.date !== null && h.date.precision !== 'year' && (newest === null || h.date.iso > newest)) newest = h.date.iso;
  if (newest !== null) return fromIso(newest, true);
  const latest = latestNamedDate(article);
  return latest && aheadYears
    ? yearReference(latest.year, latest.month, latest.day ?? null, latest.inferred, latest.after, aheadYears)
    : latest;
}

/** "sẽ", "dự kiến", "will", "next": a date after one of these is a plan, not a point the article has passed. */
const AHEAD_CUE = /(?<!\p{L})(?:sẽ|dự kiến|sắp tới|tới đây|will|next|upcoming|plans? to|scheduled)(?!\p{L})/iu;

/**
 * With no publication date at all: the latest month the article names in full ("in July 2025", "tháng 7/2023"),
 * outside a plan. A report is written after what it recounts, so a year-less day is read on or after it.
 */
function latestNamedDate(article: Article): YearReference | null {
  let latest: YearReference | null = null;
  for (const passage of article.passages) {
    for (const d of findTextDates(passage.text)) {
      if (d.year === undefined || d.month === undefined) continue;
      if (AHEAD_CUE.test(passage.text.slice(Math.max(0, d.start - 40), d.start))) continue;
      const key = d.year * 400 + d.month * 32 + (d.day ?? 0);
      if (!latest || key > latest.year * 400 + (latest.month ?? 0) * 32 + (latest.day ?? 0))
        latest = yearReference(d.year, d.month, d.day ?? null, true, true);
    }
  }
  return latest;
}
