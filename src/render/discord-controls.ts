/**
 * The buttons and select menus under an answer. Every custom id carries the page state (./custom-id.ts) and a suffix
 * naming the control: #p previous, #n next, #v Sources/Back, #s share, #j jump to a page, #a ask again with an argument.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord.js';
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, StringSelectMenuBuilder } from '../bot/discord.js';
import { type Answer, messages } from '../answers/index.js';
import { encodePageState, type PageState } from './custom-id.js';
import { clipUnits, LIMITS } from './discord-limits.js';
import type { RenderContext } from './discord.js';

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;
/** Discord shows at most 25 options in a select menu. */
const MAX_OPTIONS = 25;

export interface PageInfo {
  page: number;
  count: number;
  /** What each answer page covers ("2013 – 2016"), for the period menu; empty when pages have no dates. */
  labels: string[];
}

export function controlsOf(answer: Answer, ctx: RenderContext, pages: PageInfo, url: string | null): Row[] {
  const words = messages(answer.lang).controls;
  const from = ctx.view === 'sources' ? Math.max(ctx.from ?? 0, 0) : pages.page;
  const state = (p: number, view: PageState['view']): string =>
    encodePageState({
      command: ctx.command,
      page: Math.max(p, 0),
      from,
      view,
      lang: answer.lang,
      owner: ctx.owner,
      ref: ctx.ref,
    });
  const buttons: ButtonBuilder[] = [];
  const { page, count } = pages;
  if (count > 1) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(`${state(page - 1, ctx.view)}#p`)
        .setLabel(words.previous)
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(page === 0),
      new ButtonBuilder()
        .setCustomId(`${state(page + 1, ctx.view)}#n`)
        .setLabel(words.next)
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(page >= count - 1),
    );
  }
  if (answer.excerpts.length && answer.ok) {
    const toSources = ctx.view === 'answer';
    buttons.push(
      new ButtonBuilder()
        // Back returns to the answer page Sources was opened from.
        .setCustomId(`${toSources ? state(0, 'sources') : state(from, 'answer')}#v`)
        .setLabel(toSources ? words.sources : words.back)
        .setStyle(ButtonStyle.Primary),
    );
  }
  // An answer only its reader sees can be posted for everyone (the same page, as a new public message).
  if (ctx.ephemeral && answer.ok)
    buttons.push(
      new ButtonBuilder()
        .setCustomId(`${state(page, ctx.view)}#s`)
        .setLabel(words.share)
        .setStyle(ButtonStyle.Success),
    );
  if (url && answer.ok)
    buttons.push(new ButtonBuilder().setStyle(ButtonStyle.Link).setURL(url).setLabel(words.openArticle));
  const rows: Row[] = [];
  if (buttons.length) rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons).toJSON());
  if (!answer.ok || ctx.view !== 'answer') return rows;
  const jump = answer.jump;
  if (jump && jump.options.length > 1) {
    const menu = new StringSelectMenuBuilder()
      .setCustomId(`${state(0, 'answer')}#a`)
      .setPlaceholder(clipUnits(jump.placeholder, 150))
      .addOptions(
        jump.options
          .filter((o) => o.value.length > 0 && o.value.length <= LIMITS.choiceValue)
          .slice(0, MAX_OPTIONS)
          .map((o) => ({ label: clipUnits(o.label, 100) || '…', value: o.value })),
      );
    rows.push(new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu).toJSON());
  }
  if (pages.labels.length > 2) rows.push(periodMenu(pages, state(page, 'answer'), words.pickPeriod));
  return rows;
}

/** Jump to a page by the period it covers; past 25 pages, every n-th page is offered. */
function periodMenu(pages: PageInfo, id: string, placeholder: string): Row {
  const step = Math.ceil(pages.labels.length / MAX_OPTIONS);
  const options = pages.labels
    .map((labelText, page) => ({
      label: clipUnits(labelText, 100) || '…',
      value: String(page),
      default: page === pages.page,
    }))
    .filter((o) => Number(o.value) % step === 0);
  const menu = new StringSelectMenuBuilder().setCustomId(`${id}#j`).setPlaceholder(placeholder).addOptions(options);
  return new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu).toJSON();
}
