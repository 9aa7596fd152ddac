/** The answer functions, one module each; the CLI and commands/ import them from here. */
export type { AnswerOptions, Choice } from './api.js';
export type { Answer } from './types.js';
export type { Library } from './library.js';
export { answerDialogue } from './dialogue.js';
export { answerTopic } from './topic.js';
export { answerTimeline } from './timeline.js';
export { answerSearch } from './search.js';
export { answerSource } from './source.js';
export { answerPartners } from './partners.js';
export { answerAbout } from './about.js';
export { answerQuestion } from './question/index.js';
export { suggestPartners, suggestTopics, suggestArticles, suggestRounds } from './suggest.js';
export { label, messages, type Messages } from './messages/index.js';

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { formatDate } from './format.js';
export { assembleLibrary } from './library.js';
export { vocabularyTerms } from './search.js';
export type { Entry, Excerpt, TimelinePoint } from './types.js';
