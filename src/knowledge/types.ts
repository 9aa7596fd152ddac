/** The knowledge table: every fact keeps the sentence it was read from. */
import type { DatePrecision } from '../corpus/index.js';

export interface Evidence {
  article: string;
  passage: string;
  /** The sentence the fact was read from, as written. */
  quote: string;
}

export type RoundStatus = 'held' | 'mentioned' | 'planned';

export interface CoChair {
  name: string;
  /** English title, e.g. "Deputy Minister of National Defence". */
  title: string | null;
  /** English rank, e.g. "Senior Lieutenant General". */
  rank: string | null;
  /** "VN" or the partner's ISO code. */
  side: string;
  evidence: Evidence;
}

export interface Agreement {
  /** English description, e.g. "Three-year defence cooperation plan 2021-2023". */
  name: string;
  /** Vietnamese (or source-language) wording as written. */
  original: string;
  action: 'signed' | 'adopted' | 'planned';
  evidence: Evidence;
}

export interface RoundRecord {
  /** "<partner lower>-<mechanism>-<round>", e.g. "ca-defence-policy-dialogue-1". */
  id: string;
  partner: string;
  partnerName: string;
  mechanism: string;
  round: number | null;
  status: RoundStatus;
  /** ISO cut to its precision, or null when unknown. */
  date: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean;
  /** true when the date is only an upper bound (report date of an undated event). */
  dateOnOrBefore: boolean;
  venues: string[];
  format: 'online' | 'in-person' | null;
  coChairs: CoChair[];
  topics: string[];
  agreements: Agreement[];
  sources: Evidence[];
  /** Field name → the passages that support it (date, venues, format, round, topics:<key>, …). */
  evidence: Record<string, Evidence[]>;
  /** Values that sources disagree on: field → each value with its source. */
  conflicts?: Record<string, { value: string; evidence: Evidence }[]>;
}

export type EventKind = 'agreement' | 'consultation' | 'visit' | 'meeting' | 'other';

/** A dated event an article tells of that is not a dialogue round (an MOU, a visit, a consultation). */
export interface EventRecord {
  id: string;
  partner: string;
  kind: EventKind;
  /** Short English description. */
  summary: string;
  /** The same in Vietnamese. */
  summaryVi: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean;
  sources: Evidence[];
}

export interface KnowledgeTable {
  rounds: RoundRecord[];
  events: EventRecord[];
}
