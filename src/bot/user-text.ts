/**
 * Text a user typed, made safe at the edge before any command sees it. Discord delivers whatever a client sends:
 * lone surrogates (which encodeURIComponent, TextEncoder round trips and some renderers refuse), and invisible
 * controls that reorder or hide what a public answer echoes back (the bidirectional overrides of "Trojan source",
 * zero-width characters that make two equal-looking words differ).
 */
import type { CommandInteractionOption, Interaction } from 'discord.js';

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the marks U+200E, U+200F, U+061C,
 * and the zero-width characters U+200B–U+200D, U+2060, U+FEFF.
 */
const INVISIBLE_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g;

/** Well-formed (a lone surrogate becomes U+FFFD) and with no invisible control. */
export function cleanUserText(text: string): string {
  return text.toWellFormed().replace(INVISIBLE_CONTROLS, '');
}

function cleanOptions(options: readonly CommandInteractionOption[] | undefined): void {
  for (const option of options ?? []) {
    // discord.js hands commands these same objects (getString, getFocused), so cleaning them here cleans every read.
    if (typeof option.value === 'string') (option as { value: string }).value = cleanUserText(option.value);
    cleanOptions(option.options);
  }
}

/** Cleans the string options of a slash command or an autocomplete in place, before any handler reads them. */
export function cleanInteractionText(interaction: Interaction): void {
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return;
  // Read defensively: a handler must never throw on an interaction shaped other than discord.js builds it.
  const options = interaction.options as { data?: readonly CommandInteractionOption[] } | undefined;
  cleanOptions(options?.data);
}
