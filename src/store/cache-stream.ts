/**
 * The disk cache written while a cold start reads its files (./cold-build.ts), rather than from every entry held at
 * once at the end: each record is appended to the temporary file as soon as it is read, and the entry kept in memory
 * is a stand-in that reads it back from there (./lazy-records.ts), as after a start from the cache. At the end come
 * the index file, the manifest, the merged knowledge table and the footer, the header's index key is written in place
 * (same length), and the file is flushed and renamed over the cache, as writeCache does.
 *
 * The layout is writeCache's (./cache.ts), unchanged: with the same entries the two write the same bytes. A crash
 * midway leaves only the temporary (`NAME.<pid>.tmp`), which the next start removes. When a write fails (a full disk)
 * the records not on disk stay in memory as bytes, still read by their stand-ins, and no cache is put in place.
 */
import { constants, fdatasync, mkdirSync, openSync, rename, unlink, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import {
  CHUNK_BYTES,
  type CacheEntry,
  checkCachePath,
  headerOf,
  indexPathOf,
  manifestEntry,
  recordBytesOf,
  sectionsAt,
  temporaryOf,
  writeAtomically,
} from './cache.js';
import type { ManifestEntry } from './manifest.js';
import type { RecordLine } from './record-line.js';
import { type RecordPlace, RecordSource, type RereadHooks } from './lazy-records.js';
import type { KnowledgeSnapshot } from '../knowledge/index.js';

const sync = promisify(fdatasync);
const renamed = promisify(rename);
const unlinked = promisify(unlink);
/** The index key of the header until the real one is known: the same length (a SHA-1 in hex). */
const NO_KEY = '0'.repeat(40);
const NEWLINE = 0x0a;

/** Where a record written by this stream lies, and the content hash it was written for. */
interface Written {
  hash: string;
  at: [number, number];
  body: [number, number] | null;
}

/** The records of a stream read back: from memory while not on disk (not flushed yet, or a write failed), else from the file. */
class StreamedRecords extends RecordSource {
  constructor(
    fd: number,
    hooks: RereadHooks,
    private readonly held: Map<number, Buffer>,
  ) {
    super(fd, hooks);
  }

  /** A copy of a line held in memory: the stream writes its next lines over it once it is on disk. */
  override bytes(place: RecordPlace): Buffer {
    const held = this.held.get(place.offset);
    return held ? Buffer.from(held.subarray(0, place.length)) : super.bytes(place);
  }
}

export class CacheStream {
  /** Lines appended and not yet on disk, by offset: views of `chunk` (after a failed write, copies). */
  private readonly held = new Map<number, Buffer>();
  /**
   * The header and records not yet written, copied one after another into one buffer written again after each
   * write: a record serialised on this thread is encoded straight into it (../record-line.ts, encodeEntry), not into
   * a buffer of its own (most over Node's 4 KB pools: an allocation counted against the heap) joined later.
   */
  private chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  private used = 0;
  /** The sections after the records (./cache.ts), written after the chunk. */
  private pending: Buffer[] = [];
  private offset: number;
  private readonly written = new Map<string, Written>();
  /** The first failed write: nothing more is written, and no cache is put in place. */
  private failure: Error | null = null;
  /** The stand-ins read their records from here. */
  readonly source: RecordSource;

  private constructor(
    private readonly path: string,
    private readonly fd: number,
    private readonly code: string,
    hooks: RereadHooks,
  ) {
    this.source = new StreamedRecords(fd, hooks, this.held);
    const header = headerOf(code, NO_KEY);
    this.offset = header.length;
    this.used = header.copy(this.chunk);
  }

  /**
   * A stream into the temporary beside `path`, or null when it cannot be created there (a read-only folder): the
   * caller then holds every entry whole, as before streaming. Throws CachePathError when `path` is no regular file.
   */
  static async open(path: string, code: string, hooks: RereadHooks): Promise<CacheStream | null> {
    await checkCachePath(path);
    const temporary = temporaryOf(path);
    try {
      mkdirSync(dirname(path), { recursive: true });
      await unlinked(temporary).catch(() => undefined);
      // Created new, never through a link someone put at that name; readable too, for the stand-ins.
      const fd = openSync(temporary, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o600);
      return new CacheStream(path, fd, code, hooks);
    } catch {
      return null;
    }
  }

  get failed(): Error | null {
    return this.failure;
  }

  /**
   * Appends the entry's record (`record` when it was serialised already, by the worker thread that read it); returns
   * where it lies (its stand-in reads it from there).
   */
  append(file: string, entry: CacheEntry, record?: RecordLine): RecordPlace {
    // A line serialised here is a view of the encoder's scratch buffer, good until the next record: copied now.
    const { line, article } = record ?? recordBytesOf(file, entry);
    if (!this.failure && this.used + line.length + 1 > this.chunk.length) {
      this.flush();
      if (!this.failure && line.length + 1 > this.chunk.length) this.chunk = Buffer.allocUnsafeSlow(line.length + 1);
    }
    const place: RecordPlace = { offset: this.offset, length: line.length, article };
    this.written.set(file, { hash: entry.hash, at: [place.offset, place.length], body: article });
    this.offset += line.length + 1;
    if (this.failure) {
      this.held.set(place.offset, Buffer.from(line));
      return place;
    }
    line.copy(this.chunk, this.used);
    this.chunk[this.used + line.length] = NEWLINE;
    this.held.set(place.offset, this.chunk.subarray(this.used, this.used + line.length));
    this.used += line.length + 1;
    return place;
  }

  /** Writes what is pending; after a failure, keeps it in memory (its stand-ins read it there). */
  flush(): void {
    if (this.failure || (this.used === 0 && this.pending.length === 0)) return;
    const records = this.chunk.subarray(0, this.used);
    const chunk = this.pending.length === 0 ? records : Buffer.concat([records, ...this.pending]);
    const at = this.offset - chunk.length;
    try {
      for (let done = 0; done < chunk.length; ) done += writeSync(this.fd, chunk, done, chunk.length - done, at + done);
    } catch (error) {
      this.failure = error as Error;
      this.pending = [];
      // The lines held are views of the chunk: it is not written over (later lines are held as copies).
      this.chunk = Buffer.alloc(0);
      this.used = 0;
      return;
    }
    this.pending = [];
    this.used = 0;
    this.held.clear();
    // A chunk grown for one long record goes back to its usual size.
    if (this.chunk.length > CHUNK_BYTES) this.chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  }

  /**
   * The cache completed and put in place for `entries` as they are now: a file whose entry changed since its record
   * was appended (a reload before this write) gets a record of its own after the others. Throws when a write failed;
   * the temporary is then removed (the stand-ins keep reading it through their descriptor).
   */
  async finish(data: {
    entries: Map<string, CacheEntry>;
    indexKey: string;
    index: Uint8Array | Iterable<Uint8Array>;
    knowledge: KnowledgeSnapshot | null;
  }): Promise<void> {
    const temporary = temporaryOf(this.path);
    try {
      const manifest: ManifestEntry[] = [];
      const positions = new Map<string, number>();
      for (const [file, entry] of data.entries) {
        let place = this.written.get(file);
        if (place?.hash !== entry.hash) {
          const { offset, length, article } = this.append(file, entry);
          place = { hash: entry.hash, at: [offset, length], body: article };
        }
        positions.set(file, manifest.length);
        manifest.push(manifestEntry(file, entry, place.at, place.body));
      }
      this.written.clear();
      const header = headerOf(this.code, data.indexKey);
      if (header.length !== headerOf(this.code, NO_KEY).length) throw new Error('cache index key of another length');
      this.flush();
      for (const piece of sectionsAt(this.offset, manifest, positions, data.knowledge)) {
        this.pending.push(piece);
        this.offset += piece.length;
        this.flush();
      }
      if (this.failure) throw this.failure;
      this.chunk = Buffer.alloc(0);
      // The index first, as writeCache does: records newer than their index are caught by the index key.
      await writeAtomically(indexPathOf(this.path), data.index);
      writeSync(this.fd, header, 0, header.length, 0);
      await sync(this.fd);
      // Checked again just before the rename: what is at the path now is what gets replaced.
      await checkCachePath(this.path);
      await renamed(temporary, this.path);
    } catch (error) {
      await unlinked(temporary).catch(() => undefined);
      throw error;
    }
  }

  /** Gives up the cache (the temporary removed); the stand-ins still read their records. */
  async abandon(): Promise<void> {
    this.written.clear();
    // Held records are views of the chunk: it is let go, not written over.
    this.chunk = Buffer.alloc(0);
    await unlinked(temporaryOf(this.path)).catch(() => undefined);
  }
}
