/**
 * The merged knowledge table as the disk cache keeps it (KnowledgeBuilder's snapshot), so a start from the cache merges
 * nothing. Its evidence is written once: at 10,000 articles the table cites 119,000 evidence objects but only 25,000
 * distinct ones (a round's sources repeat its fields' evidence, and every report of a round quotes its lead), and as
 * plain JSON it was 33 MB. Each evidence object is written once in a table, and cited by its number there; files are
 * cited by their position among the cache's records.
 */
import type { Evidence, GroupSnapshot, KnowledgeSnapshot } from '../knowledge/index.js';

interface Written {
  evidence: Evidence[];
  rounds: [string, number[], unknown][];
  events: [string, number[], unknown][];
}

const isEvidence = (value: unknown): value is Evidence =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as { passage?: unknown }).passage === 'string' &&
  typeof (value as { quote?: unknown }).quote === 'string';

/**
 * Where a record cites evidence: its sources, each field's evidence, each co-chair's, agreement's and conflict's. A
 * citation is a number there; evidence anywhere else (a field added later) is written whole, and read back as it is.
 */
function mapCitations<From, To>(
  record: Record<string, unknown>,
  cite: (e: From) => To | From,
): Record<string, unknown> {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(cite) : value);
  const each = (value: unknown) =>
    Array.isArray(value)
      ? value.map((item) =>
          item && typeof item === 'object' && 'evidence' in item ? { ...item, evidence: cite(item.evidence) } : item,
        )
      : value;
  const byField = (value: unknown, map: (v: unknown) => unknown) =>
    value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v)])) : value;
  const out: Record<string, unknown> = { ...record };
  if ('sources' in record) out.sources = list(record.sources);
  if ('evidence' in record) out.evidence = byField(record.evidence, list);
  if ('coChairs' in record) out.coChairs = each(record.coChairs);
  if ('agreements' in record) out.agreements = each(record.agreements);
  if ('conflicts' in record) out.conflicts = byField(record.conflicts, each);
  return out;
}

/** Same fields, same values: evidence is flat (strings), so this is its equality. */
function sameEvidence(a: Evidence, b: Evidence): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k as keyof Evidence] === b[k as keyof Evidence]);
}

export function encodeKnowledge(snapshot: KnowledgeSnapshot, positionOf: Map<string, number>): string {
  const evidence: Evidence[] = [];
  // Equal evidence objects are one entry, and come back as one shared object. Found by object first (most citations
  // repeat the object itself), then by passage and quote, with no string made per citation: the write of a cold
  // start runs at its peak of memory.
  const byObject = new Map<Evidence, number>();
  const byPassage = new Map<string, Map<string, number[]>>();
  const cite = (value: unknown) => {
    if (!isEvidence(value)) return value;
    let n = byObject.get(value);
    if (n !== undefined) return n;
    const byQuote = byPassage.get(value.passage) ?? byPassage.set(value.passage, new Map()).get(value.passage)!;
    const candidates = byQuote.get(value.quote) ?? byQuote.set(value.quote, []).get(value.quote)!;
    n = candidates.find((c) => sameEvidence(evidence[c]!, value));
    if (n === undefined) {
      n = evidence.push(value) - 1;
      candidates.push(n);
    }
    byObject.set(value, n);
    return n;
  };
  const groups = (list: GroupSnapshot<object>[]) =>
    list.map(({ key, files, merged }): [string, number[], unknown] => [
      key,
      files.map((file) => {
        const position = positionOf.get(file);
        if (position === undefined) throw new Error(`knowledge names a file the cache does not hold: ${file}`);
        return position;
      }),
      mapCitations(merged as Record<string, unknown>, cite),
    ]);
  const written: Written = { evidence, rounds: groups(snapshot.rounds), events: groups(snapshot.events) };
  return JSON.stringify(written);
}

/** The snapshot from encodeKnowledge's text; throws when it does not fit the files (the caller then merges anew). */
export function decodeKnowledge(text: string, files: readonly string[]): KnowledgeSnapshot {
  const { evidence, rounds, events } = JSON.parse(text) as Written;
  const cite = (n: unknown) => {
    if (typeof n !== 'number') return n;
    const cited = evidence[n];
    if (!cited) throw new RangeError(`evidence ${n} is not in the table`);
    return cited;
  };
  const restore = <T>(list: [string, number[], unknown][]): GroupSnapshot<T>[] =>
    list.map(([key, positions, merged]) => ({
      key,
      files: positions.map((p) => {
        const file = files[p];
        if (file === undefined) throw new RangeError(`file ${p} is not in the cache`);
        return file;
      }),
      merged: mapCitations(merged as Record<string, unknown>, cite) as T,
    }));
  return { rounds: restore(rounds), events: restore(events) };
}
