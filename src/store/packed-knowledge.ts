/**
 * The knowledge table of a first build while its files are read (./cold-build.ts). A round's merge needs every report
 * of it, in file order (../knowledge/merge.ts), so every file's reports are kept until the last file is read; here
 * they are kept as UTF-8 JSON, one text per group and file, with their evidence cited by number in one list of
 * evidence objects (those stay objects: the merged table cites them all, and their quotes are kept as UTF-8 bytes, as
 * after a start from the cache). At the end the groups are merged one at a time, each from its texts parsed again,
 * into the snapshot KnowledgeBuilder would make of the same files.
 *
 * Why: held as objects (records, arrays, small objects, their property stores and hidden classes) the reports were
 * about 28 MB of a 10,000-article cold start's heap at the end of the read, and some 280 MB at 100,000, where that
 * high-water mark of the heap, with the search index's arrays on top of it, made the cold start's peak. As text they
 * are about 11 MB at 10,000. Measured at 10,000 (live heap + external memory after a full collection, at the end of
 * the read): 83 MB with the reports as objects, 69 MB as text, 67 MB with the quotes as bytes too.
 *
 * Example: a file reporting round 13 of the Romania dialogue twice keeps `[{"id":"ro-…","sources":[0],…},{…}]` under
 * that round's key, where 0 is the number of its first evidence object.
 */
import {
  type ArticleFacts,
  type EventRecord,
  type Evidence,
  eventGrouping,
  type GroupSnapshot,
  type Grouping,
  type KnowledgeSnapshot,
  type RoundRecord,
  roundGrouping,
} from '../knowledge/index.js';
import { type PackedFacts, packFacts } from './packed-facts.js';
import type { ChunkSpill } from '../search/index.js';
import { jsonText } from './ascii-json.js';
import { citeInPlace } from './knowledge-section.js';
import { LazyEvidence, QuoteBytes } from './lazy-quote.js';

/**
 * Texts written one after another into buffers of a megabyte, rather than a buffer (and a heap object) each. With a
 * spill (the file beside the cache that the index's chunks go to, ./cold-build.ts), each full buffer is put aside
 * there and the one buffer is written again: the texts then hold no memory while the files are read, and none is left
 * for the allocator to keep once they are let go (each text read back from the file at the merge).
 */
const CHUNK_BYTES = 1 << 20;

class TextArena {
  /** The full buffers: in memory, or their offset in the spill. The buffer being written is the next one. */
  private chunks: (Buffer | number)[] = [];
  private current: Buffer | null = null;
  private used = 0;
  /** Where a text put aside is read back into. */
  private scratch = Buffer.alloc(0);

  constructor(
    private readonly spill: ChunkSpill | null = null,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {}

  /** Stores the text; returns where it lies: chunk, start, byte length. */
  put(text: string): [number, number, number] {
    const length = Buffer.byteLength(text, 'utf8');
    if (!this.current || this.used + length > this.current.length) this.next(length);
    const start = this.used;
    this.current!.write(text, start, length, 'utf8');
    this.used += length;
    return [this.chunks.length, start, length];
  }

  /** The buffer written is full: put aside (its memory written again) or kept, and a buffer for `length` more bytes. */
  private next(length: number): void {
    const full = this.current;
    this.current = null;
    if (full) {
      const at = this.spill ? this.spill.put(full.subarray(0, this.used)) : -1;
      this.chunks.push(at >= 0 ? at : full);
      if (at >= 0 && length <= full.length) this.current = full;
    }
    this.current ??= Buffer.allocUnsafeSlow(Math.max(this.chunkBytes, length));
    this.used = 0;
  }

  /** A text put: read as Latin-1 (a copy, a one-byte string) when its bytes are ASCII (./packed-facts.ts), else UTF-8. */
  text(chunk: number, start: number, length: number): string {
    const held = chunk === this.chunks.length ? this.current! : this.chunks[chunk]!;
    let bytes: Buffer;
    if (typeof held !== 'number') bytes = held.subarray(start, start + length);
    else {
      if (this.scratch.length < length) this.scratch = Buffer.allocUnsafe(Math.max(length, 1 << 16));
      bytes = this.scratch.subarray(0, length);
      this.spill!.get(held + start, bytes);
    }
    return jsonText(bytes);
  }

  /**
   * The texts at `places` (chunk, start, length, and one number more each, skipped) as one JSON array of them:
   * `[text0,text1,…]`, decoded at once. Each text is a complete UTF-8 encoding, so this is the texts' decodings joined.
   */
  array(places: readonly number[]): string {
    let length = 1;
    for (let at = 0; at < places.length; at += 4) length += places[at + 2]! + 1;
    if (this.scratch.length < length) this.scratch = Buffer.allocUnsafe(Math.max(length, 1 << 16));
    const into = this.scratch;
    let end = 0;
    for (let at = 0; at < places.length; at += 4) {
      into[end++] = at === 0 ? 0x5b : 0x2c;
      const chunk = places[at]!;
      const start = places[at + 1]!;
      const size = places[at + 2]!;
      const held = chunk === this.chunks.length ? this.current! : this.chunks[chunk]!;
      if (typeof held === 'number') this.spill!.get(held + start, into.subarray(end, end + size));
      else held.copy(into, end, start, start + size);
      end += size;
    }
    into[end++] = 0x5d;
    return into.toString('utf8', 0, end);
  }

  /** The bytes of a chunk kept in memory (an arena with no spill). */
  bytes(chunk: number): Buffer {
    const held = chunk === this.chunks.length ? this.current : this.chunks[chunk];
    if (!held || typeof held === 'number') throw new RangeError('arena chunk put aside');
    return held;
  }

  clear(): void {
    this.chunks = [];
    this.current = null;
    this.used = 0;
  }
}

/**
 * One kind of record (rounds or events): per group key, the files reporting it and where their reports' text lies,
 * with the number of the file's first evidence object (the text cites the file's evidence from 0).
 */
class PackedGroups<T extends object> {
  /** In the order keys were first met (the merged table's order, as KnowledgeBuilder's). */
  private groups = new Map<string, { files: string[]; places: number[] }>();

  constructor(
    private readonly grouping: Grouping<T>,
    private readonly arena: TextArena,
  ) {}

  add(file: string, texts: readonly [string, string][], firstEvidence: number): void {
    for (const [key, text] of texts) {
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = { files: [], places: [] }));
      group.files.push(file);
      const [chunk, start, length] = this.arena.put(text);
      group.places.push(chunk, start, length, firstEvidence);
    }
  }

  /**
   * Every group merged, in the order first met; each group's texts are let go once it is merged. A group's reports
   * go to the merge in their files' code-unit order, as mergeByFile orders them, without its map of files (a file
   * reports a group once: its texts are one per key). Tried: a group's texts read and parsed as one JSON array `[text,text,…]`: 190 million instructions more at
   * 10,000 articles (cachegrind), every report then decoded and parsed as two-byte text.
   */
  merge(evidence: readonly Evidence[]): GroupSnapshot<T>[] {
    const out: GroupSnapshot<T>[] = [];
    for (const [key, { files, places }] of this.groups) out.push(this.mergeGroup(key, files, places, evidence));
    this.groups = new Map();
    return out;
  }

  private mergeGroup(key: string, files: string[], places: readonly number[], evidence: readonly Evidence[]) {
    const byFile: Record<string, unknown>[][] = [];
    for (let at = 0; at < places.length; at += 4) {
      const reports = JSON.parse(this.arena.text(places[at]!, places[at + 1]!, places[at + 2]!));
      const first = places[at + 3]!;
      const cited = (n: unknown) => (typeof n === 'number' ? evidence[first + n] : n);
      for (const report of reports) citeInPlace(report, cited);
      byFile.push(reports);
    }
    const reports: T[] = [];
    for (const i of codeUnitOrder(files)) for (const report of byFile[i]!) reports.push(report as T);
    return { key, files, merged: this.grouping.merge(reports) };
  }
}

/** The positions of `names` (distinct) in the order Array.prototype.sort gives them (UTF-16 code units). */
function codeUnitOrder(names: readonly string[]): number[] {
  const order = names.map((_, i) => i);
  for (let i = 1; i < names.length; i++)
    if (names[i - 1]! > names[i]!) return order.sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  return order;
}

/**
 * Evidence whose quote is kept as UTF-8 bytes (two bytes a character as a string, for Vietnamese) and decoded when
 * read, as a start from the cache keeps it (./lazy-quote.ts): the merged table cites every evidence object of the
 * corpus (252,000 at 100,000 articles, 96 MB of quotes as strings). Evidence of any other shape, or a quote UTF-8
 * cannot carry (a lone surrogate), stays as it is.
 */
class QuoteStore {
  private readonly arena = new TextArena();
  /** One reader per buffer of the arena. */
  private readonly sources: QuoteBytes[] = [];

  evidence(e: Evidence, own: (text: string) => string): Evidence {
    const keys = Object.keys(e);
    const flat = keys.length === 3 && keys[0] === 'article' && keys[1] === 'passage' && keys[2] === 'quote';
    if (!flat || typeof e.article !== 'string' || !e.quote.isWellFormed()) {
      for (const key of keys) {
        const value = (e as unknown as Record<string, unknown>)[key];
        if (typeof value === 'string') (e as unknown as Record<string, unknown>)[key] = own(value);
      }
      return e;
    }
    const [chunk, start, length] = this.arena.put(e.quote);
    const source = (this.sources[chunk] ??= new QuoteBytes(this.arena.bytes(chunk)));
    return new LazyEvidence(own(e.article), own(e.passage), source, start, start + length);
  }
}

export class PackedKnowledge {
  private readonly arena: TextArena;
  private readonly quotes = new QuoteStore();
  private evidence: Evidence[] = [];
  private readonly rounds: PackedGroups<RoundRecord>;
  private readonly events: PackedGroups<EventRecord>;

  /** `spill`: where the reports' text is put aside until the merge (kept in memory without one), a chunk at a time. */
  constructor(spill: ChunkSpill | null = null, chunkBytes = CHUNK_BYTES) {
    this.arena = new TextArena(spill, chunkBytes);
    this.rounds = new PackedGroups(roundGrouping, this.arena);
    this.events = new PackedGroups(eventGrouping, this.arena);
  }

  /**
   * A file's facts, once per file, in listing order. Equal evidence of a file is one object (as KnowledgeBuilder.set
   * makes it), cited by one number; its strings pass through `own` (the cold build makes them strings of its own).
   */
  add(file: string, facts: ArticleFacts, own: (text: string) => string = (text) => text): void {
    this.addPacked(file, packFacts(facts), own);
  }

  /** A file's facts as packFacts gives them (a worker thread packs the files it reads): add without the objects. */
  addPacked(file: string, packed: PackedFacts, own: (text: string) => string = (text) => text): void {
    const first = this.evidence.length;
    for (const e of packed.evidence) this.evidence.push(this.quotes.evidence(e, own));
    this.rounds.add(file, packed.rounds, first);
    this.events.add(file, packed.events, first);
  }

  /** The merged table with the files behind each record, as KnowledgeBuilder.snapshot gives it; empties this. */
  snapshot(): KnowledgeSnapshot {
    const snapshot = { rounds: this.rounds.merge(this.evidence), events: this.events.merge(this.evidence) };
    this.evidence = [];
    this.arena.clear();
    return snapshot;
  }
}
