/** Optional curator sidecar `NAME.meta.json`: overrides what the parser found. Validated with zod. */
import { z } from 'zod';
import type { HistDate } from './types.js';

const PublishedText = z
  .string()
  .regex(
    /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    'published must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time',
  )
  .refine(isRealCalendarDate, 'published is not a real calendar date');

/** "2018-02-31" has the right shape but is a typo: refuse it rather than print a date that never was. */
function isRealCalendarDate(text: string): boolean {
  const [year, month = 1, day = 1] = text.slice(0, 10).split('-').map(Number);
  if (month < 1 || month > 12) return false;
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const MetaSchema = z
  .object({
    url: z.string().url().optional(),
    outlet: z.string().min(1).max(200).optional(),
    published: PublishedText.optional(),
    language: z.enum(['vi', 'en']).optional(),
  })
  .strict();

export interface ArticleMeta {
  url?: string;
  outlet?: string;
  published?: HistDate;
  language?: 'vi' | 'en';
}

export function readMeta(json: string): { meta: ArticleMeta } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { error: 'sidecar is not valid JSON' };
  }
  const parsed = MetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `sidecar ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}` };
  }
  const { published, ...rest } = parsed.data;
  const meta: ArticleMeta = { ...rest };
  if (published) {
    const [date, time] = published.split('T');
    const parts = date!.split('-');
    meta.published = {
      iso: date!,
      precision: parts.length === 3 ? 'day' : parts.length === 2 ? 'month' : 'year',
      inferred: false,
      ...(time ? { time: time.slice(0, 5) } : {}),
    };
  }
  return { meta };
}
