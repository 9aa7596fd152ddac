/**
 * One person from a phrase: "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam", "Sen. Lt. Gen. Hoang
 * Xuan Chien", "his Lao counterpart Vongkham Phommakone", "Vice Minister Kim Seon Ho": name, title, rank and side.
 * Which phrases name a co-chair is decided in chairs.ts.
 */
import { allMatches, fold } from '../text/index.js';
import { RecentMemo } from './recent-memo.js';
import { loadPeopleWords, loadVocabulary, type TermMatch } from '../vocabulary/index.js';
import { findPartners, findRanks, findRanksAfter, findTitles, findTitlesAfter, isPartnerName } from './match.js';

const people = loadPeopleWords();
const FOLDED_SURNAMES = new Set(people.vietnameseSurnames.map(fold));
const PARTICLES = new Set(people.nameParticles);
const HONORIFICS = new Set(people.honorifics);
/**
 * Any honorific as a word of its own ("Ông", "Mr."), compiled once. One alternation finds the leftmost of them,
 * which is the least of the positions each would give on its own.
 */
const HONORIFIC_WORD = new RegExp(
  `(?:^|\\s)(?:${[...HONORIFICS].map((h) => h.replace('.', '\\.')).join('|')})\\s`,
  'u',
);

export interface PersonMention {
  name: string;
  title: string | null;
  rank: string | null;
  /** "VN", a partner code, or null when the phrase does not tell. */
  side: string | null;
}

/**
 * The region or field that ends an English title ("Deputy Assistant Secretary of Defense for South and Southeast
 * Asia Michael T. Brennan", "Director General for International Relations and Strategy, …"): never part of a name,
 * and a name may follow right after one.
 */
const FIELD_WORDS = new Set(
  ['Asia', 'Pacific', 'Asia-Pacific', 'Indo-Pacific', 'Affairs', 'Policy', 'Security', 'Strategy', 'Industry'].concat([
    'Planning',
    'Relations',
    'Cooperation',
    'Europe',
    'Americas',
    'Africa',
    'Southeast',
    'International',
  ]),
);

/**
 * Any field word inside a text, as a plain scan: a word equal to one contains it, and most phrases (every Vietnamese
 * one) contain none, so their words need not be listed one by one.
 */
const FIELD_WORD_INSIDE = new RegExp([...FIELD_WORDS].join('|'), 'u');
/** The honorifics with the space that must follow them, built once rather than per phrase. */
const HONORIFICS_SPACED = [...HONORIFICS].map((h) => [h, `${h} `] as const);
/** An initial inside a name ("C." in "Irineo C. Espino"). Compiled once: a literal with \p{…} is a new RegExp per call once transpiled. */
const INITIAL = /^\p{Lu}\.$/u;
/** A run of letters and hyphens (allMatches leaves its lastIndex as it was: the one object serves every phrase). */
const LETTER_RUN = /[\p{L}-]+/gu;

/** Words that start with a capital but never belong to a person's name. */
const NOT_NAME_WORDS = new Set([
  'Đoàn',
  'Bộ',
  'Đối',
  'Tham',
  'Thứ',
  'Phó',
  'Tổng',
  'Trưởng',
  'Đại',
  'Thượng',
  'Trung',
  'Thiếu',
  'Tại',
  'Trong',
  'Hai',
  'Việt',
  'Viet',
  'Ủy',
  'Uỷ',
  'Quân',
  'Đảng',
  'Chính',
  'Sáng',
  'Chiều',
  'Ngày',
  'Theo',
  'The',
  'Deputy',
  'Minister',
  'Ministry',
  'General',
  'Vice',
  'Senior',
  'Defence',
  'Defense',
  'Vietnam',
  'Vietnamese',
  'Lieutenant',
  'Colonel',
  'Secretary',
  'Assistant',
  'Permanent',
  'Chief',
  ...FIELD_WORDS,
]);

/**
 * Words of NOT_NAME_WORDS that are also given names inside a name ("Do Thanh Hai", "Nguyen Van Trung", "Nguyễn Việt
 * Hùng"): inside a name they end it only where they begin a phrase ("Trung tướng", "Trung Quốc", "Việt Nam", "Quân
 * đội", "Chính phủ", "Hai bên").
 */
const GIVEN_NAMES_TOO = new Set(['Hai', 'Trung', 'Việt', 'Viet', 'Quân', 'Chính']);
const PHRASE_NEXT = /^(?:tướng|tá|úy|uý|ương|Quốc|Nam|đội|khu|sự|phủ|trị|bên|nước)[,;:.]?$/u;
function phraseGoesOn(words: string[], raw: string): boolean {
  if (/[,;:.]$/u.test(raw)) return false;
  const next = words[words.indexOf(raw) + 1];
  return next !== undefined && PHRASE_NEXT.test(next);
}

/**
 * A capitalised word. Unicode properties as alternatives (\p{L}|\p{M}) rather than joined in one class ([\p{L}\p{M}…]):
 * the same characters, but V8 compiles a class joining two properties more slowly (see WORD_START, ./chairs.ts),
 * and every thread of a cold start compiles each pattern again, to bytecode and then to machine code. Here and in
 * POSTED_TO and MINISTRY_AFTER_TITLE that cost 21 million instructions less a thread (measured under cachegrind).
 */
const WORD = /^\p{Lu}(?:\p{L}|\p{M}|['’.-])*$/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let countryWordSet: Set<string> | null = null;
/** Partners' one-word Vietnamese names ("Áo", "Anh", "Nga"), but not one that is also a Vietnamese surname ("Thái"). */
function countryWords(): Set<string> {
  countryWordSet ??= new Set(
    loadVocabulary()
      .partners.flatMap((p) => [...p.namesVi, ...p.pairNamesVi])
      .filter((n) => !n.includes(' ') && !FOLDED_SURNAMES.has(fold(n))),
  );
  return countryWordSet;
}

/** The punctuation that ends a word of a name: "Chiến," → "Chiến". */
const TRAILING_PUNCTUATION = new Set([',', ';', ':', ')', '(', '.']);
/**
 * A word without the punctuation at its end: what `word.replace(/[,;:)(.]+$/u, '')` gives, by a loop from the end (the
 * regex, unanchored at its start, was tried from every character of each word of every name read).
 */
function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(word[end - 1]!)) end--;
  return end === word.length ? word : word.slice(0, end);
}
const wordAfter = (words: string[], raw: string) => withoutTrailingPunctuation(words[words.indexOf(raw) + 1] ?? '');
/** A possessive, which ends a name: "Italy's". Compiled once, not at each word. */
const POSSESSIVE = /['’]s[,;:]?$/u;
/**
 * What every name begins with, after white space: a capital letter (the first word passes WORD, or is an INITIAL).
 * Many texts leadingName is given begin otherwise ("ông …", the rest of a phrase after a title): no split, no word.
 */
const CAPITAL_FIRST = /^\s*\p{Lu}/u;

/** A run of capitalised words from the start of `text`: "Hoàng Xuân Chiến, Ủy viên…" → "Hoàng Xuân Chiến". */
function leadingName(text: string): string | null {
  if (!CAPITAL_FIRST.test(text)) return null;
  // A name has at most five words, so no more are split off (the text can be the rest of a long sentence).
  const words = text.trimStart().split(/\s+/, 5);
  const name: string[] = [];
  for (const raw of words) {
    // A possessive ends a name and is not part of it: "Italy's Undersecretary …".
    if (POSSESSIVE.test(raw)) break;
    // An initial inside a name goes on: "Irineo C. Espino", "J. Smith".
    if (INITIAL.test(raw)) {
      name.push(raw);
      continue;
    }
    const word = withoutTrailingPunctuation(raw);
    // "Maarten J. de Vries": a particle inside a name, between capitalised words (data/people.json).
    // The word after it may end the name with a comma ("ông Joris van Dam, Tổng Giám đốc …"); read only for a particle.
    if (name.length > 0 && word === raw && PARTICLES.has(word) && WORD.test(wordAfter(words, raw))) {
      name.push(word);
      continue;
    }
    if (!WORD.test(word) || (name.length === 0 && NOT_NAME_WORDS.has(word))) break;
    if (name.length > 0 && NOT_NAME_WORDS.has(word) && !(GIVEN_NAMES_TOO.has(word) && !phraseGoesOn(words, raw))) break;
    name.push(word);
    if (word !== raw || name.length === 5) break; // punctuation ends the name
  }
  // "Thứ trưởng Ngoại giao Áo Stefan Nielsen", "Bộ trưởng Quốc phòng Anh James Hall": a one-word country name (whose
  // guard kept it from being read as the country) before a name of two words or more is not part of it.
  if (name.length >= 3 && countryWords().has(name[0]!)) name.shift();
  if (name.length === 0) return null;
  if (name.length < 2) return null; // one word is a title or an acronym more often than a name
  const joined = name.join(' ');
  return isPartnerName(joined) ? null : joined;
}

function stripAffiliations(text: string): string {
  let out = text;
  for (const a of people.affiliations) if (out.includes(a)) out = out.split(a).join(' ');
  return out;
}

/** A Vietnamese name begins with a Vietnamese surname, written with or without diacritics ("Nguyen Chi Vinh"). */
export function looksVietnamese(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && FOLDED_SURNAMES.has(fold(words[0] ?? ''));
}

/** Compiled once; read only in a phrase with " of " in it, as every such name has. */
const MINISTRY_NAME = /\b(?:Department|Ministry) of (?:National )?Defen[cs]e\b/gu;

/** "to Australia", "tại Việt Nam": where an envoy serves, not the side they speak for. */
// Not after or before a letter or mark: \p{L}|\p{M} compiles faster than [\p{L}\p{M}] (see WORD_START, ./chairs.ts).
const POSTED_TO = /(?<!\p{L}|\p{M})(?:to|tại)\s+\p{Lu}(?:\p{L}|\p{M}|-)*(?:\s+\p{Lu}(?:\p{L}|\p{M}|-)*)*/gu;

function sideOf(phrase: string, name: string): string | null {
  const named = phrase.replace(name, ' ');
  // POSTED_TO needs "to" or "tại": most phrases have neither, and its look-behind is tried at every character.
  const own = named.includes('to') || named.includes('tại') ? named.replace(POSTED_TO, ' ') : named;
  const partners = findPartners(own);
  if (partners.length > 0) return partners[0]!.key;
  if (/Việt Nam|Vietnam|Viet Nam|Vietnamese/u.test(own)) return 'VN';
  return looksVietnamese(name) ? 'VN' : null;
}

/** One person phrase ("Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng Việt Nam") → a person, or null. */
export function readPerson(rawPhrase: string): PersonMention | null {
  // The same phrase is read again and again: each cue of a sentence reads the names before it, and a part with no
  // person is read alone and joined to the next. The answer depends on the phrase alone; each caller gets a copy.
  const known = recentPeople.get(rawPhrase);
  return known && { ...known };
}

/** Phrases remembered, in two generations (./recent-memo.ts): more than one article's chair sentences give. */
const RECENT_PHRASES = 128;
const recentPeople = new RecentMemo(RECENT_PHRASES, readPersonNow);

function readPersonNow(rawPhrase: string): PersonMention | null {
  const whole = singleSpaced(stripAffiliations(rawPhrase)).trim();
  if (!whole) return null;
  const from = leadingClauseEnd(whole);
  if (from === 0) return readFrom(whole, findTitles(whole), findRanks(whole));
  // The ranks and titles of the rest are those of the whole phrase, which leadingClauseEnd searched, moved back.
  // Reading the whole phrase again only helps when a leading clause was cut off: the same text gives the same answer.
  return (
    readFrom(whole.slice(from), findTitlesAfter(whole, from), findRanksAfter(whole, from)) ??
    readFrom(whole, findTitles(whole), findRanks(whole))
  );
}

/** Every run of white space as one space; a text with none to change is returned as it is, not copied. */
const singleSpaced = (text: string): string => (/\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/g, ' ') : text);

/**
 * A leading clause ("Ngày 28/12, tại Xin-ga-po, …") is not about the person: the person is read from the first rank,
 * title or honorific on. Where that rest starts (past the space before an honorific), or 0 for the whole phrase.
 */
function leadingClauseEnd(whole: string): number {
  // A clause is cut only at a comma before the first anchor: a phrase with no comma keeps its start, known without
  // looking for anchors.
  if (!whole.includes(',')) return 0;
  let firstAnchor = Infinity;
  for (const m of findRanks(whole)) firstAnchor = Math.min(firstAnchor, m.start);
  for (const m of findTitles(whole)) firstAnchor = Math.min(firstAnchor, m.start);
  const honorific = whole.search(HONORIFIC_WORD);
  if (honorific >= 0) firstAnchor = Math.min(firstAnchor, honorific);
  if (!Number.isFinite(firstAnchor) || !whole.slice(0, firstAnchor).includes(',')) return 0;
  // whole.slice(firstAnchor).trim(): the whole phrase has no white space at its end.
  let from = firstAnchor;
  while (from < whole.length && /\s/u.test(whole[from]!)) from++;
  return from;
}

/**
 * "… of Vietnam", "… thứ nhất" after a title. Compiled once, here: esbuild (the build and tsx) writes a literal with a
 * look-ahead over \p{…} as \`new RegExp(…)\`, which inside titleEnd made a pattern at every call (10,000 in a first
 * pass over 2,000 generated articles), each looked up again in V8's cache and compiled again once that was cleared.
 */
const VIETNAM_AFTER_TITLE = /^\s*(?:(?:of|to|tại)\s+)?(?:Việt Nam|Vietnam|Viet Nam)(?!\p{L}|\p{M})/u;
const FIRST_AFTER_TITLE = /^\s*thứ nhất(?!\p{L}|\p{M})/u;
/** A ministry's name after a title ("Bộ Quốc phòng", "của Bộ Ngoại giao"); properties as alternatives (see WORD). */
const MINISTRY_AFTER_TITLE = /^\s*(?:thứ nhất\s+)?(?:của\s+)?Bộ\s+\p{Lu}(?:\p{Ll}|\p{M})*(?:\s+(?:\p{Ll}|\p{M})+)*/u;

/**
 * Where a title's words end: after it may come the country and its ministry before the name ("… Bộ Ngoại giao Hoa Kỳ
 * John Smith").
 */
function titleEnd(phrase: string, from: number, countries: TermMatch[]): number {
  let end = from;
  for (;;) {
    const rest = phrase.slice(end);
    const ministry = MINISTRY_AFTER_TITLE.exec(rest);
    // Countries are found in the whole phrase: a guarded name ("Séc", "Anh") needs the words before it.
    // "Ambassador to Vietnam Gordon Ashby", "Đại sứ Hà Lan tại Việt Nam Marieke Vos": where an envoy serves.
    const country = countries.find(
      (c) => c.start >= end && /^\s*(?:(?:to|tại)\s+)?$/u.test(phrase.slice(end, c.start)),
    );
    const vn = VIETNAM_AFTER_TITLE.exec(rest);
    if (ministry && ministry[0].length > 0) end += ministry[0].length;
    else if (country) end = country.end;
    else if (vn) end += vn[0].length;
    else if (FIRST_AFTER_TITLE.test(rest)) end += /^\s*thứ nhất/u.exec(rest)![0].length;
    else return end;
  }
}

const ascending = (a: number, b: number) => a - b;
/** Whether a hyphen or a dash ends the text before `at` ("Director-General"), without a copy of that text. */
const dashBefore = (text: string, at: number) => at > 0 && (text[at - 1] === '-' || text[at - 1] === '‐');

/** The first name read at one of the anchors, in their order, that no rank or title overlaps. */
function firstName(phrase: string, anchors: number[], marks: TermMatch[]): string | null {
  let previous = -1;
  for (const anchor of anchors) {
    // Anchors are sorted, and the same place may be one twice (a comma and a country's end): it reads the same.
    if (anchor === previous) continue;
    previous = anchor;
    const name = leadingName(phrase.slice(anchor));
    if (!name) continue;
    const at = phrase.indexOf(name, anchor);
    if (!marks.some((r) => at < r.end && at + name.length > r.start)) return name;
  }
  return null;
}

/** A person from a phrase, given the phrase's titles and ranks (findTitles, findRanks). */
function readFrom(phrase: string, titles: TermMatch[], rankMatches: TermMatch[]): PersonMention | null {
  // "Director-General" is a title, not the rank "General" inside it.
  const ranks = rankMatches.filter(
    (r) => !titles.some((t) => r.start >= t.start && r.end <= t.end) && !dashBefore(phrase, r.start),
  );
  const anchors: number[] = [0];
  const countries = findPartners(phrase);
  for (const r of ranks) anchors.push(r.end);
  for (const t of titles) anchors.push(titleEnd(phrase, t.end, countries));
  // An honorific is the surest sign that a name follows: "Chilean Undersecretary of Defence Ms. Ana M. Rojas" is
  // read from "Ms.", before the capitalised title words in front of it.
  const honorifics: number[] = [];
  // Each honorific found below is one HONORIFIC_WORD finds: a phrase without any is not searched for each of them.
  if (HONORIFIC_WORD.test(phrase))
    for (const [h, spaced] of HONORIFICS_SPACED) {
      const at = phrase.indexOf(spaced);
      if (at >= 0 && (at === 0 || /\s/u.test(phrase[at - 1] ?? ''))) honorifics.push(at + h.length);
    }
  // "title, Name": a name may follow any comma ("Chief Executive of the Ministry of Defence, Andrew Bridgman").
  for (let at = phrase.indexOf(','); at >= 0; at = phrase.indexOf(',', at + 1)) anchors.push(at + 1);
  // A name may follow a country ("… phụ trách quốc tế Nhật Bản Ishikawa Takeshi") or a title's field ("… Asia Michael
  // T. Brennan").
  for (const c of countries) anchors.push(c.end);
  if (FIELD_WORD_INSIDE.test(phrase))
    for (const w of allMatches(LETTER_RUN, phrase)) if (FIELD_WORDS.has(w[0])) anchors.push(w.index + w[0].length);
  // "… of Australia's Department of Defence Helen M. Whitcombe": a ministry's name ends the title.
  if (phrase.includes(' of ')) for (const m of allMatches(MINISTRY_NAME, phrase)) anchors.push(m.index + m[0].length);
  const marks = ranks.concat(titles);
  const name =
    firstName(phrase, honorifics.sort(ascending), marks) ?? firstName(phrase, anchors.sort(ascending), marks);
  if (!name) return null;
  // A bare run of capitalised words with nothing that marks a person (rank, title, honorific, a country, a ", title"
  // after it) is as likely a place or a body ("Đông Nam Á", "Bộ Quân đội") as a name.
  const marked =
    ranks.length > 0 ||
    titles.length > 0 ||
    countries.length > 0 ||
    HONORIFIC_WORD.test(` ${phrase} `) ||
    /Việt Nam|Vietnam|Viet Nam|Vietnamese/u.test(phrase) ||
    new RegExp(`${escapeRegExp(name)}\\s*,\\s*\\S`, 'u').test(phrase);
  if (!marked) return null;
  return { name, title: titles[0]?.key ?? null, rank: ranks[0]?.key ?? null, side: sideOf(phrase, name) };
}
