/**
 * Scraped pages carry site furniture around the article: related-news blocks, "most read" lists, comment boxes,
 * photo lines. A line classifier with named rules decides, line by line, what is not the article.
 * Each rule is a small predicate so that it can be tested on its own.
 */
import { endsStopBeforeBracket, endsWithOneOf } from './line-ends.js';

export interface LineContext {
  line: string;
  next: string | undefined;
  previous: string | undefined;
  /** Index among the body's non-empty lines (0 = first line after the title and date line). */
  position: number;
}

export interface FurnitureRule {
  name: string;
  /** Whether the line is furniture. */
  test: (ctx: LineContext) => boolean;
  /** Whether the article ends at this line (everything after it is furniture too). */
  endsArticle?: boolean;
}

const SECTION_HEADERS = [
  'cùng chuyên mục',
  'tin đọc nhiều',
  'đọc nhiều',
  'tin liên quan',
  'bài liên quan',
  'tin khác',
  'các tin khác',
  'tin mới',
  'tin mới nhất',
  'xem thêm',
  'viết bình luận mới',
  'bình luận',
  'ý kiến bạn đọc',
  'gửi bình luận',
  'thông tin cần biết',
  'chia sẻ',
  'từ khóa',
  'tags',
  'related news',
  'related',
  'read more',
  'most read',
  'more news',
  'see also',
  'comments',
  'tin cùng chuyên mục',
  'có thể bạn quan tâm',
  'bài viết liên quan',
  'tin tức liên quan',
];
const SECTION_HEADER_SET = new Set(SECTION_HEADERS);
const HEADER_TRAILER = /[\s:：!.…»>-]/u;

/** Lower case, without the trailing run of spaces and punctuation, trimmed. */
function normalizedHeader(line: string): string {
  const lower = line.toLowerCase();
  // Walk back over the trailer instead of a `[…]+$` regex, which re-scans from every space of a long paragraph.
  let end = lower.length;
  while (end > 0 && HEADER_TRAILER.test(lower[end - 1]!)) end--;
  return lower.slice(0, end).trim();
}

/** Lines the site prints while loading, or as a lone bullet. */
/** The longest section header, in UTF-16 units. */
const LONGEST_HEADER = Math.max(...SECTION_HEADERS.map((h) => h.length));

/**
 * Whether a line is a section header ("Tin liên quan:", "Related news »"). Its trailer is found on the line as
 * written: lower-casing changes letters only, into as many units or more, so a line longer than every header once its
 * trailer is cut (a paragraph: most lines) is none, without a lower-cased copy of it.
 */
function isSectionHeader(line: string): boolean {
  let end = line.length;
  while (end > 0 && HEADER_TRAILER.test(line[end - 1]!)) end--;
  if (line.slice(0, end).trim().length > LONGEST_HEADER) return false;
  return SECTION_HEADER_SET.has(normalizedHeader(line));
}

const NOISE = /^(?:đang cập nhật dữ liệu\s*!?|loading\.*|[-*•·–—|]+)$/iu;

/** "Nguồn: mod.gov.vn", "Theo VOV.VN", "Nguồn: HỮU THẮNG (QĐND)", "Source: VNA", "(VNA)". */
export const SOURCE_LINE =
  /^(?:(?:nguồn|theo|source|by|according to)\s*[:：]?\s*\S.{0,58}|\((?:[\p{Lu}\d .-]{2,20})\)|[—–-]\s*[\p{Lu}][\p{L}.]{1,20})$/iu;

const WORD = /\S+/g;

/** Whether the text has more than `limit` whitespace-separated words; stops counting there (paragraphs are long). */
function hasMoreWordsThan(text: string, limit: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text)) if (++count > limit) return true;
  return false;
}

const PHOTO_NUMBER = /\s[-–]\s*(?:ảnh|hình|photo)\s*\d+\s*$/iu;
/**
 * "… - Ảnh 2" ends in a number: lines that do not are not worth the regex (it re-scans from every space). Its last
 * character is read (./line-ends.ts): `/\d$/` was a pass over the line, asked of each line and of the line before it.
 */
const endsPhotoNumber = (line: string) => endsWithOneOf(line.trimEnd(), DIGITS) && PHOTO_NUMBER.test(line);
const DIGITS = '0123456789';
const VERB_CUE = /(?:^|\s)(?:đã|sẽ|đang|được|cho biết|nhấn mạnh|khẳng định|said|will|has|have|was|were)(?:\s|$)/iu;

/** A bar of share and print buttons: "Chia sẻ: Facebook | Zalo | In bài", "[A-] [A+] Chia sẻ In", "Chia sẻ: f t in ✉". */
const SHARE_BAR =
  /^(?:\[?\s*(?:chia sẻ|share|facebook|zalo|twitter|tweet|in bài|in|print|gửi email|gửi bài|email|lưu bài|lưu|thích|like|về đầu trang|sao chép liên kết|copy link|f|t|✉|a-|a\+)\s*\]?[\s:|,·]*)+$/iu;
/** "Từ khóa: …", "Tags: …", "Thẻ: …". */
const TAGS = /^(?:từ khóa|từ khoá|tags?|thẻ|keywords?)\s*:/iu;
/** "Bình luận (0)", "Bình luận của bạn…", "Gửi bình luận …", "[Viết bình luận]", "[ Họ tên ] [ Email ] [ Gửi ]". */
const COMMENT_BOX =
  /^(?:bình luận(?:\s*\(\d+\)|\s+của bạn|\s*$)|gửi bình luận|comments?\s*\(\d+\)|leave a comment)|\[\s*viết bình luận\s*\]|^(?:\[[^\]]{1,20}\]\s*){2,}$/iu;
/** "© Cổng Thông tin điện tử Chính phủ", "Bản quyền thuộc Báo Quân khu 7". */
const COPYRIGHT = /^(?:©|bản quyền|copyright)/iu;
/** "Quảng cáo | Liên hệ tòa soạn | Điều khoản sử dụng": three or more short links, no sentence. */
function isLinkBar(line: string): boolean {
  if (!line.includes(' | ')) return false;
  const parts = line.split(/\s\|\s/);
  return parts.length >= 3 && !/[.!?]$/.test(line) && parts.every((p) => !hasMoreWordsThan(p, 5));
}
/** A related headline with its date: "Việt Nam - Philippines đối thoại … lần thứ 5 (22/11/2023)". */
const RELATED_DATED = /^[^.!?]*\(\d{1,2}\/\d{1,2}\/\d{4}\)$/u;

const PHOTO_CREDIT =
  /(?:^|[.\s(])(?:[Ảả]nh|[Pp]hoto|[Hh]ình)\s*:?\s*(?:[\p{Lu}][\p{L}\p{M}\d.\s/-]{0,30}|[a-z\d-]+(?:\.[a-z]{2,4})+)\)?\s*$/u;

const CLAUSE_MARK = /[,;:]/;
const DIGIT = /\d/;
const UPPER_START = /^[\p{Lu}]/u;
const LETTER_OR_DOT_END = /(?:\.|[\p{L}])$/u;

export const FURNITURE_RULES: FurnitureRule[] = [
  { name: 'section-header', test: ({ line }) => isSectionHeader(line), endsArticle: true },
  {
    name: 'source-line',
    test: ({ line }) =>
      line.length <= 70 && SOURCE_LINE.test(line) && !/[.;]$/.test(line.replace(/\.(vn|com|net|org|VN)$/i, '')),
    endsArticle: true,
  },
  { name: 'loading-notice', test: ({ line }) => NOISE.test(line) },
  { name: 'image-alt', test: ({ line }) => endsPhotoNumber(line) },
  {
    name: 'image-caption',
    test: ({ line, previous }) =>
      previous !== undefined && endsPhotoNumber(previous) && line.length < 250 && !endsWithOneOf(line, '.!?'),
  },
  {
    name: 'photo-credit',
    // The cheap test first: a body paragraph ends a sentence, and the expression is tried from every space of it.
    test: ({ line }) => line.length < 400 && !endsStopBeforeBracket(line) && PHOTO_CREDIT.test(line),
  },
  { name: 'share-bar', test: ({ line }) => line.length < 120 && SHARE_BAR.test(line) },
  { name: 'tags', test: ({ line }) => line.length < 300 && TAGS.test(line) },
  {
    name: 'comment-box',
    test: ({ line }) => line.length < 160 && /bình luận|comment|\[/iu.test(line) && COMMENT_BOX.test(line),
    endsArticle: true,
  },
  { name: 'copyright', test: ({ line }) => line.length < 160 && COPYRIGHT.test(line), endsArticle: true },
  { name: 'site-links', test: ({ line }) => line.length < 160 && isLinkBar(line) },
  { name: 'related-headline', test: ({ line }) => line.length < 200 && line.endsWith(')') && RELATED_DATED.test(line) },
  { name: 'repeated-headline', test: ({ line, next, previous }) => line === next || line === previous },
  {
    name: 'short-caption',
    // The same tests as a conjunction of pure ones, cheapest first: a paragraph (most lines) has a comma or a figure,
    // found before its words are counted.
    test: ({ line, position }) =>
      position > 0 &&
      !CLAUSE_MARK.test(line) &&
      !DIGIT.test(line) &&
      UPPER_START.test(line) &&
      LETTER_OR_DOT_END.test(line) &&
      !hasMoreWordsThan(line, 10) &&
      !VERB_CUE.test(line),
  },
];

export function classifyLine(ctx: LineContext): FurnitureRule | null {
  return FURNITURE_RULES.find((rule) => rule.test(ctx)) ?? null;
}

/**
 * classifyLine's rule name when it is one of `names`, else null, trying no rule after the last of them: a later rule
 * cannot come first with one of those names. The page's headlines after an article ask only about the first three
 * rules; the other eleven were most of the cost of reading them.
 * Example: `classifiedAs({ line: 'Tin liên quan', … }, new Set(['section-header']))` is 'section-header'.
 */
export function classifiedAs(ctx: LineContext, names: ReadonlySet<string>): string | null {
  let left = names.size;
  for (const rule of FURNITURE_RULES) {
    if (left === 0) break;
    if (rule.test(ctx)) return names.has(rule.name) ? rule.name : null;
    if (names.has(rule.name)) left--;
  }
  return null;
}
