/**
 * One file's facts in the form a first build's knowledge table keeps them until the merge (./packed-knowledge.ts):
 * its distinct evidence objects, and per group key (a round, an event) the JSON text of the file's reports there, each
 * evidence cited by its number in the file's list. A worker thread that read the file makes it (./read-worker.ts) and
 * posts it instead of the facts: the main thread, which finishes last in a cold start, then neither rebuilds the
 * facts' objects from the message nor walks and serialises them again; it only copies the texts and numbers.
 *
 * The texts are ASCII JSON (./ascii-json.ts: every other character escaped, a few names and titles a report): at the
 * merge, the last step of a cold start, they are then read as Latin-1 (a copy) and parsed as one-byte text, where as
 * UTF-8 with Vietnamese every report was decoded, and parsed, as two-byte text. Escaping costs the read little, and
 * halves what a message carries (one-byte strings). Measured (cachegrind): the merge of a 10,000-article cold start's
 * reports 1,805 to 1,638 million instructions; packing 2,000 articles' facts 672 to 677 million.
 *
 * Example: a file reporting round 13 of the Romania dialogue twice gives
 * `{ evidence: [e0, e1], rounds: [["ro-…#13", '[{"id":"ro-…","sources":[0],…},{…"sources":[1]…}]']], events: [] }`.
 */
import {
  type ArticleFacts,
  type Evidence,
  eventGrouping,
  type Grouping,
  evidenceSharer,
  roundGrouping,
} from '../knowledge/index.js';
import { asciiJson } from './ascii-json.js';
import { mapCitations } from './knowledge-section.js';
import { isEvidence } from './lazy-quote.js';

export interface PackedFacts {
  /** Distinct within the file (equal evidence is one object), in the order first cited. */
  evidence: Evidence[];
  /** [group key, JSON of the file's reports under it], in the order keys are first met in the file. */
  rounds: [string, string][];
  events: [string, string][];
}

/**
 * The packed form of `facts` (left as they are). Equal evidence is one number, as KnowledgeBuilder makes it one object
 * (../knowledge/share-evidence.ts); the numbering follows the citations in order: rounds then events, each group in
 * the order first met.
 */
export function packFacts(facts: ArticleFacts): PackedFacts {
  const evidence: Evidence[] = [];
  const numbers = new Map<Evidence, number>();
  const shared = evidenceSharer();
  const cite = (value: unknown) => {
    if (!isEvidence(value)) return value;
    let n = numbers.get(value);
    if (n === undefined) {
      // An equal object cited before has its number already.
      const first = shared(value);
      n = first === value ? evidence.push(value) - 1 : numbers.get(first)!;
      numbers.set(value, n);
    }
    return n;
  };
  const rounds = groupTexts(roundGrouping, facts.rounds, cite);
  const events = groupTexts(eventGrouping, facts.events, cite);
  return { evidence, rounds, events };
}

function groupTexts<T extends object>(
  grouping: Grouping<T>,
  records: readonly T[],
  cite: (value: unknown) => unknown,
): [string, string][] {
  const byKey = new Map<string, T[]>();
  for (const record of records) {
    const key = grouping.keyOf(record);
    const same = byKey.get(key);
    if (same) same.push(record);
    else byKey.set(key, [record]);
  }
  const out: [string, string][] = [];
  for (const [key, reports] of byKey)
    out.push([key, asciiJson(reports.map((r) => mapCitations(r as Record<string, unknown>, cite)))]);
  return out;
}
