/**
 * The shape of every file in data/, as strict zod schemas: a key the code does not know is an error, so a typo in a
 * data file ("termVi") fails loudly at start instead of being silently ignored.
 */
import { z } from 'zod';

const Comment = { $comment: z.string().optional() };
const Terms = z.array(z.string().min(1));
const Code = z.string().regex(/^[A-Z]{2}$/);

export const Guard = z
  .object({
    needsCue: z.boolean().optional(),
    notAfterWord: z.boolean().optional(),
    notBeforeWord: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
    notBefore: Terms.optional(),
    notAfter: Terms.optional(),
  })
  .strict();

export const PartnersFile = z
  .object({
    ...Comment,
    cues: Terms,
    guards: z.record(z.string(), Guard),
    partners: z.array(
      z
        .object({
          code: Code,
          name: z.string().min(1),
          nameVi: z.string().min(1),
          aliases: Terms,
          namesVi: Terms,
          /** English nationality adjectives ("Chinese", "Australian"): they name the partner in a sentence too. */
          adjectives: Terms.optional(),
          /** Short names that stand for the country only in a pair with Vietnam: "Việt – Trung", "Việt - Mỹ". */
          pairNamesVi: Terms.optional(),
          relationsSince: z.number().int().min(1900).max(2100).nullable(),
          article: z.literal('the').optional(),
        })
        .strict(),
    ),
  })
  .strict();

const TopicLike = z
  .object({ key: z.string().regex(/^[a-z0-9-]+$/), en: z.string(), vi: z.string(), termsVi: Terms, termsEn: Terms })
  .strict();
export const TopicsFile = z.object({ ...Comment, topics: z.array(TopicLike) }).strict();
export const MechanismsFile = z.object({ ...Comment, mechanisms: z.array(TopicLike) }).strict();

const TitlePair = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();
export const RanksFile = z.object({ ...Comment, ranks: z.array(TitlePair) }).strict();
export const TitlesFile = z.object({ ...Comment, titles: z.array(TitlePair) }).strict();

export const PlacesFile = z
  .object({
    ...Comment,
    places: z.array(
      z
        .object({
          vi: z.string(),
          en: z.string(),
          country: Code,
          kind: z.enum(['city', 'country']),
          aliases: Terms,
        })
        .strict(),
    ),
  })
  .strict();

export const PeopleFile = z
  .object({ ...Comment, honorifics: Terms, affiliations: Terms, vietnameseSurnames: Terms, nameParticles: Terms })
  .strict();

export const DocumentsFile = z
  .object({
    ...Comment,
    kinds: z.array(z.object({ vi: Terms, en: z.string().min(1), enTerms: Terms }).strict()),
  })
  .strict();

export const StopwordsFile = z.object({ ...Comment, stopwords: Terms }).strict();

export const RoundCue = z
  .object({
    cue: z.string().min(1),
    kind: z.enum(['planned', 'past', 'proposed', 'held', 'occasion', 'habitual', 'bloc', 'lastWeek']),
    where: z.enum(['before', 'after', 'sentence']),
    example: z.string().min(1),
  })
  .strict();
export const VenueCue = z
  .object({
    cue: z.string().min(1),
    kind: z.enum(['before', 'placeNoun', 'after', 'online']),
    example: z.string().min(1),
  })
  .strict();
export const ChairCue = z
  .object({
    cue: z.string().min(1),
    kind: z.enum(['namesAfter', 'namesBefore', 'headAfterDo', 'headIs', 'sideHas', 'headBy', 'host']),
    example: z.string().min(1),
  })
  .strict();
export const CuesFile = z
  .object({
    ...Comment,
    roundCues: z.array(RoundCue),
    venueCues: z.array(VenueCue),
    chairCues: z.array(ChairCue),
  })
  .strict();

/** data/date-lines.json: the words of publication date lines (labels, weekdays, time zones, English months). */
const DateWord = z.object({ text: z.string().min(1), example: z.string().min(1) }).strict();
const Month = z
  .object({ number: z.number().int().min(1).max(12), forms: z.array(z.string().min(3)).min(1), example: z.string() })
  .strict();
export const DateLinesFile = z
  .object({
    ...Comment,
    labels: z.array(DateWord),
    weekdays: z.array(DateWord),
    zones: z.array(DateWord),
    months: z.array(Month).length(12),
  })
  .strict();

/** data/question-cues.json: the words people ask with, nationality adjectives and short Vietnamese names. */
const QuestionTerms = z.array(z.string().min(1)).min(1);
const PartnerWords = z.array(
  z.object({ partner: z.string().regex(/^[A-Z]{2}$/), words: QuestionTerms, example: z.string() }).strict(),
);
export const QuestionWordsFile = z
  .object({
    ...Comment,
    cues: z.array(
      z
        .object({
          kind: z.enum(['field', 'round', 'time', 'compare', 'language']),
          value: z.string(),
          words: QuestionTerms,
          example: z.string(),
        })
        .strict(),
    ),
    adjectives: PartnerWords,
    shortNameCues: QuestionTerms,
    shortNames: PartnerWords,
    personVerbs: z.object({ words: QuestionTerms, example: z.string() }).strict(),
    callVerbs: z.array(
      z.object({ en: z.string().min(1), vi: z.string().min(1), words: QuestionTerms, example: z.string() }).strict(),
    ),
  })
  .strict();

/** data/abbreviations.json: abbreviations the sentence splitter never cuts after ("Sen.", "Maj.", "TP."). */
export const AbbreviationsFile = z
  .object({
    ...Comment,
    abbreviations: z.array(
      z
        .object({
          text: z.string().regex(/^[\p{L}.]+\.$/u, 'an abbreviation ends with its period'),
          example: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
