/**
 * The corpus as it lives in a running process: per-file parsed articles and their facts, kept by content hash,
 * optionally cached on disk, and reloaded by re-reading only what changed. A reload prepares everything first and
 * then swaps the Library whole, in one synchronous step, so an interaction never sees a half-built index.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { assembleLibrary, type Library } from '../answers/index.js';
import {
  corpusFolderError,
  listCorpusFiles,
  MAX_FILE_BYTES,
  sidecarOf,
  type CorpusListing,
  type Article,
  type Corpus,
  type SkippedFile,
} from '../corpus/index.js';
import { prepareMatchers, KnowledgeBuilder } from '../knowledge/index.js';
import { buildSearchIndex, loadIndex, serializeIndexParts, updateIndex, type SearchIndex } from '../search/index.js';
import { CachePathError, readCache, removeStaleTemporaries, writeCache, type CacheEntry } from './cache.js';
import { CacheStream } from './cache-stream.js';
import { ColdBuild } from './cold-build.js';
import { articleIdsOf } from './article-ids.js';
import { applyChangedPaths, listingState, type ListingState } from './changed-paths.js';
import { codeFingerprint } from './fingerprint.js';
import { tightenHeap } from './heap-policy.js';
import { retimed, type RereadHooks } from './lazy-records.js';
import { readEntrySync, type FileToRead } from './read-entry.js';
import { EarlyReaders, readFiles, workersFor } from './read-files.js';
import { relativeTo, type Scan, scanAside, statArticle, worthScanningAside } from './scan.js';

export interface StoreOptions {
  cacheFile?: string;
  maxBytes?: number;
  workers?: number;
  /** Read-files tuning (./read-files.ts): the size above which a file gets its own worker, and its time budget. */
  largeFileBytes?: number;
  fileBudgetMs?: number;
  /** From this size of cache file a start walks and stats the folder in a worker (./scan.ts); tests set 0. */
  scanAsideFromBytes?: number;
  /** Where the store reports what it did about its cache (the bot's logger); silent when absent. */
  log?: (level: 'info' | 'warn', fields: Record<string, unknown>, message: string) => void;
}

/** What the store keeps per file is exactly what the cache keeps. */
export type StoreEntry = CacheEntry;

export interface LoadStats {
  files: number;
  reread: number;
  reusedFromCache: number;
  indexFromCache: boolean;
  /** Files that worker threads read (a cold start of many files). */
  readByWorkers: number;
  /** Whether a worker thread laid out the index's postings while this one merged the knowledge (a large cold start). */
  postingsByWorker: boolean;
  /** Files whose size and time were looked up: all of them on a full rescan, the changed ones on a reload by paths. */
  statted: number;
}

export interface ReloadOptions {
  /** Hash every file again, even those whose size and modification time are unchanged (a full rescan). */
  verifyContent?: boolean;
  /**
   * The paths that changed, relative to the corpus folder (the watcher's list): only these are looked at, unless one
   * of them needs a full rescan (./changed-paths.ts). Absent: rescan everything.
   */
  paths?: Iterable<string>;
}

/** A burst of reloads (a folder being synced) writes the cache once, this long after the last one. */
const SAVE_DELAY_MS = 30_000;
/** Up to this many edited files, a reload swaps them into the last corpus (a scan of the article list each). */
const FEW_EDITS = 32;
/** Files stat-ed between two turns of the event loop: a synchronous stat is four times faster than a promise. */
const STAT_BATCH = 500;

/** A damaged cached index is rebuilt from the articles rather than stopping the start. */
function loadCachedIndex(bytes: Uint8Array, articles: Article[]): SearchIndex | null {
  try {
    return loadIndex(bytes, articles);
  } catch {
    return null;
  }
}

/**
 * Size and modification time (of the file or its sidecar, whichever is later) of every listed file; null if gone.
 * A file `known` answers for (not among the changed paths of a reload by paths) keeps what it had, with no stat.
 */
async function statFiles(
  listing: CorpusListing,
  files: string[],
  ids: Map<string, string>,
  known: (path: string, file: string) => { size: number; mtimeMs: number } | undefined = () => undefined,
): Promise<{ infos: FileToRead[]; statted: number }> {
  const out: FileToRead[] = [];
  let statted = 0;
  for (let i = 0; i < listing.articles.length; i++) {
    const path = listing.articles[i]!;
    const entry = known(path, files[i]!);
    if (entry) {
      out.push({ root: listing.root, path, file: files[i]!, id: ids.get(files[i]!)!, ...entry, exists: true });
      continue;
    }
    if (++statted % STAT_BATCH === 0) await nextTurn();
    out.push({ root: listing.root, path, file: files[i]!, id: ids.get(files[i]!)!, ...statArticle(listing, path) });
  }
  return { infos: out, statted };
}

/**
 * The last listing (updated in place by a reload by paths), its files relative to the folder and their ids, in order;
 * and what a reload by paths looks changed paths up by, made when first needed (not at a start, where it would wait).
 */
interface Listed {
  listing: CorpusListing;
  files: string[];
  ids: Map<string, string>;
  state: ListingState | null;
}

const stateOf = (listed: Listed): ListingState => (listed.state ??= listingState(listed.listing));

/**
 * The listing of a scan made aside, its ids by file made when first asked (a reload, or warmUp after "ready"): a
 * start compares by position (compareScan), and a map of 100,000 ids was 50-100 ms of it.
 */
function listedOfScan(scan: Scan): Listed {
  let ids: Map<string, string> | null = null;
  return {
    listing: scan.listing,
    files: scan.files,
    get ids() {
      if (!ids) {
        ids = new Map<string, string>();
        for (let i = 0; i < scan.files.length; i++) ids.set(scan.files[i]!, scan.ids[i]!);
      }
      return ids;
    },
    set ids(value) {
      ids = value;
    },
    state: null,
  };
}

export class CorpusStore {
  private entries = new Map<string, StoreEntry>();
  private knowledge = new KnowledgeBuilder();
  private index: SearchIndex | null = null;
  /** The index came from the disk cache at the start, until the first load reports it. */
  private indexFromCache = false;
  private listed: Listed | null = null;
  /** A start's walk and stats of the folder, made in a worker while the cache is read (./scan.ts); null once used. */
  private scanned: Promise<Scan | null> | null = null;
  library: Library | null = null;
  lastStats: LoadStats = {
    files: 0,
    reread: 0,
    reusedFromCache: 0,
    indexFromCache: false,
    readByWorkers: 0,
    postingsByWorker: false,
    statted: 0,
  };

  /** The cache file in use: none when not configured, or once its path turned out not to be a regular file. */
  private cacheFile: string | undefined;

  constructor(
    readonly dir: string,
    private readonly options: StoreOptions = {},
  ) {
    this.cacheFile = options.cacheFile;
  }

  private log(level: 'info' | 'warn', fields: Record<string, unknown>, message: string) {
    this.options.log?.(level, fields, message);
  }

  /** A cache record found damaged when first read (./lazy-records.ts): said, and its file read again at once. */
  private readonly rereadHooks: RereadHooks = {
    damaged: (file) =>
      this.log('warn', { files: [file] }, 'cache records failed their checksum; re-read from their files'),
    reread: (file, id) => {
      const entry = readEntrySync(
        {
          root: this.listed?.listing.root ?? realpathSync(this.dir),
          path: join(this.dir, file),
          file,
          id,
          size: 0,
          mtimeMs: 0,
          exists: true,
        },
        this.options.maxBytes ?? MAX_FILE_BYTES,
      );
      return entry === 'unchanged' ? null : entry;
    },
  };

  /** The cache, checked: a path that is no regular file is not used at all; records that fail their checksum are re-read. */
  private async readCheckedCache() {
    const path = this.cacheFile!;
    const removed = await removeStaleTemporaries(path);
    if (removed.length) this.log('info', { files: removed }, 'stale cache temporaries removed');
    try {
      const cached = await readCache(path, codeFingerprint(), this.rereadHooks);
      if (cached?.rejected)
        this.log('warn', { files: cached.rejected }, 'cache records failed their checksum; re-read from their files');
      return cached;
    } catch (error) {
      if (!(error instanceof CachePathError)) throw error;
      this.log('warn', { reason: error.message }, 'cache disabled');
      this.cacheFile = undefined;
      return null;
    }
  }

  /** First load: from the disk cache where it is still valid, else from the files. */
  async load(): Promise<Library> {
    // Started first: the worker walks and stats the folder while this thread parses the cache.
    if (this.cacheFile && worthScanningAside(this.cacheFile, this.options.scanAsideFromBytes))
      this.scanned = scanAside(this.dir);
    if (this.cacheFile) {
      const cached = await this.readCheckedCache();
      if (cached) {
        this.entries = cached.entries;
        const { entries, knowledge } = cached;
        // The merged table as written: nothing is merged now, and a file's facts are read when a change needs them.
        // The files with an article, and their articles, in one pass (no pair or array per entry: 100,000 of them).
        const files: string[] = [];
        const articles: Article[] = [];
        for (const [file, entry] of entries)
          if (entry.article) {
            files.push(file);
            articles.push(entry.article);
          }
        if (knowledge)
          this.knowledge = KnowledgeBuilder.restore(knowledge, files, (file) => entries.get(file)?.facts ?? null);
        else for (const [file, entry] of entries) this.knowledge.set(file, entry.facts);
        // The index as written, for the files as they were written: one changed since is updated in it as a
        // reload updates it, rather than the whole index built again (which reads every article's text).
        if (cached.index && this.indexKeyOf(entries) === cached.indexKey) {
          this.index = loadCachedIndex(cached.index, articles);
          this.indexFromCache = this.index !== null;
        }
      }
    }
    return this.reload();
  }

  /**
   * What a start from the cache left for later, made now: the term matchers (a start from the cache extracted
   * nothing; whatever needs them first compiles them otherwise) and what a first reload by paths looks paths up by.
   * For a long-running process, once it is ready and nothing waits: the bot calls it after "ready". Scheduled at the
   * end of the load, these 130-160 ms at 10,000 articles ran while the bot was still importing discord.js and logging in.
   */
  warmUp(): void {
    prepareMatchers();
    if (this.listed) {
      stateOf(this.listed);
      void this.listed.ids;
    }
  }

  /** The folder walked again, its files' ids assigned. */
  private async listAll(): Promise<Listed> {
    const listing = await listCorpusFiles(this.dir).catch((error: NodeJS.ErrnoException) => {
      throw corpusFolderError(this.dir, error);
    });
    return this.listedOf(listing);
  }

  private listedOf(listing: CorpusListing): Listed {
    const files = listing.articles.map(relativeTo(this.dir));
    return { listing, files, ids: articleIdsOf(files), state: null };
  }

  /**
   * The listing after the changed paths, and which files need a stat: the last listing updated in place when every
   * path could be decided (./changed-paths.ts), else the folder walked again and every file to stat.
   */
  private async listingFor(options: ReloadOptions) {
    const scanned = this.scanned;
    this.scanned = null;
    const scan = scanned && (await scanned);
    if (scan) {
      return {
        listed: listedOfScan(scan),
        touched: null,
        nothing: false,
        scan,
      };
    }
    const last = this.listed;
    const update =
      options.paths && !options.verifyContent && last
        ? applyChangedPaths(this.dir, stateOf(last), options.paths)
        : null;
    if (!last || !update) return { listed: await this.listAll(), touched: null, nothing: false };
    if (update.removed > 0) {
      // A file gone may free a name another file shares: ids are assigned over the new listing.
      last.files = last.listing.articles.map(relativeTo(this.dir));
      last.ids = articleIdsOf(last.files);
    }
    return { listed: last, touched: update.touched, nothing: update.touched.size === 0 && update.removed === 0 };
  }

  /**
   * Re-read what changed since the last load (size, mtime, then content hash), rebuild what depends on it, swap.
   * `verifyContent` hashes every file again, even those whose size and modification time are unchanged: an edit
   * that keeps both (a copy with preserved times, a clock set back) is caught by this periodic check. `paths` (the
   * watcher's list) limits the look to those files when they can be decided without a walk of the folder.
   */
  async reload(options: ReloadOptions = {}): Promise<Library> {
    try {
      return await this.reloadNow(options);
    } catch (error) {
      // The listing may be half-updated: the next reload walks the folder again.
      this.listed = null;
      // A first build that failed leaves no temporary cache behind.
      await this.stream?.abandon();
      this.stream = null;
      this.relaxHeap();
      throw error;
    }
  }

  /** The cache being written by a streamed first build, until the first save completes it. */
  private stream: CacheStream | null = null;

  /**
   * Ends the tighter heap policy (./heap-policy.ts) that a first build from the files holds until its save is
   * written: the save's encoding comes on top of all the build holds, and at 100,000 articles it is the peak.
   */
  private relaxHeap: () => void = () => undefined;

  /**
   * A first build with no usable cache streams its entries into a new one (./cold-build.ts) when it can be written;
   * null when there is no cache file or its folder cannot be written: every entry is then held whole.
   */
  private async coldBuild(): Promise<ColdBuild | null> {
    if (!this.cacheFile || this.entries.size > 0) return null;
    try {
      this.stream = await CacheStream.open(this.cacheFile, codeFingerprint(), this.rereadHooks);
    } catch (error) {
      if (!(error instanceof CachePathError)) throw error;
      this.log('warn', { reason: error.message }, 'cache disabled');
      this.cacheFile = undefined;
    }
    return this.stream && new ColdBuild(this.stream, this.cacheFile!);
  }

  private async reloadNow(options: ReloadOptions): Promise<Library> {
    const first = this.library === null;
    const { listed, touched, nothing, scan } = await this.listingFor(options);
    this.listed = listed;
    // Only files that are no articles changed (an editor's swap file): the Library stands as it is.
    if (nothing && this.library) {
      this.lastStats = { ...this.lastStats, reread: 0, reusedFromCache: this.entries.size, statted: 0 };
      return this.library;
    }
    const { listing } = listed;
    // A first build from the files (no usable cache) reads every listed file: its workers start now, so that they
    // load their modules while this thread stats the files and opens the cache stream (measured at 10,000 articles:
    // a worker is started 0.2-0.4 s sooner after the start of load(), 0.06-0.1 s after it rather than 0.3-0.5 s).
    const workers = first && this.entries.size === 0 ? workersFor(listing.articles.length, this.options.workers) : 0;
    const early = workers > 0 ? new EarlyReaders(workers) : undefined;
    try {
      return await this.readAndSwap(options, first, listed, touched, scan, early);
    } finally {
      void early?.end();
    }
  }

  private async readAndSwap(
    options: ReloadOptions,
    first: boolean,
    listed: Listed,
    touched: Set<string> | null,
    scan: Scan | undefined,
    early: EarlyReaders | undefined,
  ): Promise<Library> {
    const { listing } = listed;
    const { next, changed, statted } =
      scan && !options.verifyContent
        ? this.compareScan(listed, scan)
        : await this.compare(listed, touched, options.verifyContent ?? false);
    const targets = changed.map(({ old: _old, ...target }) => target);
    if (first && changed.length > 0) {
      this.relaxHeap();
      this.relaxHeap = tightenHeap();
    }
    const cold = first && changed.length > 0 ? await this.coldBuild() : null;
    const { entries: read, byWorkers } = await readFiles(targets, {
      ...(cold ? { inOrder: (entry, i, record) => cold.take(targets[i]!.file, entry, record) } : {}),
      maxBytes: this.options.maxBytes ?? MAX_FILE_BYTES,
      ...(this.options.workers !== undefined ? { workers: this.options.workers } : {}),
      ...(this.options.largeFileBytes !== undefined ? { largeFileBytes: this.options.largeFileBytes } : {}),
      ...(this.options.fileBudgetMs !== undefined ? { fileBudgetMs: this.options.fileBudgetMs } : {}),
      ...(early ? { early } : {}),
    });
    changed.forEach((c, i) => {
      const entry = read[i]!;
      // A file hashed again and found the same keeps its entry (unread, when it came lazily from the cache).
      const same = entry === 'unchanged' && c.old!.size === c.size && c.old!.mtimeMs === c.mtimeMs;
      next.set(c.file, same ? c.old! : entry === 'unchanged' ? retimed(c.old!, c.size, c.mtimeMs) : entry);
    });
    // The knowledge merged and the postings laid out, side by side on two threads (no worker threads: one after the other).
    await cold?.prepare(next, this.options.workers !== 0);
    // Everything is read: from here to the swap nothing awaits, so no interaction sees a half-updated Library.
    const previous = this.entries;
    this.entries = next;
    const gone: Article[] = [];
    // A reload by paths that kept every file need not look for files gone.
    if (next !== previous && (!touched || next.size !== previous.size))
      for (const [file, entry] of previous)
        if (!next.has(file)) {
          this.knowledge.set(file, null);
          if (entry.article) gone.push(entry.article);
        }
    // Only what was edited changes the knowledge table: a file touched, or hashed by a check, keeps its facts.
    const edited = changed.filter((_, i) => read[i] !== 'unchanged');
    if (!cold) for (const c of edited) this.knowledge.set(c.file, next.get(c.file)!.facts);
    const corpus = (touched && gone.length === 0 && this.corpusEdited(edited, next)) || this.corpusOf(next, listing);
    let indexFromCache = false;
    if (cold) ({ index: this.index, knowledge: this.knowledge } = cold.finish(corpus.articles, next));
    else {
      const replaced = edited.flatMap((c) => (c.old?.article ? [c.old.article] : []));
      const added = edited.flatMap((c) => next.get(c.file)!.article ?? []);
      indexFromCache = this.updateSearchIndex(corpus.articles, [...gone, ...replaced], added);
    }
    this.library = assembleLibrary(corpus, this.knowledge.table(), this.index!, new Date(), this.articleById);
    this.lastStats = {
      files: listing.articles.length,
      reread: changed.length,
      reusedFromCache: next.size - changed.length,
      indexFromCache,
      readByWorkers: byWorkers,
      postingsByWorker: cold?.postingsByWorker ?? false,
      statted,
    };
    // The cache is written in the background, and after a burst of reloads only once: answers are already served
    // from memory, and writing the cache costs time the reload should not wait for.
    if (this.cacheFile && (changed.length > 0 || !indexFromCache)) this.scheduleSave(first ? 0 : SAVE_DELAY_MS);
    else this.relaxHeap();
    return this.library;
  }

  /** The articles by id, for the Library: rebuilt with the corpus, updated in place by corpusEdited. */
  private articleById = new Map<string, Article>();

  /** The corpus of the entries, in listing order, walking every entry. */
  private corpusOf(next: Map<string, StoreEntry>, listing: CorpusListing): Corpus {
    const articles: Article[] = [];
    const skipped: SkippedFile[] = [];
    const warnings: SkippedFile[] = [];
    for (const [file, entry] of next) {
      if (entry.article) articles.push(entry.article);
      if (entry.skipped) skipped.push({ file, reason: entry.skipped });
      if (entry.warning) warnings.push({ file: sidecarOf(file), reason: entry.warning });
    }
    // What the listing would not read at all: links leading outside, pipes, devices, unreadable folders.
    skipped.push(...listing.refused);
    this.articleById = new Map(articles.map((a) => [a.id, a]));
    return { dir: this.dir, articles, skipped, warnings };
  }

  /**
   * The last corpus with a few edited articles swapped in place, when that is all that changed (a reload by paths of
   * files that were articles and still are, with no skip or sidecar warning before or after): what a reload of one file
   * costs at 100,000 articles is then a copy of the article list, not a walk of every entry and a new map of every id.
   * Null when the corpus must be walked again.
   */
  private corpusEdited(edited: { file: string; old: StoreEntry | undefined }[], next: Map<string, StoreEntry>) {
    const last = this.library?.corpus;
    if (!last || edited.length > FEW_EDITS) return null;
    const articles = last.articles.slice();
    const swapped: Article[] = [];
    for (const c of edited) {
      const before = c.old;
      const after = next.get(c.file)!;
      const plain = (e: StoreEntry | undefined) => e?.article && !e.skipped && !e.warning;
      if (!plain(before) || !plain(after) || before!.article!.id !== after.article!.id) return null;
      const at = articles.indexOf(before!.article!);
      if (at < 0) return null;
      articles[at] = after.article!;
      swapped.push(after.article!);
    }
    for (const article of swapped) this.articleById.set(article.id, article);
    return { ...last, articles };
  }

  /**
   * Which listed files changed since the last load (size, mtime, id; every file with `verifyContent`), and the new
   * entries map with the others kept. A reload by paths that removed no file compares the touched files only.
   */
  private async compare(
    listed: { listing: CorpusListing; files: string[]; ids: Map<string, string> },
    touched: Set<string> | null,
    verifyContent: boolean,
  ) {
    const { listing, files, ids } = listed;
    const changed: (FileToRead & { old: StoreEntry | undefined })[] = [];
    const consider = (info: FileToRead) => {
      const old = this.entries.get(info.file);
      // A file whose id changed (another file of its name came or went) is parsed again under its new id.
      const sameId = !old?.article || old.article.id === info.id;
      const unchanged = old && sameId && info.exists && old.size === info.size && old.mtimeMs === info.mtimeMs;
      if (!unchanged || (verifyContent && old && sameId && !old.skipped))
        changed.push({ ...info, old, ...(old && sameId ? { knownHash: old.hash } : {}) });
    };
    if (touched && listing.articles.length === this.entries.size) {
      // Nothing was removed: the same files in the same order, the touched ones looked at again.
      const only = listing.articles.filter((path) => touched.has(path));
      const { infos, statted } = await statFiles({ ...listing, articles: only }, only.map(relativeTo(this.dir)), ids);
      infos.forEach(consider);
      // Updated in place, not copied: a copy of 100,000 entries was most of a reload of one file. A cache write under
      // way may then take some records newer than its index; the next start finds the index key stale and rebuilds
      // the index, and the write this reload schedules puts both right.
      return { next: this.entries, changed, statted };
    }
    // Untouched files of a reload by paths keep their size and time: only the touched ones are stat-ed.
    const known = (path: string, file: string) => {
      if (!touched || touched.has(path)) return undefined;
      const entry = this.entries.get(file);
      return entry && { size: entry.size, mtimeMs: entry.mtimeMs };
    };
    const { infos, statted } = await statFiles(listing, files, ids, known);
    const next = new Map<string, StoreEntry>();
    for (const info of infos) {
      // Set now even when changed, so that the map keeps the listing order; the new entry replaces it below.
      next.set(info.file, this.entries.get(info.file)!);
      consider(info);
    }
    return { next, changed, statted };
  }

  /**
   * compare with a scan made aside (a start): only changed files become files to read, and the entries map read from
   * the cache is kept as it is when the folder holds exactly its files in its order (the cache writes them so).
   */
  private compareScan(listed: Listed, scan: Scan) {
    const { listing, files } = listed;
    const changed: (FileToRead & { old: StoreEntry | undefined })[] = [];
    const kept = this.entries.keys();
    let sameFiles = files.length === this.entries.size;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      if (sameFiles && kept.next().value !== file) sameFiles = false;
      const old = this.entries.get(file);
      const id = scan.ids[i]!;
      // As compare decides: a file whose id changed (another file of its name came or went) is parsed again.
      const sameId = !old?.article || old.article.id === id;
      const exists = scan.exists[i] === 1;
      if (old && sameId && exists && old.size === scan.size[i] && old.mtimeMs === scan.mtimeMs[i]) continue;
      const path = listing.articles[i]!;
      changed.push({
        root: listing.root,
        path,
        file,
        id,
        size: scan.size[i]!,
        mtimeMs: scan.mtimeMs[i]!,
        exists,
        sidecar: listing.sidecars.has(sidecarOf(path)),
        old,
        ...(old && sameId ? { knownHash: old.hash } : {}),
      });
    }
    if (sameFiles) return { next: this.entries, changed, statted: files.length };
    const next = new Map<string, StoreEntry>();
    for (const file of files) next.set(file, this.entries.get(file)!);
    return { next, changed, statted: files.length };
  }

  /** What identifies the files an index was built from: written with the index, compared at the next start. */
  private indexKeyOf(entries: Map<string, StoreEntry>): string {
    // Hashed line by line (the lines joined by newlines, as before), with no 100,000-line array joined first.
    const hash = createHash('sha1');
    let first = true;
    for (const [file, e] of entries) {
      hash.update(`${first ? '' : '\n'}${file}:${e.article?.id ?? ''}:${e.hash}`);
      first = false;
    }
    return hash.digest('hex');
  }

  /**
   * The first load builds the index unless it came from the cache; later reloads (and a first load from the cache
   * with files changed since) update it with the articles that went and came. True when it came from the cache.
   */
  private updateSearchIndex(articles: Article[], removed: Article[], added: Article[]): boolean {
    const fromCache = this.indexFromCache;
    this.indexFromCache = false;
    if (this.index === null) this.index = buildSearchIndex(articles);
    else if (removed.length > 0 || added.length > 0) updateIndex(this.index, removed, added);
    return fromCache;
  }

  private saving: Promise<void> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | null = null;

  private scheduleSave(delayMs: number) {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    const run = () => {
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.save()).catch(() => undefined);
    };
    // Even "now" waits for the next turn of the event loop: the caller is answering before the cache is written.
    this.saveTimer = setTimeout(run, delayMs);
    if (delayMs > 0) this.saveTimer.unref();
  }

  /** Write a pending cache now and wait until it is on disk (tests, shutdown). */
  flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.save()).catch(() => undefined);
    }
    return this.saving;
  }

  /** The last write's failure, so that a disk that stays full is logged once, not at every reload. */
  private lastSaveError: string | null = null;

  private async save() {
    if (!this.cacheFile) {
      this.relaxHeap();
      return;
    }
    // The first save after a streamed first build completes the cache it streamed; a later one writes it whole.
    const stream = this.stream;
    this.stream = null;
    try {
      const data = {
        entries: this.entries,
        // Computed here, in the background write, not at each reload: it reads every entry.
        indexKey: this.indexKeyOf(this.entries),
        index: serializeIndexParts(this.index!),
        knowledge: this.knowledge.snapshot(),
      };
      await (stream ? stream.finish(data) : writeCache(this.cacheFile, data));
      if (this.lastSaveError) this.log('info', {}, 'cache written again');
      this.lastSaveError = null;
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const reason = e.code ?? e.message;
      if (reason !== this.lastSaveError)
        this.log('warn', { reason, message: e.message }, 'cache not written (answers go on from memory)');
      this.lastSaveError = reason;
    } finally {
      this.relaxHeap();
    }
  }
}
