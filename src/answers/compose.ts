/** Building blocks shared by the answers: round entries, excerpts with citations, footers, notices. */
import type { Language } from '../corpus/index.js';
import { mechanismName, partnerName, type EventRecord, type Evidence, type RoundRecord } from '../knowledge/index.js';
import { fold } from '../text/index.js';
import { loadDocumentKinds, loadVocabulary, type Partner } from '../vocabulary/index.js';
import { formatDate, formatRound, histDate, joinList } from './format.js';
import { inLanguage, label, messages } from './messages/index.js';
import type { Library } from './library.js';
import type { Answer, AnswerKind, Entry, Excerpt, TimelinePoint } from './types.js';

export function roundDate(r: RoundRecord) {
  return histDate(r.date, r.datePrecision, r.dateInferred, r.dateOnOrBefore);
}

export function eventDate(e: EventRecord) {
  return histDate(e.date, e.datePrecision, e.dateInferred);
}

export function topicLabel(key: string, lang: Language): string {
  const topic = loadVocabulary().topics.find((t) => t.key === key);
  return topic ? topic[lang] : key;
}

export function placeLabel(english: string, lang: Language): string {
  let known = placeLabels[lang].get(english);
  if (known === undefined) {
    known = placeLabelOf(english, lang);
    placeLabels[lang].set(english, known);
  }
  return known;
}

/** placeLabel's answers by language (the vocabulary is read once per process; answers show many rounds' venues). */
const placeLabels: Record<Language, Map<string, string>> = { en: new Map(), vi: new Map() };

function placeLabelOf(english: string, lang: Language): string {
  const place = loadVocabulary().places.find((p) => p.en === english);
  if (!place) return english;
  // A foreign place transliterated ("Xơ-un", "Ulan Bato") carries its international name, as the press often writes
  // it, so that a reader who knows only "Seoul" recognises it: "Xơ-un (Seoul)".
  // A country as a venue keeps its bare name ("Nhật Bản", not "Nhật Bản (Japan)").
  const transliterated =
    place.country !== 'VN' &&
    place.kind !== 'country' &&
    fold(place.vi).replace(/[\s-]/g, '') !== fold(english).replace(/[\s-]/g, '');
  return inLanguage(lang, { en: english, vi: transliterated ? `${place.vi} (${english})` : place.vi });
}

/** Letters only Vietnamese writes: text without any of them, in a Vietnamese answer, is most likely English. */
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
const readsAsEnglish = (text: string) => /[a-z]{3}/i.test(text) && !VIETNAMESE_LETTER.test(text);

/** Whether a reader of the language can read the text: an English reader reads every name; a Vietnamese one, not English. */
const READABLE: Record<Language, (text: string) => boolean> = { en: () => true, vi: (text) => !readsAsEnglish(text) };

/**
 * A rank or office in the reader's language. The vocabulary may hold one English office under several rows, some with
 * the English words kept as the Vietnamese (as an English report names it): the first readable one wins. One that
 * cannot be translated is left out of a Vietnamese answer (the name and side still say who it was).
 */
function titleLabel(english: string | null, lang: Language): string | null {
  if (!english) return null;
  const known = titleLabels[lang].get(english);
  if (known !== undefined) return known;
  const vocab = loadVocabulary();
  const names = [...vocab.titles, ...vocab.ranks].filter((t) => t.en === english).map((t) => inLanguage(lang, t));
  const found = [...names, english].find(READABLE[lang]) ?? null;
  titleLabels[lang].set(english, found);
  return found;
}

/**
 * titleLabel's answers, by language: the vocabulary is read once per process, and a round's co-chairs were looked up
 * in every title and rank at every answer (a topic answer shows a hundred rounds).
 */
const titleLabels: Record<Language, Map<string, string | null>> = { en: new Map(), vi: new Map() };

/**
 * A signed document as the reader's language names it: its own words when the report was in that language, else the
 * kind of document (data/documents.json), so a Vietnamese answer never quotes an English title as its own words.
 */
function documentLabel(a: RoundRecord['agreements'][number], lang: Language): string {
  return inLanguage(lang, { en: a.name, vi: vietnameseDocumentName(a.original) });
}

function vietnameseDocumentName(original: string): string {
  if (!readsAsEnglish(original)) return original;
  const lower = original.toLowerCase();
  const kind = loadDocumentKinds().find((k) => k.enTerms.some((t) => lower.includes(t.toLowerCase())));
  return kind?.vi[0] ?? label('vi', 'documents');
}

/**
 * Suggestions worth offering for what was typed: a partner one of whose names begins with the first two letters typed. Garbage
 * ("asdfgh") gets no "closest partners" that only share a few letters somewhere.
 */
export function plausiblePartners(typed: string, suggestions: readonly Partner[]): Partner[] {
  const start = fold(typed).trim().slice(0, 2);
  if (!start) return [];
  return suggestions.filter((p) =>
    [p.name, p.nameVi, p.code, ...p.aliases, ...p.namesVi].some((n) => fold(n).startsWith(start)),
  );
}

/** "4th Defence Policy Dialogue" / "Đối thoại Chính sách Quốc phòng lần thứ 4". */
export function roundName(r: RoundRecord, lang: Language): string {
  return messages(lang).rounds.name(formatRound(r.round, lang), mechanismName(r.mechanism, lang));
}

export function venueText(r: RoundRecord, lang: Language): string {
  const places = r.venues.map((v) => placeLabel(v, lang));
  if (r.format === 'online') {
    const where =
      places.length > 1
        ? ` ${label(lang, 'between')} ${joinList(places, lang)}`
        : places.length
          ? ` (${places[0]})`
          : '';
    return `${label(lang, 'online')}${where}`;
  }
  if (!places.length) return label(lang, 'unknown');
  return `${joinList(places, lang)}${r.format === 'in-person' ? `, ${label(lang, 'inPerson')}` : ''}`;
}

export function coChairText(r: RoundRecord, lang: Language): string {
  if (!r.coChairs.length) return label(lang, 'unknown');
  return r.coChairs
    .map((c) => {
      const side = c.side === 'VN' ? messages(lang).vietnam : partnerName(c.side, lang);
      const role = [titleLabel(c.rank, lang), c.name].filter(Boolean).join(' ');
      const title = titleLabel(c.title, lang);
      return `${role}${title ? `, ${title}` : ''} (${side})`;
    })
    .join('; ');
}

/**
 * A round as an entry: heading, status, date, venue, co-chairs, topics, documents. `brief`: the date and venue fields
 * only (a topic answer shows a hundred rounds by when and where; the rest is a /dialogue away).
 */
export function roundEntry(
  r: RoundRecord,
  lang: Language,
  options: { highlightTopic?: string; brief?: boolean } = {},
): Entry {
  const date = roundDate(r);
  const fields: Entry['fields'] = [
    ...(options.brief
      ? []
      : [{ key: 'status', label: label(lang, 'status'), value: label(lang, r.status), evidence: r.evidence.round }]),
    { key: 'date', label: label(lang, 'date'), value: formatDate(date, lang), evidence: r.evidence.date },
  ];
  if (r.status === 'held' || r.venues.length)
    fields.push({ label: label(lang, 'venue'), value: venueText(r, lang), evidence: r.evidence.venues });
  if (options.brief) return roundEntryOf(r, lang, date, fields);
  if (r.status === 'held')
    fields.push({ label: label(lang, 'coChairs'), value: coChairText(r, lang), evidence: r.evidence.coChairs });
  if (r.topics.length) {
    const topics = r.topics.map((t) =>
      t === options.highlightTopic ? `**${topicLabel(t, lang)}**` : topicLabel(t, lang),
    );
    // Vietnamese labels hold commas themselves ("Hỗ trợ nhân đạo, cứu trợ thảm họa"): separate them with semicolons.
    fields.push({
      label: label(lang, 'topics'),
      value: topics.join(messages(lang).listSeparator),
      evidence: r.topics.flatMap((t) => r.evidence[`topics:${t}`]?.slice(0, 1) ?? []),
    });
  }
  if (r.agreements.length) {
    fields.push({
      label: label(lang, 'documents'),
      value: r.agreements
        .map(
          (a) =>
            `${documentLabel(a, lang)} (${label(lang, a.action === 'signed' ? 'signed' : a.action === 'adopted' ? 'adopted' : 'toBeSigned')})`,
        )
        .join('; '),
      evidence: r.agreements.map((a) => a.evidence),
    });
  }
  return roundEntryOf(r, lang, date, fields);
}

function roundEntryOf(r: RoundRecord, lang: Language, date: Entry['date'], fields: Entry['fields']): Entry {
  const heading = `${roundName(r, lang)} — ${formatDate(date, lang)}${r.status === 'held' ? '' : ` (${label(lang, r.status)})`}`;
  return { heading, date, status: r.status, fields, evidence: r.sources };
}

/** What happened, in the reader's language. */
export function eventSummary(e: EventRecord, lang: Language): string {
  return inLanguage(lang, { en: e.summary, vi: e.summaryVi });
}

export function eventEntry(e: EventRecord, lang: Language, withPartner = false): Entry {
  const date = eventDate(e);
  const who = withPartner ? `${partnerName(e.partner, lang)}: ` : '';
  return {
    heading: `${formatDate(date, lang)} — ${who}${eventSummary(e, lang)}`,
    date,
    fields: [],
    text: e.sources[0]?.quote,
    evidence: e.sources,
  };
}

export function excerptOf(lib: Library, evidence: Evidence, marks?: string[]): Excerpt {
  const article = lib.articles.get(evidence.article);
  return {
    text: evidence.quote,
    citation: {
      article: evidence.article,
      passage: evidence.passage,
      title: article?.title ?? evidence.article,
      outlet: article?.outlet ?? null,
      published: article?.published ?? null,
      ...(article?.url ? { url: article.url } : {}),
    },
    ...(marks?.length ? { marks } : {}),
  };
}

/** Up to `limit` excerpts from distinct sentences, in the order given (read only as far as needed). */
export function excerptsOf(lib: Library, evidence: Iterable<Evidence>, limit = 3): Excerpt[] {
  const seen = new Set<string>();
  const out: Excerpt[] = [];
  for (const e of evidence) {
    if (seen.has(e.quote)) continue;
    seen.add(e.quote);
    out.push(excerptOf(lib, e));
    if (out.length === limit) break;
  }
  return out;
}

export function footerOf(lib: Library, lang: Language): string {
  const n = lib.corpus.articles.length;
  const rounds = lib.knowledge.rounds.length;
  return messages(lang).footer(n, rounds);
}

export function roundPoint(r: RoundRecord, lang: Language, lane: string, highlighted = false): TimelinePoint | null {
  const date = roundDate(r);
  // A round with neither date nor number has nothing to show on a picture.
  if (!date && r.round === null) return null;
  const venue = r.venues[0] ? ` · ${placeLabel(r.venues[0], lang)}` : '';
  return { lane, date, label: `${formatRound(r.round, lang)}${venue}`, status: r.status, highlighted };
}

export function notice(
  lib: Library,
  kind: AnswerKind,
  lang: Language,
  title: string,
  summary: string,
  hints: string[] = [],
): Answer {
  return { kind, lang, ok: false, title, summary, sections: [], excerpts: [], hints, footer: footerOf(lib, lang) };
}

/** Order rounds as history: by date when known, else by number. */
export function byHistory(a: RoundRecord, b: RoundRecord): number {
  if (a.date && b.date && a.date.slice(0, 4) !== b.date.slice(0, 4)) return compareIso(a.date, b.date);
  if (a.mechanism === b.mechanism && a.round !== null && b.round !== null) return a.round - b.round;
  return compareIso(a.date ?? '9999', b.date ?? '9999');
}

/**
 * ISO dates ("2019", "2019-05", "2019-05-03") in order: digits and hyphens sort alike by code unit and by locale, and a
 * comparison by code unit costs a fraction of localeCompare's (answers sort every round of a partner or a topic).
 */
export const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
