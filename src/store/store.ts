/**
 * The corpus as it lives in a running process: per-file parsed articles and their facts, kept by content hash,
 * optionally cached on disk, and reloaded by re-reading only what changed. A reload prepares everything first and
 * then swaps the Library whole, in one synchronous step, so an interaction never sees a half-built index.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { assembleLibrary, type Library } from '../answers/library.js';
import { CorpusError, listArticleFiles, MAX_FILE_BYTES, readArticleFile } from '../corpus/load.js';
import { readMeta } from '../corpus/meta.js';
import { parseArticle } from '../corpus/parse.js';
import type { Article, SkippedFile } from '../corpus/types.js';
import { extractArticle, type ArticleFacts } from '../knowledge/extract.js';
import { prepareMatchers } from '../knowledge/match.js';
import { mergeFacts } from '../knowledge/merge.js';
import { buildSearchIndex, loadIndex, serializeIndex, updateIndex, type SearchIndex } from '../search/index.js';
import { readCache, writeCache, type CacheEntry } from './cache.js';

/** What the store keeps per file is exactly what the cache keeps. */
export type StoreEntry = CacheEntry;

export interface LoadStats {
  files: number;
  reread: number;
  reusedFromCache: number;
  indexFromCache: boolean;
}

/** A burst of reloads (a folder being synced) writes the cache once, this long after the last one. */
const SAVE_DELAY_MS = 30_000;
const READ_BATCH = 32;

/** A damaged cached index is rebuilt from the articles rather than stopping the start. */
function loadCachedIndex(bytes: Uint8Array, articles: Article[]): SearchIndex | null {
  try {
    return loadIndex(bytes, articles);
  } catch {
    return null;
  }
}
const hashOf = (text: string) => createHash('sha1').update(text).digest('hex');
const sidecarOf = (path: string) => join(path, '..', `${basename(path, extname(path))}.meta.json`);

export class CorpusStore {
  private entries = new Map<string, StoreEntry>();
  private index: SearchIndex | null = null;
  private indexKey = '';
  library: Library | null = null;
  lastStats: LoadStats = { files: 0, reread: 0, reusedFromCache: 0, indexFromCache: false };

  constructor(
    readonly dir: string,
    private readonly options: { cacheFile?: string; maxBytes?: number } = {},
  ) {}

  /** First load: from the disk cache where it is still valid, else from the files. */
  async load(): Promise<Library> {
    if (this.options.cacheFile) {
      const cached = await readCache(this.options.cacheFile);
      if (cached) {
        this.entries = new Map(Object.entries(cached.entries).map(([file, e]) => [file, e as StoreEntry]));
        this.indexKey = cached.indexKey;
        this.cachedIndex = cached.index;
      }
    }
    const library = await this.reload();
    // A start from the cache extracted nothing: compile the matchers now rather than in the first reload.
    prepareMatchers();
    return library;
  }

  private cachedIndex: Uint8Array | null = null;

  /** Re-read what changed since the last load (size, mtime, then content hash), rebuild what depends on it, swap. */
  async reload(): Promise<Library> {
    const first = this.library === null;
    const files = await listArticleFiles(this.dir).catch((error: NodeJS.ErrnoException) => {
      throw new CorpusError(error.code === 'ENOENT' ? `corpus folder not found: ${this.dir}` : `corpus folder cannot be read: ${this.dir} (${error.code ?? 'error'})`);
    });
    const next = new Map<string, StoreEntry>();
    let reread = 0;
    let reused = 0;
    // Stat everything at once (thousands of files, one round trip each), then read only what changed.
    const infos = await Promise.all(
      files.map(async (path) => {
        const [info, sidecar] = await Promise.all([stat(path).catch(() => null), stat(sidecarOf(path)).catch(() => null)]);
        return { path, info, mtimeMs: Math.max(info?.mtimeMs ?? 0, sidecar?.mtimeMs ?? 0) };
      }),
    );
    const changed: { path: string; file: string; size: number; mtimeMs: number; old: StoreEntry | undefined }[] = [];
    for (const { path, info, mtimeMs } of infos) {
      const file = relative(this.dir, path);
      const old = this.entries.get(file);
      if (old && info && old.size === info.size && old.mtimeMs === mtimeMs) {
        next.set(file, old);
        reused++;
      } else {
        next.set(file, old!); // keeps the listing order; replaced below
        changed.push({ path, file, size: info?.size ?? 0, mtimeMs, old });
      }
    }
    // Read changed files a few dozen at a time, so disk waits overlap with parsing.
    for (let i = 0; i < changed.length; i += READ_BATCH) {
      const batch = changed.slice(i, i + READ_BATCH);
      const entries = await Promise.all(batch.map((c) => this.readEntry(c.path, c.file, c.size, c.mtimeMs, c.old)));
      batch.forEach((c, j) => next.set(c.file, entries[j]!));
    }
    reread = changed.length;
    // Everything is ready: from here to the swap nothing awaits, so no interaction sees a half-updated index.
    const previous = this.entries;
    this.entries = next;
    const key = hashOf([...next].map(([file, e]) => `${file}:${e.hash}`).join('\n'));
    const articles = [...next.values()].map((e) => e.article).filter((a): a is Article => a !== null);
    const indexFromCache = key === this.indexKey && this.index === null && this.cachedIndex !== null;
    if (this.index === null) {
      this.index = (indexFromCache && loadCachedIndex(this.cachedIndex!, articles)) || buildSearchIndex(articles);
    } else if (key !== this.indexKey) {
      const changed = (a: Map<string, StoreEntry>, b: Map<string, StoreEntry>) =>
        [...a].filter(([file, e]) => e.article && b.get(file)?.hash !== e.hash).map(([, e]) => e.article!);
      updateIndex(this.index, changed(previous, next), changed(next, previous));
    }
    this.indexKey = key;
    this.cachedIndex = null;
    const skipped: SkippedFile[] = [...next].filter(([, e]) => e.skipped).map(([file, e]) => ({ file, reason: e.skipped! }));
    const warnings: SkippedFile[] = [...next].filter(([, e]) => e.warning).map(([file, e]) => ({ file, reason: e.warning! }));
    const knowledge = mergeFacts([...next.values()].map((e) => e.facts).filter((f): f is ArticleFacts => f !== null));
    this.library = assembleLibrary({ dir: this.dir, articles, skipped, warnings }, knowledge, this.index);
    this.lastStats = { files: files.length, reread, reusedFromCache: reused, indexFromCache };
    // The cache is written in the background, and after a burst of reloads only once: answers are already served
    // from memory, and writing the whole cache costs as much memory as the corpus itself.
    if (this.options.cacheFile && (reread > 0 || !indexFromCache)) this.scheduleSave(first ? 0 : SAVE_DELAY_MS);
    return this.library;
  }

  private async readEntry(path: string, file: string, size: number, mtimeMs: number, old: StoreEntry | undefined): Promise<StoreEntry> {
    const read = await readArticleFile(path, this.options.maxBytes ?? MAX_FILE_BYTES);
    if (typeof read === 'string') return { hash: `skipped:${read}`, size, mtimeMs, article: null, facts: null, skipped: read };
    const sidecarText = await readFile(sidecarOf(path), 'utf8').catch(() => null);
    const hash = hashOf(`${read.text}\u0000${sidecarText ?? ''}`);
    if (old && old.hash === hash) return { ...old, size, mtimeMs };
    const meta = sidecarText === null ? null : readMeta(sidecarText);
    const article = parseArticle({ id: basename(path, extname(path)), file, text: read.text, ...(meta && 'meta' in meta ? { meta: meta.meta } : {}) });
    if (article.passages.length === 0) return { hash, size, mtimeMs, article: null, facts: null, skipped: 'no article text after cleaning' };
    const warning = meta && 'error' in meta ? `${basename(path, extname(path))}.meta.json: ${meta.error}; ignored` : undefined;
    return { hash, size, mtimeMs, article, facts: extractArticle(article), skipped: null, ...(warning ? { warning } : {}) };
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

  private async save() {
    const entries: Record<string, CacheEntry> = Object.fromEntries(this.entries);
    await writeCache(this.options.cacheFile!, { entries, indexKey: this.indexKey, index: serializeIndex(this.index!) });
  }
}
