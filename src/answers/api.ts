/**
 * The questions Attaché answers. Every entry point is a pure function of the Library (corpus, knowledge table,
 * search index) and the user's words; the CLI and the Discord commands both call these and only render the result.
 * (Signatures are the contract; bodies live in the files named beside each.)
 */
import type { Language } from '../corpus/index.js';
import type { Library } from './library.js';
import type { Answer } from './types.js';

export interface AnswerOptions {
  lang: Language;
  /**
   * The reader's own language when it is known for sure (a Discord client set to Vietnamese): a question in words is
   * then answered in it whatever language the question is typed in. Without it, the question's language decides.
   */
  reader?: Language;
}

/** An autocomplete choice: `name` is shown (≤ 100 chars), `value` is what the command receives back (≤ 100 chars). */
export interface Choice {
  name: string;
  value: string;
}

export type AnswerDialogue = (
  lib: Library,
  args: { partner: string; round?: string },
  options: AnswerOptions,
) => Answer;
export type AnswerTopic = (lib: Library, args: { topic: string }, options: AnswerOptions) => Answer;
export type AnswerTimeline = (
  lib: Library,
  args: { partner?: string; topic?: string },
  options: AnswerOptions,
) => Answer;
export type AnswerSearch = (lib: Library, args: { query: string; limit?: number }, options: AnswerOptions) => Answer;
export type AnswerSource = (
  lib: Library,
  args: { article: string; passage?: number },
  options: AnswerOptions,
) => Answer;
export type AnswerPartners = (lib: Library, args: Record<string, never>, options: AnswerOptions) => Answer;
export type AnswerAbout = (lib: Library, args: Record<string, never>, options: AnswerOptions) => Answer;
export type AnswerQuestion = (lib: Library, args: { question: string }, options: AnswerOptions) => Answer;
