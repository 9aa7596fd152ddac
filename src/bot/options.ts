/**
 * A command's options, parsed once at the edge (the Sapphire pattern: parse, then run). Each module in commands/
 * declares a zod schema of its options; what Discord sent — or what a page button carries in its custom id — is parsed
 * with it here, and the command runs on typed values. What does not parse gets a polite reply only the asker sees.
 */
import { MessageFlags, type ChatInputCommandInteraction, type RepliableInteraction } from 'discord.js';
import { z } from 'zod';
import { languageOf } from './command.js';
import { NO_MENTIONS, notices } from './notices.js';

/** A text option the command needs: trimmed, not empty, at most `max` characters (the builder's setMaxLength). */
export const text = (max: number) =>
  z.string().trim().min(1, 'it is empty').max(max, `it is longer than ${max} characters`);

/** A text option that may be left out: empty is the same as not given. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `it is longer than ${max} characters`)
    .optional()
    .transform((v) => v || undefined);

/** A whole number option from `min` to `max` that may be left out (a button's id carries it as text). */
export const optionalWhole = (min: number, max: number) =>
  z.coerce
    .number()
    .int(`it must be a whole number from ${min} to ${max}`)
    .min(min, `it must be a whole number from ${min} to ${max}`)
    .max(max, `it must be a whole number from ${min} to ${max}`)
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

/** The polite reply to options that do not parse: which option, and why, only to the asker. */
export async function replyBadOption(
  interaction: RepliableInteraction,
  parsed: { option: string; problem: string },
): Promise<string> {
  await interaction.reply({
    content: notices[languageOf(interaction.locale)].badOption(parsed.option, parsed.problem),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
  return 'bad-options';
}
