/** `ask export`: the knowledge table in the documented JSON shape, or CSV with one row per round. */
import type { EventRecord, KnowledgeTable, RoundRecord } from './types.js';

export interface ExportedRound {
  id: string;
  partner: string;
  partnerName: string;
  mechanism: string;
  round: number | null;
  status: string;
  date: string | null;
  datePrecision: string | null;
  dateInferred: boolean;
  dateOnOrBefore: boolean;
  venues: string[];
  format: string | null;
  coChairs: {
    name: string;
    title: string | null;
    rank: string | null;
    side: string;
    source: { passage: string; quote: string };
  }[];
  topics: string[];
  /** English names with what happened: "Terms of reference on defence industry cooperation (signed)". */
  agreements: string[];
  agreementDetails: { name: string; original: string; action: string; passage: string; quote: string }[];
  sources: { article: string; passage: string; quote: string }[];
  evidence: RoundRecord['evidence'];
  conflicts?: RoundRecord['conflicts'];
}

export function exportRound(r: RoundRecord): ExportedRound {
  return {
    id: r.id,
    partner: r.partner,
    partnerName: r.partnerName,
    mechanism: r.mechanism,
    round: r.round,
    status: r.status,
    date: r.date,
    datePrecision: r.datePrecision,
    dateInferred: r.dateInferred,
    dateOnOrBefore: r.dateOnOrBefore,
    venues: r.venues,
    format: r.format,
    coChairs: r.coChairs.map((c) => ({
      name: c.name,
      title: c.title,
      rank: c.rank,
      side: c.side,
      source: { passage: c.evidence.passage, quote: c.evidence.quote },
    })),
    topics: r.topics,
    agreements: r.agreements.map((a) => `${a.name} (${a.action})`),
    agreementDetails: r.agreements.map((a) => ({
      name: a.name,
      original: a.original,
      action: a.action,
      passage: a.evidence.passage,
      quote: a.evidence.quote,
    })),
    sources: r.sources,
    evidence: r.evidence,
    ...(r.conflicts ? { conflicts: r.conflicts } : {}),
  };
}

export function exportJson(table: KnowledgeTable): { rounds: ExportedRound[]; events: EventRecord[] } {
  return { rounds: table.rounds.map(exportRound), events: table.events };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ROUND_COLUMNS = [
  'id',
  'partner',
  'partnerName',
  'mechanism',
  'round',
  'status',
  'date',
  'datePrecision',
  'dateInferred',
  'dateOnOrBefore',
  'venues',
  'format',
  'coChairs',
  'topics',
  'agreements',
  'sources',
] as const;

export function exportCsv(table: KnowledgeTable): string {
  const rows = table.rounds.map((r) => {
    const e = exportRound(r);
    const values: Record<(typeof ROUND_COLUMNS)[number], unknown> = {
      ...e,
      venues: e.venues.join('; '),
      coChairs: e.coChairs.map((c) => `${c.name} (${c.side}${c.title ? `, ${c.title}` : ''})`).join('; '),
      topics: e.topics.join('; '),
      agreements: e.agreements.join('; '),
      sources: e.sources.map((s) => s.passage).join('; '),
    };
    return ROUND_COLUMNS.map((c) => csvCell(values[c])).join(',');
  });
  return `${[ROUND_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
