/**
 * The merged knowledge table as the disk cache keeps it (KnowledgeBuilder's snapshot), so a start from the cache merges
 * nothing. Its evidence is written once: at 10,000 articles the table cites 119,000 evidence objects but only 25,000
 * distinct ones (a round's sources repeat its fields' evidence, and every report of a round quotes its lead), and as
 * plain JSON it was 33 MB. Each evidence object is written once in a table, and cited as {"@": n}; files are cited by
 * their position among the cache's records.
 */
import type { GroupSnapshot, KnowledgeSnapshot } from '../knowledge/index.js';

interface Written {
  evidence: unknown[];
  rounds: [string, number[], unknown][];
  events: [string, number[], unknown][];
}

const isEvidence = (value: unknown): value is { passage: string; quote: string } =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as { passage?: unknown }).passage === 'string' &&
  typeof (value as { quote?: unknown }).quote === 'string';

export function encodeKnowledge(snapshot: KnowledgeSnapshot, positionOf: Map<string, number>): string {
  const evidence: unknown[] = [];
  // Keyed by content: equal evidence objects are one entry, and come back as one shared object.
  const numbered = new Map<string, number>();
  const cite = (_key: string, value: unknown) => {
    if (!isEvidence(value)) return value;
    const content = JSON.stringify(value);
    let n = numbered.get(content);
    if (n === undefined) {
      n = evidence.push(value) - 1;
      numbered.set(content, n);
    }
    return { '@': n };
  };
  const groups = (list: GroupSnapshot<unknown>[]) =>
    list.map(({ key, files, merged }): [string, number[], unknown] => [
      key,
      files.map((file) => {
        const position = positionOf.get(file);
        if (position === undefined) throw new Error(`knowledge names a file the cache does not hold: ${file}`);
        return position;
      }),
      merged,
    ]);
  const body = JSON.stringify({ rounds: groups(snapshot.rounds), events: groups(snapshot.events) }, cite);
  return `{"evidence":${JSON.stringify(evidence)},"groups":${body}}`;
}

/** The snapshot from encodeKnowledge's text; throws when it does not fit the files (the caller then merges anew). */
export function decodeKnowledge(text: string, files: readonly string[]): KnowledgeSnapshot {
  const { evidence, groups } = JSON.parse(text) as { evidence: unknown[]; groups: Omit<Written, 'evidence'> };
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = resolve(node[i]);
      return node;
    }
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    const cited = record['@'];
    if (typeof cited === 'number') {
      if (!(cited in evidence)) throw new RangeError(`evidence ${cited} is not in the table`);
      return evidence[cited];
    }
    for (const key in record) record[key] = resolve(record[key]);
    return record;
  };
  const restore = <T>(list: [string, number[], unknown][]): GroupSnapshot<T>[] =>
    list.map(([key, positions, merged]) => ({
      key,
      files: positions.map((p) => {
        const file = files[p];
        if (file === undefined) throw new RangeError(`file ${p} is not in the cache`);
        return file;
      }),
      merged: resolve(merged) as T,
    }));
  return { rounds: restore(groups.rounds), events: restore(groups.events) };
}
