/** The vocabulary in data/*.json, validated with zod once and cached. Knowledge lives in those files, not in code. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Vocabulary } from './vocabulary-types.js';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

const Terms = z.array(z.string().min(1));
const Guard = z
  .object({
    needsCue: z.boolean().optional(),
    notAfterWord: z.boolean().optional(),
    notBeforeWord: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
    notBefore: Terms.optional(),
    notAfter: Terms.optional(),
  })
  .strict();
export type NameGuard = z.infer<typeof Guard>;

const PartnersFile = z.object({
  cues: Terms,
  guards: z.record(z.string(), Guard),
  partners: z.array(
    z
      .object({
        code: z.string().regex(/^[A-Z]{2}$/),
        name: z.string().min(1),
        nameVi: z.string().min(1),
        aliases: Terms,
        namesVi: Terms,
        relationsSince: z.number().int().min(1900).max(2100).nullable(),
        article: z.literal('the').optional(),
      })
      .strict(),
  ),
});
const TopicLike = z
  .object({ key: z.string().regex(/^[a-z0-9-]+$/), en: z.string(), vi: z.string(), termsVi: Terms, termsEn: Terms })
  .strict();
const TopicsFile = z.object({ topics: z.array(TopicLike) });
const MechanismsFile = z.object({ mechanisms: z.array(TopicLike) });
const TitlePair = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();
const RanksFile = z.object({ ranks: z.array(TitlePair) });
const TitlesFile = z.object({ titles: z.array(TitlePair) });
const PlacesFile = z.object({
  places: z.array(
    z
      .object({
        vi: z.string(),
        en: z.string(),
        country: z.string().regex(/^[A-Z]{2}$/),
        kind: z.enum(['city', 'country']),
        aliases: Terms,
      })
      .strict(),
  ),
});

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
  const partners = PartnersFile.parse(readJson('partners.json'));
  const places = PlacesFile.parse(readJson('places.json')).places;
  const partnerPlaces = partners.partners.map((p) => ({
    vi: p.nameVi,
    en: p.name,
    country: p.code,
    kind: 'country' as const,
    aliases: [...p.namesVi, p.name],
  }));
  const allPlaces = [...places, ...partnerPlaces];
  cached = {
    partners: partners.partners.map((p) => ({ ...p, flag: flagOf(p.code) })),
    topics: TopicsFile.parse(readJson('topics.json')).topics,
    mechanisms: MechanismsFile.parse(readJson('mechanisms.json')).mechanisms,
    ranks: RanksFile.parse(readJson('ranks.json')).ranks,
    titles: TitlesFile.parse(readJson('titles.json')).titles,
    places: allPlaces.map(({ aliases: _aliases, ...p }) => p),
    placeAliases: new Map(allPlaces.map((p) => [`${p.country}|${p.en}`, p.aliases])),
    cues: partners.cues,
    guards: partners.guards,
  };
  return cached;
}
