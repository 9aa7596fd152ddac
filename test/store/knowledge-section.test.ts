// The merged knowledge table as the cache keeps it: written once per distinct evidence, read back equal.
import { describe, expect, it } from 'vitest';
import type { KnowledgeSnapshot } from '../../src/knowledge/index.js';
import { CorpusStore, decodeKnowledge, encodeKnowledge } from '../../src/store/index.js';

async function seedSnapshot(): Promise<KnowledgeSnapshot> {
  const lib = await new CorpusStore('seeds').load();
  const files = lib.corpus.articles.map((a) => a.file);
  return {
    rounds: lib.knowledge.rounds.map((r, i) => ({ key: r.id, files: [files[i % files.length]!], merged: r })),
    events: lib.knowledge.events.map((e, i) => ({ key: e.id, files: files.slice(0, 1 + (i % 2)), merged: e })),
  };
}

describe('the knowledge section', () => {
  it('reads back exactly what was written, each distinct evidence written once', async () => {
    const snapshot = await seedSnapshot();
    const files = [...new Set(snapshot.rounds.flatMap((g) => g.files))];
    const text = encodeKnowledge(snapshot, new Map(files.map((f, i) => [f, i])));
    expect(JSON.stringify(decodeKnowledge(text, files))).toBe(JSON.stringify(snapshot));
    const written = JSON.parse(text) as { evidence: unknown[] };
    const cited = JSON.stringify(snapshot).split('"quote":').length - 1;
    expect(written.evidence.length).toBeGreaterThan(0);
    expect(written.evidence.length).toBeLessThan(cited);
  });

  it('evidence in a place it does not know is written whole and read back as it was', async () => {
    const snapshot = await seedSnapshot();
    const round = snapshot.rounds[0]!;
    const extra = { ...round.merged, later: { article: 'x', passage: 'x#1', quote: 'A sentence.' } };
    const odd = { rounds: [{ ...round, merged: extra }], events: [] };
    const text = encodeKnowledge(odd, new Map([[round.files[0]!, 0]]));
    expect(text).toContain('"later":{"article":"x","passage":"x#1","quote":"A sentence."}');
    expect(JSON.stringify(decodeKnowledge(text, round.files))).toBe(JSON.stringify(odd));
  });

  it('a table that names a file or evidence the cache does not hold is refused', async () => {
    const snapshot = await seedSnapshot();
    expect(() => encodeKnowledge(snapshot, new Map())).toThrow(/does not hold/);
    const files = [...new Set(snapshot.rounds.flatMap((g) => g.files))];
    const text = encodeKnowledge(snapshot, new Map(files.map((f, i) => [f, i])));
    expect(() => decodeKnowledge(text, [])).toThrow(RangeError);
    const written = JSON.parse(text) as { evidence: unknown[] };
    expect(() => decodeKnowledge(JSON.stringify({ ...written, evidence: [] }), files)).toThrow(RangeError);
  });
});
