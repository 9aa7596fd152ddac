/**
 * A Previous / Next / Sources / Back click. The custom id carries the command, the page, the view, the language, who
 * asked and the arguments (or a key to them), so the answer is recomputed exactly: the same answer on the page asked
 * for, or "this answer has expired" — never a different answer. The asker's click turns their message; anyone else
 * gets their own copy, only they see, in their own language, which they can then page through themselves.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { decodePageState } from '../render/index.js';
import { renderAnswer } from '../render/discord.js';
import { answerKeys } from './answer-keys.js';
import { languageOf } from './command.js';
import { mentionWith } from './command-ids.js';
import type { BotContext } from './context.js';
import { NO_MENTIONS, notices } from './notices.js';
import { parseOptions } from './options.js';
import { pictureOf } from './reply.js';

async function notice(interaction: ButtonInteraction, content: string): Promise<void> {
  await interaction.reply({ content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
}

export async function turnPage(interaction: ButtonInteraction, ctx: BotContext): Promise<string> {
  const state = decodePageState(interaction.customId);
  const mine = !state?.owner || state.owner === interaction.user.id;
  // The asker keeps the language they asked in; anyone else reads their own.
  const lang = state && mine ? state.lang : languageOf(interaction.locale);
  const command = state ? ctx.commands.get(state.command) : undefined;
  if (!state || !command) {
    await notice(interaction, notices[lang].stale);
    return 'stale-button';
  }
  const args = 'key' in state.ref ? answerKeys.get(state.command, state.ref.key) : state.ref.args;
  if (!args) {
    await notice(interaction, notices[lang].expired);
    return 'expired-button';
  }
  // The arguments are parsed with the command's own schema, as a slash command's options are.
  const parsed = parseOptions(command.options, args);
  if (!parsed.ok) {
    await notice(interaction, notices[lang].stale);
    return 'stale-button';
  }
  const answer = command.run(ctx.library(), parsed.options, lang);
  const firstPage = state.view === 'answer' && state.page === 0;
  const picture = command.picture && firstPage ? pictureOf(answer, ctx.logger) : null;
  const message = renderAnswer(answer, {
    page: state.page,
    view: state.view,
    from: state.from,
    owner: mine ? state.owner : interaction.user.id,
    command: state.command,
    ref: state.ref,
    image: picture !== null,
    mention: mentionWith(ctx.commands, ctx.commandIds),
  });
  if (!mine) {
    await interaction.reply({
      embeds: message.embeds,
      components: message.components,
      files: picture ? [picture] : [],
      allowedMentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    });
    return 'own-copy';
  }
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
