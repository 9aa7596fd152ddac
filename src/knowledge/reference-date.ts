/**
 * The point in time a year-less date ("Sáng 23/7") is read against: the publication date when the article has one;
 * otherwise an anniversary the article names together with the year relations began (the article's own words),
 * or else the dates of the other headlines on the page. Only the publication date is stated; the others are marked inferred.
 */
import type { Article } from '../corpus/types.js';
import { loadVocabulary } from './vocabulary.js';
import type { YearReference } from './text-dates.js';

function fromIso(iso: string, inferred: boolean): YearReference {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month ?? null, day: day ?? null, inferred };
}

/** "kỷ niệm 40 năm thiết lập quan hệ ngoại giao" / "40th anniversary of diplomatic relations" → 40. */
const ANNIVERSARY =
  /(\d{1,3})\s+năm\s+(?:ngày\s+)?(?:thiết lập|lập)\s+quan hệ ngoại giao|(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+establishment\s+of\s+)?diplomatic\s+(?:relations|ties)/iu;

export function anniversaryYear(text: string, partner: string | null): number | null {
  if (!partner) return null;
  const m = ANNIVERSARY.exec(text);
  if (!m) return null;
  // "hướng tới kỷ niệm 50 năm" looks ahead to an anniversary: it does not date the article.
  if (/hướng tới|tiến tới|sắp tới|upcoming|ahead of/iu.test(text.slice(Math.max(0, m.index - 30), m.index)))
    return null;
  const since = loadVocabulary().partners.find((p) => p.code === partner)?.relationsSince;
  return since ? since + Number(m[1] ?? m[2]) : null;
}

export function referenceFor(article: Article, partner: string | null): YearReference | null {
  if (article.published) return fromIso(article.published.iso, article.published.inferred);
  for (const passage of article.passages) {
    const year = anniversaryYear(passage.text, partner);
    if (year) return { year, month: null, inferred: true };
  }
  const dated = article.pageContext.map((h) => h.date).filter((d) => d !== null && d.precision !== 'year');
  if (dated.length > 0) {
    // The newest neighbouring headline: pages list news published around the article.
    const newest = dated
      .map((d) => d!.iso)
      .sort()
      .at(-1)!;
    return fromIso(newest, true);
  }
  return null;
}
