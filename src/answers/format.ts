/** Dates and rounds as people read them, never more precise than the record. */
import type { DatePrecision, HistDate, Language } from '../corpus/index.js';
import { ordinal, partnerName } from '../knowledge/index.js';
import { englishMonths, loadVocabulary } from '../vocabulary/index.js';
import { label } from './i18n.js';

/** "January" … "December": the month names of data/date-lines.json, capitalised for display. */
const MONTHS_EN = englishMonths().map((m) => m[0]!.toUpperCase() + m.slice(1));

/** "23 July 2021" / "23/7/2021", "August 2013" / "tháng 8/2013", "2019" / "năm 2019"; inferred and upper-bound dates say so. */
export function formatDate(date: HistDate | null | undefined, lang: Language): string {
  if (!date) return label(lang, 'unknown');
  const [y, m, d] = date.iso.split('-').map(Number);
  let text: string;
  if (date.precision === 'day') text = lang === 'en' ? `${d} ${MONTHS_EN[m! - 1]} ${y}` : `${d}/${m}/${y}`;
  else if (date.precision === 'month') text = lang === 'en' ? `${MONTHS_EN[m! - 1]} ${y}` : `tháng ${m}/${y}`;
  else text = lang === 'en' ? String(y) : `năm ${y}`;
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

/** "1st" / "lần thứ 1". */
export function formatRound(round: number | null, lang: Language): string {
  if (round === null) return lang === 'en' ? 'unnumbered' : 'không rõ số';
  // The Vietnamese press writes the first round in words ("lần thứ nhất"), later ones in figures ("lần thứ 9").
  return lang === 'en' ? ordinal(round) : round === 1 ? 'lần thứ nhất' : `lần thứ ${round}`;
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
