/** The cue words of data/question-cues.json, folded once and grouped for the parser. */
import { cleanName } from '../../knowledge/index.js';
import { loadQuestionWords } from '../../vocabulary/index.js';

export type Field =
  | 'who'
  | 'when'
  | 'where'
  | 'format'
  | 'signed'
  | 'topics'
  | 'count'
  | 'number'
  | 'most'
  | 'highest'
  | 'meet'
  | 'which-partners'
  | 'about'
  | 'timeline'
  | 'call'
  | 'dialogue';

export interface Cue {
  kind: 'field' | 'round' | 'time' | 'compare';
  value: string;
  /** The cue folded and cleaned: "dong chu tri". */
  words: string;
}

export interface CueSets {
  /** Longest first, so "lan thu may" is read before "may". */
  cues: Cue[];
  language: { vi: Set<string>; en: Set<string> };
  /** Words after which a short Vietnamese name counts ("voi", "phia", "viet nam"). */
  shortNameCues: Set<string>;
  /** Folded short names that need such a cue ("my", "nga", "nhat"). */
  shortNames: Set<string>;
  /** Every folded cue and language word: words that are not typos of a name. */
  known: Set<string>;
}

let cached: CueSets | null = null;

export function cueSets(): CueSets {
  if (cached) return cached;
  const file = loadQuestionWords();
  const cues: Cue[] = [];
  const language = { vi: new Set<string>(), en: new Set<string>() };
  const known = new Set<string>();
  for (const row of file.cues) {
    for (const word of row.words) {
      const words = cleanName(word);
      for (const w of words.split(' ')) known.add(w);
      if (row.kind === 'language') language[row.value as 'vi' | 'en'].add(words);
      else cues.push({ kind: row.kind, value: row.value, words });
    }
  }
  cues.sort((a, b) => b.words.split(' ').length - a.words.split(' ').length || b.words.length - a.words.length);
  cached = {
    cues,
    language,
    shortNameCues: new Set(file.shortNameCues.map(cleanName)),
    shortNames: new Set(file.shortNames.flatMap((r) => r.words.map(cleanName))),
    known,
  };
  return cached;
}
