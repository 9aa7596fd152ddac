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
      else if (same.includes(e) || quotedIn(same, e)) continue;
      else same.push(e);
      this.items.push(e);
    }
  }
}

/** Reports by status, best first (the sort is stable: ties keep file order). */
const byStatus = (a: RoundRecord, b: RoundRecord) => STATUS_RANK[b.status] - STATUS_RANK[a.status];

function quotedIn(list: readonly Evidence[], e: Evidence): boolean {
  for (const x of list) if (sameQuote(x, e)) return true;
  return false;
}

/**
 * One round from all its reports. The best-attested report leads (held, then mentioned, then planned; ties in file
 * order): its venue and co-chairs stand, the others add what it lacks. The date is the best-scored one of all.
 *
 * The work is split in a few small methods (RoundMerge) rather than one function of closures: at the end of a cold
 * start every round is merged at once in code not yet optimised, and V8 compiled the one function three times (each a
 * deopt on a new shape of report) at 80-90 ms each. Measured (cachegrind, V8 compiling on the main thread) on the
 * merge of a 10,000-article cold start's packed reports (src/store/packed-knowledge.ts), run once as a cold start
 * runs it: 2,310 to 1,904 million instructions, the same snapshot.
 */
export function mergeRoundReports(reports: readonly RoundRecord[]): RoundRecord {
  const ordered = [...reports].sort(byStatus);
  const lead = ordered[0]!;
  const round = new RoundMerge(lead);
  for (const report of ordered) {
    round.cite(report);
    if (report !== lead) round.addValues(report);
  }
  return round.finish(ordered);
}

/** A round's merge in progress: its reports are given in order, the lead first. */
class RoundMerge {
  readonly merged: RoundRecord;
  private readonly sources = new EvidenceList();
  private readonly evidence = new Map<string, EvidenceList>();
  private readonly conflicts = new Map<string, Map<string, { value: string; evidence: Evidence }>>();
  private dated: RoundRecord;

  constructor(private readonly lead: RoundRecord) {
    this.merged = {
      ...lead,
      venues: [...lead.venues],
      coChairs: [...lead.coChairs],
      topics: [...lead.topics],
      agreements: [...lead.agreements],
    };
    this.dated = lead;
  }

  /** One source per disputed value is enough to show the dispute; every source is in the round's sources. */
  private conflict(field: string, value: string, e: Evidence): void {
    let byValue = this.conflicts.get(field);
    if (!byValue) this.conflicts.set(field, (byValue = new Map()));
    if (!byValue.has(value)) byValue.set(value, { value, evidence: e });
  }

  /** Every report's sources, evidence by field and conflicts. */
  cite(report: RoundRecord): void {
    this.sources.add(report.sources);
    const fields = report.evidence;
    for (const field of Object.keys(fields)) {
      let list = this.evidence.get(field);
      if (!list) this.evidence.set(field, (list = new EvidenceList()));
      list.add(fields[field]!);
    }
    const conflicts = report.conflicts;
    if (conflicts)
      for (const field of Object.keys(conflicts))
        for (const c of conflicts[field]!) this.conflict(field, c.value, c.evidence);
  }

  /**
   * A report other than the lead: its date if better, what the lead lacks. A held round is dated by its own reports;
   * an article that only mentions it (an analysis, "the fourth by video link in December 2020") dates it only to the
   * day, never coarser than what its report may tell.
   */
  addValues(report: RoundRecord): void {
    const merged = this.merged;
    const mayDate = this.lead.status !== 'held' || report.status === 'held' || report.datePrecision === 'day';
    if (mayDate && dateScore(report) > dateScore(this.dated)) this.dated = report;
    if (!merged.venues.length && report.venues.length) {
      merged.venues = [...report.venues];
      merged.format = report.format;
    } else if (report.venues.length && report.venues.join() !== merged.venues.join() && report.evidence.venues?.[0]) {
      this.conflict('venues', report.venues.join(', '), report.evidence.venues[0]);
    }
    merged.format ??= report.format;
    for (const c of report.coChairs) if (!hasChair(merged.coChairs, c)) merged.coChairs.push(c);
    for (const t of report.topics) if (!merged.topics.includes(t)) merged.topics.push(t);
    for (const g of report.agreements) if (!hasAgreement(merged.agreements, g)) merged.agreements.push(g);
  }

  /** The merged round once every report is in. */
  finish(ordered: readonly RoundRecord[]): RoundRecord {
    const merged = this.merged;
    let dated = this.dated;
    // A finer date that falls inside the chosen one refines it ("2024-08" stated, "2024-08-01" worked out from "on Thursday").
    const finer = ordered.find((r) => r.date && !r.dateOnOrBefore && dated.date && r.date.startsWith(`${dated.date}-`));
    if (finer && !dated.dateOnOrBefore) dated = finer;
    merged.date = dated.date;
    merged.datePrecision = dated.datePrecision;
    merged.dateInferred = dated.dateInferred;
    merged.dateOnOrBefore = dated.dateOnOrBefore;
    // Reports that put the round in different years are a conflict worth showing, each year with its source.
    if (yearsDiffer(ordered))
      for (const r of ordered) if (r.date && r.evidence.date?.[0]) this.conflict('date', r.date, r.evidence.date[0]);
    merged.sources = this.sources.items;
    merged.evidence = {};
    for (const [field, list] of this.evidence) setOwn(merged.evidence, field, list.items);
    // The chosen date's own sentence leads its evidence.
    if (dated.evidence.date?.length)
      merged.evidence.date = [...new Set([...dated.evidence.date, ...(merged.evidence.date ?? [])])];
    if (this.conflicts.size)
      merged.conflicts = Object.fromEntries(
        [...this.conflicts].map(([field, byValue]) => [field, [...byValue.values()]]),
      );
    else delete merged.conflicts;
    merged.id = roundId(merged.partner, merged.mechanism, merged.round, merged.date);
    return merged;
  }
}

/** Whether the reports dated put the round in more than one year. */
function yearsDiffer(reports: readonly RoundRecord[]): boolean {
  let first: string | undefined;
  for (const r of reports) {
    const year = r.date?.slice(0, 4);
    if (year === undefined) continue;
    if (first === undefined) first = year;
    else if (year !== first) return true;
  }
  return false;
}

/** record[key] = value as Object.fromEntries sets it: an own property, even for the key "__proto__". */
function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

function hasChair(chairs: readonly RoundRecord['coChairs'][number][], c: RoundRecord['coChairs'][number]): boolean {
  for (const x of chairs) if (x.name === c.name || x.side === c.side) return true;
  return false;
}

function hasAgreement(
  agreements: readonly RoundRecord['agreements'][number][],
  g: RoundRecord['agreements'][number],
): boolean {
  for (const x of agreements) if (x.original === g.original) return true;
  return false;
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
