/**
 * Periods in questions: "in 2021", "năm 2016", "December 2023", "tháng 12/2023", "between 2015 and 2018",
 * "từ 2011 đến 2013", "since 2019", "trước 2016", "last year" / "năm ngoái" (against today). Read from the folded,
 * cleaned question; what was read is blanked so the rest of the parser does not read "2019" again.
 */
import type { Language } from '../../corpus/index.js';
import { englishMonths } from '../../vocabulary/index.js';
import { messages } from '../messages/index.js';

/** Inclusive bounds, ISO days: a record date is inside when all of its own span is. */
export interface Period {
  from: string;
  to: string;
  /** The words as typed in the question, folded: "december 2023". */
  label: string;
  /** "in 2019 and 2023": only these years of the span, not the ones between. */
  years?: number[];
}

const MONTHS = englishMonths();
const YEAR = '((?:19|20)\\d\\d)';
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const yearSpan = (from: number, to = from) => ({ from: `${from}-01-01`, to: `${to}-12-31` });
const monthSpan = (y: number, m: number) => ({ from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${lastDay(y, m)}` });

interface Rule {
  pattern: RegExp;
  read: (m: RegExpExecArray, today: Date) => { from: string; to: string; years?: number[] } | null;
}

const monthName = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})`;
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;

/** A period's name, and whether it stands alone in a sentence ("since 2019") or takes "in" ("in 2016"). */
function namePeriod(period: Period, lang: Language): { name: string; alone: boolean } {
  const words = messages(lang).questions.period;
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
  const wholeYears = fm === 1 && fd === 1 && tm === 12 && td === 31;
  if (period.years) return { name: words.years(period.years), alone: false };
  if (fy === 1900) return { name: words.before(ty + 1), alone: true };
  if (wholeYears && fy === ty) return { name: words.year(fy), alone: false };
  if (wholeYears) return { name: words.span(fy, ty), alone: false };
  if (fy === ty && fm === tm && fd === 1 && td === lastDay(ty, tm)) return { name: words.month(fm, fy), alone: false };
  if (fm === 1 && fd === 1) return { name: words.since(fy), alone: true };
  return { name: words.range(period.from, period.to), alone: true };
}

/** How an answer names a period: "2016" / "năm 2016", "December 2023" / "tháng 12/2023", "2011–2013", "since 2019". */
export function periodName(period: Period, lang: Language): string {
  return namePeriod(period, lang).name;
}

/** "in 2016" / "trong năm 2016"; "since 2019" / "từ năm 2019" stand alone. */
export function inPeriod(period: Period, lang: Language): string {
  const { name, alone } = namePeriod(period, lang);
  return alone ? name : messages(lang).questions.period.in(name);
}

/** Most specific first: a range before a single year, a month before its year. */
const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b(?:between|from|tu|giua)(?: nam)? ${YEAR} (?:and|to|until|den|va|toi)(?: nam)? ${YEAR}\\b`),
    read: (m) => yearSpan(Number(m[1]), Number(m[2])),
  },
  // "2015 to 2018", "2015-2018" (the dash folds to a space).
  { pattern: new RegExp(`\\b${YEAR} (?:to |den )?${YEAR}\\b`), read: (m) => yearSpan(Number(m[1]), Number(m[2])) },
  // "in 2022 and 2023", "năm 2019 và 2023": those years only.
  {
    pattern: new RegExp(`\\b(?:in |trong |vao )?(?:nam )?${YEAR} (?:and|or|va|hoac) (?:nam )?${YEAR}\\b`),
    read: (m) => {
      const years = [Number(m[1]), Number(m[2])].sort((a, b) => a - b);
      return { ...yearSpan(years[0]!, years[1]!), ...(years[1]! - years[0]! > 1 ? { years } : {}) };
    },
  },
  {
    pattern: new RegExp(`\\b(?:in |of )?${monthName} (?:of )?${YEAR}\\b`),
    read: (m) => monthSpan(Number(m[2]), monthOf(m[1]!)),
  },
  {
    pattern: new RegExp(`\\b(?:trong |vao )?thang (\\d{1,2})(?: nam)? ${YEAR}\\b`),
    read: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? monthSpan(Number(m[2]), Number(m[1])) : null),
  },
  {
    pattern: new RegExp(`\\b(?:since|after|from|tu|ke tu|sau)(?: nam)? ${YEAR}\\b`),
    read: (m, today) => ({
      from: `${Number(m[1]) + (/^(?:after|sau)/.test(m[0]) ? 1 : 0)}-01-01`,
      to: today.toISOString().slice(0, 10),
    }),
  },
  {
    pattern: new RegExp(`\\b(?:before|until|truoc|den truoc)(?: nam)? ${YEAR}\\b`),
    read: (m) => ({ from: '1900-01-01', to: `${Number(m[1]) - 1}-12-31` }),
  },
  {
    pattern: new RegExp(`\\b(?:in |during |of |trong |vao )?(?:nam )?${YEAR}\\b`),
    read: (m) => yearSpan(Number(m[1])),
  },
];

/** Relative years, by the cue values of data/question-cues.json ("last-year", "this-year"). */
export function relativePeriod(value: string, today: Date, label: string): Period | null {
  const year = today.getUTCFullYear();
  if (value === 'last-year') return { ...yearSpan(year - 1), label };
  if (value === 'this-year') return { ...yearSpan(year), label };
  return null;
}

/** The first period the text names, and the text with it blanked out. */
export function readPeriod(text: string, today: Date): { period: Period | null; rest: string } {
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const read = rule.read(m, today);
    if (!read) continue;
    // "from 2018 to 2015" means the same years as "from 2015 to 2018".
    const span =
      read.from <= read.to
        ? read
        : { from: read.to.slice(0, 4) + read.from.slice(4), to: read.from.slice(0, 4) + read.to.slice(4) };
    const rest = `${text.slice(0, m.index)} § ${text.slice(m.index + m[0].length)}`;
    return { period: { ...span, label: m[0].trim() }, rest };
  }
  return { period: null, rest: text };
}

/** The first and last day a record date ("2019", "2019-06", "2019-06-10") may stand for. */
export function spanOf(iso: string): { from: string; to: string } {
  const [y, m, d] = iso.split('-').map(Number);
  if (d) return { from: iso, to: iso };
  if (m) return monthSpan(y!, m);
  return yearSpan(y!);
}

/** The record date lies wholly inside the period. */
export const within = (iso: string | null, period: Period) => {
  if (!iso) return false;
  const span = spanOf(iso);
  if (period.years && !period.years.includes(Number(iso.slice(0, 4)))) return false;
  return span.from >= period.from && span.to <= period.to;
};
