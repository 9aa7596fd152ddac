/**
 * Time on the picture's x axis, measured in fractional years (2016.91 = late November 2016).
 * A date covers the stretch of time its precision allows: a day, a month or a whole year.
 */
import type { DatePrecision, HistDate } from '../corpus/index.js';

export interface TimeSpan {
  start: number;
  end: number;
}

/** The time a date covers, with the precision actually read from its iso string. */
export interface DateSpan extends TimeSpan {
  precision: DatePrecision;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
}

/** Fractional year of the start of a calendar day (month and day counted from 1). */
function yearFraction(year: number, month: number, day: number): number {
  let dayOfYear = day - 1;
  for (let m = 1; m < month; m++) dayOfYear += daysInMonth(year, m);
  return year + dayOfYear / (isLeap(year) ? 366 : 365);
}

/**
 * The stretch of time a date stands for, or null when it cannot be read (then the point counts as undated).
 * The iso string is trusted for what is known: "2013-08" is a month even if precision claims a day.
 */
export function dateSpan(date: HistDate | null | undefined): DateSpan | null {
  if (!date || typeof date.iso !== 'string') return null;
  const match = ISO.exec(date.iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined || date.precision === 'year' ? null : Number(match[2]);
  const day = match[3] === undefined || date.precision !== 'day' ? null : Number(match[3]);
  if (month === null) return { start: year, end: year + 1, precision: 'year' };
  if (month < 1 || month > 12) return null;
  if (day === null) {
    const end = month === 12 ? year + 1 : yearFraction(year, month + 1, 1);
    return { start: yearFraction(year, month, 1), end, precision: 'month' };
  }
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const start = yearFraction(year, month, day);
  return { start, end: start + 1 / (isLeap(year) ? 366 : 365), precision: 'day' };
}

/**
 * The shown range: the data's range padded on both sides, and at least a few years wide,
 * so that a single round sits in the middle of a readable axis rather than alone at an edge.
 */
export function paddedDomain(spans: TimeSpan[], minYears = 3): TimeSpan {
  if (spans.length === 0) {
    const now = new Date().getUTCFullYear();
    return { start: now - minYears / 2, end: now + minYears / 2 };
  }
  const low = Math.min(...spans.map((s) => s.start));
  const high = Math.max(...spans.map((s) => s.end));
  const span = Math.max(high - low + Math.max(1, (high - low) * 0.08), minYears);
  const centre = (low + high) / 2;
  return { start: centre - span / 2, end: centre + span / 2 };
}

/** Years to label: every 1, 2, 5, 10… years, the smallest step that keeps labels `minGap` px apart. */
export function yearTicks(domain: TimeSpan, pxPerYear: number, minGap = 60): number[] {
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s * pxPerYear >= minGap) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(domain.start / step) * step; year <= domain.end; year += step) ticks.push(year);
  return ticks;
}

/** A linear map from fractional years to px. */
export function xScale(domain: TimeSpan, left: number, right: number): (year: number) => number {
  const pxPerYear = (right - left) / (domain.end - domain.start);
  return (year) => left + (year - domain.start) * pxPerYear;
}
