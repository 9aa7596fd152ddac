/**
 * Finding vocabulary in article text: partners (respecting Vietnamese words: "biện pháp" is not France, "đạo đức" is
 * not Germany, the pronoun "anh" is not Britain), mechanisms, topics, places, ranks and titles.
 */
import { TermMatcher, type TermEntry } from './term-matcher.js';
import { loadVocabulary, type NameGuard, type TermMatch } from '../vocabulary/index.js';

const isAcronym = (t: string) => /^[A-Z]{2,}$/.test(t) || /^[A-Z.]{2,}$/.test(t);

interface Matchers {
  partners: TermMatcher;
  mechanisms: TermMatcher;
  topics: TermMatcher;
  places: TermMatcher;
  ranks: TermMatcher;
  titles: TermMatcher;
  placeInfo: Map<string, { en: string; kind: 'city' | 'country'; country: string }>;
  partnerTerm: Map<string, NameGuard>;
}
let matchers: Matchers | null = null;

function build(): Matchers {
  const v = loadVocabulary();
  const partnerEntries: TermEntry[] = v.partners.flatMap((p) =>
    [...p.namesVi, p.name, ...p.aliases, ...p.adjectives].map((term) => ({ term, key: p.code, caseSensitive: true })),
  );
  const topicEntries = (list: typeof v.topics): TermEntry[] =>
    list.flatMap((t) =>
      [...t.termsVi, ...t.termsEn].map((term) => ({
        term,
        key: t.key,
        caseSensitive: /^[A-Z0-9+-]{2,}$/.test(term) && /[A-Z]/.test(term),
      })),
    );
  const placeInfo = new Map<string, { en: string; kind: 'city' | 'country'; country: string }>();
  const placeEntries: TermEntry[] = [];
  for (const p of v.places) {
    const id = `${p.kind}|${p.country}|${p.en}`;
    placeInfo.set(id, { en: p.en, kind: p.kind, country: p.country });
    for (const term of new Set([p.vi, p.en, ...(v.placeAliases.get(`${p.country}|${p.en}`) ?? [])])) {
      // A city named like its country (Singapore) is the city: the more precise venue.
      if (p.kind === 'country' && v.places.some((c) => c.kind === 'city' && (c.vi === term || c.en === term))) continue;
      placeEntries.push({ term, key: id, caseSensitive: true });
    }
  }
  return {
    partners: new TermMatcher(partnerEntries),
    mechanisms: new TermMatcher(topicEntries(v.mechanisms)),
    topics: new TermMatcher(topicEntries(v.topics)),
    places: new TermMatcher(placeEntries),
    ranks: new TermMatcher(v.ranks.map((r) => ({ term: r.vi, key: r.en }))),
    titles: new TermMatcher(v.titles.map((t) => ({ term: t.vi, key: t.en }))),
    placeInfo,
    partnerTerm: new Map(Object.entries(v.guards)),
  };
}

const get = () => (matchers ??= build());

/** Compile the vocabulary's matchers now (a few hundred ms), so that the first reload or answer does not pay for it. */
export function prepareMatchers(): void {
  get();
}

const PREVIOUS_WORD = /([\p{L}\p{M}\p{N}.$]+)[ \t]$/u;
// \p{L}|\p{M}|\p{N} rather than [\p{L}\p{M}\p{N}]: the same characters, compiled faster (see ./chairs.ts). Not in
// PREVIOUS_WORD: unanchored, it is tried from every position of the text before a name, where the alternatives ran
// twice as long as the class (measured on the lines of 600 generated articles).
const NEXT_WORD = /^[ \t]((?:\p{L}|\p{M}|\p{N})+)/u;
/** How much of the text before a name previousWord looks at first. */
const PREVIOUS_WORD_WINDOW = 64;

/**
 * The word right before a name (PREVIOUS_WORD on the text before it). The regex is unanchored, so on a whole long
 * sentence prefix it is tried from every position: try the last stretch first, and the whole prefix only when the
 * word reaches the start of that stretch (it may go on further left, or the stretch may begin inside a surrogate pair).
 */
function previousWord(before: string): string | undefined {
  if (before.length > PREVIOUS_WORD_WINDOW) {
    const inTail = PREVIOUS_WORD.exec(before.slice(-PREVIOUS_WORD_WINDOW));
    if (!inTail) return undefined;
    if (inTail.index >= 2) return inTail[1];
  }
  return PREVIOUS_WORD.exec(before)?.[1];
}

let lowerCaseCues: string[] | null = null;

/** Whether the text before a name ends with a cue ("nước", "với", "Việt Nam -"), in any case. */
function endsWithCue(before: string): boolean {
  lowerCaseCues ??= loadVocabulary().cues.map((cue) => cue.toLowerCase());
  // Lower-cased once here, not once per cue: the text before a name can be most of a long sentence.
  const end = before.trimEnd().toLowerCase();
  return lowerCaseCues.some((cue) => end.endsWith(cue));
}

/** Whether a partner name found in text really names the country, by the guards in data/partners.json. */
function passesGuard(text: string, m: TermMatch, guard: NameGuard | undefined): boolean {
  if (!guard) return true;
  const before = text.slice(0, m.start);
  const after = text.slice(m.end);
  const previous = previousWord(before);
  const next = NEXT_WORD.exec(after)?.[1];
  // Looked for only when a rule below needs it.
  let cued: boolean | undefined;
  if (
    guard.notAfterWord &&
    previous &&
    /^[\p{Lu}]/u.test(previous) &&
    !isAcronym(previous) &&
    !(cued ??= endsWithCue(before))
  )
    return false;
  if (guard.notBeforeWord && next && /^[\p{Lu}]/u.test(next)) return false;
  if (guard.notBefore && next && guard.notBefore.includes(next)) return false;
  if (guard.notAfter && previous && guard.notAfter.includes(previous)) return false;
  if (guard.notBefore?.includes('$') && after.startsWith('$')) return false;
  if (guard.needsCue && !(cued ??= endsWithCue(before))) return false;
  return true;
}

export function findPartners(text: string): TermMatch[] {
  const { partners, partnerTerm } = get();
  return partners.each(text).filter((m) => passesGuard(text, m, partnerTerm.get(m.matched)));
}

/** Whether the whole text names a partner ("Hàn Quốc", not "Kim Seon Ho"), as findPartners finds it. */
export function isPartnerName(text: string): boolean {
  const { partners } = get();
  // Most texts asked about are people's names: none is a partner's, and the vocabulary says so without a scan.
  if (!partners.mayBeTerm(text)) return false;
  return findPartners(text).some((p) => p.start === 0 && p.end === text.length);
}

export function findMechanisms(text: string): TermMatch[] {
  return get().mechanisms.find(text);
}

export function findTopics(text: string): TermMatch[] {
  return get().topics.find(text);
}

export interface PlaceMatch extends TermMatch {
  kind: 'city' | 'country';
  country: string;
}

/** Places with their English name as key; guarded country names ("Anh", "Pháp") follow the partner guards. */
export function findPlaces(text: string): PlaceMatch[] {
  const { places, placeInfo, partnerTerm } = get();
  // One loop and a literal object (fields in the order a spread of the match gave): venues read every sentence.
  const found: PlaceMatch[] = [];
  for (const m of places.each(text)) {
    if (!passesGuard(text, m, partnerTerm.get(m.matched))) continue;
    const info = placeInfo.get(m.key)!;
    found.push({
      key: info.en,
      start: m.start,
      end: m.end,
      matched: m.matched,
      kind: info.kind,
      country: info.country,
    });
  }
  return found;
}

export function findRanks(text: string): TermMatch[] {
  return get().ranks.find(text);
}

export function findTitles(text: string): TermMatch[] {
  return get().titles.find(text);
}

/** findRanks(text.slice(from)), from the ranks of the whole text when they are the same (TermMatcher.findAfter). */
export function findRanksAfter(text: string, from: number): TermMatch[] {
  return get().ranks.findAfter(text, from);
}

/** findTitles(text.slice(from)), as findRanksAfter. */
export function findTitlesAfter(text: string, from: number): TermMatch[] {
  return get().titles.findAfter(text, from);
}

let pairNames: Map<string, string> | null = null;
const PAIR_SHORT = /(?:^|[^\p{L}])Việt\s*[-–—]\s*(\p{Lu}\p{Ll}*)|(\p{Lu}\p{Ll}*)\s*[-–—]\s*Việt(?!\p{L}|\p{M})/u;

/** The partner of a short pair with Vietnam: "Việt – Trung" → CN, "Mỹ - Việt" → US (data: pairNamesVi). */
export function findPairPartner(text: string): string | null {
  pairNames ??= new Map(loadVocabulary().partners.flatMap((p) => p.pairNamesVi.map((n) => [n, p.code] as const)));
  const m = PAIR_SHORT.exec(text);
  const short = m?.[1] ?? m?.[2];
  return short ? (pairNames.get(short) ?? null) : null;
}
