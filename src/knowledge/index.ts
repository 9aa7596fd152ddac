/** The door of src/knowledge: what other folders may use of it. */

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { findChairs } from './chairs.js';
export { exportCsv, exportJson } from './export.js';
export { extractArticle } from './extract.js';
export type { ArticleFacts } from './extract.js';
export {
  findPartners,
  findRanks,
  findRanksAfter,
  findTitles,
  findTitlesAfter,
  findTopics,
  prepareMatchers,
} from './match.js';
export { eventGrouping, KnowledgeBuilder, mergeByFile, roundGrouping } from './merge.js';
export type { Grouping, GroupSnapshot, KnowledgeSnapshot } from './merge.js';
export { mechanismName, partnerName } from './naming.js';
export { ordinal, parseEnglishOrdinal, parseRoman, parseVietnameseNumber } from './ordinals.js';
export { readPerson } from './people.js';
export {
  cleanName,
  isHome,
  NameIndex,
  nameIndexOf,
  resolvePartner,
  resolveTopic,
  searchPartners,
  searchTopics,
} from './resolve.js';
export type { NameHit, NameKind } from './resolve.js';
export { isHabitual, saysLastWeek, tiedToRound } from './round-cues.js';
export { findRoundMentions } from './round-mentions.js';
export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export { quoteBytes, sameQuote } from './evidence.js';
export { evidenceSharer, shareEvidence } from './share-evidence.js';
export { TermScan } from './term-matcher.js';
export { completeDate, dateOfMention, findTextDates, monthAlone } from './text-dates.js';
export type { YearReference } from './text-dates.js';
export type { EventRecord, Evidence, KnowledgeTable, RoundRecord, RoundStatus } from './types.js';
export { venuesIn } from './venues.js';
