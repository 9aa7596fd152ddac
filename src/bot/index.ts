/** The door of src/bot: what other folders may use of it. */

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { diffCommands, sameCommand } from './command-diff.js';
export type { AnswerSpec, CommandModule } from './command.js';
export { CommandLoadError, commandPayloads, loadCommands } from './commands.js';
export type { BotContext } from './context.js';
export { afterLoad, EARLY_DEFER_MS } from './early.js';
export { watchFolderTree } from './folder-watch.js';
export { handleInteraction } from './interactions.js';
export { createLogger, redactSecrets } from './logger.js';
export type { Logger } from './logger.js';
export { optionalText, optionalWhole, parseOptions, text } from './options.js';
export { RateLimiter } from './rate-limit.js';
export { answerWith, pictureTitle } from './reply.js';
export { fitChoices, suggestWith } from './suggest.js';
export { cleanUserText } from './user-text.js';
export { watchCorpus } from './watch.js';
