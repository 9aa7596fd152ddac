import type { AnswerSource } from './api.js';
import { placeholderAnswer } from './placeholder.js';

// Placeholder until the real answer lands: same signature, simple content.
export const answerSource: AnswerSource = (_lib, args, options) => placeholderAnswer('source', JSON.stringify(args), options.lang);
