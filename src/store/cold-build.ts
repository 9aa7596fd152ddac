/**
 * The first build of a store with no usable cache, streamed: each file's entry, as soon as it and every file listed
 * before it are read (./read-files.ts), has its record appended to the cache being written (./cache-stream.ts), its
 * passages added to the search index, its facts to the knowledge table (as text until the merge at the end,
 * ./packed-knowledge.ts), and is then replaced by a stand-in that reads its body and facts back from the cache when
 * first needed (./lazy-records.ts). So no more than the files read out of order are held whole, and once built the
 * process holds what a start from the cache holds: metadata, the merged table (no file's facts, its quotes as bytes)
 * and the index.
 *
 * Measured at 10,000 generated articles: the entries held whole were 40-70 MB of the cold start's peak, and the
 * quotes of their facts, slices of their passages, kept every passage's text alive in the merged table.
 */
import type { Article } from '../corpus/index.js';
import { KnowledgeBuilder, type KnowledgeSnapshot } from '../knowledge/index.js';
import { PackedKnowledge } from './packed-knowledge.js';
import { buildSearchIndex, type Postings, SearchIndexBuilder, type SearchIndex } from '../search/index.js';
import type { CacheEntry } from './cache.js';
import type { CacheStream } from './cache-stream.js';
import type { WorkerRecord } from './read-files.js';
import { type ArticleMeta, articleMetaOf, lazyEntry, OneRecord } from './lazy-records.js';
import type { PostingsWorkerInput } from './postings-worker.js';
import { spillBeside } from './spill-file.js';
import { startWorker } from './start-worker.js';
import type { Worker } from 'node:worker_threads';

/** Strings shorter than this are copied, not sliced, by V8: they keep nothing else alive. */
const SLICE_MIN = 13;

/**
 * Below this many index entries (term occurrences per passage; some 340 an article) the postings are laid out on the
 * main thread: a worker thread takes longer to start than the layout of a few hundred articles.
 */
const ASIDE_MIN_ENTRIES = 1 << 18;

export class ColdBuild {
  private readonly spill: ReturnType<typeof spillBeside>;
  /** What prepare made: the merged table, and the postings laid out by another thread. */
  private snapshot: KnowledgeSnapshot | null = null;
  private postings: Postings | null = null;
  /** Whether prepare's postings came from the worker thread (the store's load stats). */
  postingsByWorker = false;
  private index: SearchIndexBuilder;
  /** Every file's reports until the last file is read, as text (./packed-knowledge.ts). */
  private knowledge: PackedKnowledge;
  /** One copy of each long string of the facts and metadata (quotes repeat: one sentence backs several facts). */
  private readonly strings = new Map<string, string>();
  private readonly files: string[] = [];

  constructor(
    private readonly stream: CacheStream,
    cacheFile: string,
  ) {
    this.spill = spillBeside(cacheFile);
    this.index = new SearchIndexBuilder(this.spill);
    this.knowledge = new PackedKnowledge(this.spill);
  }

  /**
   * A file's entry, in listing order: written, indexed, merged; what the store keeps of it returned. `record`: its
   * cache record, serialised by the worker thread that read it, with its facts packed there (the entry then has
   * none: ./read-files.ts); such an entry came in a message, so its strings are its own (no slice of a larger
   * string) and need no copy.
   */
  readonly take = (file: string, entry: CacheEntry | 'unchanged', record?: WorkerRecord): CacheEntry | 'unchanged' => {
    // A cold build knows no hash, so no file is 'unchanged'; kept as it is should one be.
    if (entry === 'unchanged') return entry;
    const place = this.stream.append(file, entry, record);
    const fresh = record !== undefined;
    // Only the evidence is kept as objects (the reports as text): only its strings need to be the build's own.
    const own = (text: string) => this.own(text, fresh);
    if (record) {
      if (record.facts) this.knowledge.addPacked(file, record.facts, own);
    } else if (entry.facts) this.knowledge.add(file, entry.facts, own);
    if (!entry.article) return entry;
    this.index.add(entry.article);
    this.files.push(file);
    const meta: ArticleMeta = this.own(articleMetaOf(entry.article), fresh);
    const base = { hash: entry.hash, size: entry.size, mtimeMs: entry.mtimeMs };
    return lazyEntry(
      new OneRecord(this.stream.source, place, file),
      0,
      {
        ...base,
        ...(entry.warning !== undefined ? { warning: entry.warning } : {}),
      },
      meta,
      entry.article.passages.length,
    );
  };

  /**
   * Every file taken: the knowledge table merged on this thread while the index's postings are laid out on another
   * (./postings-worker.ts), the two steps that end a cold start. Before, they ran one after the other on one core
   * while the other idled. Without a spill file (the reports' text then held in memory until merged: the two are
   * never held at once), for a small index, or when `helper` is false, nothing runs aside: finish does both.
   */
  async prepare(entries: Map<string, CacheEntry>, helper: boolean): Promise<void> {
    this.stream.flush();
    this.strings.clear();
    const postings = helper ? this.postingsAside() : null;
    this.snapshot = this.mergedTable(entries);
    this.postings = postings && (await postings);
    this.postingsByWorker = this.postings !== null;
  }

  /**
   * The index and the knowledge table once every file is taken (from prepare's work when it ran). The table keeps
   * the merged records only, and reads a file's facts from `entries` when a reload needs them, as after a start from
   * the cache.
   */
  finish(articles: Article[], entries: Map<string, CacheEntry>): { index: SearchIndex; knowledge: KnowledgeBuilder } {
    this.stream.flush();
    this.strings.clear();
    // The table merged, and the files' reports let go, before the index is built from its chunks: the reports' text
    // (some 110 MB at 100,000 articles) and the index's 206 MB of arrays are never held at once.
    const snapshot = this.snapshot ?? this.mergedTable(entries);
    this.snapshot = null;
    let index: SearchIndex;
    try {
      index = this.index.finish(articles, this.postings ?? undefined);
    } catch {
      // The articles are not those indexed (cannot happen while every entry goes through take): built again from them.
      index = buildSearchIndex(articles);
    } finally {
      this.postings = null;
      this.spill?.close();
    }
    // The entries as built, not the store's map: a reload by paths updates that one in place, and a file's old facts
    // must still be found there when its new ones replace them.
    const built = new Map(entries);
    const knowledge = KnowledgeBuilder.restore(snapshot, this.files, (file) => built.get(file)?.facts ?? null);
    // Let go of the index builder now: a worker's listener may keep this object a while after the build.
    this.index = new SearchIndexBuilder();
    return { index, knowledge };
  }

  /**
   * The postings laid out by a worker thread from a copy of the index builder's parts, or null when it cannot be
   * (no spill, a small index, no thread could start, or it failed): the builder, untouched, then builds them.
   */
  private postingsAside(): Promise<Postings | null> | null {
    const parts = this.index.postingsParts();
    if (!this.spill || parts.entryTerms.length < ASIDE_MIN_ENTRIES) return null;
    const input: PostingsWorkerInput = { parts, spillFd: this.spill.fd };
    let worker: Worker;
    try {
      worker = startWorker('postings-worker', input);
    } catch {
      return null;
    }
    return new Promise((resolve) => {
      worker.once('message', (postings: Postings) => resolve(postings));
      worker.once('error', () => resolve(null));
      worker.once('exit', () => resolve(null));
    });
  }

  /**
   * The merged table of every file taken. Should the reports' text put aside fail to read back (the spill file cut
   * short), it is merged again from the files' facts, as their stand-ins read them from the cache.
   */
  private mergedTable(entries: Map<string, CacheEntry>): KnowledgeSnapshot {
    try {
      return this.knowledge.snapshot();
    } catch {
      const builder = new KnowledgeBuilder();
      for (const [file, entry] of entries) if (entry.facts) builder.set(file, entry.facts);
      return builder.snapshot();
    }
  }

  /**
   * The value with each long string replaced by one copy of its own: a string sliced from an article's text (a
   * quote, a title) would keep that whole text alive once the article's body is let go. `fresh`: every string is
   * one of its own already (it came in a message): only one copy of each is kept.
   */
  private own<T>(value: T, fresh: boolean): T {
    if (typeof value === 'string')
      return (value.length < SLICE_MIN ? value : fresh ? this.shared(value) : this.copy(value)) as T;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.own(value[i], fresh);
      return value;
    }
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key in record) record[key] = this.own(record[key], fresh);
    }
    return value;
  }

  private shared(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  private copy(text: string): string {
    let copy = this.strings.get(text);
    if (copy === undefined) {
      // Through UTF-8 bytes: a new string of its own (a slice or a concatenation could still share the old one).
      copy = Buffer.from(text, 'utf8').toString('utf8');
      this.strings.set(copy, copy);
    }
    return copy;
  }
}
