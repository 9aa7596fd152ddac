/**
 * A command's `autocomplete`: choices computed from memory (never deferred), cut to Discord's limits, and never an
 * error — a failing suggestion responds with no choices, so the user's typing is not interrupted.
 */
import type { AutocompleteInteraction } from 'discord.js';
import type { Language } from '../corpus/index.js';
import type { Choice, Library } from '../answers/index.js';
import { clipUnits, LIMITS } from '../render/index.js';
import { languageOf, type CommandModule } from './command.js';

type Suggest = (interaction: AutocompleteInteraction, lib: Library, lang: Language) => Choice[];

/** Discord rejects the whole response if one choice breaks a limit, so each is made to fit (or dropped). */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  return (
    choices
      .map((c) => ({ name: clipUnits(c.name, LIMITS.choiceName) || '…', value: c.value }))
      // A value cut short would answer a different question: a choice whose value does not fit is left out.
      .filter((c) => c.value.length > 0 && c.value.length <= LIMITS.choiceValue)
      .slice(0, LIMITS.choices)
  );
}

export function suggestWith(suggest: Suggest): NonNullable<CommandModule['autocomplete']> {
  return async (interaction, ctx) => {
    let choices: Choice[] = [];
    try {
      choices = fitChoices(suggest(interaction, ctx.library(), languageOf(interaction.locale)));
    } catch (error) {
      ctx.logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
    }
    await interaction.respond(choices);
  };
}
