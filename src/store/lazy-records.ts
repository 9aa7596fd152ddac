/**
 * Cache records read on demand. A start from the disk cache reads only its manifest (each file's size, time, hash,
 * the article's metadata and where its record lies) and its merged knowledge table; an article's body and a file's
 * facts are read from the cache file, at their offset, the first time an answer or a reload needs them. At 10,000
 * articles the records are 41 MB of JSON: parsing them all was most of a start's time and memory.
 *
 * The cache file stays open for this: a later write replaces it by a rename, and the open handle still reads the
 * file as it was. Each record is checked against its checksum (and its file and hash against the manifest's) when it
 * is read; one that fails is never used: the file is read again from the corpus folder, at once.
 */
import { closeSync, readSync } from 'node:fs';
import { markLazy, markRead, Returning, type Article } from '../corpus/index.js';
import type { CacheEntry } from './cache.js';
import { checkedArticle, checkedRecord, entryOfLine } from './record-line.js';

/** Where a record's line lies in the cache file (its newline excluded), and its article's JSON in the line. */
export interface RecordPlace {
  offset: number;
  length: number;
  article: [number, number] | null;
}

/** What a lazy record does when it fails its check: say so, and read the file again (null: it cannot be read). */
export interface RereadHooks {
  damaged(file: string): void;
  reread(file: string, id: string): CacheEntry | null;
}

/** An article's metadata, as the manifest keeps it: enough for every answer that does not quote its text. */
export type ArticleMeta = Pick<Article, 'id' | 'file' | 'title' | 'published' | 'outlet' | 'language' | 'url'>;

/**
 * The article's metadata, a new object with its keys in the order parsing writes them (the manifest's and the
 * cache's JSON): read key by key, so a getter of the article's body (its page context) is never asked.
 */
export function articleMetaOf(article: Article): ArticleMeta {
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    published: article.published,
    outlet: article.outlet,
    language: article.language,
    url: article.url,
  };
}

/** A source no entry refers to any more closes its file. */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Closed already.
  }
});

/** The open cache file that lazy records are read from (a descriptor of its own: a later write renames over it). */
export class RecordSource {
  constructor(
    private readonly fd: number,
    readonly hooks: RereadHooks,
  ) {
    closeWhenCollected.register(this, fd);
  }

  /** The line's bytes as they are on disk now. */
  bytes({ offset, length }: RecordPlace): Buffer {
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, buffer, read, length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  }

  /** The line's bytes when they still hold the record the manifest describes, else null. */
  checkedBytes(place: RecordPlace, file: string, hash: string): Buffer | null {
    const bytes = this.bytes(place);
    const record = checkedRecord(bytes, 0, bytes.length);
    return typeof record !== 'string' && record.file === file && record.hash === hash ? bytes : null;
  }

  /** The record's entry, checked; when it fails, the file read again (null when that fails too). */
  entry(place: RecordPlace, file: string, hash: string, id: string): CacheEntry | null {
    let bytes: Buffer | null = null;
    try {
      bytes = this.bytes(place);
    } catch {
      // The file cannot be read any more: as damaged.
    }
    const record = bytes ? entryOfLine(bytes, 0, bytes.length) : '?';
    if (typeof record !== 'string' && record.file === file && record.hash === hash) {
      const { file: _file, ...entry } = record;
      return entry;
    }
    this.hooks.damaged(file);
    return this.hooks.reread(file, id);
  }

  /** The record's article alone, checked; when it fails, the file read again (null when that fails too). */
  article(place: RecordPlace, file: string, hash: string, id: string): Article | null {
    let article: Article | null = null;
    try {
      if (place.article) article = checkedArticle(this.bytes(place), file, hash, place.article);
    } catch {
      // The file cannot be read any more: as damaged.
    }
    if (article) return article;
    this.hooks.damaged(file);
    return this.hooks.reread(file, id)?.article ?? null;
  }
}

/**
 * Where a run of records lies: the records of a cache's manifest (one object for all of them, the places read from
 * its columns by number), or one record a cold build appended.
 */
export interface RecordsAt {
  readonly source: RecordSource;
  place(i: number): RecordPlace;
  file(i: number): string;
}

/** One record's place (a cold build's entry). */
export class OneRecord implements RecordsAt {
  constructor(
    readonly source: RecordSource,
    private readonly at: RecordPlace,
    private readonly name: string,
  ) {}
  place(): RecordPlace {
    return this.at;
  }
  file(): string {
    return this.name;
  }
}

/**
 * Where a lazy entry's record lies, kept on the entry itself as private fields: invisible to keys, spreads and JSON
 * as a WeakMap's entry was, but with nothing allocated per entry and no weak table for the collector to walk (at
 * 100,000 articles three weak maps of 100,000 keys, and an object or three per entry, were a sixth of a start from
 * the cache).
 */
class RecordStamp extends Returning {
  #records: RecordsAt;
  #i: number;
  private constructor(entry: CacheEntry, records: RecordsAt, i: number) {
    super(entry);
    this.#records = records;
    this.#i = i;
  }
  static stamp(entry: CacheEntry, records: RecordsAt, i: number): void {
    new RecordStamp(entry, records, i);
  }
  static copy(from: CacheEntry, to: CacheEntry): boolean {
    if (!(#records in from)) return false;
    new RecordStamp(to, from.#records, from.#i);
    return true;
  }
  /** The entry's record: where it lies, its file. Undefined for an entry that is not lazy. */
  static of(entry: CacheEntry): { source: RecordSource; place: RecordPlace; file: string } | undefined {
    if (!(#records in entry)) return undefined;
    const records = entry.#records;
    return { source: records.source, place: records.place(entry.#i), file: records.file(entry.#i) };
  }
}

/** A lazy article's entry (whose record holds its body) until the body is read, as a private field of the article. */
class BodyStamp extends Returning {
  #entry: CacheEntry | null;
  private constructor(article: Article, entry: CacheEntry) {
    super(article);
    this.#entry = entry;
  }
  static stamp(article: Article, entry: CacheEntry): void {
    new BodyStamp(article, entry);
  }
  /** The entry, once: the body is read from it now. */
  static take(article: Article): CacheEntry | null {
    if (!(#entry in article)) return null;
    const entry = article.#entry;
    article.#entry = null;
    return entry;
  }
}

/** The record's line of a lazy entry, still valid, for the writer to copy; null for any other entry. */
export function unreadLine(entry: CacheEntry): { line: Buffer; article: [number, number] | null } | null {
  const at = RecordStamp.of(entry);
  const line = at?.source.checkedBytes(at.place, at.file, entry.hash);
  return line ? { line, article: at!.place.article } : null;
}

/** The entry's record, read now (checked, or its file read again). */
function recordOf(entry: CacheEntry): CacheEntry | null {
  const at = RecordStamp.of(entry);
  return at ? at.source.entry(at.place, at.file, entry.hash, entry.article?.id ?? '') : null;
}

/**
 * Accessors shared by every lazy object (one function each, not one closure per object: at 10,000 articles and
 * 46,000 passages closures cost more memory than the metadata they served). Own and enumerable, so that a lazy
 * object spreads, serialises and compares as a plain one.
 */
const factsAccessor: PropertyDescriptor = {
  get(this: CacheEntry) {
    return recordOf(this)?.facts ?? null;
  },
  enumerable: true,
  configurable: true,
};

/**
 * An entry whose article carries its metadata and whose body and facts are read from its record on first use. The
 * properties are in the order a parsed entry has them, so that it serialises alike.
 */
export function lazyEntry(
  records: RecordsAt,
  i: number,
  base: { hash: string; size: number; mtimeMs: number; warning?: string },
  meta: ArticleMeta,
  passageCount: number,
): CacheEntry {
  const entry = { hash: base.hash, size: base.size, mtimeMs: base.mtimeMs, article: null } as unknown as CacheEntry;
  RecordStamp.stamp(entry, records, i);
  entry.article = lazyArticle(meta, passageCount, entry);
  Object.defineProperty(entry, 'facts', factsAccessor);
  entry.skipped = null;
  if (base.warning !== undefined) entry.warning = base.warning;
  return entry;
}

/** The same lazy entry with another size and time (a file touched, not edited). */
export function retimed(entry: CacheEntry, size: number, mtimeMs: number): CacheEntry {
  if (!RecordStamp.of(entry) || !entry.article) return { ...entry, size, mtimeMs };
  const copy = { hash: entry.hash, size, mtimeMs, article: entry.article } as unknown as CacheEntry;
  RecordStamp.copy(entry, copy);
  Object.defineProperty(copy, 'facts', factsAccessor);
  copy.skipped = null;
  if (entry.warning !== undefined) copy.warning = entry.warning;
  return copy;
}

type BodyKey = 'passages' | 'pageContext' | 'furniture' | 'units';
const BODY_KEYS: BodyKey[] = ['passages', 'pageContext', 'furniture', 'units'];
/** Reads the body from the record and makes its parts plain properties (in place, so the order of the keys stays). */
function settle(article: Article): void {
  const entry = BodyStamp.take(article);
  const at = entry && RecordStamp.of(entry);
  const body = at ? at.source.article(at.place, at.file, entry.hash, article.id) : null;
  for (const key of ['passages', 'pageContext', 'furniture'] as const)
    Object.defineProperty(article, key, { value: body?.[key] ?? [], writable: true, enumerable: true });
  if (body?.units !== undefined)
    Object.defineProperty(article, 'units', { value: body.units, writable: true, enumerable: true });
  else delete article.units;
  markRead(article);
}

/** One descriptor per body key, in BODY_KEYS's order. */
const bodyAccessors: PropertyDescriptor[] = BODY_KEYS.map((key) => ({
  get(this: Article) {
    settle(this);
    return this[key];
  },
  enumerable: true,
  configurable: true,
}));

/**
 * An article with its metadata, whose body (passages, page context, furniture, units) is read on first use and then
 * kept. Until then the search index knows its passage count (../corpus/lazy.ts) and reads no text.
 */
function lazyArticle(meta: ArticleMeta, passageCount: number, entry: CacheEntry): Article {
  // The metadata object itself becomes the article (its keys are in an article's order; the body's follow).
  // One defineProperty per key: a third faster than one defineProperties of them all (100,000 articles at a start).
  const article = meta as Article;
  for (let k = 0; k < BODY_KEYS.length; k++) Object.defineProperty(article, BODY_KEYS[k]!, bodyAccessors[k]!);
  BodyStamp.stamp(article, entry);
  markLazy(article, passageCount);
  return article;
}
