/**
 * A command's options, parsed once at the edge (the Sapphire pattern: parse, then run). Each module in commands/
 * declares a zod schema of its options; what Discord sent — or what a page button carries in its custom id — is parsed
 * with it here, and the command runs on typed values. What does not parse gets a polite reply only the asker sees.
 */
import type { ChatInputCommandInteraction, RepliableInteraction, SharedSlashCommand } from 'discord.js';
import { MessageFlags } from './discord.js';
import { z } from 'zod';
import { messages } from '../answers/index.js';
import type { Language } from '../corpus/index.js';
import { languageOf } from './command.js';
import { NO_MENTIONS, notices } from './notices.js';

/**
 * What is wrong with an option, as a code the reply turns into a sentence in the reader's language (the catalogue's
 * `options`): "empty", "long:100", "whole:1:50".
 */
const PROBLEM = {
  empty: 'empty',
  long: (max: number) => `long:${max}`,
  whole: (min: number, max: number) => `whole:${min}:${max}`,
};

/** A text option the command needs: trimmed, not empty, at most `max` characters (the builder's setMaxLength). */
export const text = (max: number) => z.string().trim().min(1, PROBLEM.empty).max(max, PROBLEM.long(max));

/** A text option that may be left out: empty is the same as not given. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, PROBLEM.long(max))
    .optional()
    .transform((v) => v || undefined);

/** A whole number option from `min` to `max` that may be left out (a button's id carries it as text). */
export const optionalWhole = (min: number, max: number) =>
  z.coerce
    .number()
    .int(PROBLEM.whole(min, max))
    .min(min, PROBLEM.whole(min, max))
    .max(max, PROBLEM.whole(min, max))
    .optional();

/** Option values by name, as Discord sent them (strings, integers, booleans): what the log line shows. */
export type RawOptions = Record<string, string | number | boolean>;

export function rawOptionsOf(interaction: ChatInputCommandInteraction): RawOptions {
  const raw: RawOptions = {};
  for (const option of interaction.options.data) if (option.value !== undefined) raw[option.name] = option.value;
  return raw;
}

export type ParsedOptions<T> =
  | {
      ok: true;
      options: T;
      /** The same options as text, for a page button's custom id (which a click parses again with the schema). */
      args: Record<string, string>;
    }
  | { ok: false; option: string; problem: string };

/** Options (from an interaction or a button's id) → typed values, or the first option that is wrong and why. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): ParsedOptions<z.output<S>> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, option: String(issue.path[0] ?? '?'), problem: issue.message };
  }
  const args: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.data as Record<string, unknown>))
    if (value !== undefined && value !== '') args[name] = String(value);
  return { ok: true, options: result.data, args };
}

/** The problem code of a schema above as a sentence in the reader's language (anything else: "not valid"). */
function problemText(problem: string, lang: Language): string {
  const words = messages(lang).options;
  const [kind, a, b] = problem.split(':');
  if (kind === 'empty') return words.empty;
  if (kind === 'long') return words.tooLong(Number(a));
  if (kind === 'whole') return words.whole(Number(a), Number(b));
  return words.invalid;
}

/** The option's name as the reader's client shows it (its Vietnamese name for a Vietnamese reader). */
function optionName(command: SharedSlashCommand | undefined, option: string, lang: Language): string {
  const json = command?.toJSON().options?.find((o) => o.name === option);
  return json ? { en: json.name, vi: json.name_localizations?.vi ?? json.name }[lang] : option;
}

/** The polite reply to options that do not parse: which option, and why, only to the asker, in their language. */
export async function replyBadOption(
  interaction: RepliableInteraction,
  parsed: { option: string; problem: string },
  command?: SharedSlashCommand,
): Promise<string> {
  const lang = languageOf(interaction.locale);
  await interaction.reply({
    content: notices[lang].badOption(optionName(command, parsed.option, lang), problemText(parsed.problem, lang)),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
  return 'bad-options';
}
