import type { AnswerQuestion } from './api.js';
import { placeholderAnswer } from './placeholder.js';

// Placeholder until the real answer lands: same signature, simple content.
export const answerQuestion: AnswerQuestion = (_lib, args, options) => placeholderAnswer('question', JSON.stringify(args), options.lang);
