/**
 * A slash command answered: parse its options, compute the Answer, render it, reply. Options that do not parse, not-found
 * and bad input get a short reply only the asker sees; an answer with a timeline gets its picture, drawn after deferring so Discord's 3-second deadline is never at risk.
 */
import { AttachmentBuilder, MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { z } from 'zod';
import type { Answer } from '../answers/index.js';
import { fitsInline, type ArgsRef, clipUnits } from '../render/index.js';
import { renderAnswer } from '../render/discord.js';
import { renderTimelinePng } from '../render/timeline-png.js';
import { languageOf, type AnswerSpec, type CommandModule } from './command.js';
import { answerKeys } from './answer-keys.js';
import { mentionWith } from './command-ids.js';
import type { BotContext } from './context.js';
import type { Logger } from './logger.js';
import { NO_MENTIONS } from './notices.js';
import { parseOptions, rawOptionsOf, replyBadOption } from './options.js';

/** The timeline picture as an attachment, or null: the picture is a bonus, and the answer goes out without it. */
export function pictureOf(answer: Answer, logger: Logger): AttachmentBuilder | null {
  if (!answer.timeline?.length) return null;
  try {
    const png = renderTimelinePng(answer.timeline, {
      // The picture's font has no flag glyphs: a flag would draw as empty boxes.
      title: answer.title.replace(/\p{RI}{2}\s*/gu, ''),
      subtitle: clipUnits(answer.summary, 140),
      lang: answer.lang,
    });
    return new AttachmentBuilder(png, { name: 'timeline.png' });
  } catch (error) {
    logger.warn({ err: error }, 'timeline picture failed');
    return null;
  }
}

async function replyWithAnswer<Options extends z.ZodType>(
  interaction: ChatInputCommandInteraction,
  spec: AnswerSpec<Options>,
  ctx: BotContext,
): Promise<string> {
  const lang = languageOf(interaction.locale);
  const parsed = parseOptions(spec.options, rawOptionsOf(interaction));
  if (!parsed.ok) return replyBadOption(interaction, parsed);
  const answer = spec.run(ctx.library(), parsed.options, lang);
  const ref = answer.ok ? argsRefFor(spec.data.name, parsed.args) : { args: {} };
  const render = (image: boolean) =>
    renderAnswer(answer, {
      page: 0,
      view: 'answer',
      owner: interaction.user.id,
      command: spec.data.name,
      ref,
      image,
      mention: mentionWith(ctx.commands, ctx.commandIds),
    });
  if (!answer.ok) {
    const message = render(false);
    await interaction.reply({
      embeds: message.embeds,
      allowedMentions: NO_MENTIONS,
      flags: message.flags ?? MessageFlags.Ephemeral,
    });
    return 'not-found';
  }
  if (spec.picture && answer.timeline?.length) {
    await interaction.deferReply();
    const picture = pictureOf(answer, ctx.logger);
    const message = render(picture !== null);
    await interaction.editReply({
      embeds: message.embeds,
      components: message.components,
      files: picture ? [picture] : [],
      allowedMentions: NO_MENTIONS,
    });
    return 'answered';
  }
  const message = render(false);
  await interaction.reply({ embeds: message.embeds, components: message.components, allowedMentions: NO_MENTIONS });
  return 'answered';
}

/** The arguments inline in the buttons when they fit (they survive a restart), else a key to the bot's store. */
export function argsRefFor(command: string, args: Record<string, string>): ArgsRef {
  return fitsInline(command, args) ? { args } : { key: answerKeys.put(command, args) };
}

/** A command's `execute`: reply with the Answer its spec computes. */
export function answerWith<Options extends z.ZodType>(spec: AnswerSpec<Options>): CommandModule['execute'] {
  return (interaction, ctx) => replyWithAnswer(interaction, spec, ctx);
}
