/**
 * Every interaction goes through here: autocomplete, slash commands and page buttons are routed to their handler, each
 * gets one log line (command, options, latency, outcome), and anything that goes wrong gets a polite ephemeral apology
 * with an error id that is also in the log. Nothing a user does can crash the process.
 */
import { randomBytes } from 'node:crypto';
import type { Interaction, RepliableInteraction } from 'discord.js';
import { MessageFlags, time } from './discord.js';
import { languageOf } from './command.js';
import type { BotContext } from './context.js';
import { NO_MENTIONS, notices } from './notices.js';
import { rawOptionsOf } from './options.js';
import { turnPage } from './pages.js';
import { cleanInteractionText } from './user-text.js';

export type { BotContext } from './context.js';

/**
 * Commands count against the user's allowance; over it, a "slow down" only they see, saying when to retry. Page turns
 * and other button presses are not counted: they redraw an answer already given.
 */
async function withinAllowance(interaction: RepliableInteraction, ctx: BotContext): Promise<boolean> {
  if (ctx.limiter.take(interaction.user.id)) return true;
  await interaction.reply({
    // A Discord timestamp ("in 8 seconds"), shown in the reader's own language and counting down.
    content: notices[languageOf(interaction.locale)].slowDown(
      time(Math.ceil(ctx.limiter.retryAt(interaction.user.id) / 1000), 'R'),
    ),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
  return false;
}

async function apologise(interaction: Interaction, errorId: string, ctx: BotContext): Promise<void> {
  if (!interaction.isRepliable()) return;
  const reply = {
    content: notices[languageOf(interaction.locale)].apology(errorId),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  } as const;
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(reply);
    else await interaction.reply(reply);
  } catch (replyError) {
    // The interaction may have expired (10062): nothing more can be said to the user.
    ctx.logger.warn({ err: replyError, errorId }, 'could not send the apology');
  }
}

export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  const started = performance.now();
  let name = 'unknown';
  let outcome = 'ignored';
  let options: Record<string, unknown> = {};
  let errorId: string | undefined;
  try {
    cleanInteractionText(interaction);
    if (interaction.isAutocomplete()) {
      name = `${interaction.commandName}:autocomplete`;
      const command = ctx.commands.get(interaction.commandName);
      await (command?.autocomplete?.(interaction, ctx) ?? interaction.respond([]));
      outcome = 'suggested';
    } else if (interaction.isChatInputCommand()) {
      name = interaction.commandName;
      ctx.commandIds?.learn(interaction.commandName, interaction.commandId);
      const command = ctx.commands.get(interaction.commandName);
      if (!command) {
        // A client with a stale command list (registered before the last deploy) can still send it.
        await interaction.reply({
          content: notices[languageOf(interaction.locale)].unknownCommand,
          allowedMentions: NO_MENTIONS,
          flags: MessageFlags.Ephemeral,
        });
        outcome = 'unknown-command';
        return;
      }
      options = rawOptionsOf(interaction);
      outcome = (await withinAllowance(interaction, ctx)) ? await command.execute(interaction, ctx) : 'rate-limited';
    } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
      name = interaction.isButton() ? 'button' : 'menu';
      options = { customId: interaction.customId };
      outcome = await turnPage(interaction, ctx);
    }
  } catch (error) {
    errorId = randomBytes(4).toString('hex');
    outcome = 'error';
    ctx.logger.error({ err: error, errorId, command: name }, 'interaction failed');
    await apologise(interaction, errorId, ctx);
  } finally {
    ctx.logger.info(
      {
        command: name,
        options,
        user: interaction.user.id,
        latencyMs: Math.round(performance.now() - started),
        outcome,
        ...(errorId ? { errorId } : {}),
      },
      'interaction',
    );
  }
}
