/**
 * The merged knowledge table as the disk cache keeps it (KnowledgeBuilder's snapshot), so a start from the cache merges
 * nothing. Its evidence is written once: at 10,000 articles the table cites 119,000 evidence objects but only 25,000
 * distinct ones (a round's sources repeat its fields' evidence, and every report of a round quotes its lead), and as
 * plain JSON it was 33 MB. Each evidence object is written once in a table, and cited by its number there; files are
 * cited by their position among the cache's records.
 *
 * The quotes, most of the table (at 100,000 articles 48 of its 82 MB, 252,000 sentences, nine in ten of them
 * Vietnamese and so two bytes a character as JavaScript strings), are not decoded at a start: they follow the JSON as
 * raw UTF-8, after a newline, and each evidence object reads its quote from those bytes when asked (./lazy-quote.ts).
 * The JSON is written as ASCII (./ascii-json.ts). The section: `{"evidence":{"article":[…],"passage":[…],"quote":[<byte length>…]},"rounds":[…],"events":[…]}\n<quotes>`.
 * A quote that is not well-formed UTF-16 (a lone surrogate, which UTF-8 cannot carry) is written in the JSON instead.
 */
import { type Evidence, type GroupSnapshot, type KnowledgeSnapshot, sameQuote } from '../knowledge/index.js';
import { asciiJson, asciiJsonArray, jsonText } from './ascii-json.js';
import { isEvidence, LazyEvidence, QuoteBytes } from './lazy-quote.js';
import { Parts } from './parts.js';

interface Written {
  evidence: { article: string[]; passage: string[]; quote: (number | string)[] };
  rounds: [string, number[], unknown][];
  events: [string, number[], unknown][];
}

const NEWLINE = 0x0a;

/**
 * Where a record cites evidence: its sources, each field's evidence, each co-chair's, agreement's and conflict's. A
 * citation is a number there; evidence anywhere else (a field added later) is written whole, and read back as it is.
 */
export function mapCitations<From, To>(
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
  // Object.fromEntries(Object.entries(value).map(…)) without its arrays per field (this runs for every report of a
  // cold start, twice: packed, then merged).
  const byField = (value: unknown, map: (v: unknown) => unknown) => {
    if (!value || typeof value !== 'object') return value;
    const fields = value as Record<string, unknown>;
    const mapped: Record<string, unknown> = {};
    for (const key of Object.keys(fields)) {
      if (key === '__proto__')
        Object.defineProperty(mapped, key, {
          value: map(fields[key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else mapped[key] = map(fields[key]);
    }
    return mapped;
  };
  const out: Record<string, unknown> = { ...record };
  if ('sources' in record) out.sources = list(record.sources);
  if ('evidence' in record) out.evidence = byField(record.evidence, list);
  if ('coChairs' in record) out.coChairs = each(record.coChairs);
  if ('agreements' in record) out.agreements = each(record.agreements);
  if ('conflicts' in record) out.conflicts = byField(record.conflicts, each);
  return out;
}

/**
 * mapCitations on a record that is nobody else's (just parsed from JSON): each citation replaced where it stands,
 * no object or array copied. The same fields in the same order as mapCitations gives. Measured: copying every
 * report at the end of a cold start (its merge) and at a warm start (the table's groups) was most of their garbage.
 */
export function citeInPlace<From, To>(
  record: Record<string, unknown>,
  cite: (e: From) => To | From,
): Record<string, unknown> {
  const to = cite as (e: unknown) => unknown;
  if ('sources' in record) citeList(record.sources, to);
  if ('evidence' in record) citeFields(record.evidence, to, citeList);
  if ('coChairs' in record) citeEach(record.coChairs, to);
  if ('agreements' in record) citeEach(record.agreements, to);
  if ('conflicts' in record) citeFields(record.conflicts, to, citeEach);
  return record;
}

// citeInPlace's steps, functions of their own rather than three closures made at each call: it runs for every report
// of a cold start's merge (16,700 at 10,000 articles). Measured on that merge (cachegrind): 1,908 to 1,805 million
// instructions.
function citeList(value: unknown, cite: (e: unknown) => unknown): void {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = cite(value[i]);
}

function citeEach(value: unknown, cite: (e: unknown) => unknown): void {
  if (!Array.isArray(value)) return;
  for (const item of value)
    if (item && typeof item === 'object' && 'evidence' in item) item.evidence = cite(item.evidence);
}

function citeFields(
  value: unknown,
  cite: (e: unknown) => unknown,
  visit: (v: unknown, cite: (e: unknown) => unknown) => void,
): void {
  if (!value || typeof value !== 'object') return;
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) visit(fields[key], cite);
}

/** Same fields, same values: evidence is flat (strings), so this is its equality. Quotes kept as bytes compare as bytes. */
function sameEvidence(a: Evidence, b: Evidence): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => (k === 'quote' ? sameQuote(a, b) : a[k as keyof Evidence] === b[k as keyof Evidence]))
  );
}

/**
 * The section's bytes, in parts of about a megabyte: the same bytes as one asciiJson of the whole table followed by
 * the quotes, but never held at once. The table was one JSON string (two bytes a character once a Vietnamese venue is
 * in it), its escaped copy and a buffer of the whole section, at the peak of a cold start: 82 MB of section at 100,000
 * articles. The evidence columns come first in the section: the groups are walked once to number their evidence, then
 * each is turned into its JSON only when its turn comes (held all at once until the columns were written, the groups'
 * JSON was 34 MB at 100,000 articles, at the peak of a cold start).
 */
export function* encodeKnowledgeParts(snapshot: KnowledgeSnapshot, positionOf: Map<string, number>): Generator<Buffer> {
  const evidence: Evidence[] = [];
  // Equal evidence objects are one entry, and come back as one shared object. Found by object first (most citations
  // repeat the object itself), then among the evidence of the same passage, with no string made per citation and one
  // list per passage (a map of quotes per passage was tens of megabytes at 100,000 articles, at the peak).
  const byObject = new Map<Evidence, number>();
  const byPassage = new Map<string, number[]>();
  const number = (value: unknown) => {
    if (!isEvidence(value)) return value;
    let n = byObject.get(value);
    if (n !== undefined) return n;
    const candidates = byPassage.get(value.passage) ?? byPassage.set(value.passage, []).get(value.passage)!;
    n = candidates.find((c) => sameEvidence(evidence[c]!, value));
    if (n === undefined) {
      n = evidence.push(value) - 1;
      candidates.push(n);
    }
    byObject.set(value, n);
    return n;
  };
  // Walked in place (each citation written back as it was), not through mapCitations, whose copy of every merged
  // record was thrown away: the same citations in the same order (test/store/cite-in-place.test.ts), so the same
  // numbers. Measured on the table of 2,000 generated articles: the section's encoding went from 393 to 347 million
  // instructions.
  const numbered = (value: unknown) => {
    number(value);
    return value;
  };
  for (const list of [snapshot.rounds, snapshot.events] as GroupSnapshot<object>[][])
    for (const { merged } of list) citeInPlace(merged as Record<string, unknown>, numbered);
  byPassage.clear();
  // Every evidence object is numbered now.
  const cite = (value: unknown) => (isEvidence(value) ? byObject.get(value)! : value);
  // Each group's JSON (Written's tuple), one byte a character.
  const json = ({ key, files, merged }: GroupSnapshot<object>) => {
    const positions = files.map((file) => {
      const position = positionOf.get(file);
      if (position === undefined) throw new Error(`knowledge names a file the cache does not hold: ${file}`);
      return position;
    });
    return Buffer.from(asciiJson([key, positions, mapCitations(merged as Record<string, unknown>, cite)]), 'latin1');
  };
  const columns: Written['evidence'] = { article: [], passage: [], quote: [] };
  for (const e of evidence) {
    columns.article.push(e.article);
    columns.passage.push(e.passage);
    const bytes = LazyEvidence.bytesOf(e);
    columns.quote.push(bytes ? bytes.length : e.quote.isWellFormed() ? Buffer.byteLength(e.quote) : e.quote);
  }
  const parts = new Parts();
  // `{"evidence":{"article":[…],"passage":[…],"quote":[…]},"rounds":[…],"events":[…]}`, as JSON.stringify writes Written.
  for (const [name, prefix] of [
    ['article', '{"evidence":{"article":'],
    ['passage', ',"passage":'],
    ['quote', ',"quote":'],
  ] as const) {
    parts.ascii(prefix);
    for (const text of asciiJsonArray(columns[name])) parts.ascii(text);
    yield* parts.take();
  }
  columns.article = [];
  columns.passage = [];
  for (const [list, prefix] of [
    [snapshot.rounds, '},"rounds":['],
    [snapshot.events, '],"events":['],
  ] as const) {
    parts.ascii(prefix);
    for (let i = 0; i < list.length; i++) {
      if (i > 0) parts.ascii(',');
      parts.add(json(list[i] as GroupSnapshot<object>));
      yield* parts.take();
    }
  }
  byObject.clear();
  parts.ascii(']}\n');
  // The quotes, as UTF-8, in the order of the evidence columns (a quote that is not well-formed is in the JSON).
  for (let i = 0; i < evidence.length; i++) {
    const length = columns.quote[i]!;
    if (typeof length !== 'number') continue;
    const bytes = LazyEvidence.bytesOf(evidence[i]!) ?? Buffer.from(evidence[i]!.quote, 'utf8');
    if (bytes.length !== length) throw new Error('knowledge section: quotes wrote other than their counted bytes');
    parts.add(bytes);
    yield* parts.take();
  }
  parts.cut();
  yield* parts.take();
}

/** The whole section as one buffer (tests, and what the parts must add up to). */
export const encodeKnowledge = (snapshot: KnowledgeSnapshot, positionOf: Map<string, number>): Buffer =>
  Buffer.concat([...encodeKnowledgeParts(snapshot, positionOf)]);

/** The evidence objects of the written columns, each reading its quote from `bytes` (own, not a view on more). */
function evidenceOf(columns: Written['evidence'], bytes: Buffer): Evidence[] {
  const { article, passage, quote } = columns;
  const count = article.length;
  if (!Array.isArray(article) || !Array.isArray(passage) || !Array.isArray(quote))
    throw new RangeError('damaged evidence');
  if (passage.length !== count || quote.length !== count) throw new RangeError('damaged evidence');
  const source = new QuoteBytes(bytes);
  const out: Evidence[] = new Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const q = quote[i]!;
    if (typeof q === 'string') {
      out[i] = { article: article[i]!, passage: passage[i]!, quote: q };
      continue;
    }
    if (!Number.isSafeInteger(q) || q < 0 || at + q > bytes.length) throw new RangeError('damaged evidence');
    out[i] = new LazyEvidence(article[i]!, passage[i]!, source, at, at + q);
    at += q;
  }
  if (at !== bytes.length) throw new RangeError('damaged evidence');
  return out;
}

/**
 * The snapshot from encodeKnowledge's bytes; throws when it does not fit the files (the caller then merges anew).
 * `quotes`: the quotes that follow the JSON, in a buffer of their own (`bytes` then ends with the JSON's newline).
 */
export function decodeKnowledge(bytes: Buffer, files: readonly string[], quotes?: Buffer | null): KnowledgeSnapshot {
  const end = bytes.indexOf(NEWLINE);
  if (end < 0 || (quotes && end !== bytes.length - 1)) throw new RangeError('damaged knowledge section');
  const written = JSON.parse(jsonText(bytes.subarray(0, end))) as Written;
  // Copied out when not given apart: the quotes outlive the start, the rest of the section's bytes need not.
  const evidence = evidenceOf(written.evidence, quotes ?? Buffer.from(bytes.subarray(end + 1)));
  const { rounds, events } = written;
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
      merged: citeInPlace(merged as Record<string, unknown>, cite) as T,
    }));
  return { rounds: restore(rounds), events: restore(events) };
}
