/**
 * The shape of a module in commands/ (the discord.js template's: `data`, `execute`, `autocomplete`), plus the pure parts
 * a page button needs to redraw an answer after a restart: how the arguments are read and which answer they give.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, SharedSlashCommand } from 'discord.js';
import type { Language } from '../corpus/types.js';
import type { Answer, Library } from '../answers/index.js';
import type { BotContext } from './context.js';

/** How a command turns its options into an Answer — pure, so a button click can recompute it from its custom id. */
export interface AnswerSpec {
  data: SharedSlashCommand;
  /** The answer's arguments, read from the interaction (also what a page button carries). */
  argsOf: (interaction: ChatInputCommandInteraction) => Record<string, string>;
  answer: (lib: Library, args: Record<string, string>, lang: Language) => Answer;
  /** Attach the timeline picture to the first page. */
  picture?: boolean;
}

export interface CommandModule extends AnswerSpec {
  /** Answers the slash command; resolves to the outcome written in the interaction's log line. */
  execute: (interaction: ChatInputCommandInteraction, ctx: BotContext) => Promise<string>;
  /** Answers autocomplete from memory; never throws (an error responds with no choices). */
  autocomplete?: (interaction: AutocompleteInteraction, ctx: BotContext) => Promise<void>;
}

/** Discord sends a Vietnamese client's locale as "vi"; everyone else gets English. */
export const languageOf = (locale: string | null | undefined): Language => (locale === 'vi' ? 'vi' : 'en');
