/** The shape of a module in commands/: its definition, how it reads its options, and which answer it gives. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, SharedSlashCommand } from 'discord.js';
import type { Language } from '../corpus/types.js';
import type { Answer, Choice, Library } from '../answers/index.js';

export interface CommandModule {
  data: SharedSlashCommand;
  /** The answer's arguments, read from the interaction (also what a page button carries). */
  argsOf: (interaction: ChatInputCommandInteraction) => Record<string, string>;
  answer: (lib: Library, args: Record<string, string>, lang: Language) => Answer;
  autocomplete?: (interaction: AutocompleteInteraction, lib: Library, lang: Language) => Choice[];
  /** Attach the timeline picture to the first page. */
  picture?: boolean;
}

/** Discord sends a Vietnamese client's locale as "vi"; everyone else gets English. */
export const languageOf = (locale: string | null | undefined): Language => (locale === 'vi' ? 'vi' : 'en');
