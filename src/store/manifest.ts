/**
 * The cache's manifest: per file what a start needs without reading its record (./cache.ts). Written as columns, one
 * JSON array per field, not one object per file: JSON.parse makes an array of strings or numbers far faster than as
 * many small objects (at 100,000 articles, 0.3 s against 1.3 s, for 28 MB instead of 43), and the numbers that place a
 * record in the file are plain numbers, not a pair array each. Written as ASCII (./ascii-json.ts).
 *
 * Example, one file with an article and one skipped:
 *   {"file":["a.txt","b.txt"],"hash":["3f…","9c…"],"size":[2193,0],"mtimeMs":[1796031888210.79,1796031888211],
 *    "skipped":[null,"empty file"],"warning":[null,null],"id":["a",null],"articleFile":[null,null],
 *    "title":["Vi\u1ec7t Nam - Romania …",null],"published":[{"iso":"2018-03-03","precision":"day","inferred":false},null],
 *    "outlet":["qdnd.vn",null],"language":["vi",null],"url":[null,null],"passages":[4,0],
 *    "at":[142,4145,4288,96],"body":[185,1754,-1,0]}
 * (`articleFile` is null where the article's file is the entry's own, as it always is when written by this code.)
 */
import type { Article } from '../corpus/index.js';
import { asciiJsonArray } from './ascii-json.js';
import type { ArticleMeta, RecordSource, RecordsAt } from './lazy-records.js';

/** Per file, what a start needs without its record: the comparison with the folder, and the article's metadata. */
export interface ManifestEntry {
  file: string;
  hash: string;
  size: number;
  mtimeMs: number;
  skipped: string | null;
  warning?: string;
  /** The article's metadata: it becomes the lazy article itself. */
  article: ArticleMeta | null;
  /** The number of the article's passages. */
  passages: number;
  /** The record's line: offset and length in bytes. */
  at: [number, number];
  /** The article's JSON in the line: offset and length in bytes (its body is read without the facts). */
  body: [number, number] | null;
}

interface Columns {
  file: string[];
  hash: string[];
  size: number[];
  mtimeMs: number[];
  skipped: (string | null)[];
  warning: (string | null)[];
  id: (string | null)[];
  articleFile: (string | null)[];
  title: (string | null)[];
  published: (Article['published'] | null)[];
  outlet: (string | null)[];
  language: (Article['language'] | null)[];
  url: (string | null)[];
  passages: number[];
  at: number[];
  body: number[];
}

const PER_FILE = [
  'file',
  'hash',
  'size',
  'mtimeMs',
  'skipped',
  'warning',
  'id',
  'articleFile',
  'title',
  'published',
  'outlet',
  'language',
  'url',
  'passages',
] as const;

/** The manifest's text (see the example above), a column at a time in pieces: never one string of it all. */
export function* encodeManifestParts(entries: readonly ManifestEntry[]): Generator<string> {
  const columns = Object.fromEntries([...PER_FILE, 'at', 'body'].map((key) => [key, [] as unknown[]])) as {
    [K in keyof Columns]: unknown[];
  };
  for (const e of entries) {
    const a = e.article;
    columns.file.push(e.file);
    columns.hash.push(e.hash);
    columns.size.push(e.size);
    columns.mtimeMs.push(e.mtimeMs);
    columns.skipped.push(e.skipped);
    columns.warning.push(e.warning ?? null);
    columns.id.push(a?.id ?? null);
    columns.articleFile.push(a && a.file !== e.file ? a.file : null);
    columns.title.push(a?.title ?? null);
    columns.published.push(a?.published ?? null);
    columns.outlet.push(a?.outlet ?? null);
    columns.language.push(a?.language ?? null);
    columns.url.push(a?.url ?? null);
    columns.passages.push(e.passages);
    columns.at.push(e.at[0], e.at[1]);
    columns.body.push(...(e.body ?? [-1, 0]));
  }
  // As asciiJson(columns) writes it: `{"file":[…],"hash":[…],…}`.
  let first = true;
  for (const [key, values] of Object.entries(columns)) {
    yield `${first ? '{' : ','}${JSON.stringify(key)}:`;
    yield* asciiJsonArray(values);
    first = false;
  }
  yield first ? '{}' : '}';
}

/** The manifest's text, whole (tests). */
export const encodeManifest = (entries: readonly ManifestEntry[]): string => [...encodeManifestParts(entries)].join('');

/** One file of the manifest, read from the columns by position (no object per file is made for it). */
export class Manifest {
  private constructor(private readonly c: Columns) {}

  /** The manifest of encodeManifest's text; throws when it is not one (the caller then reads every record). */
  static parse(text: string): Manifest {
    const c = JSON.parse(text) as Columns;
    const count = Array.isArray(c?.file) ? c.file.length : -1;
    const whole =
      PER_FILE.every((key) => Array.isArray(c[key]) && c[key].length === count) &&
      Array.isArray(c.at) &&
      c.at.length === 2 * count &&
      Array.isArray(c.body) &&
      c.body.length === 2 * count;
    if (!whole) throw new RangeError('damaged manifest');
    return new Manifest(c);
  }

  get length(): number {
    return this.c.file.length;
  }

  file = (i: number) => this.c.file[i]!;
  hash = (i: number) => this.c.hash[i]!;
  size = (i: number) => this.c.size[i]!;
  mtimeMs = (i: number) => this.c.mtimeMs[i]!;
  skipped = (i: number) => this.c.skipped[i] ?? null;
  warning = (i: number) => this.c.warning[i] ?? undefined;
  passages = (i: number) => this.c.passages[i]!;
  at = (i: number): [number, number] => [this.c.at[2 * i]!, this.c.at[2 * i + 1]!];
  body = (i: number): [number, number] | null =>
    this.c.body[2 * i]! < 0 ? null : [this.c.body[2 * i]!, this.c.body[2 * i + 1]!];

  /**
   * Where each file's record lies, read by number from the columns (which this keeps: the file names, and the two
   * columns of numbers), with no object per file: ./lazy-records.ts.
   */
  records(source: RecordSource): RecordsAt {
    const { file, at, body } = this.c;
    return {
      source,
      place: (i) => ({
        offset: at[2 * i]!,
        length: at[2 * i + 1]!,
        article: body[2 * i]! < 0 ? null : [body[2 * i]!, body[2 * i + 1]!],
      }),
      file: (i) => file[i]!,
    };
  }

  /** The article's metadata, its keys in an article's order; null for a file that holds none. */
  article(i: number): ArticleMeta | null {
    const c = this.c;
    const id = c.id[i];
    if (id === null || id === undefined) return null;
    return {
      id,
      file: c.articleFile[i] ?? c.file[i]!,
      title: c.title[i]!,
      published: c.published[i] ?? null,
      outlet: c.outlet[i] ?? null,
      language: c.language[i]!,
      url: c.url[i] ?? null,
    };
  }
}
