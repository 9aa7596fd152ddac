/**
 * What a sentence says about a round it names, from the cue words of data/cues.json: still to come (planned), an
 * earlier one recalled (past), only proposed or to be set up (proposed), and whether it reports the round taking place
 * (held). Each kind and position is one compiled alternation, tried only near a mechanism's name.
 */
import { NotAfter } from '../text/index.js';
import { loadRoundCues, type RoundCueRow } from '../vocabulary/index.js';

export type RoundCue = 'planned' | 'past' | 'proposed' | 'none';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// \p{L}|\p{M} rather than [\p{L}\p{M}]: the same characters, compiled two to three times faster (see ./chairs.ts).
/** What may not stand before a cue word: a letter or a mark (a look-behind, checked by NotAfter). */
const LETTER = '\\p{L}|\\p{M}';
const NOT_LETTER_AFTER = '(?!\\p{L}|\\p{M})';

interface Finder {
  /** The cue words alone: V8 scans a plain alternation many times faster than one with lookarounds. */
  quick: RegExp;
  /** The cue as a word: not after a letter or mark (checked at each match, src/text/not-after.ts), nor before one. */
  whole: NotAfter;
}

function finder(rows: RoundCueRow[], tail = ''): Finder | null {
  const words = [...new Set(rows.map((r) => r.cue))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (words.length === 0) return null;
  const alternation = `(?:${words.join('|')})`;
  return {
    quick: new RegExp(alternation, 'iu'),
    whole: new NotAfter(LETTER, `${alternation}${NOT_LETTER_AFTER}${tail}`, 'iu'),
  };
}

interface Finders {
  plannedBefore: Finder | null;
  plannedAfter: Finder | null;
  past: Finder | null;
  proposed: Finder | null;
  held: Finder | null;
  occasion: Finder | null;
  habitual: Finder | null;
  lastWeek: Finder | null;
  blocs: string[];
}

let finders: Finders | null = null;

function get(): Finders {
  if (finders) return finders;
  const rows = loadRoundCues();
  const of = (kind: RoundCueRow['kind'], where: RoundCueRow['where']) =>
    rows.filter((r) => r.kind === kind && r.where === where);
  finders = {
    plannedBefore: finder(of('planned', 'before')),
    // After the round, in its own clause: "The 4th Defence Policy Dialogue will be held …".
    plannedAfter: finder(of('planned', 'after')),
    // Before the name, with no sentence or clause break between: "kể từ Đối thoại … lần thứ 3".
    past: finder(of('past', 'before'), '[^.;]*$'),
    proposed: finder(of('proposed', 'before'), '[^.;]*$'),
    held: finder(of('held', 'sentence')),
    occasion: finder(of('occasion', 'sentence')),
    habitual: finder(of('habitual', 'sentence')),
    lastWeek: finder(of('lastWeek', 'sentence')),
    blocs: of('bloc', 'sentence').map((r) => r.cue),
  };
  return finders;
}

const found = (f: Finder | null, text: string): boolean => Boolean(f?.quick.test(text) && f.whole.test(text));

const CLAUSE_END = /[.;]/u;

/** The cue for a round named at [start, end) of a sentence. */
export function cueFor(sentence: string, start: number, end = start): RoundCue {
  const f = get();
  // Up to the clause's end: the first piece a split at "." or ";" would give, without the other pieces.
  const window = sentence.slice(end, end + 60);
  const stop = window.search(CLAUSE_END);
  const after = stop < 0 ? window : window.slice(0, stop);
  if (found(f.plannedAfter, after)) return 'planned';
  const before = sentence.slice(0, start);
  if (found(f.proposed, before.slice(-80))) return 'proposed';
  if (found(f.plannedBefore, before.slice(-120))) return 'planned';
  if (found(f.past, before.slice(-60))) return 'past';
  return 'none';
}

/** Whether the sentence reports a round taking place ("diễn ra", "held", "co-chaired"). */
export const reportsHeld = (sentence: string): boolean => found(get().held, sentence);

/**
 * Whether the sentence tells of a dialogue as a habit, not of one round: "Vietnam has held a Defence Policy Dialogue
 * with Japan since 2012", "Đối thoại … được tổ chức luân phiên mỗi năm". An unnumbered round it names is no report.
 */
export const isHabitual = (sentence: string): boolean => found(get().habitual, sentence);

/**
 * Whether the sentence dates what it tells only as "last week" ("Tuần qua, tại Gia-các-ta đã diễn ra …"): the report's
 * own day is then more precise than the text.
 */
export const saysLastWeek = (sentence: string): boolean => found(get().lastWeek, sentence);

/** Groups of countries that hold dialogues as one party ("ASEAN", "EU"): a dialogue of theirs is multilateral. */
export const blocNames = (): string[] => get().blocs;

/** Whether the sentence ties what it tells to the round without naming it ("Nhân dịp này, hai trưởng đoàn đã ký …"). */
export const tiedToRound = (sentence: string): boolean => found(get().occasion, sentence);
