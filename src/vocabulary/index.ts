/**
 * The one door to data/: every file is read here, checked against its strict schema (./schemas.ts) once, and cached.
 * Knowledge lives in those files, not in code; a maintainer finds every word the bot knows there.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../project-root.js';
import {
  AbbreviationsFile,
  CuesFile,
  DateLinesFile,
  QuestionWordsFile,
  DocumentsFile,
  type Guard,
  MechanismsFile,
  PartnersFile,
  PeopleFile,
  PlacesFile,
  RanksFile,
  StopwordsFile,
  TitlesFile,
  TopicsFile,
} from './schemas.js';
import type { Vocabulary } from './types.js';

export type * from './types.js';

/** Every data file, by name: `npm test` loads each through here (test/vocabulary). */
export const DATA_FILES = {
  'abbreviations.json': AbbreviationsFile,
  'partners.json': PartnersFile,
  'places.json': PlacesFile,
  'topics.json': TopicsFile,
  'mechanisms.json': MechanismsFile,
  'ranks.json': RanksFile,
  'titles.json': TitlesFile,
  'people.json': PeopleFile,
  'documents.json': DocumentsFile,
  'stopwords-vi.json': StopwordsFile,
  'cues.json': CuesFile,
  'date-lines.json': DateLinesFile,
  'question-cues.json': QuestionWordsFile,
} as const;
type DataFile = keyof typeof DATA_FILES;

const loaded = new Map<DataFile, unknown>();

/** One data file, parsed and checked; a file that breaks its schema throws with the file's name and the path. */
export function readDataFile<F extends DataFile>(name: F): z.infer<(typeof DATA_FILES)[F]> {
  if (!loaded.has(name)) {
    const raw: unknown = JSON.parse(readFileSync(new URL(`data/${name}`, PROJECT_ROOT), 'utf8'));
    const parsed = DATA_FILES[name].safeParse(raw);
    if (!parsed.success) throw new Error(`data/${name} does not match its schema: ${parsed.error.message}`);
    loaded.set(name, parsed.data);
  }
  return loaded.get(name) as z.infer<(typeof DATA_FILES)[F]>;
}

export type NameGuard = z.infer<typeof Guard>;
export type QuestionWords = z.infer<typeof QuestionWordsFile>;
export type DateLineWords = z.infer<typeof DateLinesFile>;
export type RoundCueRow = z.infer<typeof CuesFile>['roundCues'][number];
export type VenueCueRow = z.infer<typeof CuesFile>['venueCues'][number];
export type ChairCueRow = z.infer<typeof CuesFile>['chairCues'][number];

/** Regional-indicator flag from an ISO code: "CA" → 🇨🇦. */
export const flagOf = (code: string) => String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));

export interface VocabularyData extends Vocabulary {
  cues: string[];
  guards: Record<string, NameGuard>;
  placeAliases: Map<string, string[]>;
}

let cached: VocabularyData | null = null;

export function loadVocabulary(): VocabularyData {
  if (cached) return cached;
  const partners = readDataFile('partners.json');
  const places = readDataFile('places.json').places;
  const partnerPlaces = partners.partners.map((p) => ({
    vi: p.nameVi,
    en: p.name,
    country: p.code,
    kind: 'country' as const,
    aliases: [...p.namesVi, p.name],
  }));
  const allPlaces = [...places, ...partnerPlaces];
  cached = {
    partners: partners.partners.map(({ adjectives, pairNamesVi, ...p }) => ({
      ...p,
      adjectives: adjectives ?? [],
      pairNamesVi: pairNamesVi ?? [],
      flag: flagOf(p.code),
    })),
    topics: readDataFile('topics.json').topics,
    mechanisms: readDataFile('mechanisms.json').mechanisms,
    ranks: readDataFile('ranks.json').ranks,
    titles: readDataFile('titles.json').titles,
    places: allPlaces.map(({ aliases: _aliases, ...p }) => p),
    placeAliases: new Map(allPlaces.map((p) => [`${p.country}|${p.en}`, p.aliases])),
    cues: partners.cues,
    guards: partners.guards,
  };
  return cached;
}

export const loadPeopleWords = () => readDataFile('people.json');
export const loadDocumentKinds = () => readDataFile('documents.json').kinds;
export const loadStopwords = () => readDataFile('stopwords-vi.json').stopwords;
export const loadRoundCues = () => readDataFile('cues.json').roundCues;
export const loadDateLineWords = () => readDataFile('date-lines.json');
export const loadVenueCues = () => readDataFile('cues.json').venueCues;
export const loadChairCues = () => readDataFile('cues.json').chairCues;
export const loadQuestionWords = () => readDataFile('question-cues.json');
/** English month names, January first, from data/date-lines.json (each month's first form is its full name). */
export const englishMonths = (): string[] => loadDateLineWords().months.map((m) => m.forms[0]!);

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { PartnersFile, StopwordsFile } from './schemas.js';
