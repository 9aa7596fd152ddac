/**
 * Every interaction goes through here: autocomplete from memory, slash commands and page buttons answered from the
 * current Library, one log line each, and a polite ephemeral reply for anything that goes wrong.
 */
import { randomBytes } from 'node:crypto';
import { AttachmentBuilder, MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Answer, Library } from '../answers/index.js';
import { decodePageState } from '../render/custom-id.js';
import { renderAnswer } from '../render/discord.js';
import { clipUnits, LIMITS } from '../render/discord-limits.js';
import { renderTimelinePng } from '../render/timeline-png.js';
import { languageOf, type CommandModule } from './command.js';
import { COMMANDS } from './commands.js';
import type { Logger } from './logger.js';
import type { RateLimiter } from './rate-limit.js';

export interface BotContext {
  /** The current Library; a reload swaps it whole, so one interaction always reads one consistent Library. */
  library: () => Library;
  logger: Logger;
  limiter: RateLimiter;
}

const NO_MENTIONS = { parse: [] as [] };

const notices = {
  en: {
    slowDown: 'You are asking quickly: please wait a few seconds and try again.',
    notYours: 'Only the person who asked can turn these pages. Run the command yourself to get your own copy.',
    stale: 'This button belongs to an answer Attaché no longer knows how to redraw. Please ask again.',
    apology: (id: string) => `Sorry, something went wrong on our side. If it happens again, mention error id \`${id}\`.`,
  },
  vi: {
    slowDown: 'Bạn hỏi hơi nhanh: vui lòng đợi vài giây rồi thử lại.',
    notYours: 'Chỉ người đặt câu hỏi mới chuyển được trang. Hãy tự chạy lệnh để có bản của riêng bạn.',
    stale: 'Nút này thuộc một câu trả lời không còn vẽ lại được. Vui lòng hỏi lại.',
    apology: (id: string) => `Xin lỗi, đã có lỗi từ phía chúng tôi. Nếu lặp lại, hãy báo mã lỗi \`${id}\`.`,
  },
};

function pictureOf(answer: Answer, logger: Logger): AttachmentBuilder | null {
  if (!answer.timeline?.length) return null;
  try {
    const png = renderTimelinePng(answer.timeline, { title: answer.title, subtitle: clipUnits(answer.summary, 140) });
    return new AttachmentBuilder(png, { name: 'timeline.png' });
  } catch (error) {
    // The picture is a bonus: the answer goes out without it.
    logger.warn({ err: error }, 'timeline picture failed');
    return null;
  }
}

async function answerCommand(interaction: ChatInputCommandInteraction, command: CommandModule, ctx: BotContext): Promise<string> {
  const lang = languageOf(interaction.locale);
  const args = command.argsOf(interaction);
  const answer = command.answer(ctx.library(), args, lang);
  const message = renderAnswer(answer, { page: 0, view: 'answer', owner: interaction.user.id, command: command.data.name, args, image: false });
  if (!answer.ok) {
    await interaction.reply({ embeds: message.embeds, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
    return 'not-found';
  }
  if (command.picture && answer.timeline?.length) {
    // Drawing the picture takes a moment: acknowledge first so Discord's 3-second deadline is never at risk.
    await interaction.deferReply();
    const picture = pictureOf(answer, ctx.logger);
    const withImage = renderAnswer(answer, { page: 0, view: 'answer', owner: interaction.user.id, command: command.data.name, args, image: picture !== null });
    await interaction.editReply({ embeds: withImage.embeds, components: withImage.components, files: picture ? [picture] : [], allowedMentions: NO_MENTIONS });
    return 'answered';
  }
  await interaction.reply({ embeds: message.embeds, components: message.components, allowedMentions: NO_MENTIONS });
  return 'answered';
}

async function turnPage(interaction: ButtonInteraction, ctx: BotContext): Promise<string> {
  const state = decodePageState(interaction.customId);
  const lang = state?.lang ?? languageOf(interaction.locale);
  const command = state ? COMMANDS.get(state.command) : undefined;
  if (!state || !command) {
    await interaction.reply({ content: notices[lang].stale, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
    return 'stale-button';
  }
  if (state.owner && state.owner !== interaction.user.id) {
    await interaction.reply({ content: notices[lang].notYours, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
    return 'not-owner';
  }
  const answer = command.answer(ctx.library(), state.args, state.lang);
  const firstPage = state.view === 'answer' && state.page === 0;
  const picture = command.picture && firstPage ? pictureOf(answer, ctx.logger) : null;
  const message = renderAnswer(answer, { page: state.page, view: state.view, owner: state.owner, command: state.command, args: state.args, image: picture !== null });
  await interaction.update({ embeds: message.embeds, components: message.components, files: picture ? [picture] : [], attachments: [], allowedMentions: NO_MENTIONS });
  return 'page';
}

function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
  const command = COMMANDS.get(interaction.commandName);
  let choices: { name: string; value: string }[] = [];
  try {
    choices = command?.autocomplete?.(interaction, ctx.library(), languageOf(interaction.locale)) ?? [];
  } catch (error) {
    ctx.logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
  }
  const safe = choices
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: clipUnits(c.name, LIMITS.choiceName) || '…', value: c.value.slice(0, LIMITS.choiceValue) }))
    .filter((c) => c.value.length > 0);
  return interaction.respond(safe);
}

export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  const started = performance.now();
  const lang = languageOf(interaction.locale);
  let name = 'unknown';
  let outcome = 'ignored';
  let options: Record<string, string> = {};
  try {
    if (interaction.isAutocomplete()) {
      name = `${interaction.commandName}:autocomplete`;
      await autocomplete(interaction, ctx);
      outcome = 'suggested';
    } else if (interaction.isChatInputCommand()) {
      name = interaction.commandName;
      const command = COMMANDS.get(interaction.commandName);
      if (!command) return;
      options = command.argsOf(interaction);
      if (!ctx.limiter.take(interaction.user.id)) {
        await interaction.reply({ content: notices[lang].slowDown, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
        outcome = 'rate-limited';
      } else {
        outcome = await answerCommand(interaction, command, ctx);
      }
    } else if (interaction.isButton()) {
      name = 'button';
      options = { customId: interaction.customId };
      if (!ctx.limiter.take(interaction.user.id)) {
        await interaction.reply({ content: notices[lang].slowDown, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
        outcome = 'rate-limited';
      } else {
        outcome = await turnPage(interaction, ctx);
      }
    }
  } catch (error) {
    const errorId = randomBytes(4).toString('hex');
    outcome = 'error';
    ctx.logger.error({ err: error, errorId, command: name }, 'interaction failed');
    if (interaction.isRepliable()) {
      const reply = { content: notices[lang].apology(errorId), allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral } as const;
      try {
        if (interaction.deferred || interaction.replied) await interaction.followUp(reply);
        else await interaction.reply(reply);
      } catch (replyError) {
        // The interaction may have expired (10062): nothing more can be said to the user.
        ctx.logger.warn({ err: replyError, errorId }, 'could not send the apology');
      }
    }
  } finally {
    ctx.logger.info({ command: name, options, user: interaction.user.id, latencyMs: Math.round(performance.now() - started), outcome }, 'interaction');
  }
}
