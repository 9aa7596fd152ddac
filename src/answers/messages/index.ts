/**
 * The message catalogue: every sentence a user reads, in English and Vietnamese, by name. Answers, renderers, the bot
 * and the commands take their words from here, so a language is one file and never a branch in the code.
 */
import type { Language } from '../../corpus/index.js';
import { en, type Messages } from './en.js';
import { vi } from './vi.js';

export type { Messages } from './en.js';

const CATALOGUE: Record<Language, Messages> = { en, vi };

export function messages(lang: Language): Messages {
  return CATALOGUE[lang];
}

export type LabelKey = keyof Messages['labels'];

export function label(lang: Language, key: LabelKey): string {
  return CATALOGUE[lang].labels[key];
}

/** The one of two data fields (a vocabulary row's `en`/`vi`, an event's summary) that is in the reader's language. */
export function inLanguage<T>(lang: Language, pair: Record<Language, T>): T {
  return pair[lang];
}
