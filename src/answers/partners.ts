import type { AnswerPartners } from './api.js';
import { placeholderAnswer } from './placeholder.js';

// Placeholder until the real answer lands: same signature, simple content.
export const answerPartners: AnswerPartners = (_lib, args, options) => placeholderAnswer('partners', JSON.stringify(args), options.lang);
