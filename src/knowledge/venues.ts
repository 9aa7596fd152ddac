/**
 * Where a round took place, and whether online, from one sentence: "tại Hà Nội", "ở thủ đô Tô-ky-ô", "in the
 * Australian capital city of Canberra", "tại Trụ sở Bộ Quốc phòng (TP Đà Nẵng)", "Hà Nội là nơi diễn ra …", and
 * online "between Hanoi and Ottawa". The cue words are data (data/cues.json, venueCues), each with its example.
 */
import { NotAfter } from '../text/index.js';
import { loadVenueCues, type VenueCueRow } from '../vocabulary/index.js';
import { findPlaces, type PlaceMatch } from './match.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (rows: VenueCueRow[]) =>
  `(?:${[...new Set(rows.map((r) => r.cue))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})`;

interface Patterns {
  /** The text before a place ends with a cue, maybe with a place noun after a few words: "in the … capital of ". */
  before: RegExp;
  /** Online, the ends are also named "between X and Y". */
  onlineBefore: RegExp;
  /** Inside a parenthesis after a building named with a cue: "tại Trụ sở Bộ Quốc phòng (TP ". */
  parenthesis: RegExp;
  after: RegExp;
  online: NotAfter;
  onlineQuick: RegExp;
}
let patterns: Patterns | null = null;
/** Online cues that name the two ends rather than say "online": "between Hanoi and Ottawa", "connecting Hanoi and …". */
const TWO_ENDS = /^(?:between|giữa|connecting|kết nối)$/u;

function get(): Patterns {
  if (patterns) return patterns;
  const rows = loadVenueCues();
  const of = (kind: VenueCueRow['kind']) => rows.filter((r) => r.kind === kind);
  const cue = alternation(of('before'));
  const onlineEnds = alternation([...of('before'), ...of('online').filter((r) => TWO_ENDS.test(r.cue))]);
  const noun = alternation(of('placeNoun'));
  const lead = `(?:the\\s+)?(?:(?:[\\p{L}\\p{M}'’-]+\\s+){0,5}?${noun}(?:\\s+of)?\\s+)?`;
  const words = of('online').filter((r) => !TWO_ENDS.test(r.cue));
  patterns = {
    before: new RegExp(`(?:^|[\\s,(])${cue}\\s+${lead}$`, 'iu'),
    onlineBefore: new RegExp(`(?:^|[\\s,(])${onlineEnds}\\s+${lead}$`, 'iu'),
    parenthesis: new RegExp(
      `(?:^|[\\s,])${cue}\\s[^,;.()]{1,60}\\((?:[^()]{0,40}[,;]\\s*)?\\s*(?:${noun}\\s+)?$`,
      'iu',
    ),
    // Right after the place, or after the parenthesis it stands in: "Hoa Lư (huyện Lộc Ninh) là nơi diễn ra …".
    // A day may stand between: "Thủ đô Xơ-un ngày 20/6 đón phiên …".
    after: new RegExp(
      `^(?:[^().;]{0,40}\\))?(?:\\s+(?:ngày|sáng|chiều|on)\\s+[\\d/]{1,10})?\\s+${alternation(of('after'))}(?!\\p{L}|\\p{M})`,
      'iu',
    ),
    // \p{L}|\p{M} compiles faster than [\p{L}\p{M}] (see WORD_START, ./chairs.ts); the look-behind is checked at each
    // match (src/text/not-after.ts).
    online: new NotAfter('\\p{L}|\\p{M}', `${alternation(words)}(?!\\p{L}|\\p{M})`, 'iu'),
    onlineQuick: new RegExp(alternation(words), 'iu'),
  };
  return patterns;
}

/**
 * An outlet's own tag at the start of a sentence ("(QK7 Online) -", "(Chinhphu.vn) -") is furniture, not a fact:
 * its "Online" does not make a round online.
 */
const SOURCE_TAG = /^\s*\([^)]{1,40}\)\s*[-–—]\s*/u;

export const isOnline = (text: string): boolean => {
  const body = text.replace(SOURCE_TAG, '');
  const p = get();
  return p.onlineQuick.test(body) && p.online.test(body);
};

export interface SentenceVenue {
  places: PlaceMatch[];
  online: boolean;
}

/** The places a sentence names as a venue, in order, and whether it says the round was online. */
export function venuesIn(text: string): SentenceVenue {
  const p = get();
  const online = isOnline(text);
  const places: PlaceMatch[] = [];
  for (const place of findPlaces(text)) {
    const before = text.slice(Math.max(0, place.start - 80), place.start);
    const last = places.at(-1);
    const cued =
      (online ? p.onlineBefore : p.before).test(before) ||
      p.parenthesis.test(before) ||
      p.after.test(text.slice(place.end, place.end + 60));
    // Online, the other end may follow "and/và" right after the first.
    const secondEnd =
      online &&
      last !== undefined &&
      place.start - last.end < 40 &&
      /(?:and|và)\s+(?:điểm cầu\s+)?$/iu.test(text.slice(last.end, place.start));
    if (cued || secondEnd) places.push(place);
  }
  return { places, online };
}
