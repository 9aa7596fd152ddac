/**
 * The shape of a module in commands/ (the discord.js template's: `data`, `execute`, `autocomplete`), plus the pure parts
 * a page button needs to redraw an answer after a restart: the schema of the command's options and the answer they give.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, SharedSlashCommand } from 'discord.js';
import type { z } from 'zod';
import type { Language } from '../corpus/index.js';
import type { Answer, Library } from '../answers/index.js';
import type { BotContext } from './context.js';

/** How a command turns its options into an Answer — pure, so a button click can recompute it from its custom id. */
export interface AnswerSpec<Options extends z.ZodType = z.ZodType> {
  data: SharedSlashCommand;
  /**
   * The command's options, parsed once at the edge (./options.ts) from the interaction or a page button's id. Values
   * arrive as Discord sends them or as text from a button, so numbers are coerced.
   */
  options: Options;
  /** The answer for parsed options (a method, so that a command's own option type fits the general shape). */
  run(lib: Library, options: z.output<Options>, lang: Language): Answer;
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
