/**
 * The top of a page: where the headline is, which line is the date line, and what is site furniture around them
 * (navigation bars, breadcrumbs, weather boxes, view counts, mastheads). A paste that starts with its lead has no
 * headline: the lead stays body text and the title is made from its first sentence.
 */
import { DateLines, findDate } from './dates.js';
import { endsSentence } from './line-ends.js';
import type { FurnitureLine, HistDate } from './types.js';

/** A date in parentheses closing a brief: "… nâng cấp quan hệ. (26/08/2024)". */
const TRAILING_DATE = /\s*\((\d{1,2}\/\d{1,2}\/\d{4})\)\s*$/;

/** Lines at most this far down the page can still be headline or date line. */
const HEADER_LINES = 14;

/** Body text rather than a headline: a long line, or a sentence of some length. */
export function isBodyLine(line: string): boolean {
  if (line.length < 40) return false;
  // Only a line that ends with ")" can end with a date in parentheses: the regex is not worth it on the others.
  const text = line.endsWith(')') ? line.replace(TRAILING_DATE, '') : line;
  // A line that ends a sentence (full stop, "!", "?", "…" or "./.", perhaps inside a closing quote or bracket), read off
  // its last characters: every line of a page is asked, the listing check first.
  return text.length >= 200 || (text.length >= 40 && endsSentence(text) && /\s\S+\s/.test(text));
}

/** The first line of a paste is its lead, not a headline: a sentence of 80 characters or more, or any line of 200. */
function isLeadLine(line: string): boolean {
  const text = line.endsWith(')') ? line.replace(TRAILING_DATE, '') : line;
  return text.length >= 200 || (text.length >= 80 && endsSentence(text));
}

/** Compiled once: a literal with \\p{…} or a lookbehind becomes a new RegExp at each call once transpiled (esbuild, tsx). */
const THREE_CAPITALS = /\p{Lu}{3}/u;
const SENTENCE_BREAK = /(?<=[.!?…])\s+(?=\p{Lu})/u;

const NAVIGATION_PAIR = /^\S.{0,40}\s\|\s\S.{0,40}$/u;
const BREADCRUMB = /^[^.!?]{2,60}\s[>›»]\s[^.!?]{2,80}$/u;
const WEATHER = /-?\d{1,2}\s*°\s*C\b/u;

/** Furniture that only appears above an article, with the name of its rule. */
const TOP_FURNITURE: [string, (line: string) => boolean][] = [
  // Each expression after a search for the character it cannot match without: most lines at the top of a page (the
  // headline, the date line) have none, and each expression backtracked over the line.
  // "Trang chủ | Thời sự | Chính trị | …", "Thích | Chia sẻ | Lưu bài"
  ['navigation', (l) => l.includes('|') && ((l.match(/\s\|\s/g)?.length ?? 0) >= 2 || NAVIGATION_PAIR.test(l))],
  // "Quốc phòng > Đối ngoại quốc phòng", "Trang chủ › Tin tức"
  ['breadcrumb', (l) => (l.includes('>') || l.includes('›') || l.includes('»')) && BREADCRUMB.test(l)],
  ['weather', (l) => l.length < 80 && l.includes('°') && WEATHER.test(l)],
  ['view-count', (l) => /^[\d.,]+\s+(?:lượt xem|lượt đọc|views?|reads?)$/iu.test(l)],
  // A masthead or a section label in capitals: "QUÂN ĐỘI NHÂN DÂN", "COMMENTARY", "BÁO TIN TỨC - TTXVN"
  ['masthead', (l) => l.length <= 40 && THREE_CAPITALS.test(l) && l === l.toUpperCase()],
];

function topFurniture(line: string): string | null {
  for (const [name, test] of TOP_FURNITURE) if (test(line)) return name;
  return null;
}

/** "Sáng 26/12, tại Hà Nội, Thượng tướng …" → "Sáng 26/12, tại Hà Nội, Thượng tướng …" clipped at a word, about 100 characters. */
export function titleFromLead(lead: string): string {
  const first = lead.split(SENTENCE_BREAK)[0]!.replace(TRAILING_DATE, '');
  if (first.length <= 110) return first;
  const cut = first.lastIndexOf(' ', 100);
  return `${first.slice(0, cut > 40 ? cut : 100).replace(/[\s,;:–—-]+$/u, '')}…`;
}

export interface Header {
  title: string;
  /** true when the page has no headline and the title was made from the lead. */
  titleFromLead: boolean;
  published: HistDate | null;
  /** The lines left for the body, in order (the headline and date line removed). */
  rest: string[];
  furniture: FurnitureLine[];
}

/**
 * The headline is the longest line above the first body line that is neither furniture nor a date line (a page
 * prints its masthead, navigation and section labels there too); lines above the headline are furniture.
 */
export function readHeader(lines: string[], dateLines = new DateLines(lines)): Header {
  const furniture: FurnitureLine[] = [];
  let published: HistDate | null = null;
  if (lines.length === 0) return { title: '', titleFromLead: false, published, rest: [], furniture };

  if (isLeadLine(lines[0]!)) {
    const rest = [...lines];
    published = trailingDate(rest);
    return { title: titleFromLead(lines[0]!), titleFromLead: true, published, rest, furniture };
  }

  let zoneEnd = 0;
  while (zoneEnd < Math.min(lines.length, HEADER_LINES) && !isBodyLine(lines[zoneEnd]!)) zoneEnd++;
  // A page of short lines only: the headline is its first line that is not furniture, the date line just below.
  const noBody = zoneEnd === lines.length && lines.length > 1;
  if (noBody) zoneEnd = Math.min(lines.length, 4);
  // Every line of the zone judged once, each judgement of one shape and the list built by one loop: a list from
  // \`map\` (empty or not) and objects of two shapes threw away V8's optimised code for this function.
  const kinds: { date: HistDate | null; furniture: string | null }[] = [];
  for (let i = 0; i < zoneEnd; i++) {
    const date = dateLines.at(i);
    kinds.push({ date, furniture: date ? null : topFurniture(lines[i]!) });
  }
  let titleAt = -1;
  for (let i = 0; i < zoneEnd; i++) {
    const kind = kinds[i]!;
    if (kind.date || kind.furniture) continue;
    if (titleAt < 0 || (!noBody && lines[i]!.length > lines[titleAt]!.length)) titleAt = i;
  }
  if (titleAt < 0 && zoneEnd === 0) titleAt = 0;
  const rest: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === titleAt) continue;
    const kind = i < zoneEnd ? kinds[i]! : null;
    if (kind?.date && !published) {
      published = kind.date;
      continue;
    }
    if (kind && (i < titleAt || kind.furniture)) {
      furniture.push({ line, rule: kind.furniture || 'page-header' });
      continue;
    }
    rest.push(line);
  }
  published ??= trailingDate(rest);
  if (titleAt < 0 && rest.length > 0)
    return { title: titleFromLead(rest[0]!), titleFromLead: true, published, rest, furniture };
  return { title: titleAt >= 0 ? lines[titleAt]! : '', titleFromLead: false, published, rest, furniture };
}

/** A brief that ends with its date in parentheses: the date is taken off the text and dates the brief. */
function trailingDate(rest: string[]): HistDate | null {
  const last = rest.length - 1;
  const m = last >= 0 ? TRAILING_DATE.exec(rest[last]!) : null;
  // Only a body paragraph's own date: a short line with a date is a related headline below the article.
  if (!m || !isBodyLine(rest[last]!.slice(0, m.index))) return null;
  const date = findDate(m[1]!);
  if (date) rest[last] = rest[last]!.slice(0, m.index);
  return date;
}
