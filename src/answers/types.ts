/**
 * An Answer is data: renderers (terminal, Discord, PNG) lay it out.
 * Sections come in order of importance; a renderer that must shorten drops from the end
 * and, inside a section, drops entries from the end (entries are already in display order).
 */
import type { HistDate, Language } from '../corpus/index.js';
import type { Evidence, RoundStatus } from '../knowledge/index.js';

export type AnswerKind =
  | 'dialogue'
  | 'topic'
  | 'timeline'
  | 'search'
  | 'source'
  | 'partners'
  | 'about'
  | 'articles'
  | 'not-found'
  | 'bad-input';

export interface Citation {
  article: string;
  passage: string;
  title: string;
  outlet: string | null;
  published: HistDate | null;
  /** Where the article can be read, when its page or sidecar says (a Link button in Discord). */
  url?: string;
}

/** A quoted source sentence with where it comes from. */
export interface Excerpt {
  text: string;
  citation: Citation;
  /** Words to mark when rendering (matched query terms). */
  marks?: string[];
}

/** A labelled line inside an entry: "Date", "Venue", "Co-chairs", … */
export interface EntryField {
  /** What the field is, for a renderer that lays some out differently ("status", "date"); the label is for people. */
  key?: string;
  label: string;
  value: string;
  evidence?: Evidence[];
}

export interface Entry {
  /** One-line heading: "4th Defence Policy Dialogue — 29 November 2016". */
  heading: string;
  date?: HistDate | null;
  status?: RoundStatus;
  fields: EntryField[];
  /** Free text under the fields (a passage, a description). */
  text?: string;
  /** Words of the text to mark (a search's matched terms). */
  marks?: string[];
  evidence: Evidence[];
}

export interface Section {
  key: string;
  title: string;
  entries: Entry[];
}

/** A point on a picture's time axis; enough for the timeline image renderer. */
export interface TimelinePoint {
  lane: string;
  /** null for a round on record without a date (a planned one): drawn in the picture's "no date yet" zone. */
  date: HistDate | null;
  label: string;
  status: RoundStatus | 'event';
  highlighted?: boolean;
}

export interface Answer {
  kind: AnswerKind;
  lang: Language;
  /** false for "not found" and bad input: a renderer shows it as a short (ephemeral) notice. */
  ok: boolean;
  title: string;
  /** Partner flag emoji, when the answer is about one partner. */
  flag?: string;
  summary: string;
  sections: Section[];
  excerpts: Excerpt[];
  /** Suggestions and next steps: "Did you mean Canada?", "Try /topic demining". */
  hints: string[];
  /** What a question in words was read as, when the parser read through a typo: "Showing Canada for ‘canda’." */
  understood?: string;
  timeline?: TimelinePoint[];
  /**
   * Ask the same command again with one argument set to one of these values (a round of this partner, a partner of
   * the whole timeline): a select menu in Discord. Values are what the argument takes, labels what the reader sees.
   */
  jump?: { arg: string; placeholder: string; options: { label: string; value: string }[] };
  footer: string;
}
