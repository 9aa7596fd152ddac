/**
 * Interactions that arrive before the corpus is loaded. The bot logs in while its store loads (./main.ts), so a command
 * can come in first: it waits for the Library. Discord wants a first response within 3 seconds, so one that is still
 * waiting after EARLY_DEFER_MS is deferred ("Attaché is thinking…"), and the handler's replies then go to the deferred
 * response, which it does not know about: `reply` edits it (or, for a reply only its user may see, follows up
 * privately and removes the public placeholder), `update` of a button's message edits it, a second defer does nothing.
 * An autocomplete cannot be deferred: one still waiting at the deadline gets no suggestions.
 */
import type { Interaction, InteractionReplyOptions } from 'discord.js';
import { MessageFlags } from './discord.js';

/** Well inside Discord's 3 seconds, leaving room for the defer's own round trip. */
export const EARLY_DEFER_MS = 2_000;

/** Whether the reply's flags ask for a message only its user sees. */
function isEphemeral(options: unknown): boolean {
  const flags = (options as { flags?: unknown } | null)?.flags;
  if (typeof flags === 'number') return (flags & MessageFlags.Ephemeral) !== 0;
  if (Array.isArray(flags)) return flags.includes(MessageFlags.Ephemeral) || flags.includes('Ephemeral');
  return false;
}

/** Replies routed to the deferred response, as described above. */
function routeToDeferred(interaction: Interaction): void {
  if (!interaction.isRepliable()) return;
  const target = interaction as unknown as Record<string, unknown>;
  target.deferReply = async () => undefined;
  target.deferUpdate = async () => undefined;
  target.reply = async (options: InteractionReplyOptions | string) => {
    if (typeof options !== 'string' && isEphemeral(options)) {
      await interaction.followUp(options);
      await interaction.deleteReply().catch(() => undefined);
      return;
    }
    const { flags: _flags, ...rest } = typeof options === 'string' ? { content: options } : options;
    await interaction.editReply(rest);
  };
  if (interaction.isMessageComponent()) target.update = (options: object) => interaction.editReply(options);
}

/**
 * Handle `interaction` once `loaded` settles (the Library is there; a failed load exits the process, so this one is
 * dropped). Deferred first if the wait reaches the deadline.
 */
export async function afterLoad(
  interaction: Interaction,
  loaded: Promise<unknown>,
  handle: (interaction: Interaction) => Promise<void>,
  deferAfterMs = EARLY_DEFER_MS,
): Promise<void> {
  let deferring: Promise<unknown> | null = null;
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    if (interaction.isChatInputCommand()) deferring = interaction.deferReply();
    else if (interaction.isMessageComponent()) deferring = interaction.deferUpdate();
    if (deferring) routeToDeferred(interaction);
  }, deferAfterMs);
  try {
    await loaded;
  } catch {
    return;
  } finally {
    clearTimeout(timer);
  }
  if (deferring) await (deferring as Promise<unknown>).catch(() => undefined);
  if (expired && interaction.isAutocomplete()) {
    await interaction.respond([]).catch(() => undefined);
    return;
  }
  await handle(interaction);
}
