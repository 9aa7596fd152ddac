/** An Answer from a first sentence and the rounds (and events) that support it: the card stays short. */
import type { Language } from '../../corpus/index.js';
import { mechanismName, type EventRecord, type RoundRecord, partnerName } from '../../knowledge/index.js';
import { loadVocabulary } from '../../vocabulary/index.js';
import {
  eventDate,
  eventEntry,
  eventSummary,
  excerptsOf,
  footerOf,
  roundDate,
  roundEntry,
  roundPoint,
} from '../compose.js';
import { label } from '../i18n.js';
import type { Library } from '../library.js';
import type { Answer, Section, TimelinePoint } from '../types.js';

/** Rounds shown on one card at most; the first sentence speaks for all of them. */
const MAX_ENTRIES = 20;

export interface Card {
  title: string;
  summary: string;
  /** The rounds that support the summary, in the order to show. */
  rounds: RoundRecord[];
  events?: EventRecord[];
  /** One partner: its flag leads the title. */
  partner?: string;
  /** The answer says nothing is on record (ok stays true: it is an answer, with what is on record nearby). */
  hints?: string[];
  highlightTopic?: string;
  /** Rounds drawn on the picture without being in the card (the partner's whole record). */
  context?: RoundRecord[];
}

export function buildAnswer(lib: Library, lang: Language, card: Card): Answer {
  const several = new Set(card.rounds.map((r) => r.partner)).size > 1 || !card.partner;
  const shown = card.rounds.slice(0, MAX_ENTRIES);
  const entries = shown.map((r) => {
    const entry = roundEntry(r, lang, card.highlightTopic ? { highlightTopic: card.highlightTopic } : {});
    return several ? { ...entry, heading: `${partnerName(r.partner, lang)}: ${entry.heading}` } : entry;
  });
  const sections: Section[] = entries.length ? [{ key: 'rounds', title: label(lang, 'rounds'), entries }] : [];
  const events = (card.events ?? []).slice(0, MAX_ENTRIES);
  if (events.length)
    sections.push({
      key: 'events',
      title: label(lang, 'events'),
      entries: events.map((e) => eventEntry(e, lang, several)),
    });
  const evidence = shown.flatMap((r) => [
    ...r.sources.slice(0, 1),
    ...(card.highlightTopic ? (r.evidence[`topics:${card.highlightTopic}`] ?? []).slice(0, 1) : []),
    ...(r.evidence.coChairs ?? []).slice(0, 1),
    ...(r.evidence.agreements ?? []).slice(0, 1),
  ]);
  const pictured = card.context ?? shown;
  const points: TimelinePoint[] = [
    ...pictured
      .map((r) =>
        roundPoint(
          r,
          lang,
          several ? partnerName(r.partner, lang) : mechanismName(r.mechanism, lang),
          shown.includes(r) && pictured !== shown,
        ),
      )
      .filter((p) => p !== null),
    ...events
      .filter((e) => e.date)
      .map((e) => ({
        lane: several ? partnerName(e.partner, lang) : label(lang, 'events'),
        date: eventDate(e)!,
        label: eventSummary(e, lang),
        status: 'event' as const,
      })),
  ];
  const partner = card.partner ? loadVocabulary().partners.find((p) => p.code === card.partner) : undefined;
  return {
    kind: partner ? 'dialogue' : 'timeline',
    lang,
    ok: true,
    title: partner ? `${partner.flag} ${card.title}` : card.title,
    ...(partner ? { flag: partner.flag } : {}),
    summary: card.summary,
    sections,
    excerpts: excerptsOf(lib, evidence, 3),
    hints: card.hints ?? [],
    ...(points.length ? { timeline: points } : {}),
    footer: footerOf(lib, lang),
  };
}

/** Earliest first by what the record knows of the date; undated rounds of a series by their number. */
export function byDate(a: RoundRecord, b: RoundRecord): number {
  const da = roundDate(a)?.iso ?? null;
  const db = roundDate(b)?.iso ?? null;
  if (da && db && da !== db) return da.localeCompare(db);
  if (a.partner === b.partner && a.mechanism === b.mechanism && a.round !== null && b.round !== null)
    return a.round - b.round;
  return (da ?? '9999').localeCompare(db ?? '9999');
}
