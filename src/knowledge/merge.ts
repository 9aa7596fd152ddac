/**
 * Several articles may report the same round. Merge them into one record with several sources; where sources
 * disagree, keep each value with its source and prefer a stated value over an inferred one, then the more precise.
 */
import type { Corpus } from '../corpus/types.js';
import { extractArticle } from './extract.js';
import { roundId } from './naming.js';
import type { EventRecord, Evidence, KnowledgeTable, RoundRecord, RoundStatus } from './types.js';

const STATUS_RANK: Record<RoundStatus, number> = { held: 3, mentioned: 2, planned: 1 };
const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

function keyOf(r: RoundRecord): string {
  return `${r.partner}|${r.mechanism}|${r.round ?? r.date ?? r.id}`;
}

function dateScore(r: RoundRecord): number {
  if (!r.date || !r.datePrecision) return -1;
  return (r.dateInferred ? 0 : 10) + (r.dateOnOrBefore ? 0 : 5) + PRECISION_RANK[r.datePrecision] + STATUS_RANK[r.status];
}

function uniqueEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.passage}|${e.quote}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function mergeTwo(a: RoundRecord, b: RoundRecord): RoundRecord {
  const [first, second] = STATUS_RANK[b.status] > STATUS_RANK[a.status] ? [b, a] : [a, b];
  // A copy deep enough for what is changed below (lists and the evidence map), much cheaper than structuredClone.
  const merged: RoundRecord = {
    ...first,
    venues: [...first.venues],
    coChairs: [...first.coChairs],
    topics: [...first.topics],
    agreements: [...first.agreements],
    evidence: { ...first.evidence },
    ...(first.conflicts ? { conflicts: { ...first.conflicts } } : {}),
  };
  const dated = dateScore(second) > dateScore(first) ? second : first;
  merged.date = dated.date;
  merged.datePrecision = dated.datePrecision;
  merged.dateInferred = dated.dateInferred;
  merged.dateOnOrBefore = dated.dateOnOrBefore;
  if (dated.evidence.date) merged.evidence.date = dated.evidence.date;
  const conflicts = (merged.conflicts ??= {});
  for (const r of [first, second]) {
    if (r.date && first.date && second.date && first.date.slice(0, 4) !== second.date.slice(0, 4) && r.evidence.date?.[0]) {
      (conflicts.date ??= []).push({ value: r.date, evidence: r.evidence.date[0] });
    }
  }
  if (!merged.venues.length && second.venues.length) {
    merged.venues = second.venues;
    merged.format = second.format;
  } else if (second.venues.length && second.venues.join() !== merged.venues.join() && second.evidence.venues?.[0]) {
    (conflicts.venues ??= []).push({ value: second.venues.join(', '), evidence: second.evidence.venues[0] });
  }
  merged.format ??= second.format;
  for (const c of second.coChairs) if (!merged.coChairs.some((x) => x.name === c.name || x.side === c.side)) merged.coChairs.push(c);
  for (const t of second.topics) if (!merged.topics.includes(t)) merged.topics.push(t);
  for (const g of second.agreements) if (!merged.agreements.some((x) => x.original === g.original)) merged.agreements.push(g);
  merged.sources = uniqueEvidence([...first.sources, ...second.sources]);
  for (const [field, list] of Object.entries(second.evidence)) {
    merged.evidence[field] = uniqueEvidence([...(merged.evidence[field] ?? []), ...list]);
  }
  if (Object.keys(conflicts).length === 0) delete merged.conflicts;
  merged.id = roundId(merged.partner, merged.mechanism, merged.round, merged.date);
  return merged;
}

function compareRounds(a: RoundRecord, b: RoundRecord): number {
  return a.partner.localeCompare(b.partner) || a.mechanism.localeCompare(b.mechanism) || (a.round ?? 0) - (b.round ?? 0) || (a.date ?? '').localeCompare(b.date ?? '');
}

export function mergeFacts(perArticle: { rounds: RoundRecord[]; events: EventRecord[] }[]): KnowledgeTable {
  const rounds = new Map<string, RoundRecord>();
  for (const facts of perArticle) {
    for (const r of facts.rounds) {
      const key = keyOf(r);
      const existing = rounds.get(key);
      rounds.set(key, existing ? mergeTwo(existing, r) : r);
    }
  }
  const events = new Map<string, EventRecord>();
  for (const facts of perArticle) {
    for (const e of facts.events) {
      const key = `${e.partner}|${e.kind}|${e.date}|${e.summary}`;
      const existing = events.get(key);
      if (existing) existing.sources = uniqueEvidence([...existing.sources, ...e.sources]);
      else events.set(key, e);
    }
  }
  return {
    rounds: [...rounds.values()].sort(compareRounds),
    events: [...events.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.partner.localeCompare(b.partner)),
  };
}

export function buildKnowledge(corpus: Corpus): KnowledgeTable {
  return mergeFacts(corpus.articles.map(extractArticle));
}
