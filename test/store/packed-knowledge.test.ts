// A first build keeps every file's reports as text until the last file is read (src/store/packed-knowledge.ts): the
// snapshot it merges from them must be KnowledgeBuilder's for the same files (the same records, the same files behind
// each, in the same order, the same section bytes in the cache), whatever order the files come in.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/generate.js';
import {
  type ArticleFacts,
  extractArticle,
  KnowledgeBuilder,
  type KnowledgeSnapshot,
} from '../../src/knowledge/index.js';
import { encodeKnowledge, LazyEvidence, PackedKnowledge, packFacts } from '../../src/store/index.js';
import { libraryOf } from '../helpers/library.js';

const DEVSET = '../shared/devset/articles';
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Each file's facts, extracted anew (twice: the two builders share evidence in place). */
async function factsOf(dir: string): Promise<() => [string, ArticleFacts][]> {
  const { corpus } = await libraryOf(dir);
  return () => corpus.articles.map((a) => [a.file, extractArticle(a)]);
}

/** The distinct evidence objects a snapshot cites. */
function evidenceObjects(snapshot: KnowledgeSnapshot): Set<object> {
  const seen = new Set<object>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node && typeof node === 'object') {
      const r = node as Record<string, unknown>;
      if (typeof r.passage === 'string' && typeof r.quote === 'string') seen.add(r);
      else for (const value of Object.values(r)) visit(value);
    }
  };
  visit([snapshot.rounds.map((g) => g.merged), snapshot.events.map((g) => g.merged)]);
  return seen;
}

/** A spill in memory, as the file beside the cache keeps it: what was put aside, and how often it was read. */
function memorySpill() {
  let bytes = Buffer.alloc(0);
  const spill = {
    puts: 0,
    gets: 0,
    put(part: Uint8Array) {
      spill.puts++;
      bytes = Buffer.concat([bytes, part]);
      return bytes.length - part.length;
    },
    get(at: number, into: Uint8Array) {
      spill.gets++;
      bytes.copy(into, 0, at, at + into.length);
    },
  };
  return spill;
}

function bothWays(
  files: [string, ArticleFacts][],
  again: [string, ArticleFacts][],
  spill = memorySpill(),
  chunk?: number,
) {
  const builder = new KnowledgeBuilder();
  for (const [file, facts] of files) builder.set(file, facts);
  const packed = new PackedKnowledge(spill, chunk);
  for (const [file, facts] of again) packed.add(file, facts);
  return { expected: builder.snapshot(), actual: packed.snapshot() };
}

function expectSame(files: () => [string, ArticleFacts][], order: (list: [string, ArticleFacts][]) => typeof list) {
  const { expected, actual } = bothWays(order(files()), order(files()));
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  const positions = new Map(files().map(([file], i) => [file, i]));
  expect(encodeKnowledge(actual, positions).equals(encodeKnowledge(expected, positions))).toBe(true);
  // Equal evidence within a file stays one object, as KnowledgeBuilder shares it.
  const cited = evidenceObjects(actual);
  expect(cited.size).toBe(evidenceObjects(expected).size);
  // Their quotes are kept as bytes, as after a start from the cache.
  expect([...cited].every((e) => e instanceof LazyEvidence)).toBe(true);
  return expected;
}

describe('a first build’s reports kept as text', () => {
  it('merge into KnowledgeBuilder’s snapshot: seeds and a round reported by several files', async () => {
    let events = 0;
    for (const dir of ['seeds', 'test/fixtures/shared-round', 'test/fixtures/two-mechanisms']) {
      const files = await factsOf(dir);
      const expected = expectSame(files, (list) => list);
      expect(expected.rounds.length).toBeGreaterThan(0);
      events += expected.events.length;
    }
    expect(events).toBeGreaterThan(0);
    // Several files behind one round: the merge order is the files', not the order they were added in.
    const shared = expectSame(await factsOf('test/fixtures/shared-round'), (list) => list.reverse());
    expect(shared.rounds.some((g) => g.files.length > 1)).toBe(true);
  });

  it('merge into KnowledgeBuilder’s snapshot: generated articles reporting rounds several times', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-packed-'));
    folders.push(dir);
    writeCorpus(dir, generateCorpus({ articles: 300, seed: 5 }));
    const files = await factsOf(dir);
    const expected = expectSame(files, (list) => list);
    expect(expected.rounds.some((g) => g.files.length >= 3)).toBe(true);
    // Conflicting reports are kept with their sources, as the merge keeps them.
    expect(expected.rounds.some((g) => g.merged.conflicts)).toBe(true);
    expectSame(files, (list) => [...list.slice(150), ...list.slice(0, 150)]);
    // The reports' text put aside, in chunks of 4 KB, and read back: the same snapshot.
    const spill = memorySpill();
    const { expected: kept, actual } = bothWays(files(), files(), spill, 4096);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(kept));
    expect(spill.puts).toBeGreaterThan(0);
    expect(spill.gets).toBeGreaterThan(0);
  });

  it('merge the same from facts packed by a worker thread and sent in a message (structured clone)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-packed-'));
    folders.push(dir);
    writeCorpus(dir, generateCorpus({ articles: 120, seed: 9 }));
    const files = await factsOf(dir);
    const builder = new KnowledgeBuilder();
    for (const [file, facts] of files()) builder.set(file, facts);
    const packed = new PackedKnowledge(memorySpill(), 4096);
    // Half the files packed and cloned (as a worker sends them), half added as objects (as the main thread reads them).
    files().forEach(([file, facts], i) => {
      if (i % 2 === 0) packed.addPacked(file, structuredClone(packFacts(facts)));
      else packed.add(file, facts);
    });
    const expected = builder.snapshot();
    const actual = packed.snapshot();
    expect(expected.rounds.some((g) => g.files.length >= 2)).toBe(true);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    const positions = new Map(files().map(([file], i) => [file, i]));
    expect(encodeKnowledge(actual, positions).equals(encodeKnowledge(expected, positions))).toBe(true);
    expect(evidenceObjects(actual).size).toBe(evidenceObjects(expected).size);
  });

  it('keep the reports as ASCII JSON, read back as UTF-8 JSON would be (seeds, a shared round)', async () => {
    let escaped = 0;
    for (const dir of ['seeds', 'test/fixtures/shared-round']) {
      const files = await factsOf(dir);
      for (const [, facts] of files()) {
        for (const [, text] of [...packFacts(facts).rounds, ...packFacts(facts).events]) {
          expect(Buffer.byteLength(text, 'utf8')).toBe(text.length);
          if (text.includes('\\u')) escaped++;
        }
      }
      // The same facts packed with their texts as plain JSON (UTF-8 in the arena, every report decoded as such) and
      // as ASCII JSON (read as Latin-1) merge into the same snapshot.
      const plain = new PackedKnowledge(memorySpill(), 4096);
      const ascii = new PackedKnowledge(memorySpill(), 4096);
      for (const [file, facts] of files()) {
        const packed = packFacts(facts);
        const unescaped = (texts: [string, string][]) =>
          texts.map(([key, text]): [string, string] => [key, JSON.stringify(JSON.parse(text))]);
        plain.addPacked(file, { ...packed, rounds: unescaped(packed.rounds), events: unescaped(packed.events) });
      }
      for (const [file, facts] of files()) ascii.addPacked(file, packFacts(facts));
      expect(JSON.stringify(ascii.snapshot())).toBe(JSON.stringify(plain.snapshot()));
    }
    // The seeds' Vietnamese names are in their reports: escaped, not lost.
    expect(escaped).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(DEVSET))('merge into KnowledgeBuilder’s snapshot: the development set', async () => {
    expectSame(await factsOf(DEVSET), (list) => list);
  });
});
