/**
 * What the bot's start needs of discord.js and of the modules built on it, in one module that ./main.ts imports only
 * once the corpus has started loading: importing discord.js is about half a second of the start, and meanwhile the
 * store's worker thread is already walking the corpus folder (src/store/scan.ts) and its files are being read.
 */
export { Events } from './discord.js';
export { createClient } from './client.js';
export { CommandIds, fetchCommandIds } from './command-ids.js';
export { CommandLoadError, loadCommands } from './commands.js';
export { afterLoad } from './early.js';
export { gatewayReady, loginFailureMessage, onFatalClose } from './gateway-fatal.js';
export { handleInteraction } from './interactions.js';
