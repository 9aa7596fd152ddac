/** The evidence a fact keeps: the one sentence it was read from, with its article and passage. */
import type { Sentence } from './sentences.js';
import type { Evidence } from './types.js';

export const evidenceOf = (s: Sentence): Evidence => ({
  article: s.passage.articleId,
  passage: s.passage.id,
  quote: s.text,
});
