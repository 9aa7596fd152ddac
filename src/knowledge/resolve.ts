/**
 * One typo-tolerant lookup for every name the bot knows — partners, topics, mechanisms, places and the people on
 * record — built on minisearch (prefix and fuzzy search over a small vocabulary). What users type goes through it:
 * English or Vietnamese, any case, with or without diacritics, aliases, ISO codes and small typos ("canda",
 * "nhat ban", "USA", "Hoa Kỳ", "korea"). The question parser, the commands' option resolution and autocomplete all
 * use it. The vocabulary part is built once per process; `nameIndexOf(lib)` adds the people on record, once per
 * knowledge table.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { fold } from '../text/index.js';
import type { KnowledgeTable } from './types.js';
import { loadQuestionWords, loadVocabulary, type Partner, type Topic } from '../vocabulary/index.js';

export type NameKind = 'partner' | 'topic' | 'mechanism' | 'place' | 'person';

/** One name of one thing: "nhat ban" of partner JP. */
export interface NamedThing {
  kind: NameKind;
  /** Partner ISO code, topic or mechanism key, place's English name, person's name as on record. */
  key: string;
  /** The name folded and cleaned, as matched. */
  name: string;
}

export interface NameHit extends NamedThing {
  /** true when the typed text is this name exactly (folded); false for a prefix or a typo. */
  exact: boolean;
  score: number;
}

/** Folded, punctuation as spaces: the key typed text and names are compared by. */
export const cleanName = (input: string) =>
  fold(input)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** No name is longer than a few words of a few dozen letters: what is typed beyond that cannot help find one. */
const bounded = (typed: string) =>
  cleanName(typed.slice(0, 200))
    .split(' ')
    .slice(0, 8)
    .map((w) => w.slice(0, 24))
    .join(' ');

/** Edits a typo may hold, by the word's length: short words must be typed right, long ones may hold two slips. */
const typoBudget = (term: string) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);

/** The word with two neighbouring letters swapped, each way ("loas" → "laos"): the commonest slip, costing 2 edits. */
function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

export interface LookupOptions {
  kinds?: NameKind[];
  /** Let the last word be the start of a name (autocomplete). */
  prefix?: boolean;
  /** Allow typos (default true). */
  fuzzy?: boolean;
  /** Only names of exactly as many words as typed: a word of a longer name ("nam" of "nam phi") is not that name. */
  wholeName?: boolean;
}

export class NameIndex {
  private readonly things: NamedThing[] = [];
  private readonly exactNames = new Map<string, NamedThing[]>();
  private readonly search = new MiniSearch<{ id: number; name: string }>({ fields: ['name'], idField: 'id' });

  constructor(things: Iterable<NamedThing>) {
    const seen = new Set<string>();
    for (const raw of things) {
      const name = cleanName(raw.name);
      const id = `${raw.kind}|${raw.key}|${name}`;
      if (!name || seen.has(id)) continue;
      seen.add(id);
      const thing = { ...raw, name };
      this.things.push(thing);
      (this.exactNames.get(name) ?? this.exactNames.set(name, []).get(name)!).push(thing);
    }
    this.search.addAll(this.things.map((t, id) => ({ id, name: t.name })));
  }

  /** Every thing of a kind (one entry per name). */
  all(kind: NameKind): NamedThing[] {
    return this.things.filter((t) => t.kind === kind);
  }

  /** The things whose name is exactly this text (folded). */
  exact(text: string, kinds?: NameKind[]): NamedThing[] {
    const found = this.exactNames.get(cleanName(text)) ?? [];
    return kinds ? found.filter((t) => kinds.includes(t.kind)) : found;
  }

  /** Names matching the typed text, best first, one hit per thing. */
  lookup(typed: string, options: LookupOptions = {}): NameHit[] {
    const wanted = bounded(typed);
    if (!wanted) return [];
    const { kinds, prefix = false, fuzzy = true, wholeName = false } = options;
    const words = wanted.split(' ');
    const exact = this.exact(wanted, kinds);
    if (exact.length) return dedupe(exact.map((t) => ({ ...t, exact: true, score: Number.POSITIVE_INFINITY })));
    // A swapped pair of letters is found exactly rather than as a 2-edit typo, so short words get it too.
    const swapped = words.flatMap((w, i) =>
      swaps(w).flatMap((s) => this.exact([...words.slice(0, i), s, ...words.slice(i + 1)].join(' '), kinds)),
    );
    const results: SearchResult[] = this.search.search(wanted, {
      combineWith: 'AND',
      prefix: prefix ? (_term, i, terms) => i === terms.length - 1 : false,
      fuzzy: fuzzy ? (term) => typoBudget(term) : false,
      filter: (r) => !kinds || kinds.includes(this.things[r.id as number]!.kind),
    });
    const hits: NameHit[] = [
      ...(fuzzy ? swapped.map((t) => ({ ...t, exact: false, score: 1e6 })) : []),
      ...results.map((r) => ({ ...this.things[r.id as number]!, exact: false, score: r.score })),
    ].filter((h) => !wholeName || h.name.split(' ').length === words.length);
    return dedupe(hits.sort((a, b) => b.score - a.score));
  }

  /** The keys of the `limit` things nearest a name nothing matched: a wide typo budget, any word (rare, so cheap). */
  nearest(typed: string, kind: NameKind, limit: number): string[] {
    // The three longest words of three letters or more: one letter is the start of every other name.
    const words = bounded(typed)
      .split(' ')
      .filter((w) => w.length >= 3)
      .sort((a, b) => b.length - a.length)
      .slice(0, 3);
    if (!words.length) return [];
    const results = this.search.search(words.join(' '), {
      combineWith: 'OR',
      prefix: true,
      // A wide budget, but bounded: a long hostile word must not make the search walk every name at every distance.
      fuzzy: (term) => Math.min(5, Math.round(term.length * 0.6)),
      filter: (r) => this.things[r.id as number]!.kind === kind,
    });
    return [...new Set(results.map((r) => this.things[r.id as number]!.key))].slice(0, limit);
  }
}

function dedupe(hits: NameHit[]): NameHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const id = `${h.kind}|${h.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function vocabularyNames(): NamedThing[] {
  const vocab = loadVocabulary();
  const out: NamedThing[] = [];
  for (const p of vocab.partners)
    for (const name of [p.code, p.name, p.nameVi, ...p.aliases, ...p.namesVi, ...p.adjectives])
      out.push({ kind: 'partner', key: p.code, name });
  // People say "the Japanese side", "phía Hàn": adjectives (data/partners.json, plus the question-only ones such as
  // "Kiwi" in data/question-cues.json) and short names are names of the partner too.
  const { adjectives, shortNames } = loadQuestionWords();
  for (const row of [...adjectives, ...shortNames])
    for (const name of row.words) out.push({ kind: 'partner', key: row.partner, name });
  for (const t of vocab.topics)
    for (const name of [t.key.replace(/-/g, ' '), t.en, t.vi, ...t.termsEn, ...t.termsVi])
      out.push({ kind: 'topic', key: t.key, name });
  for (const m of vocab.mechanisms)
    for (const name of [m.en, m.vi, ...m.termsEn, ...m.termsVi]) out.push({ kind: 'mechanism', key: m.key, name });
  for (const place of vocab.places)
    if (place.kind === 'city')
      for (const name of [place.en, place.vi, ...(vocab.placeAliases.get(`${place.country}|${place.en}`) ?? [])])
        out.push({ kind: 'place', key: place.en, name });
  return out;
}

let vocabularyIndex: NameIndex | null = null;
/** Partners, topics, mechanisms and places: the names every corpus shares, indexed once. */
export const vocabularyNameIndex = () => (vocabularyIndex ??= new NameIndex(vocabularyNames()));

const withPeople = new WeakMap<KnowledgeTable, NameIndex>();
/** The vocabulary, the people on record (co-chairs) and the venues on record, built once per knowledge table. */
export function nameIndexOf(lib: { knowledge: KnowledgeTable }): NameIndex {
  let index = withPeople.get(lib.knowledge);
  if (!index) {
    const onRecord = lib.knowledge.rounds.flatMap((r): NamedThing[] => [
      ...r.coChairs.map((c): NamedThing => ({ kind: 'person', key: c.name, name: c.name })),
      // Venues as the record names them, so a city data/places.json lacks is still a place ("Fukuoka").
      ...r.venues.map((v): NamedThing => ({ kind: 'place', key: v, name: v })),
    ]);
    index = new NameIndex([...vocabularyNames(), ...onRecord]);
    withPeople.set(lib.knowledge, index);
  }
  return index;
}

const HOME = new Set(['vietnam', 'viet nam', 'vn', 'viet']);
export const isHome = (typed: string) => HOME.has(cleanName(typed));

/**
 * A typed name → one thing, or the closest few when it is unknown or ambiguous. An exact name wins; a prefix or a
 * typo counts only when its best reading clearly beats any other thing's.
 */
function resolveName(kind: NameKind, typed: string): { key: string | null; suggestions: string[] } {
  const index = vocabularyNameIndex();
  const hits = index.lookup(typed, { kinds: [kind], prefix: true });
  const best = hits[0];
  if (best && (best.exact || hits.length === 1 || best.score >= 1.5 * hits[1]!.score))
    return { key: best.key, suggestions: [] };
  if (hits.length) return { key: null, suggestions: hits.slice(0, 3).map((h) => h.key) };
  // Nothing close: the nearest names with a wide typo budget, for "did you mean".
  return { key: null, suggestions: index.nearest(typed, kind, 3) };
}

const partnerByCode = (code: string) => loadVocabulary().partners.find((p) => p.code === code)!;
const topicByKey = (key: string) => loadVocabulary().topics.find((t) => t.key === key)!;

export function resolvePartner(input: string): { partner: Partner | null; suggestions: Partner[] } {
  if (isHome(input) || !cleanName(input)) return { partner: null, suggestions: [] };
  const { key, suggestions } = resolveName('partner', input.slice(0, 200));
  return { partner: key ? partnerByCode(key) : null, suggestions: suggestions.map(partnerByCode) };
}

export function resolveTopic(input: string): { topic: Topic | null; suggestions: Topic[] } {
  if (!cleanName(input)) return { topic: null, suggestions: [] };
  const { key, suggestions } = resolveName('topic', input.slice(0, 200));
  return { topic: key ? topicByKey(key) : null, suggestions: suggestions.map(topicByKey) };
}

function ranked<T>(
  kind: NameKind,
  typed: string,
  limit: number,
  byKey: (key: string) => T,
  all: () => T[],
  keyOf: (item: T) => string,
): T[] {
  const wanted = cleanName(typed);
  if (!wanted) return all().slice(0, limit);
  // One letter matches the start of most of the vocabulary: a plain filter is cheaper than a scored prefix search.
  if (wanted.length === 1) {
    const keys = new Set(
      vocabularyNameIndex()
        .all(kind)
        .filter((t) => t.name.startsWith(wanted))
        .map((t) => t.key),
    );
    return all()
      .filter((item) => keys.has(keyOf(item)))
      .slice(0, limit);
  }
  return vocabularyNameIndex()
    .lookup(typed.slice(0, 100), { kinds: [kind], prefix: true })
    .slice(0, limit)
    .map((h) => byKey(h.key));
}

export function searchPartners(prefix: string, limit = 25): Partner[] {
  return ranked(
    'partner',
    prefix,
    limit,
    partnerByCode,
    () => [...loadVocabulary().partners].sort((a, b) => a.name.localeCompare(b.name)),
    (p) => p.code,
  );
}

export function searchTopics(prefix: string, limit = 25): Topic[] {
  return ranked(
    'topic',
    prefix,
    limit,
    topicByKey,
    () => loadVocabulary().topics,
    (t) => t.key,
  );
}
