/**
 * An Answer as Discord messages: embeds with the summary, rounds as compact fields, quotes behind a Sources view, pages
 * of about 1,500 characters with Previous / Next, select menus where a list is long. Every Discord limit is enforced here
 * (and in the modules beside it) and only here.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { EmbedBuilder, inlineCode, MessageFlags } from '../bot/discord.js';
import { type Answer, type Entry, messages } from '../answers/index.js';
import type { ArgsRef } from './custom-id.js';
import { controlsOf, type Row } from './discord-controls.js';
import { entryField, excerptField, lineFields, linkable } from './discord-fields.js';
import { clipUnits, LIMITS } from './discord-limits.js';
import { safeText } from './discord-text.js';

export { escapeText, safeText } from './discord-text.js';

/**
 * What a page holds beside its title and footer: about 1,500 characters of answer, so a page reads at a glance; the
 * Sources view quotes whole sentences and gets more. Both stay far under Discord's 6,000.
 */
const PAGE_BUDGET = { answer: 1500, sources: 3000 } as const;
const COLORS = { ok: 0x2f7bbf, notice: 0xd4a72c } as const;
/** Answers listed one line per entry, grouped by year, rather than a field per entry. */
const AS_LINES = new Set<Answer['kind']>(['timeline', 'partners']);

const fieldSize = (f: APIEmbedField) => f.name.length + f.value.length;

/** Group fields into pages that fit 25 fields and the budget beside the fixed parts (a page holds at least one). */
function paginate(fields: APIEmbedField[], budget: number, firstExtra: number): APIEmbedField[][] {
  const pages: APIEmbedField[][] = [[]];
  let used = firstExtra;
  for (const field of fields) {
    const page = pages.at(-1)!;
    if (page.length > 0 && (page.length >= LIMITS.fields || used + fieldSize(field) > budget)) {
      pages.push([field]);
      used = fieldSize(field);
    } else {
      page.push(field);
      used += fieldSize(field);
    }
  }
  return pages;
}

/** "2013 – 2016": the years a page of dated fields covers (the year fields of a timeline). */
function periodOf(page: APIEmbedField[]): string {
  const years = page.map((f) => f.name).filter((n) => /^\d{4}$/.test(n));
  if (!years.length) return page[0]?.name ?? '';
  return years[0] === years.at(-1) ? years[0]! : `${years[0]} – ${years.at(-1)}`;
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
  /** The message is one only its reader sees: it gets a Share button that posts it for everyone. */
  ephemeral?: boolean;
}

export interface DiscordMessage {
  embeds: APIEmbed[];
  components: Row[];
  allowedMentions: { parse: [] };
  /** Set for not-found and bad input: a short notice only the asker sees. */
  flags?: typeof MessageFlags.Ephemeral;
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
    LIMITS.embedTotal - 200 - title.length - footerBase.length - LIMITS.fieldName - LIMITS.fieldValue - 60,
  );
  // The summary opens with the sentence that answers; what a question in words was read as follows it, in italics.
  const understood = answer.understood ? `*${safeText(answer.understood, 300)}*` : '';
  const description = clipUnits(
    [safeText(answer.summary), understood, hints].filter(Boolean).join('\n\n') || '—',
    descriptionRoom,
  );
  const sectionsWithTitles = answer.sections.filter((s) => s.entries.length).length > 1;
  const answerFields = AS_LINES.has(answer.kind)
    ? lineFields(
        answer.sections.flatMap((s) => s.entries),
        answer,
        answer.sections[0]?.title ?? '—',
      )
    : answer.sections.flatMap((s) =>
        s.entries.map((e: Entry, i) => entryField(e, answer, sectionsWithTitles && i === 0 ? s.title : undefined)),
      );
  const sourceFields = answer.excerpts.map((e) => excerptField(e, answer));
  const fields = ctx.view === 'sources' ? sourceFields : answerFields;
  const pages = paginate(fields, PAGE_BUDGET[ctx.view], ctx.view === 'answer' ? Math.min(description.length, 900) : 0);
  const page = Math.min(Math.max(ctx.page, 0), pages.length - 1);
  const sourcesTitle = messages(answer.lang).labels.sources;

  const embed = new EmbedBuilder()
    .setColor(answer.ok ? COLORS.ok : COLORS.notice)
    .setTitle(
      ctx.view === 'sources' ? `${clipUnits(title, LIMITS.title - sourcesTitle.length - 3)} · ${sourcesTitle}` : title,
    );
  if (ctx.view === 'answer' && page === 0) embed.setDescription(description);
  if (pages[page]!.length) embed.addFields(pages[page]!);
  if (ctx.image && ctx.view === 'answer' && page === 0) embed.setImage('attachment://timeline.png');

  // The article behind the first quoted source, when its address is known: a clickable title and an "Open article" link.
  const url = answer.excerpts.map((e) => linkable(e.citation.url)).find((u) => u !== null) ?? null;
  if (url && answer.ok) embed.setURL(url);
  const counter = pages.length > 1 ? ` · ${page + 1}/${pages.length}` : '';
  embed.setFooter({ text: `${footerBase}${counter}` });
  const labels = ctx.view === 'answer' && answer.kind === 'timeline' ? pages.map(periodOf) : [];
  const components = controlsOf(answer, ctx, { page, count: pages.length, labels }, url);
  return {
    embeds: [embed.toJSON()],
    components,
    allowedMentions: { parse: [] },
    pageCount: pages.length,
    ...(answer.ok ? {} : { flags: MessageFlags.Ephemeral }),
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
