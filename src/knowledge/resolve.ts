/**
 * What users type → a partner or a topic: English or Vietnamese, any case, with or without diacritics, aliases,
 * ISO codes and small typos ("canda", "nhat ban", "USA", "Hoa Kỳ", "korea"). Also the ranked lists for autocomplete.
 */
import { fold } from '../text/normalize.js';
import { loadVocabulary } from '../vocabulary/index.js';
import type { Partner, Topic } from '../vocabulary/index.js';

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
    if (i > 0 && Math.min(...rows[i]!) > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

const clean = (input: string) =>
  fold(input)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const allowedDistance = (length: number) => (length >= 7 ? 2 : length >= 4 ? 1 : 0);

interface Index<T> {
  items: T[];
  /** Folded names of each item, in the order of items. */
  names: string[][];
}

function indexOf<T>(items: T[], namesOf: (item: T) => string[]): Index<T> {
  return { items, names: items.map((item) => [...new Set(namesOf(item).map(clean).filter(Boolean))]) };
}

let partnerIndex: Index<Partner> | null = null;
let topicIndex: Index<Topic> | null = null;
const partners = () =>
  (partnerIndex ??= indexOf(loadVocabulary().partners, (p) => [p.code, p.name, p.nameVi, ...p.aliases, ...p.namesVi]));
const topics = () =>
  (topicIndex ??= indexOf(loadVocabulary().topics, (t) => [
    t.key.replace(/-/g, ' '),
    t.key,
    t.en,
    t.vi,
    ...t.termsEn,
    ...t.termsVi,
  ]));

interface Scored<T> {
  item: T;
  score: number;
  distance: number;
}

/** Exact 5, name prefix 4, word prefix 3, contained 2, typo 1 (with its distance). */
function rank<T>(index: Index<T>, typed: string, closeness = 3): Scored<T>[] {
  const wanted = clean(typed);
  if (!wanted) return index.items.map((item) => ({ item, score: 0, distance: 0 }));
  const out: Scored<T>[] = [];
  index.items.forEach((item, i) => {
    let score = 0;
    let distance = 99;
    for (const name of index.names[i]!) {
      if (name === wanted) score = Math.max(score, 5);
      else if (name.startsWith(wanted) && wanted.length >= 2) score = Math.max(score, 4);
      else if (name.split(' ').some((w) => w.startsWith(wanted)) && wanted.length >= 2) score = Math.max(score, 3);
      else if (wanted.length >= 4 && ` ${wanted} `.includes(` ${name} `) && name.length >= 4)
        score = Math.max(score, 2);
      // Typos matter only when nothing matched outright; a tight bound keeps autocomplete cheap on every keystroke.
      if (score >= 3) continue;
      const d = editDistance(wanted, name, closeness);
      distance = Math.min(distance, d);
      if (d <= allowedDistance(wanted.length)) score = Math.max(score, 1);
    }
    out.push({ item, score, distance });
  });
  return out.sort((a, b) => b.score - a.score || a.distance - b.distance);
}

function resolve<T>(index: Index<T>, typed: string): { found: T | null; suggestions: T[] } {
  const ranked = rank(index, typed);
  const best = ranked[0];
  // Suggestions for a name nothing matched: measure how far every name is (rare, so the wider bound is affordable).
  const closest = () =>
    [...rank(index, typed, 12)]
      .sort((a, b) => a.distance - b.distance || b.score - a.score)
      .slice(0, 3)
      .map((s) => s.item);
  const suggestions = best && best.score > 0 ? [] : closest();
  if (!best || best.score === 0 || !clean(typed)) return { found: null, suggestions: clean(typed) ? suggestions : [] };
  // A prefix or a typo counts only when it points at one item.
  const tied = ranked.filter((s) => s.score === best.score && (best.score >= 5 || s.distance === best.distance));
  if (best.score < 5 && tied.length > 1) return { found: null, suggestions: tied.slice(0, 3).map((s) => s.item) };
  return { found: best.item, suggestions: [] };
}

const HOME = new Set(['vietnam', 'viet nam', 'vn', 'viet']);

export function resolvePartner(input: string): { partner: Partner | null; suggestions: Partner[] } {
  if (HOME.has(clean(input))) return { partner: null, suggestions: [] };
  const { found, suggestions } = resolve(partners(), input.slice(0, 200));
  return { partner: found, suggestions };
}

export function resolveTopic(input: string): { topic: Topic | null; suggestions: Topic[] } {
  const { found, suggestions } = resolve(topics(), input.slice(0, 200));
  return { topic: found, suggestions };
}

export function searchPartners(prefix: string, limit = 25): Partner[] {
  const ranked = rank(partners(), prefix.slice(0, 100));
  const list = clean(prefix)
    ? ranked.filter((s) => s.score > 0)
    : [...ranked].sort((a, b) => a.item.name.localeCompare(b.item.name));
  return list.slice(0, limit).map((s) => s.item);
}

export function searchTopics(prefix: string, limit = 25): Topic[] {
  const ranked = rank(topics(), prefix.slice(0, 100));
  const list = clean(prefix) ? ranked.filter((s) => s.score > 0) : ranked;
  return list.slice(0, limit).map((s) => s.item);
}
