// The merged knowledge table as the cache keeps it: written once per distinct evidence, read back equal.
import { describe, expect, it, vi } from 'vitest';
import { type KnowledgeSnapshot, mergeByFile, type RoundRecord, roundGrouping } from '../../src/knowledge/index.js';
import {
  asciiJson,
  CorpusStore,
  decodeKnowledge,
  encodeKnowledge,
  encodeKnowledgeParts,
  PART_BYTES,
  QuoteBytes,
} from '../../src/store/index.js';

/** The section's JSON, before the quotes' bytes. */
const jsonOf = (bytes: Buffer) =>
  JSON.parse(bytes.toString('utf8', 0, bytes.indexOf('\n'))) as { evidence: { quote: unknown[] } };

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
    const written = jsonOf(text);
    const cited = JSON.stringify(snapshot).split('"quote":').length - 1;
    expect(written.evidence.quote.length).toBeGreaterThan(0);
    expect(written.evidence.quote.length).toBeLessThan(cited);
    // Every quote follows the JSON as UTF-8, none is in the JSON.
    expect(written.evidence.quote.every((q) => typeof q === 'number')).toBe(true);
  });

  it('evidence in a place it does not know is written whole and read back as it was', async () => {
    const snapshot = await seedSnapshot();
    const round = snapshot.rounds[0]!;
    const extra = { ...round.merged, later: { article: 'x', passage: 'x#1', quote: 'A sentence.' } };
    const odd = { rounds: [{ ...round, merged: extra }], events: [] };
    const text = encodeKnowledge(odd, new Map([[round.files[0]!, 0]]));
    expect(text.toString()).toContain('"later":{"article":"x","passage":"x#1","quote":"A sentence."}');
    expect(JSON.stringify(decodeKnowledge(text, round.files))).toBe(JSON.stringify(odd));
  });

  it('a table that names a file or evidence the cache does not hold is refused', async () => {
    const snapshot = await seedSnapshot();
    expect(() => encodeKnowledge(snapshot, new Map())).toThrow(/does not hold/);
    const files = [...new Set(snapshot.rounds.flatMap((g) => g.files))];
    const text = encodeKnowledge(snapshot, new Map(files.map((f, i) => [f, i])));
    expect(() => decodeKnowledge(text, [])).toThrow(RangeError);
    const written = jsonOf(text);
    const noEvidence = { ...written, evidence: { article: [], passage: [], quote: [] } };
    expect(() => decodeKnowledge(Buffer.from(`${JSON.stringify(noEvidence)}\n`), files)).toThrow(RangeError);
    // Quotes' bytes cut short, or more of them than the lengths say.
    expect(() => decodeKnowledge(text.subarray(0, text.length - 1), files)).toThrow(RangeError);
    expect(() => decodeKnowledge(Buffer.concat([text, Buffer.from('x')]), files)).toThrow(RangeError);
  });

  it('evidence read back lazily spreads, serialises, compares and lists its keys as plain evidence', async () => {
    const snapshot = await seedSnapshot();
    const round = snapshot.rounds[0]!;
    const plain = { article: 'x', passage: 'x#1', quote: 'Bộ trưởng Quốc phòng hai nước đồng chủ trì.' };
    // A lone surrogate cannot be written as UTF-8: that quote goes in the JSON, and still comes back as it was.
    const odd = { article: 'y', passage: 'y#2', quote: 'broken \ud800 quote' };
    const merged = { ...round.merged, sources: [plain, odd] };
    const written = { rounds: [{ ...round, merged }], events: [] };
    const bytes = encodeKnowledge(written, new Map([[round.files[0]!, 0]]));
    const read = decodeKnowledge(bytes, round.files).rounds[0]!.merged as unknown as {
      sources: Record<string, string>[];
    };
    const [lazy, inline] = read.sources as [Record<string, string>, Record<string, string>];
    expect(Object.keys(lazy)).toEqual(['article', 'passage', 'quote']);
    expect({ ...lazy }).toEqual(plain);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
    expect(inline).toEqual(odd);
    lazy.quote = 'Một câu khác.';
    expect(lazy).toEqual({ ...plain, quote: 'Một câu khác.' });
  });

  it('a table read back is merged and written again without decoding a quote, to the same bytes', async () => {
    const snapshot = await seedSnapshot();
    const files = [...new Set([...snapshot.rounds, ...snapshot.events].flatMap((g) => g.files))];
    const positions = new Map(files.map((f, i) => [f, i]));
    const bytes = encodeKnowledge(snapshot, positions);
    const read = decodeKnowledge(bytes, files);
    const decoded = vi.spyOn(QuoteBytes.prototype, 'text');
    try {
      expect(encodeKnowledge(read, positions).equals(bytes)).toBe(true);
      // Two reports of a round from the table: their evidence is kept once each, found without its text.
      const rounds = read.rounds.map((g) => g.merged as RoundRecord);
      const [a, b] = [rounds[0]!, rounds[1]!];
      const merge = (...reports: RoundRecord[]) =>
        mergeByFile(roundGrouping, new Map(reports.map((r, i) => [`f${i}`, [r]])));
      const merged = merge(a, { ...b, partner: a.partner, mechanism: a.mechanism });
      expect(decoded).not.toHaveBeenCalled();
      expect(merged.sources).toEqual([...new Set([...a.sources, ...b.sources])]);
      // Same passage, another object with the same quote: that one is compared by its text, and kept once.
      const copy = { ...a.sources[0]! };
      decoded.mockClear();
      const again = merge(a, { ...a, sources: [copy] });
      expect(decoded).toHaveBeenCalled();
      expect(again.sources).toEqual(a.sources);
    } finally {
      decoded.mockRestore();
    }
    // A quote assigned anew is written as the new text, not the bytes it was read from.
    const lazy = (read.rounds[0]!.merged as RoundRecord).sources[0]!;
    lazy.quote = 'Một câu khác hẳn.';
    const again = decodeKnowledge(encodeKnowledge(read, positions), files);
    expect((again.rounds[0]!.merged as RoundRecord).sources[0]!.quote).toBe('Một câu khác hẳn.');
  });

  it('a table larger than a part is written in parts that make the same bytes as its whole JSON and quotes', async () => {
    const snapshot = await seedSnapshot();
    const round = snapshot.rounds[0]!;
    // Thousands of rounds with evidence of their own: several megabytes of JSON and quotes.
    const quote = (i: number) => `Hai bên nhất trí tăng cường hợp tác an ninh biển, lần thứ ${i}. `.repeat(4);
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...round,
      key: `${round.key}-${i}`,
      merged: { ...round.merged, sources: [{ article: `a${i}`, passage: `a${i}#1`, quote: quote(i) }] },
    }));
    const big = { rounds: many, events: snapshot.events };
    const files = [...new Set([...big.rounds, ...big.events].flatMap((g) => g.files))];
    const positions = new Map(files.map((f, i) => [f, i]));
    const parts = [...encodeKnowledgeParts(big, positions)];
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((p) => p.length < 2 * PART_BYTES)).toBe(true);
    const bytes = Buffer.concat(parts);
    // The JSON before the quotes is exactly what one asciiJson of the whole table writes.
    const json = bytes.toString('latin1', 0, bytes.indexOf('\n'));
    expect(asciiJson(JSON.parse(json))).toBe(json);
    expect(JSON.stringify(decodeKnowledge(bytes, files))).toBe(JSON.stringify(big));
  });
});
