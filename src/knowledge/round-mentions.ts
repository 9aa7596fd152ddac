/**
 * Where a sentence names a dialogue round: "Đối thoại Chính sách Quốc phòng Việt Nam - Canada lần thứ nhất",
 * "phiên Đối thoại lần thứ 8 năm 2019", "the 5th Defence Policy Dialogue". Only mechanisms of the vocabulary count,
 * so "Giao lưu hữu nghị quốc phòng biên giới lần thứ 8" or "Đối thoại Shangri-La lần thứ 18" are not rounds.
 */
import { allMatches, NotAfter } from '../text/index.js';
import { findMechanisms, findPairPartner, findPartners } from './match.js';
import { EN_ORDINAL_PATTERN, parseEnglishOrdinal, parseRoman, parseVietnameseNumber } from './ordinals.js';
import { blocNames, cueFor, type RoundCue, reportsHeld } from './round-cues.js';
import { findTextDates } from './text-dates.js';

export interface RoundMention {
  /** null for a generic "Đối thoại lần thứ 8": the article's own mechanism. */
  mechanism: string | null;
  round: number | null;
  partner: string | null;
  /** A year written right after the round ("lần thứ 8 năm 2019"). */
  year: number | null;
  /** The month (and day) written with that year: "lần thứ 8 (tháng 11/2021)", "the thirteenth in November 2022". */
  month?: number;
  day?: number;
  cue: RoundCue;
  /** The sentence reports a round taking place ("diễn ra", "was held", "co-chaired"). */
  held: boolean;
  /** The first year the sentence gives anywhere ("… diễn ra tại Hà Nội ngày 8/6/2010"), if any. */
  sentenceYear?: number | null;
  /** "phiên thứ 9", "the 9th dialogue": a round named without its mechanism, referring back to one named before. */
  elliptical?: boolean;
  start: number;
  end: number;
}

const VI_UNIT_WORD = '(?:một|mốt|hai|ba|tư|bốn|năm|lăm|sáu|bảy|bẩy|tám|chín)';
const VI_NUMBER_WORD = `(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\\s+mươi(?:\\s+${VI_UNIT_WORD})?|mười(?:\\s+${VI_UNIT_WORD}(?!\\s+\\d))?|nhất|đầu tiên|${VI_UNIT_WORD})`;
/** "lần thứ 9", "lần 4", "lần thứ nhất", "lần thứ mười một", "lần đầu tiên", "lần thứ II" (upper case only). */
const VI_ROUND = new RegExp(
  `^[\\s,]*\\(?\\s*(?:lần|khóa|khoá)\\s+(?:thứ\\s+)?(\\d{1,2}(?!\\d)|${VI_NUMBER_WORD}|[IVXL]{1,6})(?!\\p{L})`,
  'iu',
);
const EN_ROUND_BEFORE = new RegExp(
  `\\b(${EN_ORDINAL_PATTERN})\\s+(?:(?:annual|round\\s+of(?:\\s+the)?|[\\p{Lu}][\\p{L}.'-]*(?:\\s*[-–]\\s*[\\p{Lu}][\\p{L}.'-]*)?)\\s+){0,4}$`,
  'iu',
);
const EN_ROUND_AFTER = /^\s*(?:\(|,)?\s*(?:round|no\.?)\s+(\d{1,2})\b/iu;
/** "The Defense Policy Dialogue met for the eleventh time in Washington in 2023." */
const EN_TIME_AFTER = new RegExp(
  `^\\s*(?:has\\s+|had\\s+)?(?:met|been held|was held|convened|took place)\\s+for\\s+the\\s+(${EN_ORDINAL_PATTERN})\\s+time\\b`,
  'iu',
);
/**
 * What may stand between a mechanism name and its round number: the two countries in either order, written short
 * ("Việt – Trung"), a level ("cấp Thứ trưởng", "at deputy ministerial level"), "giữa hai nước".
 */
const VN_NAME = '(?:Việt Nam|Viet Nam|Vietnam|VN)';
const LEVEL = '(?:\\s*(?:cấp\\s+(?:[Tt]hứ trưởng|[Bb]ộ trưởng)|at\\s+(?:deputy|vice)[-\\s]minister(?:ial)?\\s+level))?';
const PAIR = `(?:(?:giữa|between)\\s+${VN_NAME}\\s+(?:và|and)\\s+[\\p{Lu}][\\p{L}\\s.'-]{0,30}?|với\\s+[\\p{Lu}][\\p{L}\\s.'-]{0,30}?(?=\\s*\\()|(?:giữa\\s+)?(?:(?:${VN_NAME}|Việt)\\s*[-–—]\\s*[\\p{L}][\\p{L}\\s.'-]{0,40}?|[\\p{Lu}][\\p{L}\\s.'-]{0,30}?\\s*[-–—]\\s*${VN_NAME}))`;
const PARTNER_GAP = new RegExp(
  `^[\\s,]*${LEVEL}\\s*(?:${PAIR}|giữa hai nước|between the two countries)?${LEVEL}(?=[\\s,]*(?:lần|khóa|khoá|\\(|,|$))`,
  'u',
);
const GENERIC_VI = /(?:[Pp]hiên|[Cc]uộc)?\s*[Đđ]ối thoại(?=\s+lần\s)/gu;
/** An elliptical round that refers back to the article's mechanism: "phiên thứ 9", "phiên đối thoại thứ hai". */
// \p{L}|\p{M} rather than [\p{L}\p{M}]: the same characters, compiled two to three times faster (see ./chairs.ts).
// The look-behind is checked at each match (src/text/not-after.ts), not by V8 at every character.
const ELLIPTICAL_VI = new NotAfter(
  '\\p{L}|\\p{M}',
  `[Pp]hiên(?:\\s+[Đđ]ối thoại)?\\s+(?:thứ\\s+(\\d{1,2}(?!\\d)|${VI_NUMBER_WORD})|(đầu tiên))(?!\\p{L}|\\p{M})`,
  'u',
);
/** The English one: "the 9th dialogue", "the third Dialogue", "the fifth round of the dialogue". */
const ELLIPTICAL_EN = new RegExp(`\\b(${EN_ORDINAL_PATTERN})\\s+(?:round\\s+of\\s+the\\s+)?dialogue\\b`, 'giu');
/** "Thailand's fourth round", "its seventh session"; not "the first round of talks" (of anything but "the …"). */
const ELLIPTICAL_EN_ROUND = new RegExp(
  `\\b(${EN_ORDINAL_PATTERN})\\s+(?:round|session)\\b(?!\\s+of\\s+(?!the\\b))`,
  'giu',
);
/**
 * What ELLIPTICAL_EN and ELLIPTICAL_EN_ROUND need, without the ordinals' alternation: an ordinal ends in "st", "nd",
 * "rd", "th" or "al" ("inaugural"). Most sentences that say "dialogue" or "round" hold no ordinal before it, and
 * these scans took half the time of the full patterns on the development set and generated articles together.
 */
const ELLIPTICAL_EN_QUICK = /(?:st|nd|rd|th|al)\s+(?:round\s+of\s+the\s+)?dialogue/iu;
const ELLIPTICAL_EN_ROUND_QUICK = /(?:st|nd|rd|th|al)\s+(?:round|session)/iu;
/**
 * A list that goes on after a round: "the first round was held in Canberra …, the fourth by video link in December
 * 2020, and the eighth in Hanoi", "fourth round (Bangkok, November 2022), fifth (Hanoi, December 2023)", "lần thứ
 * hai tổ chức tại I-ta-li-a; lần thứ ba tại Hà Nội". Read only after a round named earlier in the same sentence.
 */
const LIST_EN = new RegExp(
  `(?:\\b(?:the|its|and)|,)\\s+(${EN_ORDINAL_PATTERN})(?=\\s*\\(|\\s+(?:in|on|at|by|followed|coincided|was|took|met)\\b)`,
  'giu',
);
/**
 * What every LIST_EN match holds, as a plain scan: each English ordinal ends in "st", "nd", "rd", "th" or "al"
 * ("inaugural"), and a space or a parenthesis follows it. A Vietnamese sentence has none: on the development set
 * and generated articles together the test and LIST_EN on what passes took a third of LIST_EN alone.
 */
const LIST_EN_QUICK = /(?:st|nd|rd|th|al)[\s(]/iu;
const ROUNDS_WORD = /\brounds\b/iu;
/**
 * What ROUNDS_WORD needs, as a plain scan without \b (checked over every character: no other one folds to these
 * five letters): most sentences have no "round" at all.
 */
const ROUND_LETTERS = /round/i;
const saysRounds = (sentence: string) => ROUND_LETTERS.test(sentence) && ROUNDS_WORD.test(sentence);
const DIALOGUE_LETTERS = /ialogue/iu;
const ROUND_OR_SESSION = /round|session/iu;
/**
 * What DIALOGUE_LETTERS, ROUND_OR_SESSION and ROUND_LETTERS (the same five letters as /round/iu, see above) each
 * need, as one scan: a Vietnamese sentence has none of these words, and three scans of it found nothing.
 */
const ENGLISH_ROUND_WORDS = /ialogue|round|session/iu;
const OPENING_VI = new RegExp(`^Lần\\s+thứ\\s+(\\d{1,2}(?!\\d)|${VI_NUMBER_WORD})(?!\\p{L}|\\p{M})(?!\\s+\\d{4})`, 'u');
/** "… với Ấn Độ (lần thứ 14, tháng 8/2024) và với Nhật Bản (lần thứ 10, tháng 9/2024)": the round in parentheses. */
const LIST_VI_PARENTHESIS = new RegExp(
  `\\(\\s*lần\\s+thứ\\s+(\\d{1,2}(?!\\d)|${VI_NUMBER_WORD})(?!\\p{L}|\\p{M})`,
  'gu',
);
const LIST_VI = new RegExp(
  `(?:[;,:]|\\svà)\\s+(?:phiên\\s+(?:thứ\\s+)?|lần\\s+thứ\\s+)(\\d{1,2}(?!\\d)|${VI_NUMBER_WORD})(?!\\p{L}|\\p{M})`,
  'gu',
);

/**
 * The first year written anywhere in a sentence: every sentence naming a round is read. Not after a digit, a
 * look-behind checked where the rest matches (src/text/not-after.ts).
 */
const FIRST_YEAR = new NotAfter('\\d', '((?:19|20)\\d{2})(?!\\d)', 'u');

interface DateAfter {
  year: number;
  month?: number;
  day?: number;
}

/**
 * The date written right after a round: "lần thứ 8 năm 2019", "in 2012", "(2019)", a parenthesis "(tháng 11/2021)",
 * "(Hà Nội, năm 2019)", "the thirteenth in November 2022". A span "(28 - 29/10/2013)" keeps only its month.
 */
function dateAfter(text: string): DateAfter | null {
  return dateRightAfter(text) ?? dateRightAfter(text.replace(HELD_AT, ''));
}

/**
 * A participle and a place between the round and its date: "… Dialogue held in Hanoi in November 2025", "… diễn ra
 * tại Hà Nội tháng 5/2024", "… held by video link in 2022". Without it a joint statement's "welcomed the results of the second … Dialogue held in Hanoi
 * in November 2025" went undated and counted as the report's own round.
 */
const HELD_AT =
  /^[\s,]*(?:(?:was |were )?(?:held|took place|convened)|(?:đã |được )?(?:diễn ra|tổ chức))\s+(?:(?:in|at|tại|ở)\s+(?!tháng\b|năm\b)\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}\s*,?\s*|(?:by video(?: link| conference)?|online|trực tuyến)\s*,?\s*)?/u;

function dateRightAfter(text: string): DateAfter | null {
  const parenthesis = /^[\s,]*\(([^()]{1,40})\)/u.exec(text);
  const phrase = /^[\s,]*(?:(?:năm|in|tháng|vào)\s[^,.;()]{1,28})/iu.exec(text);
  const stretch = parenthesis?.[1] ?? phrase?.[0];
  if (!stretch) return null;
  const found = findTextDates(stretch).find((d) => d.year !== undefined);
  if (!found?.year) return null;
  const span = /\d\s*[-–]\s*\d/u.test(stretch);
  return { year: found.year, month: found.month, day: span ? undefined : found.day };
}

function readVietnameseRound(numberText: string): number | null {
  if (/^\d+$/.test(numberText)) return Number(numberText);
  // The regex is case-insensitive: a Roman numeral counts only in capitals ("lần thứ II", never "lần thứ ii").
  if (/^[IVXL]+$/iu.test(numberText)) return /^[IVXL]+$/u.test(numberText) ? parseRoman(numberText) : null;
  if (/^đầu tiên$/iu.test(numberText)) return 1;
  const parsed = parseVietnameseNumber(numberText.split(/\s+/));
  return parsed ? parsed.value : null;
}

function roundAfter(
  sentence: string,
  from: number,
): { round: number; date: DateAfter | null; end: number; partner: string | null } | null {
  const rest = sentence.slice(from);
  const gap = PARTNER_GAP.exec(rest);
  const gapText = gap?.[0] ?? '';
  const afterGap = rest.slice(gapText.length);
  const vi = VI_ROUND.exec(afterGap);
  let round: number | null = null;
  let used = 0;
  if (vi) {
    const numberText = vi[1] ?? '';
    // "lần thứ năm 2019" is not "fifth": "năm" there introduces a year.
    if (/^năm$/iu.test(numberText.split(/\s+/)[0] ?? '') && /^\s*\d{4}/u.test(afterGap.slice(vi[0].length)))
      return null;
    round = readVietnameseRound(numberText.trim());
    used = vi[0].length;
  } else {
    const en = EN_ROUND_AFTER.exec(afterGap);
    const time = en ? null : EN_TIME_AFTER.exec(afterGap);
    if (en) {
      round = Number(en[1]);
      used = en[0].length;
    } else if (time) {
      round = parseEnglishOrdinal(time[1] ?? '');
      used = time[0].length;
    }
  }
  if (round === null || round < 1 || round > 60) return null;
  const end = from + gapText.length + used;
  const date = dateAfter(sentence.slice(end));
  const partner = gapText ? (findPartners(gapText)[0]?.key ?? findPairPartner(gapText)) : null;
  return { round, date, end, partner };
}

function roundBefore(sentence: string, start: number): number | null {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const m = EN_ROUND_BEFORE.exec(before);
  return m ? parseEnglishOrdinal(m[1] ?? '') : null;
}

/**
 * A mechanism named with two countries neither of which is Vietnam ("the 23rd Australia-China Defence Strategic
 * Dialogue", "Đối thoại Chiến lược Quốc phòng Úc - Trung Quốc"): another pair's dialogue, never one of Vietnam's.
 */
function otherPairs(sentence: string, start: number, end: number): boolean {
  const around = sentence.slice(Math.max(0, start - 40), end + 40);
  if (!VIETNAM.test(around) && pairIn(around) !== null) return true;
  // "Đối thoại Chính sách Quốc phòng ASEAN - Trung Quốc lần thứ 4": a bloc paired with a country is multilateral.
  if (blocPair(around)) return true;
  // "Indonesia and Australia held the eighth round of their Defence Strategic Dialogue": the pair is the subject, far
  // before the name; it is another pair's when Vietnam is named neither in it nor between it and the name.
  const before = sentence.slice(0, start);
  // The test below needs "their" or "của hai nước" after the pair, so within `before`: without either, no partner
  // scan of the text before the name is needed.
  if (!THEIR_WORDS.test(before)) return false;
  const pair = pairIn(before);
  return pair !== null && !VIETNAM.test(before.slice(pair)) && THEIR.test(before.slice(pair));
}

const THEIR = /\b(?:their|của hai nước)\b/u;
/** What THEIR needs, as a plain scan. */
const THEIR_WORDS = /their|của hai nước/u;

const VIETNAM = /Vi[eệ]t|VN\b/u;

let blocPattern: RegExp | null = null;
/** A bloc (data/cues.json, kind bloc) joined to a country by a dash: "ASEAN - Trung Quốc", "EU-China", "Japan-NATO". */
function blocPair(text: string): boolean {
  const blocs = blocNames();
  if (blocs.length === 0 || !blocs.some((b) => text.includes(b))) return false;
  blocPattern ??= new RegExp(
    `(?<![\\p{L}])(?:${blocs.join('|')})\\s*[-–—/]\\s*\\p{Lu}|\\p{Lu}\\p{L}*\\s*[-–—/]\\s*(?:${blocs.join('|')})(?![\\p{L}])`,
    'u',
  );
  return blocPattern.test(text);
}

/** Where two different partners stand joined ("Australia-China", "Indonesia and Australia", "Úc và Trung Quốc"). */
function pairIn(text: string): number | null {
  const partners = findPartners(text);
  for (let i = 1; i < partners.length; i++) {
    const a = partners[i - 1]!;
    const b = partners[i]!;
    if (a.key !== b.key && /^\s*(?:[-–—/,]|and|và)\s*$/u.test(text.slice(a.end, b.start))) return a.start;
  }
  return null;
}

export function findRoundMentions(sentence: string): RoundMention[] {
  const mentions: RoundMention[] = [];
  const mechanisms = findMechanisms(sentence);
  let held: boolean | undefined;
  for (const m of mechanisms) {
    if (otherPairs(sentence, m.start, m.end)) continue;
    const after = roundAfter(sentence, m.end);
    const beforeRound = after ? null : roundBefore(sentence, m.start);
    const partnerNear =
      after?.partner ?? findPartners(sentence.slice(Math.max(0, m.start - 60), m.end + 60))[0]?.key ?? null;
    // An English ordinal before the name ("the second … Dialogue held in Hanoi in November 2025"): the date follows
    // the name itself.
    const date = after ? after.date : beforeRound !== null ? dateAfter(sentence.slice(m.end)) : null;
    mentions.push({
      mechanism: m.key,
      round: after?.round ?? beforeRound,
      partner: after?.partner ?? partnerNear,
      year: date?.year ?? null,
      month: date?.month,
      day: date?.day,
      cue: cueFor(sentence, m.start, after?.end ?? m.end),
      held: (held ??= reportsHeld(sentence)),
      start: m.start,
      end: after?.end ?? m.end,
    });
  }
  GENERIC_VI.lastIndex = 0;
  // GENERIC_VI may start at any space, so V8 tries it everywhere: skip it when its fixed words are absent.
  const generic = sentence.includes('ối thoại') ? GENERIC_VI : null;
  for (let g = generic?.exec(sentence); g; g = GENERIC_VI.exec(sentence)) {
    const start = g.index + (g[0].length - g[0].trimStart().length);
    if (mechanisms.some((m) => start >= m.start && start < m.end)) continue;
    const after = roundAfter(sentence, g.index + g[0].length);
    if (!after) continue;
    mentions.push({
      mechanism: null,
      round: after.round,
      partner: after.partner,
      year: after.date?.year ?? null,
      month: after.date?.month,
      day: after.date?.day,
      cue: cueFor(sentence, start, after.end),
      held: (held ??= reportsHeld(sentence)),
      start,
      end: after.end,
    });
  }
  const elliptical = (start: number, end: number, round: number | null) => {
    if (round === null || round < 1 || round > 60) return;
    if (mentions.some((m) => start < m.end && end > m.start)) return;
    if (mechanisms.some((m) => start < m.end && end > m.start)) return;
    const date = dateAfter(sentence.slice(end));
    mentions.push({
      mechanism: null,
      round,
      partner: null,
      year: date?.year ?? null,
      month: date?.month,
      day: date?.day,
      cue: cueFor(sentence, start, end),
      held: (held ??= reportsHeld(sentence)),
      elliptical: true,
      start,
      end,
    });
  };
  // "Lần thứ năm tổ chức tại Bắc Kinh tháng 8/2015 và lần thứ sáu …": a sentence that opens with the round.
  const opening = sentence.startsWith('Lần thứ') ? OPENING_VI.exec(sentence) : null;
  if (opening) elliptical(opening.index, opening.index + opening[0].length, readVietnameseRound(opening[1] ?? ''));
  if (sentence.includes('hiên') && (sentence.includes('thứ') || sentence.includes('đầu tiên'))) {
    for (const e of ELLIPTICAL_VI.all(sentence))
      elliptical(e.index, e.index + e[0].length, readVietnameseRound(e[1] ?? e[2] ?? ''));
  }
  const englishWords = ENGLISH_ROUND_WORDS.test(sentence);
  if (englishWords && DIALOGUE_LETTERS.test(sentence) && ELLIPTICAL_EN_QUICK.test(sentence)) {
    for (const e of allMatches(ELLIPTICAL_EN, sentence))
      elliptical(e.index, e.index + e[0].length, parseEnglishOrdinal(e[1] ?? ''));
  }
  if (englishWords && ROUND_OR_SESSION.test(sentence) && ELLIPTICAL_EN_ROUND_QUICK.test(sentence)) {
    for (const e of allMatches(ELLIPTICAL_EN_ROUND, sentence))
      elliptical(e.index, e.index + e[0].length, parseEnglishOrdinal(e[1] ?? ''));
  }
  // A list goes on only after a round named earlier in the sentence.
  // A list goes on only after a round named earlier in the sentence, or after "rounds" ("With Laos, rounds now come
  // every March: the third in Vientiane in March 2023, the fourth …").
  const listAfter = (pattern: RegExp, read: (n: string) => number | null, opener?: RegExp) => {
    for (const e of allMatches(pattern, sentence)) {
      const start = e.index + e[0].length - e[0].trimStart().length;
      const opened = mentions.some((m) => m.end <= e.index) || opener?.test(sentence.slice(0, e.index));
      if (opened) elliptical(start, e.index + e[0].length, read(e[1] ?? ''));
    }
  };
  if ((mentions.length > 0 || (englishWords && saysRounds(sentence))) && LIST_EN_QUICK.test(sentence))
    listAfter(LIST_EN, parseEnglishOrdinal, ROUNDS_WORD);
  if (mentions.length > 0 && sentence.includes('thứ')) {
    listAfter(LIST_VI, readVietnameseRound);
    listAfter(LIST_VI_PARENTHESIS, readVietnameseRound);
  }
  if (mentions.length > 0) {
    const year = FIRST_YEAR.exec(sentence);
    const sentenceYear = year ? Number(year[1]) : null;
    for (const m of mentions) m.sentenceYear = sentenceYear;
  }
  return mentions.sort((a, b) => a.start - b.start);
}
