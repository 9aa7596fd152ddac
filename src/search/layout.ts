/**
 * The layout of an index's postings (buildPostings) from what a PostingsBuilder collected (./postings.ts), in a module
 * of its own that imports nothing: the cold start's postings worker (src/store/postings-worker.ts) loads only this,
 * not the search door with the corpus parsers, the vocabulary and its schemas (that worker's start-up: 240 ms of CPU
 * through the door, 50-75 ms with this alone). Keep it free of imports (test/search/postings-spill.test.ts).
 */
export interface Postings {
  /** Sorted terms (JavaScript string order), UTF-8, one after another: term i is termBytes[termStarts[i]..termStarts[i+1]). */
  termBytes: Uint8Array;
  termStarts: Uint32Array;
  /** Term i's postings are ordinals[postingStarts[i]..postingStarts[i+1]), with the same slice of frequencies. */
  postingStarts: Uint32Array;
  ordinals: Uint32Array;
  /** How often the term occurs in the passage, capped at 65,535. */
  frequencies: Uint16Array;
  /** Per passage, the number of distinct terms: the length BM25 normalises by (minisearch counted it so too). */
  lengths: Uint32Array;
}

/** Values per chunk of a Chunked: 256 KB of 32-bit values. */
const CHUNK_SHIFT = 16;
const CHUNK_SIZE = 1 << CHUNK_SHIFT;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * A typed array appended to in chunks of a fixed size (millions of postings: plain arrays of numbers would cost 2-4
 * times more). Not one array doubled as it grows: each doubling copied everything and left up to half unused, so
 * that at 3.4 million postings (10,000 articles) the two arrays reached 25 MB for 20 MB of values, 3 times that while
 * copying; chunks cost the values and one chunk more, and the build lets each go once read.
 */
export class Chunked<T extends Uint32Array | Uint16Array> {
  private chunks: (T | null)[] = [];
  /** Where each chunk put aside lies in the spill, by chunk. */
  private spilled: number[] = [];
  private last: T | null = null;
  /** The chunk read back last from the spill, and its number. */
  private loaded: T | null = null;
  private loadedChunk = -1;
  length = 0;
  constructor(
    private readonly make: (size: number) => T,
    private readonly spill: ChunkSpill | null = null,
  ) {}

  push(value: number) {
    const at = this.length & CHUNK_MASK;
    if (at === 0) {
      // The full chunk before goes to the spill (kept when it cannot be written there).
      const full = this.chunks.length - 1;
      const handle = full >= 0 && this.spill ? this.spill.put(bytesOf(this.chunks[full]!)) : -1;
      if (handle >= 0) {
        this.spilled[full] = handle;
        this.chunks[full] = null;
      }
      this.chunks.push((this.last = this.make(CHUNK_SIZE)));
    }
    this.last![at] = value;
    this.length++;
  }

  /** The value at `i` (its chunk must not have been let go; one put aside is read back, best in order). */
  at(i: number): number {
    const k = i >>> CHUNK_SHIFT;
    const chunk = this.chunks[k] ?? (k === this.loadedChunk ? this.loaded : this.readBack(k));
    return chunk![i & CHUNK_MASK]!;
  }

  private readBack(k: number): T {
    this.loaded ??= this.make(CHUNK_SIZE);
    this.spill!.get(this.spilled[k]!, bytesOf(this.loaded));
    this.loadedChunk = k;
    return this.loaded;
  }

  /** Lets go of the chunk holding `i`: read once by the build, it need not stay beside the postings it becomes. */
  release(i: number) {
    this.chunks[i >>> CHUNK_SHIFT] = null;
  }

  /** What a copy needs (another thread's: the chunks are copied or moved, those put aside read from the spill). */
  parts(): ChunkedParts<T> {
    return { chunks: this.chunks, spilled: this.spilled, length: this.length };
  }

  /** A Chunked of the parts of another (`spill`: where its chunks put aside are read back). */
  static from<T extends Uint32Array | Uint16Array>(
    parts: ChunkedParts<T>,
    make: (size: number) => T,
    spill: ChunkSpill | null,
  ): Chunked<T> {
    const chunked = new Chunked(make, spill);
    chunked.chunks = parts.chunks;
    chunked.spilled = parts.spilled;
    chunked.length = parts.length;
    chunked.last = parts.chunks.at(-1) ?? null;
    return chunked;
  }

  /** The values as one array of their own (never spilled: for arrays with no spill). */
  toArray(): T {
    const out = this.make(this.length);
    this.chunks.forEach((chunk, k) => {
      const from = k << CHUNK_SHIFT;
      out.set(chunk!.subarray(0, Math.min(CHUNK_SIZE, this.length - from)), from);
    });
    return out;
  }
}

/** A Chunked's state, as a message carries it. */
export interface ChunkedParts<T extends Uint32Array | Uint16Array> {
  chunks: (T | null)[];
  spilled: number[];
  length: number;
}

const bytesOf = (array: Uint32Array | Uint16Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/**
 * Where a builder may put its full chunks of entries aside until build() reads them back, once or twice, in order: a
 * file (src/store/cold-build.ts), so that a cold start holds none of them while it reads (200 MB at 100,000 articles)
 * nor beside the postings they become. put returns where the bytes lie, or -1 when they could not be put aside.
 */
export interface ChunkSpill {
  put(bytes: Uint8Array): number;
  get(at: number, into: Uint8Array): void;
}

/** A PostingsBuilder's collected passages, as build() reads them (`parts()`). */
export interface PostingsParts {
  terms: string[];
  entryTerms: ChunkedParts<Uint32Array>;
  entryFrequencies: ChunkedParts<Uint16Array>;
  entriesEnd: ChunkedParts<Uint32Array>;
  lengths: ChunkedParts<Uint32Array>;
}

/**
 * The postings of a builder's parts, laid out term by term; `spill`: where its chunks put aside are read back. The
 * chunks are let go as they are read: once only.
 */
export function buildPostings(parts: PostingsParts, spill: ChunkSpill | null): Postings {
  const { terms: termList } = parts;
  const terms = Chunked.from(parts.entryTerms, (n) => new Uint32Array(n), spill);
  const entryFrequencies = Chunked.from(parts.entryFrequencies, (n) => new Uint16Array(n), spill);
  const ends = Chunked.from(parts.entriesEnd, (n) => new Uint32Array(n), null);
  const lengths = Chunked.from(parts.lengths, (n) => new Uint32Array(n), null);
  const sorted = termList.map((_, id) => id).filter((id) => termList[id] !== '');
  sorted.sort((a, b) => compareStrings(termList[a]!, termList[b]!));
  const rank = new Uint32Array(termList.length);
  sorted.forEach((id, position) => {
    rank[id] = position;
  });
  const postingStarts = postingStartsOf(terms, rank, sorted.length);
  // Counting sort of the entries by term; entries arrive by ascending ordinal, so each term's ordinals stay sorted.
  const next = postingStarts.slice(0, -1);
  const count = terms.length;
  const ordinals = new Uint32Array(count);
  const frequencies = new Uint16Array(count);
  for (let ordinal = 0, i = 0; ordinal < ends.length; ordinal++) {
    for (const end = ends.at(ordinal); i < end; i++) {
      const at = next[rank[terms.at(i)]!]!++;
      ordinals[at] = ordinal;
      frequencies[at] = entryFrequencies.at(i);
      if ((i & CHUNK_MASK) === CHUNK_MASK) {
        terms.release(i);
        entryFrequencies.release(i);
      }
    }
  }
  return {
    ...encodeTerms(sorted.map((id) => termList[id]!)),
    postingStarts,
    ordinals,
    frequencies,
    lengths: lengths.toArray(),
  };
}

function postingStartsOf(terms: Chunked<Uint32Array>, rank: Uint32Array, termCount: number): Uint32Array {
  const starts = new Uint32Array(termCount + 1);
  for (let i = 0; i < terms.length; i++) starts[rank[terms.at(i)]! + 1]!++;
  for (let t = 0; t < termCount; t++) starts[t + 1]! += starts[t]!;
  return starts;
}

export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function encodeTerms(sorted: string[]): Pick<Postings, 'termBytes' | 'termStarts'> {
  const encoded = sorted.map((term) => Buffer.from(term, 'utf8'));
  const termStarts = new Uint32Array(sorted.length + 1);
  encoded.forEach((bytes, i) => {
    termStarts[i + 1] = termStarts[i]! + bytes.length;
  });
  const termBytes = new Uint8Array(termStarts[sorted.length]!);
  encoded.forEach((bytes, i) => {
    termBytes.set(bytes, termStarts[i]!);
  });
  return { termBytes, termStarts };
}
