import type { AnswerSearch } from './api.js';
import { placeholderAnswer } from './placeholder.js';

// Placeholder until the real answer lands: same signature, simple content.
export const answerSearch: AnswerSearch = (_lib, args, options) => placeholderAnswer('search', JSON.stringify(args), options.lang);
