/**
 * People a question names who are not on record ("Has Lloyd Austin ever met …?", "Ông Lê Văn Tám đã đồng chủ trì …"):
 * runs of two or more capitalised words that are no word the bot knows (cue words, the names of partners, places,
 * mechanisms and topics, titles, ranks, honorifics). The answer can then say plainly that nobody of that name is on
 * record instead of searching passages. A question typed in lower case gives no such run, and none is guessed.
 */
import { cleanName } from '../../knowledge/index.js';
import { loadPeopleWords, loadQuestionWords, loadVocabulary } from '../../vocabulary/index.js';
import { cueSets } from './cues.js';

let vocabularyWords: Set<string> | null = null;

/** Every folded word of every name the vocabulary holds, and of the honorifics. */
function knownNameWords(): Set<string> {
  if (vocabularyWords) return vocabularyWords;
  const v = loadVocabulary();
  const names = [
    ...v.partners.flatMap((p) => [p.name, p.nameVi, ...p.aliases, ...p.namesVi, ...p.adjectives]),
    ...v.places.flatMap((p) => [p.vi, p.en]),
    ...v.mechanisms.flatMap((m) => [m.en, m.vi, ...m.termsEn, ...m.termsVi]),
    ...v.topics.flatMap((t) => [t.en, t.vi, ...t.termsEn, ...t.termsVi]),
    ...[...v.titles, ...v.ranks].flatMap((t) => [t.en, t.vi]),
    ...loadPeopleWords().honorifics,
    'Vietnam',
    'Việt Nam',
  ];
  vocabularyWords = new Set(names.flatMap((n) => cleanName(n).split(' ')).filter(Boolean));
  return vocabularyWords;
}

let surnameSet: Set<string> | null = null;
const surnames = () => {
  surnameSet ??= new Set(loadPeopleWords().vietnameseSurnames.map(cleanName));
  return surnameSet;
};

const CAPITALISED_RUN = /\p{Lu}[\p{Ll}\p{M}'’-]*(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]*)+/gu;

let verbSet: Set<string> | null = null;
/** The first folded word of each person verb: what may follow a name that is the question's subject. */
const personVerbs = () => {
  verbSet ??= new Set(loadQuestionWords().personVerbs.words.map((w) => cleanName(w).split(' ')[0]!));
  return verbSet;
};

export interface UnknownName {
  /** As typed: "Lloyd Austin". */
  name: string;
  /** Followed by a verb a person does ("Did Lloyd Austin co-chair…"): the question is about them. */
  subject: boolean;
}

/** Names of people in the question that are not among `onRecord`. */
export function unknownNames(question: string, onRecord: string[], readAs: string[] = []): UnknownName[] {
  const known = cueSets().known;
  const vocabulary = knownNameWords();
  const recorded = onRecord.map(cleanName);
  const found: UnknownName[] = [];
  for (const match of question.matchAll(CAPITALISED_RUN)) {
    const run = match[0];
    const rest = question.slice(match.index + run.length);
    // Split the run at every word the bot knows: what is left, two words or more, may be a person.
    let part: string[] = [];
    const flush = () => {
      const name = part.join(' ');
      const folded = cleanName(name);
      const isRecorded = recorded.some((r) => r.includes(folded) || folded.includes(r));
      // A name read through a typo ("Jonh Smith" for John Smith) is a person on record, not an unknown one.
      if (part.length >= 2 && !isRecorded && !readAs.some((t) => t.includes(folded))) {
        // The word after the name: after the run when the name ends it, else the run's next word.
        const after = run.slice(run.indexOf(name) + name.length).trim() || rest.trim();
        found.push({ name, subject: personVerbs().has(cleanName(after).split(' ')[0] ?? '') });
      }
      part = [];
    };
    const words = run.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const folded = cleanName(words[i]!);
      // A Vietnamese surname opens a name whose other words may look like known words ("Lê Văn Tám": văn kiện).
      if (!part.length && surnames().has(folded) && i + 1 < words.length) {
        part = words.slice(i, i + 4);
        i += part.length - 1;
        flush();
      } else if (known.has(folded) || vocabulary.has(folded)) flush();
      else part.push(words[i]!);
    }
    flush();
  }
  return found;
}
