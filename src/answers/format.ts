/** Dates and rounds as people read them, never more precise than the record. */
import type { DatePrecision, HistDate, Language } from '../corpus/index.js';
import { partnerName } from '../knowledge/index.js';
import { loadVocabulary } from '../vocabulary/index.js';
import { label, messages } from './messages/index.js';

/** "23 July 2021" / "23/7/2021", "August 2013" / "tháng 8/2013", "2019" / "năm 2019"; inferred and upper-bound dates say so. */
export function formatDate(date: HistDate | null | undefined, lang: Language): string {
  if (!date) return label(lang, 'unknown');
  const [y, m, d] = date.iso.split('-').map(Number) as [number, number, number];
  const dates = messages(lang).dates;
  let text =
    date.precision === 'day' ? dates.day(d, m, y) : date.precision === 'month' ? dates.month(m, y) : dates.year(y);
  if (date.onOrBefore) text = `${label(lang, 'onOrBefore')} ${text}`;
  if (date.inferred) text += ` (${label(lang, 'inferred')})`;
  return text;
}

export function histDate(
  iso: string | null,
  precision: DatePrecision | null,
  inferred: boolean,
  onOrBefore = false,
): HistDate | null {
  if (!iso || !precision) return null;
  return { iso, precision, inferred, ...(onOrBefore ? { onOrBefore } : {}) };
}

/** "1st" / "lần thứ nhất", "9th" / "lần thứ 9". */
export function formatRound(round: number | null, lang: Language): string {
  return round === null ? messages(lang).rounds.unnumbered : messages(lang).rounds.ordinal(round);
}

/** "A, B and C" / "A, B và C". */
export function joinList(items: string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${label(lang, 'and')} ${items.at(-1)}`;
}

/**
 * A partner's name inside an English sentence, with the article it takes there (data/partners.json `article`):
 * "talks with the Netherlands", "the United States has…". Titles, headings and pair names ("Vietnam–Netherlands")
 * use the bare name; Vietnamese has no article.
 */
export function partnerInSentence(code: string, lang: Language): string {
  const name = partnerName(code, lang);
  if (lang !== 'en') return name;
  const article = loadVocabulary().partners.find((p) => p.code === code)?.article;
  return article ? `${article} ${name}` : name;
}
