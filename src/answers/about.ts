import type { AnswerAbout } from './api.js';
import { placeholderAnswer } from './placeholder.js';

// Placeholder until the real answer lands: same signature, simple content.
export const answerAbout: AnswerAbout = (_lib, args, options) => placeholderAnswer('about', JSON.stringify(args), options.lang);
