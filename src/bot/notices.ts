import { messages } from '../answers/index.js';

/** The bot's own short messages (not answers), in both languages. */
export const NO_MENTIONS = { parse: [] as [] };

/** The notices of the message catalogue, by language (src/answers/messages/). */
export const notices = { en: messages('en').notices, vi: messages('vi').notices };
