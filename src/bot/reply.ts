/**
 * A slash command answered: parse its options, compute the Answer, render it, reply. Options that do not parse, not-found
 * and bad input get a short reply only the asker sees; an answer with a timeline gets its picture, drawn after deferring so Discord's 3-second deadline is never at risk.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { AttachmentBuilder, MessageFlags } from './discord.js';
import type { z } from 'zod';
import { type Answer, messages } from '../answers/index.js';
import { fitsInline, type ArgsRef, clipUnits } from '../render/index.js';
import { renderAnswer } from '../render/discord.js';
import { languageOf, type AnswerSpec, type CommandModule } from './command.js';
import { answerKeys } from './answer-keys.js';
import { mentionWith } from './command-ids.js';
import type { BotContext } from './context.js';
import type { Logger } from './logger.js';
import { NO_MENTIONS } from './notices.js';
import { parseOptions, rawOptionsOf, replyBadOption } from './options.js';

/** Lanes a picture at embed width can still label legibly; a whole-corpus timeline keeps its busiest partners. */
const MAX_LANES = 8;

/** "🇯🇵 Việt Nam – Nhật Bản" → "Việt Nam – Nhật Bản (JP)": the picture's font has no flags, but letters read anywhere. */
export function pictureTitle(title: string): string {
  const codes: string[] = [];
  const bare = title.replace(/(\p{RI})(\p{RI})\s*/gu, (_, a: string, b: string) => {
    codes.push(String.fromCharCode(a.codePointAt(0)! - 0x1f1e6 + 65, b.codePointAt(0)! - 0x1f1e6 + 65));
    return '';
  });
  return codes.length ? `${bare.trim()} (${codes.join(', ')})` : bare.trim();
}

/**
 * The PNG renderer (resvg, a native module, and its fonts), loaded with the first picture: a start from the cache does
 * not wait for it.
 */
let pngRenderer: Promise<typeof import('../render/timeline-png.js')> | null = null;

/** The timeline picture as an attachment, or null: the picture is a bonus, and the answer goes out without it. */
export async function pictureOf(answer: Answer, logger: Logger): Promise<AttachmentBuilder | null> {
  if (!answer.timeline?.length) return null;
  try {
    const { renderTimelinePng } = await (pngRenderer ??= import('../render/timeline-png.js'));
    const words = messages(answer.lang).picture;
    const counts = new Map<string, number>();
    for (const p of answer.timeline) counts.set(p.lane, (counts.get(p.lane) ?? 0) + 1);
    const lanes = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, MAX_LANES);
    const capped = counts.size > MAX_LANES;
    const points = capped ? answer.timeline.filter((p) => lanes.includes(p.lane)) : answer.timeline;
    const title = pictureTitle(answer.title);
    const png = renderTimelinePng(points, {
      title,
      subtitle: capped ? words.capped(MAX_LANES, counts.size) : clipUnits(answer.summary, 140),
      lang: answer.lang,
      // Drawn narrower than the default 1200 px, so its labels stay legible once Discord scales it to embed width.
      width: 800,
    });
    return new AttachmentBuilder(png, {
      name: 'timeline.png',
      description: clipUnits(words.alt(title, points.length), 1024),
    });
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
  if (!parsed.ok) return replyBadOption(interaction, parsed, spec.data);
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
    const picture = await pictureOf(answer, ctx.logger);
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
