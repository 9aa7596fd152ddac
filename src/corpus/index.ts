/** The door of src/corpus: what other folders may use of it. */

/** Exported for test/corpus/utf8.test.ts, which holds them to the TextDecoder and String.prototype.trim they replaced. */
export { decodeUtf8, isBlank } from './utf8.js';
/** Exported for test/corpus/classified-as.test.ts, which holds it to classifyLine on every line of the fixtures. */
export { classifiedAs } from './furniture.js';
/** Exported for test/corpus/line-ends.test.ts, which holds them to the expressions and the joined text they replaced. */
export { endMarkerAt, endsSentence, endsStopBeforeBracket, endsWithOneOf, withoutTrailingDots } from './line-ends.js';
export { detectLanguage, languageOfPieces } from './parse.js';
/** Exported for test/corpus/budget.test.ts, which holds unbrokenRunReason to it. */
export { MAX_UNBROKEN_RUN } from './budget.js';

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { processingFailedReason, unbrokenRunReason } from './budget.js';
export { readContained, readContainedSync } from './contained.js';
export { dateLineWords } from './date-words.js';
export { readDateline } from './dateline.js';
export { parseDateLine, parseHeadlineDate } from './dates.js';
export { classifyLine, FURNITURE_RULES } from './furniture.js';
export { markLazy, markRead, Returning, unreadPassageCount } from './lazy.js';
export {
  CorpusError,
  corpusFolderError,
  isArticleName,
  listCorpusFiles,
  MAX_FILE_BYTES,
  readArticleFile,
  readArticleFileSync,
  readSidecar,
  readSidecarSync,
  sidecarOf,
} from './load.js';
export type { CorpusListing } from './load.js';
export { readMeta } from './meta.js';
export { outletFromLead, outletFromSourceLine } from './outlet.js';
export { parseArticle } from './parse.js';
export type { Article, Corpus, DatePrecision, HistDate, Language, Passage, SkippedFile } from './types.js';
export { unitsOf } from './units.js';
