/** The words the timeline picture writes, in the user's language, from the message catalogue (src/answers/messages/). */
import { messages } from '../answers/index.js';

export const PICTURE_WORDS = { en: messages('en').picture, vi: messages('vi').picture };

export type PictureWords = (typeof PICTURE_WORDS)['en'];
