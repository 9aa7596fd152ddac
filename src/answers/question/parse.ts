/**
 * A question in words → what is asked and about what, before any answer is chosen. The question is folded
 * (no diacritics, lower case, punctuation as spaces) and read in passes, each blanking what it read so that the next
 * does not read it again: people on record, the period, round numbers, partners, topics, mechanisms, places, then
 * the cue words of data/question-cues.json. Names come from the one lookup of src/knowledge/resolve.ts.
 */
import type { Language } from '../../corpus/index.js';
import {
  parseEnglishOrdinal,
  parseVietnameseNumber,
  cleanName,
  isHome,
  type NameHit,
  type NameIndex,
  type NameKind,
  mechanismName,
  nameIndexOf,
  partnerName,
} from '../../knowledge/index.js';
import { loadQuestionWords, loadVocabulary } from '../../vocabulary/index.js';
import { findTerm } from '../../search/index.js';
import type { Library } from '../library.js';
import { cueSets, type Field } from './cues.js';
import { detectLanguage } from './language.js';
import { unknownNames } from './names.js';
import { type Period, readPeriod, relativePeriod } from './time.js';

export type RoundAsk =
  | { kind: 'number'; round: number }
  | { kind: 'first' | 'latest' | 'all' }
  | { kind: 'next' | 'previous'; after?: number };

export interface PartnerRead {
  code: string;
  /** The words as they stood in the question (folded). */
  typed: string;
  /** Read through a typo: the answer says what it understood. */
  corrected: boolean;
}

export interface ParsedQuestion {
  question: string;
  lang: Language | null;
  partners: PartnerRead[];
  people: string[];
  /** People the question names who are not on record, as typed ("Lloyd Austin"). */
  unknownPeople: string[];
  topic: string | null;
  mechanism: string | null;
  place: string | null;
  round: RoundAsk | null;
  period: Period | null;
  fields: Set<Field>;
  compare: boolean;
  /** Typos the parser read through: "canda" → "Canada". */
  corrections: { typed: string; understood: NameHit }[];
}

const MARK = '§';

/** The folded words of a question, with blanked words kept as a mark so that n-grams never join across them. */
class Words {
  words: string[];
  constructor(text: string) {
    this.words = text.split(' ').filter(Boolean);
  }
  get text() {
    return ` ${this.words.join(' ')} `;
  }
  /** Word spans of n words, longest first, none crossing a blank. */
  *spans(maxWords: number): Generator<{ start: number; end: number; text: string }> {
    for (let n = maxWords; n >= 1; n--)
      for (let start = 0; start + n <= this.words.length; start++) {
        const slice = this.words.slice(start, start + n);
        if (slice.includes(MARK)) continue;
        yield { start, end: start + n, text: slice.join(' ') };
      }
  }
  blank(start: number, end: number) {
    for (let i = start; i < end; i++) this.words[i] = MARK;
  }
  setText(text: string) {
    this.words = text.split(' ').filter(Boolean);
  }
}

/** Words after which a short name can only be a country: "us dialogue", "uk side", "us-vietnam". */
const COUNTRY_FOLLOWERS = new Set(['dialogue', 'dialogues', 'dialog', 'side', 'delegation', 'vietnam', 'and', 'co']);

/** Words after which a place name is expected. */
const PLACE_CUES = new Set(['in', 'at', 'tai', 'o']);

const ROUND_NUMBER = /^(\d{1,3})(?:st|nd|rd|th)$/;

/** "4th", "round 4", "lần thứ 4", "phiên 4", "lần thứ tư", "the ninth": the number and how many words it took. */
function roundAt(words: string[], i: number): { round: number; used: number } | null {
  const w = words[i]!;
  const ordinal = ROUND_NUMBER.exec(w);
  if (ordinal) return { round: Number(ordinal[1]), used: 1 };
  const english = w === 'first' ? null : parseEnglishOrdinal(w);
  if (english) return { round: english, used: 1 };
  if (w === 'round' || w === 'lan' || w === 'phien' || w === 'so') {
    let j = i + 1;
    if (words[j] === 'thu') j++;
    const next = words[j];
    if (next && /^\d{1,3}$/.test(next)) return { round: Number(next), used: j - i + 1 };
    // Vietnamese number words only after "thứ" ("lần thứ tư"); "lần đầu" is a cue, not a number.
    if (words[j - 1] === 'thu' && next) {
      const vi = parseVietnameseNumber(words.slice(j, j + 3).map(unfoldNumber));
      if (vi) return { round: vi.value, used: j - i + vi.used };
    }
  }
  return null;
}

/** Folded Vietnamese number words back to their spelling, for parseVietnameseNumber. */
const NUMBER_WORDS: Record<string, string> = {
  nhat: 'nhất',
  mot: 'một',
  hai: 'hai',
  ba: 'ba',
  tu: 'tư',
  bon: 'bốn',
  nam: 'năm',
  sau: 'sáu',
  bay: 'bảy',
  tam: 'tám',
  chin: 'chín',
  muoi: 'mười',
  lam: 'lăm',
};
const unfoldNumber = (w: string) => NUMBER_WORDS[w] ?? w;

/** A word that is no typo: a cue word, a stopword-like short word, or a word the corpus itself uses. */
function isKnownWord(lib: Library, word: string): boolean {
  if (word.length < 4 || cueSets().known.has(word)) return true;
  return findTerm(lib.index.base, word) >= 0 || findTerm(lib.index.added, word) >= 0;
}

/** A name read through a typo is trusted only when it keeps the first letter: "canda" is Canada, "while" is not Chile. */
const plausibleTypo = (typed: string, hit: NameHit) => typed[0] === hit.name[0];

interface Found {
  hit: NameHit;
  start: number;
  end: number;
  text: string;
}

/** Exact names of the given kinds, longest first, each span read once. */
function readExact(words: Words, index: NameIndex, kinds: NameKind[], accept: (f: Found) => boolean): Found[] {
  const found: Found[] = [];
  for (const span of [...words.spans(8)]) {
    if (words.words.slice(span.start, span.end).includes(MARK)) continue;
    const hits = index.exact(span.text, kinds);
    if (!hits.length) continue;
    const hit = { ...hits[0]!, exact: true, score: 1 };
    const f = { hit, ...span };
    if (!accept(f)) continue;
    found.push(f);
    words.blank(span.start, span.end);
  }
  return found;
}

/** Names of the given kinds read through typos: spans of up to 3 words holding a word that is no known word. */
function readTypos(
  lib: Library,
  words: Words,
  index: NameIndex,
  kinds: NameKind[],
  accept: (f: Found) => boolean = () => true,
): Found[] {
  const found: Found[] = [];
  for (const span of [...words.spans(3)]) {
    const typed = words.words.slice(span.start, span.end);
    if (typed.includes(MARK)) continue;
    const unknown = typed.filter((w) => !isKnownWord(lib, w));
    if (!unknown.length || isHome(span.text)) continue;
    const hit = index.lookup(span.text, { kinds, wholeName: true })[0];
    if (!hit || !plausibleTypo(span.text, hit) || isHome(hit.name)) continue;
    if (!accept({ hit, ...span })) continue;
    found.push({ hit, ...span });
    words.blank(span.start, span.end);
  }
  return found;
}

export function parseQuestion(lib: Library, question: string, today = new Date()): ParsedQuestion {
  const index = nameIndexOf(lib);
  const cues = cueSets();
  const original = question.slice(0, 500);
  const words = new Words(cleanName(original));
  const corrections: ParsedQuestion['corrections'] = [];

  // People first: their names hold words that are also partners or cues ("Nguyễn Đức …", a Korean name such as "Kim Nam Hàn").
  const people = readExact(words, index, ['person'], (f) => f.text.includes(' ')).map((f) => f.hit.key);
  for (const f of readTypos(lib, words, index, ['person'])) {
    if (!f.text.includes(' ')) continue;
    people.push(f.hit.key);
    corrections.push({ typed: f.text, understood: f.hit });
  }

  const timed = readPeriod(words.text, today);
  words.setText(timed.rest);
  let period = timed.period;

  // Round numbers, and "before/after the 4th" as a round relative to another.
  let round: RoundAsk | null = null;
  for (let i = 0; i < words.words.length; i++) {
    if (words.words[i] === MARK) continue;
    const found = roundAt(words.words, i);
    if (!found) continue;
    const before = words.words.slice(Math.max(0, i - 3), i);
    const relative = before.some((w) => ['after', 'sau'].includes(w))
      ? 'next'
      : before.some((w) => ['before', 'truoc', 'prior'].includes(w))
        ? 'previous'
        : null;
    round = relative ? { kind: relative, after: found.round } : { kind: 'number', round: found.round };
    words.blank(i, i + found.used);
    if (relative) {
      const cueAt =
        Math.max(0, i - 3) + before.findIndex((w) => ['after', 'sau', 'before', 'truoc', 'prior'].includes(w));
      words.blank(cueAt, cueAt + 1);
    }
    break;
  }

  // Partners: names, aliases, codes, adjectives; short Vietnamese names and "us" only where a cue allows them.
  const partners: PartnerRead[] = [];
  const addPartner = (code: string, typed: string, corrected: boolean) => {
    if (!partners.some((p) => p.code === code)) partners.push({ code, typed, corrected });
  };
  const cueBefore = (start: number) => {
    const w = words.words;
    const one = w[start - 1] ?? '';
    const two = `${w[start - 2] ?? ''} ${one}`;
    return cues.shortNameCues.has(one) || cues.shortNameCues.has(two) || ['with', 'and', 'the', 'vs'].includes(one);
  };
  const cueAfter = (end: number) => COUNTRY_FOLLOWERS.has(words.words[end] ?? '');
  const lang = detectLanguage(original);
  const typedWords = new Set(original.split(/[^\p{L}\p{N}.]+/u));
  const english = englishNames();
  // Names of several words go before partners, which they may hold: "South China Sea" is a topic, not China.
  const several = (f: Found) => f.text.includes(' ');
  const topics = readExact(words, index, ['topic'], several);
  const mechanisms = readExact(words, index, ['mechanism'], several);
  const places = readExact(words, index, ['place'], (f) => several(f) && !isHome(f.text));
  for (const span of [...words.spans(8)]) {
    if (words.words.slice(span.start, span.end).includes(MARK) || isHome(span.text)) continue;
    const hits = index.exact(span.text, ['partner']);
    // A bare ISO code is a word too ("la", "in", "it"): it counts only typed in capitals ("LA", "IN").
    const named = hits.filter((h) => !(h.name === h.key.toLowerCase() && !english.has(h.name)));
    const code = hits.find((h) => h.name === h.key.toLowerCase() && typedWords.has(h.key));
    const short = cues.shortNames.has(span.text) || span.text === 'us' || span.text.length <= 2;
    let chosen = code ?? null;
    // These two language branches choose a parser rule, not words a user reads, so they stay out of the catalogue.
    // In an English question an English short name that is no English word ("uk", "nz", "rok") needs no cue; "us"
    // needs one before it or a word after it that only a country takes ("the first us dialogue", "us side").
    const englishShort = lang === 'en' && english.has(span.text) && (span.text !== 'us' || cueAfter(span.end));
    if (!chosen && named.length) {
      if (!short || englishShort) chosen = named.find((h) => english.has(h.name)) ?? named[0]!;
      else if (cueBefore(span.start) || typedWords.has(span.text.toUpperCase())) {
        // In an English question a short name must be an English one ("Lao side"), not a folded "Mỹ".
        chosen = named.find((h) => lang !== 'en' || english.has(h.name)) ?? null;
      }
    }
    if (!chosen) continue;
    addPartner(chosen.key, span.text, false);
    words.blank(span.start, span.end);
  }

  topics.push(...readExact(words, index, ['topic'], () => true));
  mechanisms.push(...readExact(words, index, ['mechanism'], () => true));
  places.push(...readExact(words, index, ['place'], (f) => !isHome(f.text)));

  // Typos last: only words nothing above read and the corpus does not use.
  // A place read through a typo only where a place is expected ("held in Fukoka", "tại Pa ri"): "been" is not Bern.
  const afterPlaceCue = (f: Found) => f.hit.kind !== 'place' || PLACE_CUES.has(words.words[f.start - 1] ?? '');
  for (const f of readTypos(lib, words, index, ['partner', 'topic', 'mechanism', 'place'], afterPlaceCue)) {
    if (f.hit.kind === 'partner') addPartner(f.hit.key, f.text, true);
    else if (f.hit.kind === 'topic') topics.push(f);
    else if (f.hit.kind === 'mechanism') mechanisms.push(f);
    else places.push(f);
    corrections.push({ typed: f.text, understood: f.hit });
  }

  // Cue words on what is left, longest first.
  const fields = new Set<Field>();
  let compare = false;
  for (const cue of cues.cues) {
    const at = ` ${words.words.join(' ')} `.indexOf(` ${cue.words} `);
    if (at < 0) continue;
    const start = ` ${words.words.join(' ')} `
      .slice(0, at + 1)
      .split(' ')
      .filter(Boolean).length;
    const count = cue.words.split(' ').length;
    words.blank(start, start + count);
    if (cue.kind === 'field') fields.add(cue.value as Field);
    else if (cue.kind === 'compare') compare = true;
    else if (cue.kind === 'time') period ??= relativePeriod(cue.value, today, cue.words);
    else if (cue.kind === 'round' && !round)
      round = { kind: cue.value as 'first' | 'latest' | 'next' | 'previous' | 'all' };
  }
  // "Compare Canada and Korea", "so sánh Nga và Pháp": two partners are a comparison whatever the words.
  if (partners.length > 1) compare = true;

  return {
    question: original,
    lang,
    partners,
    people: people.filter((p, i) => people.findIndex((q) => cleanName(q) === cleanName(p)) === i),
    // With a partner named, a name that is not the subject may be a place or a body the vocabulary lacks.
    unknownPeople: unknownNames(original, people, [...corrections.map((c) => c.typed), ...partners.map((p) => p.typed)])
      .filter((n) => n.subject || !partners.length)
      .map((n) => n.name),
    topic: topics[0]?.hit.key ?? null,
    mechanism: mechanisms[0]?.hit.key ?? null,
    place: places[0]?.hit.key ?? null,
    round,
    period,
    fields,
    compare,
    corrections,
  };
}

let englishNameSet: Set<string> | null = null;
/** Partner names and aliases in English, folded: "us", "uk", "nz", "lao" may stand alone in an English question. */
function englishNames(): Set<string> {
  englishNameSet ??= new Set([
    ...loadVocabulary().partners.flatMap((p) => [p.name, ...p.aliases, ...p.adjectives].map(cleanName)),
    ...loadQuestionWords().adjectives.flatMap((a) => a.words.map(cleanName)),
  ]);
  return englishNameSet;
}

/** The display name of what a typo was read as: "Canada", "Demining and unexploded ordnance". */
/** The name a hit is shown by, in the answer's language ("Showing Japan for 'japn'" / "Nhật Bản cho 'japn'"). */
export function nameOf(hit: NameHit, lang: Language): string {
  if (hit.kind === 'partner') return partnerName(hit.key, lang);
  if (hit.kind === 'topic') return loadVocabulary().topics.find((t) => t.key === hit.key)?.[lang] ?? hit.key;
  if (hit.kind === 'mechanism') return mechanismName(hit.key, lang);
  return hit.key;
}
