/**
 * A click on a button or a choice in a select menu under an answer. The custom id carries the command, the page, the
 * view, the language, who asked and the arguments (or a key to them), so the answer is recomputed exactly: the same
 * answer on the page asked for, or "this answer has expired" — never a different answer. The asker's click turns their
 * message; anyone else gets their own copy, only they see, in their own language, which they can then page through
 * themselves or share. Share posts the page as a new public message; a menu jumps to a page or asks the same command
 * again with one argument chosen (a round, a partner).
 */
import type { MessageComponentInteraction } from 'discord.js';
import { MessageFlags } from './discord.js';
import { messages } from '../answers/index.js';
import { decodePageState, type ArgsRef, type PageState } from '../render/index.js';
import { renderAnswer } from '../render/discord.js';
import { answerKeys } from './answer-keys.js';
import { languageOf } from './command.js';
import { mentionWith } from './command-ids.js';
import type { BotContext } from './context.js';
import { NO_MENTIONS } from './notices.js';
import { parseOptions } from './options.js';
import { argsRefFor, pictureOf } from './reply.js';

async function notice(interaction: MessageComponentInteraction, content: string): Promise<void> {
  await interaction.reply({ content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
}

/** What the control asks for: the suffix of its custom id, and the value chosen in a menu. */
function actionOf(interaction: MessageComponentInteraction): { kind: string; value: string | undefined } {
  const kind = /#([a-z])$/.exec(interaction.customId)?.[1] ?? '';
  const value = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
  return { kind, value };
}

export async function turnPage(interaction: MessageComponentInteraction, ctx: BotContext): Promise<string> {
  const state = decodePageState(interaction.customId);
  const mine = !state?.owner || state.owner === interaction.user.id;
  // The asker keeps the language they asked in; anyone else reads their own.
  const lang = state && mine ? state.lang : languageOf(interaction.locale);
  const words = messages(lang).notices;
  const command = state ? ctx.commands.get(state.command) : undefined;
  if (!state || !command) {
    await notice(interaction, words.stale);
    return 'stale-button';
  }
  let args = 'key' in state.ref ? answerKeys.get(state.command, state.ref.key) : state.ref.args;
  if (!args) {
    await notice(interaction, words.expired);
    return 'expired-button';
  }
  const action = actionOf(interaction);
  let view: PageState['view'] = state.view;
  let page = state.page;
  let ref: ArgsRef = state.ref;
  if (action.kind === 'j' && action.value !== undefined && /^\d{1,4}$/.test(action.value)) {
    view = 'answer';
    page = Number(action.value);
  }
  if (action.kind === 'a' && action.value !== undefined) {
    // The same command, one argument chosen: the argument is named by the answer the menu belongs to.
    const parsedBefore = parseOptions(command.options, args);
    const arg = parsedBefore.ok ? command.run(ctx.library(), parsedBefore.options, lang).jump?.arg : undefined;
    if (!arg) {
      await notice(interaction, words.stale);
      return 'stale-button';
    }
    args = { ...args, [arg]: action.value };
    ref = argsRefFor(state.command, args);
    view = 'answer';
    page = 0;
  }
  // The arguments are parsed with the command's own schema, as a slash command's options are.
  const parsed = parseOptions(command.options, args);
  if (!parsed.ok) {
    await notice(interaction, words.stale);
    return 'stale-button';
  }
  const answer = command.run(ctx.library(), parsed.options, lang);
  const firstPage = view === 'answer' && page === 0;
  const picture = command.picture && firstPage ? await pictureOf(answer, ctx.logger) : null;
  const sharing = action.kind === 's';
  const render = (owner: string, ephemeral: boolean) =>
    renderAnswer(answer, {
      page,
      view,
      from: state.from,
      owner,
      command: state.command,
      ref,
      image: picture !== null,
      mention: mentionWith(ctx.commands, ctx.commandIds),
      ephemeral,
    });
  if (sharing || !mine) {
    // A shared page is public and belongs to whoever shared it; another reader's copy is theirs and only theirs.
    const message = render(interaction.user.id, !sharing);
    await interaction.reply({
      embeds: message.embeds,
      components: message.components,
      files: picture ? [picture] : [],
      allowedMentions: NO_MENTIONS,
      ...(sharing ? {} : { flags: MessageFlags.Ephemeral }),
    });
    return sharing ? 'shared' : 'own-copy';
  }
  const message = render(state.owner, isEphemeral(interaction));
  // `attachments: []` drops the previous page's picture; the first page attaches it again.
  await interaction.update({
    embeds: message.embeds,
    components: message.components,
    files: picture ? [picture] : [],
    attachments: [],
    allowedMentions: NO_MENTIONS,
  });
  return action.kind === 'a' ? 'chosen' : 'page';
}

/** Whether the message clicked is one only its reader sees (its Share button must stay). */
function isEphemeral(interaction: MessageComponentInteraction): boolean {
  return interaction.message?.flags?.has(MessageFlags.Ephemeral) ?? false;
}
