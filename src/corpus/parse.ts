/** One scraped page → an Article: title, date line, outlet, language, clean passages, and the page around it. */
import { cleanTextOf, toNfc } from '../text/index.js';
import { DateLines, parseDateLine, parseHeadlineDate } from './dates.js';
import { readDateline } from './dateline.js';
import { isBodyLine, readHeader, titleFromLead } from './header.js';
import { classifiedAs, classifyLine } from './furniture.js';
import { endMarkerAt, endsWithOneOf, withoutTrailingDots } from './line-ends.js';
import type { ArticleMeta } from './meta.js';
import { outletFromLead, outletFromSourceLine } from './outlet.js';
import type { Article, ArticleUnit, FurnitureLine, HistDate, Language, PageHeadline, Passage } from './types.js';
import { type Listing, readListing } from './units.js';

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const LETTER = /\p{L}/u;

/**
 * What each UTF-16 unit is, worked out by the regexes above the first time it is seen (articles use few distinct
 * characters): IS_LETTER for \p{L}, IS_VIETNAMESE for a Vietnamese letter in either case; 0 = not seen yet.
 */
const unitKinds = new Uint8Array(0x10000);
const SEEN = 1;
const IS_LETTER = 2;
const IS_VIETNAMESE = 4;

function learnKind(unit: number): number {
  const char = String.fromCharCode(unit);
  const kind = SEEN | (LETTER.test(char) ? IS_LETTER : 0) | (VIETNAMESE_LETTER.test(char) ? IS_VIETNAMESE : 0);
  unitKinds[unit] = kind;
  return kind;
}

/** Letters (\p{L}, counted by code point) or Vietnamese letters in a text, without a match object per letter. */
function countLetters(text: string, kindWanted: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character outside the BMP: a letter sometimes (mathematical letters), never a Vietnamese one.
      if (kindWanted === IS_LETTER && LETTER.test(text.slice(i, i + 2))) count++;
      i++;
      continue;
    }
    const kind = unitKinds[unit] || learnKind(unit);
    if (kind & kindWanted) count++;
  }
  return count;
}

/** The share of Vietnamese letters among letters above which a text is Vietnamese. */
const VIETNAMESE_SHARE = 0.03;

export function detectLanguage(text: string): Language {
  const nfc = toNfc(text);
  // Articles are NFC already (cleanTextOf): both counts then come from one pass over the same text.
  if (nfc === text) return saysVietnamese(text) ? 'vi' : 'en';
  const letters = countLetters(text, IS_LETTER);
  return letters > 0 && countLetters(nfc, IS_VIETNAMESE) / letters > VIETNAMESE_SHARE ? 'vi' : 'en';
}

/**
 * countLetters for IS_LETTER and for IS_VIETNAMESE at once, compared as detectLanguage does. A text has no more
 * letters than UTF-16 units, so once the Vietnamese letters seen are more than the share of its length they are more
 * than the share of its letters whatever follows: a Vietnamese article is known after its first lines.
 */
function saysVietnamese(text: string): boolean {
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (LETTER.test(text.slice(i, i + 2))) letters++;
      i++;
      continue;
    }
    const kind = unitKinds[unit] || learnKind(unit);
    if (kind & IS_LETTER) letters++;
    if ((kind & IS_VIETNAMESE) !== 0 && ++vietnamese / text.length > VIETNAMESE_SHARE) return true;
  }
  return letters > 0 && vietnamese / letters > VIETNAMESE_SHARE;
}

/**
 * detectLanguage of the title and the paragraphs joined by spaces (`${title} ${paragraphs.join(' ')}`), for a page
 * whose cleaned text is made only of characters NFC leaves as they are (cleanTextOf's surelyNfc): the title and the
 * paragraphs are made of its characters, and of spaces, full stops and "…", so the joined text is NFC without a look,
 * and saysVietnamese counts it piece by piece (a space is no letter) without the copy. Joining it and checking it for
 * NFC again were two passes over the whole text, and the copy garbage (test/corpus/line-ends.test.ts compares the two).
 */
export function languageOfPieces(title: string, paragraphs: readonly string[]): Language {
  let length = title.length + 1;
  for (let i = 0; i < paragraphs.length; i++) length += paragraphs[i]!.length + (i > 0 ? 1 : 0);
  const count = { letters: 0, vietnamese: 0 };
  if (countVietnamese(title, length, count)) return 'vi';
  for (const paragraph of paragraphs) if (countVietnamese(paragraph, length, count)) return 'vi';
  return count.letters > 0 && count.vietnamese / count.letters > VIETNAMESE_SHARE ? 'vi' : 'en';
}

/**
 * saysVietnamese's loop over one piece of a text of `length` units, adding to `count`: true once the Vietnamese
 * letters are more than the share of the whole length.
 */
function countVietnamese(text: string, length: number, count: { letters: number; vietnamese: number }): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (LETTER.test(text.slice(i, i + 2))) count.letters++;
      i++;
      continue;
    }
    const kind = unitKinds[unit] || learnKind(unit);
    if (kind & IS_LETTER) count.letters++;
    if ((kind & IS_VIETNAMESE) !== 0 && ++count.vietnamese / length > VIETNAMESE_SHARE) return true;
  }
  return false;
}

/** Lines on the page after the article that are no headline: a section's header, a source line, a loading notice. */
const NOT_HEADLINES: ReadonlySet<string> = new Set(['section-header', 'loading-notice', 'source-line']);
const TRAILING_DATE = /\s*\((\d{1,2}\/\d{1,2}\/\d{4})\)\s*$/;

/** Headlines on the page with the dates printed beside them: they can date an undated article. */
function pageContextOf(lines: string[]): PageHeadline[] {
  const headlines: PageHeadline[] = [];
  for (const line of lines) {
    if (classifiedAs({ line, next: undefined, previous: undefined, position: 0 }, NOT_HEADLINES)) continue;
    const dateOnly = parseDateLine(line);
    const last = headlines.at(-1);
    if (dateOnly) {
      if (last && !last.date) last.date = dateOnly;
      continue;
    }
    // The date a headline ends with ("… lần thứ 5 (22/11/2023)"); \s and trimEnd() know the same white space.
    const text = (line.trimEnd().endsWith(')') ? line.replace(TRAILING_DATE, '') : line).trim();
    if (!text || text === last?.text) continue;
    headlines.push({ text, date: parseHeadlineDate(line) });
  }
  return headlines;
}

/** `/[.!?…:;”"»)]$/u` as the last character (./line-ends.ts). */
const SENTENCE_ENDS = '.!?…:;”"»)';
const LOWER_START = /^[\p{Ll}]/u;

/** Join soft-wrapped lines: a line that does not end a sentence followed by one that starts in lower case. */
function paragraphsOf(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    // The line's first letter first: a paragraph opens in capitals, and the end of the line before is then not read.
    if (last !== undefined && LOWER_START.test(line) && !endsWithOneOf(last, SENTENCE_ENDS))
      out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Teasers stand at the top of a page: only its first paragraphs are looked for again further down. */
const TEASER_ZONE = 6;

/**
 * A teaser the site prints above the article and repeats inside it: keep the fuller copy only. Only the first
 * paragraphs can be teasers: comparing every paragraph with every other was quadratic on a long paste.
 */
function dropRepeatedTeasers(paragraphs: string[], furniture: FurnitureLine[]): string[] {
  return paragraphs.filter((p, i) => {
    if (i >= TEASER_ZONE || p.length < 40) return true;
    const core = withoutTrailingDots(p);
    const repeated = paragraphs.some((q, j) => j !== i && q.length > p.length && q.includes(core));
    if (repeated) furniture.push({ line: p, rule: 'repeated-teaser' });
    return !repeated;
  });
}

const SIGN_OFF = /(?<=[.!?”"])\s+[—–]\s*(\p{Lu}[\p{Lu}\d.]{1,15})\s*$/u;
const BULLET = /^[»•·*–-]\s*\S/u;

/**
 * A "Tin liên quan" box set inside the article: the header, one to three bulleted headlines, and then the report
 * goes on with a long paragraph. Returns the index of that paragraph, or `at` when the header ends the article.
 */
function inlineRelatedBoxEnd(rest: string[], at: number): number {
  let j = at + 1;
  while (j < rest.length && j - at <= 3 && BULLET.test(rest[j]!) && rest[j]!.length < 200) j++;
  const next = rest[j];
  return j > at + 1 && next !== undefined && next.length >= 120 && isBodyLine(next) ? j : at;
}

/**
 * The article's lines from the page's lines after its header, up to its end marker or the furniture that ends it;
 * each line left out is added to `furniture` with its rule. A function of its own: V8 compiles parseArticle again
 * after each deoptimisation, and this loop was most of it.
 */
function readBody(
  rest: string[],
  title: string,
  titleFromLead: boolean,
  furniture: FurnitureLine[],
): { body: string[]; endAt: number; outlet: string | null } {
  const body: string[] = [];
  let outlet: string | null = null;
  let endAt = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i]!;
    if (line === title && !titleFromLead) {
      furniture.push({ line, rule: 'repeated-title' });
      continue;
    }
    const rule = classifyLine({ line, next: rest[i + 1], previous: rest[i - 1], position: body.length });
    if (rule?.name === 'section-header' && body.length > 0) {
      const boxEnd = inlineRelatedBoxEnd(rest, i);
      if (boxEnd > i) {
        for (let j = i; j < boxEnd; j++) furniture.push({ line: rest[j]!, rule: 'inline-related' });
        i = boxEnd - 1;
        continue;
      }
    }
    // A source line above any body text is a byline ("By Tran Minh Anh"): it names the writer, not the outlet, and the
    // article has not begun, so it cannot end it.
    if (rule?.name === 'source-line' && body.length === 0) {
      furniture.push({ line, rule: 'byline' });
      continue;
    }
    if (rule) {
      furniture.push({ line, rule: rule.name });
      if (rule.name === 'source-line') outlet = outletFromSourceLine(line);
      if (rule.endsArticle) {
        endAt = i + 1;
        break;
      }
      continue;
    }
    // The end marker and the white space around it, found from the end of the line (./line-ends.ts): the expression
    // \s*\.\/\.\s*$ was tried from every space of the paragraph, once to test and once to replace.
    const marker = line.includes('./.') ? endMarkerAt(line) : -1;
    if (marker >= 0) {
      body.push(`${line.slice(0, marker)}.`);
      // The source line usually follows the end marker; read it before the rest becomes page context.
      const next = rest[i + 1];
      if (
        next &&
        classifyLine({ line: next, next: rest[i + 2], previous: line, position: 1 })?.name === 'source-line'
      ) {
        outlet = outletFromSourceLine(next);
        furniture.push({ line: next, rule: 'source-line' });
        i++;
      }
      endAt = i + 1;
      break;
    }
    body.push(line);
  }
  return { body, endAt, outlet };
}

export function parseArticle(input: { id: string; file: string; text: string; meta?: ArticleMeta }): Article {
  // Only a tab or two blanks in a row need collapsing: replacing each single space by a space costs a copy.
  // One loop to the non-empty lines: a list from \`map\` then \`filter\` threw away V8's optimised code for this function.
  const nonEmpty: string[] = [];
  const cleaned = cleanTextOf(input.text);
  for (const raw of cleaned.text.split('\n')) {
    // A page known to hold neither (cleanTextOf) asks no line.
    const spaced = !cleaned.oneSpaced && (raw.includes('  ') || raw.includes('\t'));
    const line = (spaced ? raw.replace(/[ \t]+/g, ' ') : raw).trim();
    if (line) nonEmpty.push(line);
  }
  // The lines at the top of the page are asked about as date lines by both: parsed once.
  const dateLines = new DateLines(nonEmpty);
  const listing = readListing(nonEmpty, dateLines);
  if (listing) return withMeta(listingArticle(input, listing), input.meta);
  const header = readHeader(nonEmpty, dateLines);
  const { rest } = header;
  let title = header.title;
  let published = header.published;

  // Copied by a loop into a literal: a spread copy of an empty list is a list of small integers, and the first line
  // pushed onto it threw away V8's optimised code for readBody.
  const furniture: FurnitureLine[] = [];
  for (const line of header.furniture) furniture.push(line);
  const { body, endAt, outlet: fromSourceLine } = readBody(rest, title, header.titleFromLead, furniture);
  let outlet = fromSourceLine;
  const after = rest.slice(endAt);
  for (const line of after) furniture.push({ line, rule: 'after-article' });

  const paragraphs = dropRepeatedTeasers(paragraphsOf(body), furniture);
  const dateline = paragraphs.length ? readDateline(paragraphs[0]!) : null;
  if (dateline) {
    paragraphs[0] = dateline.text;
    if (header.titleFromLead) title = titleFromLead(dateline.text);
    furniture.push({ line: dateline.dateline, rule: 'dateline' });
    published ??= dateline.date;
    outlet ??= dateline.outlet;
  }
  outlet ??= paragraphs.length ? outletFromLead(paragraphs[0]!) : null;
  // A wire story signs off on its last line: "… of common interest. — VNS".
  // The expression is tried from every space of the paragraph: without a dash there is no sign-off to find.
  const lastParagraph = paragraphs.at(-1);
  const signOff =
    lastParagraph !== undefined && (lastParagraph.includes('—') || lastParagraph.includes('–'))
      ? SIGN_OFF.exec(lastParagraph)
      : null;
  if (signOff) {
    paragraphs[paragraphs.length - 1] = paragraphs.at(-1)!.slice(0, signOff.index);
    furniture.push({ line: signOff[0].trim(), rule: 'sign-off' });
    outlet ??= signOff[1]!;
  }
  // The page context is read from the lines below the article when first asked for: only an article with no date of
  // its own needs it (extraction dates it by its neighbours' dates), and what the store keeps leaves it out
  // (../store/read-entry.ts). Read at once it was a sixth of parsing a page: every line below the article tested as
  // furniture and as a date line. A getter in the key's place: every article one shape, its keys in their order.
  let pageContext: PageHeadline[] | null = null;
  const article: Article = {
    id: input.id,
    file: input.file,
    title,
    published,
    outlet,
    language: cleaned.surelyNfc
      ? languageOfPieces(title, paragraphs)
      : detectLanguage(`${title} ${paragraphs.join(' ')}`),
    url: null,
    passages: passagesOf(input.id, paragraphs),
    get pageContext(): PageHeadline[] {
      pageContext ??= pageContextOf(after);
      return pageContext;
    },
    set pageContext(value: PageHeadline[]) {
      pageContext = value;
    },
    furniture,
  };
  return withMeta(article, input.meta);
}

/**
 * The paragraphs as passages, by a loop: \`map\` gives an empty list another elements kind than a full one, and a list
 * of a kind not seen before threw away V8's optimised code for the function reading it (extraction reads every
 * article's passages).
 */
function passagesOf(id: string, paragraphs: string[]): Passage[] {
  const passages: Passage[] = [];
  for (let i = 0; i < paragraphs.length; i++)
    passages.push({ id: `${id}#${i + 1}`, articleId: id, index: i + 1, text: paragraphs[i]! });
  return passages;
}

const withMeta = (article: Article, meta: ArticleMeta | undefined) => (meta ? applyMeta(article, meta) : article);

/** A listing page or round-up: one passage per item paragraph, numbered on across items, each with its unit. */
function listingArticle(input: { id: string; file: string }, listing: Listing): Article {
  const units: ArticleUnit[] = [];
  const passages: Passage[] = [];
  const add = (title: string, published: HistDate | null, paragraphs: string[]) => {
    const unit = units.push({ title, published }) - 1;
    for (const text of paragraphs)
      passages.push({
        id: `${input.id}#${passages.length + 1}`,
        articleId: input.id,
        index: passages.length + 1,
        text,
        unit,
      });
  };
  if (listing.intro.length) add(listing.title, listing.published, listing.intro);
  for (const item of listing.items) add(item.title, item.published, item.paragraphs);
  return {
    id: input.id,
    file: input.file,
    title: listing.title,
    published: listing.published,
    outlet: null,
    language: detectLanguage(`${listing.title} ${passages.map((p) => p.text).join(' ')}`),
    url: null,
    passages,
    // The headlines of no lines rather than a literal: the same kind of list as every other article's (passagesOf).
    pageContext: pageContextOf([]),
    furniture: listing.furniture,
    units,
  };
}

/** The sidecar's fields over the page's, in place (a copy would read the page context it may never need). */
function applyMeta(article: Article, meta: ArticleMeta): Article {
  if (meta.url) article.url = meta.url;
  if (meta.outlet) article.outlet = meta.outlet;
  if (meta.language) article.language = meta.language;
  if (meta.published) article.published = meta.published;
  return article;
}
