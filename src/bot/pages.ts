/**
 * A Previous / Next / Sources click. The custom id carries the command, its arguments, the page, the language and who
 * asked, so the answer is recomputed from the id alone — buttons keep working after a restart.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { decodePageState } from '../render/custom-id.js';
import { renderAnswer } from '../render/discord.js';
import { languageOf } from './command.js';
import type { BotContext } from './context.js';
import { NO_MENTIONS, notices } from './notices.js';
import { parseOptions } from './options.js';
import { pictureOf } from './reply.js';

export async function turnPage(interaction: ButtonInteraction, ctx: BotContext): Promise<string> {
  const state = decodePageState(interaction.customId);
  const lang = state?.lang ?? languageOf(interaction.locale);
  const command = state ? ctx.commands.get(state.command) : undefined;
  // The id's arguments are parsed with the command's own schema, as a slash command's options are.
  const parsed = state && command ? parseOptions(command.options, state.args) : undefined;
  if (!state || !command || !parsed?.ok) {
    await interaction.reply({
      content: notices[lang].stale,
      allowedMentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    });
    return 'stale-button';
  }
  if (state.owner && state.owner !== interaction.user.id) {
    await interaction.reply({
      content: notices[lang].notYours,
      allowedMentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    });
    return 'not-owner';
  }
  const answer = command.run(ctx.library(), parsed.options, state.lang);
  const firstPage = state.view === 'answer' && state.page === 0;
  const picture = command.picture && firstPage ? pictureOf(answer, ctx.logger) : null;
  const message = renderAnswer(answer, {
    page: state.page,
    view: state.view,
    owner: state.owner,
    command: state.command,
    args: state.args,
    image: picture !== null,
    shortened: state.shortened,
  });
  // `attachments: []` drops the previous page's picture; the first page attaches it again.
  await interaction.update({
    embeds: message.embeds,
    components: message.components,
    files: picture ? [picture] : [],
    attachments: [],
    allowedMentions: NO_MENTIONS,
  });
  return 'page';
}
