/**
 * A tag or listing page holds several short items, each a headline, often a date line, and a paragraph; a monthly
 * round-up holds several items under sub-headlines, each opening with its own day. Each item is a unit: its
 * passages carry the unit's number, and the article lists the units with their own headline and date, so that
 * extraction reads each item as a report of its own (a date, a venue or a co-chair never crosses from one item to
 * another) while passage ids, search and /source stay those of the one file.
 */
import { DateLines } from './dates.js';
import { classifyLine } from './furniture.js';
import { isBodyLine, readHeader } from './header.js';
import { endsWithOneOf } from './line-ends.js';
import type { Article, ArticleUnit, FurnitureLine, HistDate } from './types.js';

interface Item {
  title: string;
  published: HistDate | null;
  paragraphs: string[];
}

export interface Listing {
  title: string;
  published: HistDate | null;
  /** The page's own paragraphs before the first item (a round-up's introduction). */
  intro: string[];
  items: Item[];
  furniture: FurnitureLine[];
}

/** "Sáng 5/6, …", "Ngày 13/12, …", "On December 13, …": a round-up item that opens with its own day. */
const OPENS_WITH_DAY =
  /^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}|(?:On\s+)?(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+),)/u;

/** Where items start: a headline, a date line or not, then a paragraph. */
function itemStarts(lines: string[], dateLines: DateLines): { at: number; dated: boolean }[] {
  const starts: { at: number; dated: boolean }[] = [];
  // This runs on every page: each line is judged a body line once, and only a line that stands between two
  // non-body lines and a paragraph is ever parsed as a date line.
  // A plain loop, and no read past the end: a list from \`map\` and a read out of bounds each threw away V8's
  // optimised code for this function (it runs on every page, early in a cold start).
  const body: boolean[] = [];
  for (let i = 0; i < lines.length; i++) body.push(isBodyLine(lines[i]!));
  const isDateLine = (i: number) => dateLines.at(i) !== null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (body[i] || line.length > 200 || endsWithOneOf(line, '.:;,')) continue;
    if (body[i + 1]) {
      if (!isDateLine(i)) starts.push({ at: i, dated: false });
    } else if (i + 2 < lines.length && body[i + 2] && isDateLine(i + 1) && !isDateLine(i))
      starts.push({ at: i, dated: true });
  }
  return starts;
}

/** The page as a listing of items, or null when it is one article (with or without sub-headlines). */
export function readListing(page: string[], dateLines = new DateLines(page)): Listing | null {
  // Most pages are one article: without two dated items or two items that open with their day, stop here.
  const candidates = itemStarts(page, dateLines);
  const dayItems = (starts: typeof candidates, lines: string[]) =>
    starts.filter((s) => !s.dated && OPENS_WITH_DAY.test(lines[s.at + 1]!));
  if (candidates.filter((s) => s.dated).length < 2 && dayItems(candidates, page).length < 2) return null;
  // Only the page above a "Cùng chuyên mục" block or a source line: below it, headlines and teasers are other news.
  const endAt = page.findIndex(
    (line, i) => i > 0 && classifyLine({ line, next: page[i + 1], previous: page[i - 1], position: 1 })?.endsArticle,
  );
  const lines = endAt < 0 ? page : page.slice(0, endAt);
  // A prefix of the page: its lines keep their numbers.
  const starts = itemStarts(lines, dateLines);
  const dated = starts.filter((s) => s.dated);
  let items: { at: number; dated: boolean }[];
  let headerEnd: number;
  const roundup = dated.length < 2;
  if (!roundup) {
    // A tag page: the items start at the first dated one; undated items between them are items too.
    items = starts.filter((s) => s.at >= dated[0]!.at);
    headerEnd = items[0]!.at;
  } else {
    // A round-up: two or more undated items that each open with their own day, after the page's own lead.
    const opening = dayItems(starts, lines);
    if (opening.length < 2 || !starts[0]?.dated || starts[0].at >= opening[0]!.at) return null;
    items = opening;
    headerEnd = starts[0].at + 2;
  }
  const furniture: FurnitureLine[] = [];
  const header = readHeader(lines.slice(0, headerEnd), dateLines);
  furniture.push(...header.furniture);
  const intro: string[] = [];
  for (let i = headerEnd; i < items[0]!.at; i++) {
    if (isBodyLine(lines[i]!)) intro.push(lines[i]!);
    else furniture.push({ line: lines[i]!, rule: 'listing' });
  }
  const units: Item[] = items.map((start, k) => {
    const end = items[k + 1]?.at ?? lines.length;
    // A round-up's items are read against the page's date; a tag page's undated item has no date at all.
    const published = start.dated ? dateLines.at(start.at + 1) : roundup ? header.published : null;
    const paragraphs: string[] = [];
    for (let i = start.at + (start.dated ? 2 : 1); i < end; i++) {
      const line = lines[i]!;
      if (isBodyLine(line)) paragraphs.push(line);
      else furniture.push({ line, rule: 'listing' });
    }
    return { title: lines[start.at]!, published, paragraphs };
  });
  for (const line of header.rest) if (!isBodyLine(line)) furniture.push({ line, rule: 'listing' });
  for (const line of page.slice(lines.length)) furniture.push({ line, rule: 'after-article' });
  return { title: header.title, published: header.published, intro, items: units, furniture };
}

/** The article as the reports it holds: itself, or one view per unit with that unit's headline, date and passages. */
export function unitsOf(article: Article): Article[] {
  if (!article.units?.length) return [article];
  return article.units.map((unit: ArticleUnit, k) => ({
    ...article,
    title: unit.title,
    published: unit.published,
    passages: article.passages.filter((p) => p.unit === k),
    units: undefined,
  }));
}
