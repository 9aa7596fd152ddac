/**
 * An Answer as Discord messages: embeds with the summary, rounds as fields, excerpts as block quotes with their
 * citation, pages with Previous / Next and a Sources view. Every Discord limit is enforced here and only here.
 */
import {
  ActionRowBuilder,
  blockQuote,
  bold,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  inlineCode,
  MessageFlags,
  quote,
  time,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { HistDate } from '../corpus/index.js';
import { type Answer, type Entry, type Excerpt, formatDate } from '../answers/index.js';
import { encodePageState, type ArgsRef, type PageState } from './custom-id.js';
import { clipUnits, LIMITS } from './discord-limits.js';

/** Room kept under Discord's 6000 for the page counter and rounding. */
const PAGE_BUDGET = LIMITS.embedTotal - 200;
const COLORS = { ok: 0x2f7bbf, notice: 0xd4a72c } as const;

/**
 * Markdown characters from articles or users shown as themselves. discord.js's escapeMarkdown takes quadratic time on
 * long text (seconds for a hostile 10,000-character input), so this linear escape is used for text we did not write.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\*_~`|>#[\]]/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** Text from articles or users, escaped whole: it can neither format nor break the layout. */
export function safeText(text: string, max: number = LIMITS.description): string {
  return escapeText(clipUnits(text, max).replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' '));
}

/** A field value we composed: our own bold markers ("**…**", a highlighted topic) survive, the rest is escaped. */
function safeComposed(text: string, max: number): string {
  return clipUnits(text, max)
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    .split('**')
    .map((part, i) => (i % 2 ? bold(escapeText(part)) : escapeText(part)))
    .join('');
}

/** A day that the record states (not inferred, not an upper bound) may use Discord's localised timestamp. */
function honestTimestamp(date: HistDate | null | undefined): string | null {
  if (date?.precision !== 'day' || date.inferred || date.onOrBefore) return null;
  // Noon UTC keeps the same calendar day for nearly every reader's time zone.
  return time(new Date(`${date.iso}T12:00:00Z`), 'D');
}

function entryField(entry: Entry, lang: Answer['lang'], sectionTitle?: string): APIEmbedField {
  const lines = entry.fields.map((f) => {
    const stamp = f.value === formatDate(entry.date, lang) ? honestTimestamp(entry.date) : null;
    return `${bold(escapeText(f.label))}: ${stamp ?? safeComposed(f.value, LIMITS.fieldValue)}`;
  });
  if (entry.text) lines.push(blockQuote(safeText(entry.text, LIMITS.fieldValue)));
  const name = `${sectionTitle ? `${sectionTitle} · ` : ''}${entry.heading}`;
  return {
    name: clipUnits(safeText(name, LIMITS.fieldName), LIMITS.fieldName),
    value: clipUnits(lines.join('\n') || '—', LIMITS.fieldValue),
  };
}

/** The quoted sentence, then where it comes from: outlet · date · `article#passage` (the id /source takes). */
function excerptField(e: Excerpt, lang: Answer['lang']): APIEmbedField {
  const when = e.citation.published
    ? formatDate(e.citation.published, lang)
    : lang === 'en'
      ? 'undated'
      : 'không ghi ngày';
  const cite = [
    e.citation.outlet && safeText(e.citation.outlet, 200),
    when,
    inlineCode(e.citation.passage.replace(/`/g, '').slice(0, 120)),
  ]
    .filter(Boolean)
    .join(' · ');
  // quote() per line, not blockQuote(): ">>>" would swallow the citation line into the quote.
  const room = LIMITS.fieldValue - cite.length - 8;
  const quoted = safeText(e.text, room)
    .split('\n')
    .map((line) => quote(line))
    .join('\n');
  const name = safeText(e.citation.title || e.citation.article, LIMITS.fieldName);
  return {
    name: clipUnits(name, LIMITS.fieldName) || '—',
    value: clipUnits(`${clipUnits(quoted, room)}\n— ${cite}`, LIMITS.fieldValue),
  };
}

const fieldSize = (f: APIEmbedField) => f.name.length + f.value.length;

/** Group fields into pages that fit 25 fields and the 6000-character budget beside the fixed parts. */
function paginate(fields: APIEmbedField[], fixed: number, firstExtra: number): APIEmbedField[][] {
  const pages: APIEmbedField[][] = [[]];
  let used = fixed + firstExtra;
  for (const field of fields) {
    const page = pages.at(-1)!;
    if (page.length > 0 && (page.length >= LIMITS.fields || used + fieldSize(field) > PAGE_BUDGET)) {
      pages.push([field]);
      used = fixed + fieldSize(field);
    } else {
      page.push(field);
      used += fieldSize(field);
    }
  }
  return pages;
}

/**
 * A hint names a command in backticks (the terminal's syntax: "Try `partners`"). In Discord the command becomes a
 * mention the user clicks (`</partners:id>`), with any arguments after it as inline code; names Discord does not have
 * stay as they were.
 */
function hintText(hint: string, mention: RenderContext['mention']): string {
  return hint
    .split(/(`[^`]+`)/)
    .map((part) => {
      const code = /^`\/?([a-z-]+)(?:\s+(.*))?`$/.exec(part);
      const mentioned = code && mention?.(code[1]!);
      if (!code || !mentioned) return safeText(part, 500);
      return code[2] ? `${mentioned} ${inlineCode(code[2].slice(0, 200))}` : mentioned;
    })
    .join('');
}

export interface RenderContext {
  page: number;
  view: 'answer' | 'sources';
  /** Who asked: only they can turn the pages. */
  owner: string;
  command: string;
  /** The command's arguments as its buttons carry them (inline, or a key to the bot's store). */
  ref: ArgsRef;
  /** In the sources view: the answer page Back returns to. */
  from?: number;
  /** Attach the timeline picture (first page of the answer view only). */
  image?: boolean;
  /** A command's clickable mention (`</dialogue:id>`), or null when Discord has no such command. */
  mention?: (command: string) => string | null;
}

export interface DiscordMessage {
  embeds: APIEmbed[];
  components: ReturnType<ActionRowBuilder<ButtonBuilder>['toJSON']>[];
  allowedMentions: { parse: [] };
  /** Set for not-found and bad input: a short notice only the asker sees. */
  flags?: MessageFlags.Ephemeral;
  pageCount: number;
}

export function renderAnswer(answer: Answer, ctx: RenderContext): DiscordMessage {
  // The partner's flag leads the title, unless the answer's title already carries it.
  const flagged = answer.flag && !answer.title.includes(answer.flag) ? `${answer.flag} ${answer.title}` : answer.title;
  const title = clipUnits(safeText(flagged, LIMITS.title), LIMITS.title - 20);
  const hints = answer.hints.map((h) => `› ${hintText(h, ctx.mention)}`).join('\n');
  const footerBase = clipUnits(answer.footer || 'Attaché', 200);
  // The first page must still hold one full field beside the title, description and footer.
  const descriptionRoom = Math.min(
    LIMITS.description,
    PAGE_BUDGET - title.length - footerBase.length - LIMITS.fieldName - LIMITS.fieldValue - 60,
  );
  // The summary opens with the sentence that answers; what a question in words was read as follows it, in italics.
  const understood = answer.understood ? `*${safeText(answer.understood, 300)}*` : '';
  const description = clipUnits(
    [safeText(answer.summary), understood, hints].filter(Boolean).join('\n\n') || '—',
    descriptionRoom,
  );
  const sectionsWithTitles = answer.sections.filter((s) => s.entries.length).length > 1;
  const answerFields = answer.sections.flatMap((s) =>
    s.entries.map((e, i) => entryField(e, answer.lang, sectionsWithTitles && i === 0 ? s.title : undefined)),
  );
  const sourceFields = answer.excerpts.map((e) => excerptField(e, answer.lang));
  const fields = ctx.view === 'sources' ? sourceFields : answerFields;
  const fixed = title.length + footerBase.length + 40;
  const pages = paginate(fields, fixed, ctx.view === 'answer' ? description.length : 0);
  const page = Math.min(Math.max(ctx.page, 0), pages.length - 1);
  const sourcesTitle = answer.lang === 'en' ? 'Sources' : 'Nguồn';

  const embed = new EmbedBuilder()
    .setColor(answer.ok ? COLORS.ok : COLORS.notice)
    .setTitle(
      ctx.view === 'sources' ? `${clipUnits(title, LIMITS.title - sourcesTitle.length - 3)} · ${sourcesTitle}` : title,
    );
  if (ctx.view === 'answer' && page === 0) embed.setDescription(description);
  if (pages[page]!.length) embed.addFields(pages[page]!);
  if (ctx.image && ctx.view === 'answer' && page === 0) embed.setImage('attachment://timeline.png');

  const from = ctx.view === 'sources' ? Math.max(ctx.from ?? 0, 0) : page;
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
  if (pages.length > 1) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(`${state(page - 1, ctx.view)}#p`)
        .setLabel(answer.lang === 'en' ? '◀ Previous' : '◀ Trước')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(page === 0),
      new ButtonBuilder()
        .setCustomId(`${state(page + 1, ctx.view)}#n`)
        .setLabel(answer.lang === 'en' ? 'Next ▶' : 'Sau ▶')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(page >= pages.length - 1),
    );
  }
  if (answer.excerpts.length && answer.ok) {
    const toSources = ctx.view === 'answer';
    buttons.push(
      new ButtonBuilder()
        // Back returns to the answer page Sources was opened from.
        .setCustomId(`${toSources ? state(0, 'sources') : state(from, 'answer')}#v`)
        .setLabel(toSources ? sourcesTitle : answer.lang === 'en' ? 'Back to answer' : 'Quay lại')
        .setStyle(ButtonStyle.Primary),
    );
  }
  // The article behind the first quoted source, when its address is known: a clickable title and an "Open article"
  // link. Only web addresses Discord accepts for a link button (http/https, at most 512 characters).
  const url = answer.excerpts
    .map((e) => e.citation.url)
    .find((u) => u !== undefined && /^https?:\/\/\S+$/.test(u) && u.length <= LIMITS.linkUrl);
  if (url && answer.ok) {
    embed.setURL(url);
    buttons.push(
      new ButtonBuilder()
        .setStyle(ButtonStyle.Link)
        .setURL(url)
        .setLabel(answer.lang === 'en' ? 'Open article' : 'Mở bài báo'),
    );
  }
  const counter = pages.length > 1 ? ` · ${page + 1}/${pages.length}` : '';
  embed.setFooter({ text: `${footerBase}${counter}` });
  const components = buttons.length ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons).toJSON()] : [];
  return {
    embeds: [embed.toJSON()],
    components,
    allowedMentions: { parse: [] },
    pageCount: pages.length,
    ...(answer.ok ? {} : { flags: MessageFlags.Ephemeral as const }),
  };
}

/** Total characters Discord counts for the embeds of a message. */
export function embedLength(embeds: APIEmbed[]): number {
  return embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0),
    0,
  );
}
