/** Dates as the sites print them: the date line under the title, and the day in the lead sentence. */
import { MONTHS_EN, WEEKDAYS_VI } from './phrases.js';
import type { Rng } from './random.js';

const DAY_MS = 86_400_000;
export const pad = (n: number) => String(n).padStart(2, '0');
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);
export const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const isoMonth = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;

/** The date line under the title, one of the layouts real sites use; its style name is kept for the tests. */
export function dateLine(rng: Rng, published: Date, lang: 'vi' | 'en'): { style: string; text: string } {
  const [y, m, d] = [published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate()];
  const time = `${pad(rng.between(6, 22))}:${pad(rng.int(60))}`;
  const layouts: [string, string][] =
    lang === 'en'
      ? [
          ['en-day-month', `${d} ${MONTHS_EN[m - 1]} ${y}`],
          ['en-month-day', `${MONTHS_EN[m - 1]} ${d}, ${y}`],
          ['iso', `${y}-${pad(m)}-${pad(d)}`],
        ]
      : [
          ['slash-time', `${pad(d)}/${pad(m)}/${y} ${time}`],
          ['weekday-bar', `${WEEKDAYS_VI[published.getUTCDay()]}, ngày ${pad(d)}/${pad(m)}/${y} | ${time}`],
          ['iso', `${y}-${pad(m)}-${pad(d)}`],
          ['dotted', `${pad(d)}.${pad(m)}.${y}`],
          ['words-vi', `ngày ${d} tháng ${m} năm ${y}`],
          ['en-day-month', `${d} ${MONTHS_EN[m - 1]} ${y}`],
        ];
  const [style, text] = rng.pick(layouts);
  return { style, text };
}

/**
 * The event day as the lead gives it. With a date line the year is left out, as sites do ("Sáng 23/7", "ngày 29-11");
 * without one the lead carries the year, so the article alone still dates the round.
 */
export function leadDayVi(rng: Rng, event: Date, withYear: boolean): string {
  const [y, m, d] = [event.getUTCFullYear(), event.getUTCMonth() + 1, event.getUTCDate()];
  const day = withYear
    ? rng.pick([`${d}/${m}/${y}`, `${d}-${m}-${y}`])
    : rng.pick([`${d}/${m}`, `${d}/${m}`, `${d}-${m}`]);
  return `${rng.pick(['Sáng', 'Chiều', 'Ngày', 'Tối'])} ${day}`;
}

export function leadDayEn(event: Date, withYear: boolean): string {
  const [y, m, d] = [event.getUTCFullYear(), event.getUTCMonth() + 1, event.getUTCDate()];
  return withYear ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]}`;
}
