/** Shapes shared by the whole core. Pure data: no I/O, no discord.js. */

export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A date as a historian states it: never more precise than the text supports.
 * `iso` is cut to its precision: "2021-07-23", "2013-08" or "2019".
 */
export interface HistDate {
  iso: string;
  precision: DatePrecision;
  /** true when the date (or its year) was worked out rather than read. */
  inferred: boolean;
  /** "17:58" when the date line gave a time. */
  time?: string;
  /** true when the date is only an upper bound ("on or before"). */
  onOrBefore?: boolean;
}

export type Language = 'vi' | 'en';

/** One paragraph of an article's clean body; what search indexes and evidence cites. */
export interface Passage {
  /** "<articleId>#<n>", n counted from 1 for the first body paragraph. */
  id: string;
  articleId: string;
  index: number;
  /** NFC-normalised original text, exactly what users see. */
  text: string;
  /** On a listing page, the number of the item (Article.units) this paragraph belongs to. */
  unit?: number;
}

/** One item of a tag or listing page, or of a round-up: its own headline and date (null when it prints none). */
export interface ArticleUnit {
  title: string;
  published: HistDate | null;
}

/** A line the cleaner kept out of the body, with the rule that removed it. */
export interface FurnitureLine {
  line: string;
  rule: string;
}

/** Other headlines on the page, with the dates printed beside them: they can date an undated article. */
export interface PageHeadline {
  text: string;
  date: HistDate | null;
}

export interface Article {
  /** File name without extension, or its path where two files share a name (src/store/article-ids.ts): unique, stable. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  title: string;
  published: HistDate | null;
  outlet: string | null;
  language: Language;
  url: string | null;
  passages: Passage[];
  pageContext: PageHeadline[];
  furniture: FurnitureLine[];
  /** Set on a listing page or round-up: its items, each read as a report of its own (see src/corpus/units.ts). */
  units?: ArticleUnit[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Corpus {
  dir: string;
  articles: Article[];
  skipped: SkippedFile[];
  /** Files that loaded but with a problem beside them, e.g. an invalid `NAME.meta.json` that was ignored. */
  warnings?: SkippedFile[];
}
