/**
 * Several articles may report the same round. Merge them into one record with several sources; where sources
 * disagree, keep each value with its source and prefer a stated value over an inferred one, then the more precise.
 *
 * The merge is kept per round: a reload of one file re-merges only the rounds that file reports (KnowledgeBuilder),
 * and a round reported by hundreds of articles is merged in one pass, not by copying it once per report.
 */
import type { Corpus } from '../corpus/index.js';
import { sameQuote } from './evidence.js';
import { extractArticle, type ArticleFacts } from './extract.js';
import { roundId } from './naming.js';
import { shareEvidence } from './share-evidence.js';
import type { EventRecord, Evidence, KnowledgeTable, RoundRecord, RoundStatus } from './types.js';

const STATUS_RANK: Record<RoundStatus, number> = { held: 3, mentioned: 2, planned: 1 };
const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

function roundKey(r: RoundRecord): string {
  return `${r.partner}|${r.mechanism}|${r.round ?? r.date ?? r.id}`;
}

const eventKey = (e: EventRecord) => `${e.partner}|${e.kind}|${e.date}|${e.summary}`;

function dateScore(r: RoundRecord): number {
  if (!r.date || !r.datePrecision) return -1;
  return (
    (r.dateInferred ? 0 : 10) + (r.dateOnOrBefore ? 0 : 5) + PRECISION_RANK[r.datePrecision] + STATUS_RANK[r.status]
  );
}

/**
 * A list of evidence that keeps each (passage, quote) once, in the order first seen. Found by passage, then by object,
 * and only then by quote, as bytes where both keep theirs (./evidence.ts, sameQuote): a quote read from the cache is
 * decoded at each read (src/store/lazy-quote.ts), and a key made of every quote decoded them all at each merge (2 s of
 * a 100,000-article cold start).
 */
class EvidenceList {
  private byPassage = new Map<string, Evidence[]>();
  readonly items: Evidence[] = [];
  add(list: readonly Evidence[]) {
    for (const e of list) {
      const same = this.byPassage.get(e.passage);
      if (!same) this.byPassage.set(e.passage, [e]);
      else if (same.includes(e)) continue;
      else if (same.some((x) => sameQuote(x, e))) continue;
      else same.push(e);
      this.items.push(e);
    }
  }
}

/**
 * One round from all its reports. The best-attested report leads (held, then mentioned, then planned; ties in file
 * order): its venue and co-chairs stand, the others add what it lacks. The date is the best-scored one of all.
 */
export function mergeRoundReports(reports: readonly RoundRecord[]): RoundRecord {
  const ordered = [...reports].sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]);
  const lead = ordered[0]!;
  const merged: RoundRecord = {
    ...lead,
    venues: [...lead.venues],
    coChairs: [...lead.coChairs],
    topics: [...lead.topics],
    agreements: [...lead.agreements],
  };
  const sources = new EvidenceList();
  const evidence = new Map<string, EvidenceList>();
  const conflicts = new Map<string, Map<string, { value: string; evidence: Evidence }>>();
  // One source per disputed value is enough to show the dispute; every source is in the round's sources.
  const conflict = (field: string, value: string, e: Evidence) => {
    const byValue = conflicts.get(field) ?? conflicts.set(field, new Map()).get(field)!;
    if (!byValue.has(value)) byValue.set(value, { value, evidence: e });
  };
  // A held round is dated by its own reports; an article that only mentions it (an analysis, "the fourth by video
  // link in December 2020") dates it only to the day, never coarser than what its report may tell.
  const mayDate = (r: RoundRecord) => lead.status !== 'held' || r.status === 'held' || r.datePrecision === 'day';
  let dated = lead;
  for (const report of ordered) {
    sources.add(report.sources);
    for (const [field, list] of Object.entries(report.evidence)) {
      (evidence.get(field) ?? evidence.set(field, new EvidenceList()).get(field)!).add(list);
    }
    for (const [field, list] of Object.entries(report.conflicts ?? {}))
      for (const c of list) conflict(field, c.value, c.evidence);
    if (report === lead) continue;
    if (mayDate(report) && dateScore(report) > dateScore(dated)) dated = report;
    if (!merged.venues.length && report.venues.length) {
      merged.venues = [...report.venues];
      merged.format = report.format;
    } else if (report.venues.length && report.venues.join() !== merged.venues.join() && report.evidence.venues?.[0]) {
      conflict('venues', report.venues.join(', '), report.evidence.venues[0]);
    }
    merged.format ??= report.format;
    for (const c of report.coChairs)
      if (!merged.coChairs.some((x) => x.name === c.name || x.side === c.side)) merged.coChairs.push(c);
    for (const t of report.topics) if (!merged.topics.includes(t)) merged.topics.push(t);
    for (const g of report.agreements)
      if (!merged.agreements.some((x) => x.original === g.original)) merged.agreements.push(g);
  }
  // A finer date that falls inside the chosen one refines it ("2024-08" stated, "2024-08-01" worked out from "on Thursday").
  const finer = ordered.find((r) => r.date && !r.dateOnOrBefore && dated.date && r.date.startsWith(`${dated.date}-`));
  if (finer && !dated.dateOnOrBefore) dated = finer;
  merged.date = dated.date;
  merged.datePrecision = dated.datePrecision;
  merged.dateInferred = dated.dateInferred;
  merged.dateOnOrBefore = dated.dateOnOrBefore;
  // Reports that put the round in different years are a conflict worth showing, each year with its source.
  const years = new Set(ordered.map((r) => r.date?.slice(0, 4)).filter((y) => y !== undefined));
  if (years.size > 1)
    for (const r of ordered) if (r.date && r.evidence.date?.[0]) conflict('date', r.date, r.evidence.date[0]);
  merged.sources = sources.items;
  merged.evidence = Object.fromEntries([...evidence].map(([field, list]) => [field, list.items]));
  // The chosen date's own sentence leads its evidence.
  if (dated.evidence.date?.length)
    merged.evidence.date = [...new Set([...dated.evidence.date, ...(merged.evidence.date ?? [])])];
  if (conflicts.size)
    merged.conflicts = Object.fromEntries([...conflicts].map(([field, byValue]) => [field, [...byValue.values()]]));
  else delete merged.conflicts;
  merged.id = roundId(merged.partner, merged.mechanism, merged.round, merged.date);
  return merged;
}

function mergeEventReports(reports: readonly EventRecord[]): EventRecord {
  const sources = new EvidenceList();
  for (const e of reports) sources.add(e.sources);
  return { ...reports[0]!, sources: sources.items };
}

/** Partner codes, mechanism ids and ISO dates are ASCII: code-unit order is their order, and far cheaper than a collator. */
const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareRounds(a: RoundRecord, b: RoundRecord): number {
  return (
    compareCodes(a.partner, b.partner) ||
    compareCodes(a.mechanism, b.mechanism) ||
    (a.round ?? 0) - (b.round ?? 0) ||
    compareCodes(a.date ?? '', b.date ?? '')
  );
}

const compareEvents = (a: EventRecord, b: EventRecord) =>
  compareCodes(a.date ?? '', b.date ?? '') || compareCodes(a.partner, b.partner);

/** How one kind of record is grouped and merged: a record's group key, and the merge of a group's reports. */
export interface Grouping<T> {
  keyOf(record: T): string;
  merge(reports: readonly T[]): T;
}

export const roundGrouping: Grouping<RoundRecord> = { keyOf: roundKey, merge: mergeRoundReports };
export const eventGrouping: Grouping<EventRecord> = { keyOf: eventKey, merge: mergeEventReports };

/**
 * A group's merged record from its reports by file: the files in code-unit order, each file's reports in the order it
 * gave them, so that a merge does not depend on the order files were read or reloaded in.
 */
export function mergeByFile<T>(grouping: Grouping<T>, byFile: ReadonlyMap<string, readonly T[]>): T {
  const files = [...byFile.keys()].sort();
  return grouping.merge(files.flatMap((f) => byFile.get(f)!));
}

/** A group as a snapshot keeps it: its key, the files that report it, and its merged record. */
export interface GroupSnapshot<T> {
  key: string;
  files: string[];
  merged: T;
}

/**
 * Records grouped by key, each group's reports by file, and the merged record of each group kept until it changes.
 * A group restored from a snapshot (a start from the disk cache) knows only its files and merged record: its reports
 * are read from those files' facts (`reportsOf`) the first time the group changes, so a start merges nothing.
 */
class Groups<T> {
  private reports = new Map<string, Map<string, T[]>>();
  private merged = new Map<string, T>();
  private dirty = new Set<string>();
  /** Restored groups not yet changed: their reporting files. */
  private restored = new Map<string, string[]>();

  constructor(private readonly grouping: Grouping<T>) {}

  private keyOf(record: T): string {
    return this.grouping.keyOf(record);
  }

  /** Groups as they were written, in the order they were first merged (ties in the table's sort keep that order). */
  restore(groups: readonly GroupSnapshot<T>[]) {
    for (const { key, files, merged } of groups) {
      this.merged.set(key, merged);
      this.restored.set(key, files);
    }
  }

  /** A restored group's reports, read from its files, before it changes. */
  private materialise(key: string, reportsOf: (file: string) => readonly T[]) {
    const files = this.restored.get(key);
    if (!files) return;
    this.restored.delete(key);
    const byFile = new Map<string, T[]>();
    for (const file of files)
      byFile.set(
        file,
        reportsOf(file).filter((r) => this.keyOf(r) === key),
      );
    this.reports.set(key, byFile);
  }

  add(file: string, records: readonly T[], reportsOf: (file: string) => readonly T[]) {
    for (const r of records) {
      const key = this.keyOf(r);
      this.materialise(key, reportsOf);
      const byFile = this.reports.get(key) ?? this.reports.set(key, new Map()).get(key)!;
      (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(r);
      this.dirty.add(key);
    }
  }

  remove(file: string, records: readonly T[], reportsOf: (file: string) => readonly T[]) {
    for (const r of records) {
      const key = this.keyOf(r);
      this.materialise(key, reportsOf);
      const byFile = this.reports.get(key);
      if (!byFile?.delete(file)) continue;
      this.dirty.add(key);
      if (!byFile.size) this.reports.delete(key);
    }
  }

  /** Every merged record; only the groups that changed since the last call are merged again. */
  values(): T[] {
    for (const key of this.dirty) {
      const byFile = this.reports.get(key);
      if (!byFile) {
        this.merged.delete(key);
        continue;
      }
      this.merged.set(key, mergeByFile(this.grouping, byFile));
    }
    this.dirty.clear();
    return [...this.merged.values()];
  }

  /** Every group with its files and merged record, in merge order (call values() first). */
  snapshot(): GroupSnapshot<T>[] {
    return [...this.merged].map(([key, merged]) => ({
      key,
      files: this.restored.get(key) ?? [...this.reports.get(key)!.keys()],
      merged,
    }));
  }
}

/** The knowledge table with the files behind each record: what a start from the disk cache restores. */
export interface KnowledgeSnapshot {
  rounds: GroupSnapshot<RoundRecord>[];
  events: GroupSnapshot<EventRecord>[];
}

/**
 * The knowledge table kept up to date file by file: set a file's facts (or null when it is gone), then read the table.
 * Restored from a snapshot, it holds no file's facts: `factsOf` reads a file's facts (as the snapshot was written)
 * when a change needs them: the file's own old facts, or those of the other files reporting a round it touches.
 */
export class KnowledgeBuilder {
  private facts = new Map<string, ArticleFacts>();
  private rounds = new Groups(roundGrouping);
  private events = new Groups(eventGrouping);
  /** Files of the snapshot whose facts were not read yet. */
  private unread = new Set<string>();
  private factsOf: (file: string) => ArticleFacts | null = () => null;

  static restore(snapshot: KnowledgeSnapshot, files: Iterable<string>, factsOf: (file: string) => ArticleFacts | null) {
    const builder = new KnowledgeBuilder();
    builder.rounds.restore(snapshot.rounds);
    builder.events.restore(snapshot.events);
    builder.unread = new Set(files);
    builder.factsOf = factsOf;
    return builder;
  }

  /** A file's facts as held: read from the snapshot the first time they are needed. */
  private held(file: string): ArticleFacts | undefined {
    if (this.unread.delete(file)) {
      const facts = this.factsOf(file);
      if (facts) this.facts.set(file, facts);
    }
    return this.facts.get(file);
  }

  private readonly roundsOf = (file: string) => this.held(file)?.rounds ?? [];
  private readonly eventsOf = (file: string) => this.held(file)?.events ?? [];

  set(file: string, facts: ArticleFacts | null) {
    const old = this.held(file);
    if (old === facts) return;
    if (old) {
      this.rounds.remove(file, old.rounds, this.roundsOf);
      this.events.remove(file, old.events, this.eventsOf);
      this.facts.delete(file);
    }
    if (facts) {
      // Held until the file changes (every file's, while a first build reads the corpus): equal evidence as one object.
      shareEvidence(facts);
      this.facts.set(file, facts);
      this.rounds.add(file, facts.rounds, this.roundsOf);
      this.events.add(file, facts.events, this.eventsOf);
    }
  }

  table(): KnowledgeTable {
    return { rounds: this.rounds.values().sort(compareRounds), events: this.events.values().sort(compareEvents) };
  }

  /** The merged table with the files behind each record, for the disk cache. */
  snapshot(): KnowledgeSnapshot {
    this.rounds.values();
    this.events.values();
    return { rounds: this.rounds.snapshot(), events: this.events.snapshot() };
  }
}

export function mergeFacts(perArticle: ArticleFacts[]): KnowledgeTable {
  const builder = new KnowledgeBuilder();
  // Keyed by position: two articles may share an id (same name in two folders) and must both count.
  perArticle.forEach((facts, i) => {
    builder.set(String(i).padStart(9, '0'), facts);
  });
  return builder.table();
}

export function buildKnowledge(corpus: Corpus): KnowledgeTable {
  return mergeFacts(corpus.articles.map(extractArticle));
}
