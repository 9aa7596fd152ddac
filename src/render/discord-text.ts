/** Text from articles and users made safe for an embed: escaped, controls and bidirectional overrides dropped. */
import { bold } from '../bot/discord.js';
import { clipUnits, LIMITS } from './discord-limits.js';

/**
 * Markdown characters from articles or users shown as themselves. discord.js's escapeMarkdown takes quadratic time on
 * long text (seconds for a hostile 10,000-character input), so this linear escape is used for text we did not write.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\*_~`|>#[\]]/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/**
 * C0 controls, and the bidirectional embeddings, overrides, isolates and marks that can reorder what a public message
 * shows (an article or a question may carry them as well as a user's option).
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export const withoutControls = (text: string) => text.replace(CONTROLS, (c) => (c < ' ' || c === '\u007F' ? ' ' : ''));

/** Text from articles or users, escaped whole: it can neither format nor break the layout. */
export function safeText(text: string, max: number = LIMITS.description): string {
  return escapeText(clipUnits(withoutControls(text), max));
}

/** A field value we composed: our own bold markers ("**…**", a highlighted topic) survive, the rest is escaped. */
export function safeComposed(text: string, max: number): string {
  return withoutControls(clipUnits(text, max))
    .split('**')
    .map((part, i) => (i % 2 ? bold(escapeText(part)) : escapeText(part)))
    .join('');
}

/** Escaped text with the given exact substrings in bold (a search's matches), cut to `max` first. */
export function markedText(text: string, marks: readonly string[], max: number): string {
  const clipped = withoutControls(clipUnits(text, max));
  const wanted = [...new Set(marks.filter((m) => m.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return escapeText(clipped);
  const pattern = new RegExp(`(${wanted.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return clipped
    .split(pattern)
    .map((part, i) => (i % 2 ? bold(escapeText(part)) : escapeText(part)))
    .join('');
}
