/**
 * An Answer's entries and excerpts as embed fields. Rounds are compact: the heading carries the date (and the status
 * when not held), so the lines under it say only what the heading does not. Quotes stay behind Sources, except where
 * the passage is the answer (search, source). A timeline's entries are one line each, grouped by year.
 */
import type { APIEmbedField } from 'discord.js';
import { blockQuote, bold, hyperlink, quote, time } from '../bot/discord.js';
import type { HistDate } from '../corpus/index.js';
import { type Answer, type Entry, type Excerpt, formatDate, label } from '../answers/index.js';
import { clipUnits, LIMITS } from './discord-limits.js';
import { escapeText, markedText, safeComposed, safeText } from './discord-text.js';

/** Fields the heading already says ("4th Defence Policy Dialogue — 29 November 2016 (planned)"). */
const IN_HEADING = new Set(['status', 'date']);
/** Answers whose text is the answer itself; elsewhere an entry's text is a quote, shown behind Sources. */
const TEXT_IS_ANSWER = new Set<Answer['kind']>(['search', 'source', 'about', 'not-found', 'bad-input']);

/** A day that the record states (not inferred, not an upper bound) may use Discord's localised timestamp. */
function honestTimestamp(date: HistDate | null | undefined): string | null {
  if (date?.precision !== 'day' || date.inferred || date.onOrBefore) return null;
  // Noon UTC keeps the same calendar day for nearly every reader's time zone.
  return time(new Date(`${date.iso}T12:00:00Z`), 'D');
}

export function entryField(entry: Entry, answer: Answer, sectionTitle?: string): APIEmbedField {
  const lines = entry.fields
    .filter((f) => !(f.key && IN_HEADING.has(f.key)))
    .map((f) => {
      // An article's address is a link (its host shown), never escaped text that no longer opens.
      const url = f.key === 'url' ? linkable(f.value) : null;
      if (url) return `${bold(escapeText(f.label))}: ${hyperlink(escapeText(new URL(url).host), url)}`;
      const stamp = f.value === formatDate(entry.date, answer.lang) ? honestTimestamp(entry.date) : null;
      return `${bold(escapeText(f.label))}: ${stamp ?? safeComposed(f.value, LIMITS.fieldValue)}`;
    });
  if (entry.text && TEXT_IS_ANSWER.has(answer.kind)) {
    const room = LIMITS.fieldValue - lines.join('\n').length - 40;
    lines.push(blockQuote(markedText(entry.text, entry.marks ?? [], Math.max(room, 100))));
  }
  let heading = entry.heading;
  // A round known only by its status (mentioned, planned): the status is its one line, not repeated in the heading.
  if (!lines.length && entry.status && entry.status !== 'held') {
    const status = label(answer.lang, entry.status);
    heading = heading.replace(` (${status})`, '');
    lines.push(`*${escapeText(status)}*`);
  }
  const name = `${sectionTitle ? `${sectionTitle} · ` : ''}${heading}`;
  return {
    name: clipUnits(safeText(name, LIMITS.fieldName), LIMITS.fieldName),
    value: clipUnits(lines.join('\n') || '—', LIMITS.fieldValue),
  };
}

/**
 * One line for an entry: a timeline's heading and where it was; a partner's name and its counts and dates
 * ("🇯🇵 Japan — Rounds held: 4 · First: 2012 · Latest: 29 November 2016").
 */
function entryLine(entry: Entry, answer: Answer): string {
  if (answer.kind === 'partners') {
    const facts = entry.fields.map((f) => `${f.label}: ${f.value}`).join(' · ');
    return `• ${safeComposed(`${entry.heading}${facts ? ` — ${facts}` : ''}`, 300)}`;
  }
  const venue = entry.fields.find((f) => f.key === 'venue');
  return `• ${safeComposed(`${entry.heading}${venue ? ` · ${venue.value}` : ''}`, 300)}`;
}

/**
 * Entries as lines: a timeline's a field per year, a list's (partners) under its section title; a group too long for
 * one field continues in the next.
 */
export function lineFields(entries: Entry[], answer: Answer, title: string): APIEmbedField[] {
  const groups: { name: string; lines: string[]; size: number }[] = [];
  for (const entry of entries) {
    const year = answer.kind === 'timeline' ? (entry.date?.iso.slice(0, 4) ?? label(answer.lang, 'noDateYet')) : title;
    const line = entryLine(entry, answer);
    const last = groups.at(-1);
    if (last?.name === year && last.size + line.length + 1 <= LIMITS.fieldValue) {
      last.lines.push(line);
      last.size += line.length + 1;
    } else groups.push({ name: year, lines: [line], size: line.length });
  }
  return groups.map((g) => ({ name: g.name, value: clipUnits(g.lines.join('\n'), LIMITS.fieldValue) }));
}

/** The quoted sentence, then where it comes from: outlet and date, linked to the article when its address is known. */
export function excerptField(e: Excerpt, answer: Answer): APIEmbedField {
  const when = e.citation.published ? formatDate(e.citation.published, answer.lang) : label(answer.lang, 'undated');
  const cite = [e.citation.outlet && safeText(e.citation.outlet, 200), when].filter(Boolean).join(' · ');
  const url = linkable(e.citation.url);
  const citation = url ? hyperlink(cite, url) : cite;
  // quote() per line, not blockQuote(): ">>>" would swallow the citation line into the quote.
  const room = LIMITS.fieldValue - citation.length - 8;
  const quoted = markedText(e.text, e.marks ?? [], room - 200)
    .split('\n')
    .map((line) => quote(line))
    .join('\n');
  const name = safeText(e.citation.title || e.citation.article, LIMITS.fieldName);
  return {
    name: clipUnits(name, LIMITS.fieldName) || '—',
    value: clipUnits(`${clipUnits(quoted, room)}\n— ${citation}`, LIMITS.fieldValue),
  };
}

/** Only web addresses Discord accepts for a link (http/https, at most 512 characters). */
export function linkable(url: string | undefined): string | null {
  return url && /^https?:\/\/[^\s()<>]+$/.test(url) && url.length <= LIMITS.linkUrl ? url : null;
}
